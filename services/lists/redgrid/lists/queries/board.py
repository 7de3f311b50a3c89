"""The public board (公示): open needs and running projects, with organisations' names only."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common.masking import mask_text
from redgrid.lists.models import BoardNeed, BoardProject, Milestone

NEEDS = """
SELECT n.id, n.title, n.description, n.category, n.community_id, o.name AS community_name,
  n.quantity, n.unit_of_measure, n.claimed, n.quantity - n.claimed AS remaining, n.status,
  n.due_on, n.published_at,
  coalesce((SELECT array_agg(DISTINCT u.name) FROM claims c JOIN units u ON u.id = c.unit_id
            WHERE c.need_id = n.id AND c.status IN ('made', 'confirmed', 'fulfilled')), '{}')
    AS claimed_by
FROM needs n LEFT JOIN orgs o ON o.id = n.community_id
WHERE n.org_path LIKE $1 || '%' AND n.status = ANY($2::text[])
  AND ($3::uuid IS NULL OR n.id < $3)
ORDER BY n.id DESC LIMIT $4
"""

PROJECTS = """
SELECT p.id, p.title, p.description, p.status, o.name AS owner, p.community_id,
  co.name AS community_name, p.starts_on,
  p.ends_on, p.beneficiaries, p.beneficiary_kind,
  coalesce((SELECT array_agg(u.name ORDER BY u.name) FROM project_partners pp
            JOIN units u ON u.id = pp.unit_id WHERE pp.project_id = p.id), '{}') AS partners,
  held.activities, held.visits, held.served
FROM projects p LEFT JOIN orgs o ON o.id = p.owner_org_id
  LEFT JOIN orgs co ON co.id = p.community_id,
  LATERAL (SELECT count(*) AS activities, count(*) FILTER (WHERE kind = 'visit') AS visits,
                  coalesce(sum(served), 0) AS served
           FROM activities WHERE project_id = p.id AND withdrawn_at IS NULL) held
WHERE p.org_path LIKE $1 || '%' AND p.status = ANY($2::text[])
  AND ($3::uuid IS NULL OR p.id < $3)
ORDER BY p.id DESC LIMIT $4
"""


async def needs(conn: asyncpg.Connection, scope: str, statuses: list[str], before: UUID | None,
                limit: int) -> list[BoardNeed]:
    found = await conn.fetch(NEEDS, scope, statuses, before, limit)
    return [BoardNeed(**{**dict(r), "title": mask_text(r["title"]),
                         "description": mask_text(r["description"])}) for r in found]


async def projects(conn: asyncpg.Connection, scope: str, statuses: list[str],
                   before: UUID | None, limit: int) -> list[BoardProject]:
    found = await conn.fetch(PROJECTS, scope, statuses, before, limit)
    milestones = await conn.fetch(
        "SELECT * FROM milestones WHERE project_id = ANY($1::uuid[]) ORDER BY due_on NULLS LAST",
        [r["id"] for r in found])
    by_project: dict[UUID, list[Milestone]] = {}
    for m in milestones:
        by_project.setdefault(m["project_id"], []).append(Milestone.of(m))
    return [BoardProject(**{**dict(r), "title": mask_text(r["title"]),
                            "description": mask_text(r["description"]),
                            "milestones": by_project.get(r["id"], [])}) for r in found]
