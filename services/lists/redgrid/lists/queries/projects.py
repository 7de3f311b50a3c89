"""Reads of the project list: a project with everything bound to it, and its activities."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.lists.models import Activity, Milestone, Project

PROJECT = """
SELECT p.*,
  coalesce((SELECT array_agg(unit_id ORDER BY unit_id) FROM project_partners
            WHERE project_id = p.id), '{}') AS partner_unit_ids,
  coalesce((SELECT array_agg(need_id ORDER BY need_id) FROM project_needs
            WHERE project_id = p.id), '{}') AS need_ids,
  coalesce((SELECT array_agg(resource_id ORDER BY resource_id) FROM project_resources
            WHERE project_id = p.id), '{}') AS resource_ids,
  held.activities, held.visits, held.participants, held.served
FROM projects p, LATERAL (  -- what its activities add up to; withdrawn ones do not count
  SELECT count(*) AS activities, count(*) FILTER (WHERE kind = 'visit') AS visits,
         coalesce(sum(participants), 0) AS participants, coalesce(sum(served), 0) AS served
  FROM activities WHERE project_id = p.id AND withdrawn_at IS NULL) held
"""


async def _with_milestones(conn: asyncpg.Connection, rows: list) -> list[Project]:
    if not rows:
        return []
    found = await conn.fetch("SELECT * FROM milestones WHERE project_id = ANY($1::uuid[]) "
                             "ORDER BY due_on NULLS LAST, id", [r["id"] for r in rows])
    by_project: dict[UUID, list[Milestone]] = {}
    for m in found:
        by_project.setdefault(m["project_id"], []).append(Milestone.of(m))
    return [Project.of({**dict(r), "milestones": by_project.get(r["id"], [])}) for r in rows]


async def get(conn: asyncpg.Connection, project_id: UUID) -> Project | None:
    row = await conn.fetchrow(f"{PROJECT} WHERE p.id = $1", project_id)
    return (await _with_milestones(conn, [row]))[0] if row else None


async def listing(conn: asyncpg.Connection, *, scope: str | None, unit_id: UUID | None,
                  status: str | None, community_id: UUID | None, before: UUID | None,
                  limit: int) -> list[Project]:
    found = await conn.fetch(
        f"{PROJECT} WHERE ($1::text IS NULL OR p.org_path LIKE $1 || '%') "
        "AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM project_partners pp "
        "WHERE pp.project_id = p.id AND pp.unit_id = $2)) "
        "AND ($3::text IS NULL OR p.status = $3) AND ($4::uuid IS NULL OR p.community_id = $4) "
        "AND ($5::uuid IS NULL OR p.id < $5) ORDER BY p.id DESC LIMIT $6",
        scope, unit_id, status, community_id, before, limit)
    return await _with_milestones(conn, found)


async def is_partner(conn: asyncpg.Connection, project_id: UUID, unit_id: UUID) -> bool:
    return bool(await conn.fetchval("SELECT 1 FROM project_partners WHERE project_id = $1 "
                                    "AND unit_id = $2", project_id, unit_id))


async def activities(conn: asyncpg.Connection, project_id: UUID, before: UUID | None,
                     limit: int) -> list[Activity]:
    found = await conn.fetch(
        "SELECT * FROM activities WHERE project_id = $1 AND ($2::uuid IS NULL OR id < $2) "
        "ORDER BY id DESC LIMIT $3", project_id, before, limit)
    return [Activity.of(r) for r in found]
