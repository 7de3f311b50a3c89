"""Reads of units and 双报到, with the figures a street office reports."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.registry.models import DualReport, Unit
from redgrid.registry.queries.subtree import within

SELECT = (
    "SELECT u.*, coalesce((SELECT array_agg(c.community_id ORDER BY c.community_id) "
    "FROM unit_communities c WHERE c.unit_id = u.id AND c.until IS NULL), '{}') AS community_ids "
    "FROM units u"
)


async def get(conn: asyncpg.Connection, unit_id: UUID) -> Unit | None:
    return Unit.of(await conn.fetchrow(f"{SELECT} WHERE u.id = $1", unit_id))


async def in_scope(conn: asyncpg.Connection, scope: str, community_id: UUID | None,
                   after: UUID | None, limit: int) -> list[Unit]:
    rows = await conn.fetch(
        f"{SELECT} WHERE (u.org_path LIKE $1 || '%' OR EXISTS (SELECT 1 FROM unit_communities c "
        "JOIN orgs o ON o.id = c.community_id WHERE c.unit_id = u.id AND c.until IS NULL "
        "AND o.path LIKE $1 || '%')) AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM "
        "unit_communities c WHERE c.unit_id = u.id AND c.community_id = $2 AND c.until IS NULL)) "
        "AND ($3::uuid IS NULL OR u.id > $3) ORDER BY u.id LIMIT $4",
        scope, community_id, after, limit,
    )
    return [Unit.of(r) for r in rows]


async def get_dual_report(conn: asyncpg.Connection, report_id: UUID) -> DualReport | None:
    return DualReport.of(await conn.fetchrow("SELECT * FROM dual_reports WHERE id = $1",
                                             report_id))


async def dual_reports(conn: asyncpg.Connection, scope: str, community_id: UUID | None,
                       kind: str | None, after: UUID | None, limit: int) -> list[DualReport]:
    rows = await conn.fetch(
        "SELECT * FROM dual_reports WHERE org_path LIKE $1 || '%' AND ended_on IS NULL "
        "AND ($2::uuid IS NULL OR community_id = $2) AND ($3::text IS NULL OR kind = $3) "
        "AND ($4::uuid IS NULL OR id > $4) ORDER BY id LIMIT $5",
        scope, community_id, kind, after, limit,
    )
    return [DualReport.of(r) for r in rows]


async def figures(conn: asyncpg.Connection, path: str) -> dict:
    """What a street or community reports about itself (counts in its subtree; the scope as a
    range of paths, see queries/subtree.py)."""
    org, here, person = within("path", "$1"), within("org_path", "$1"), within("p.org_path", "$1")
    row = await conn.fetchrow(
        f"""
        SELECT
          (SELECT count(*) FROM orgs WHERE {org} AND active AND kind = 'community')
             AS communities,
          (SELECT count(*) FROM orgs WHERE {org} AND active
             AND kind IN ('grid_branch','residential_branch','functional_branch',
                          'industry_branch','joint_branch')) AS branches,
          (SELECT count(*) FROM grids WHERE {here} AND status = 'active'
             AND kind = 'comprehensive') AS grids,
          (SELECT count(*) FROM grids WHERE {here} AND status = 'active'
             AND kind = 'micro') AS micro_grids,
          (SELECT count(*) FROM people WHERE {here} AND status = 'active') AS people,
          (SELECT count(*) FROM person_roles r JOIN people p ON p.id = r.person_id
             WHERE {person} AND r.ended_on IS NULL AND r.role = 'grid_worker'
             AND r.employment = 'full_time') AS full_time_grid_workers,
          (SELECT count(*) FROM person_roles r JOIN people p ON p.id = r.person_id
             WHERE {person} AND r.ended_on IS NULL AND r.role = 'grid_worker'
             AND r.employment = 'part_time') AS part_time_grid_workers,
          (SELECT count(*) FROM teams WHERE org_path LIKE $1 || '%' AND active) AS teams,
          (SELECT count(*) FROM units WHERE org_path LIKE $1 || '%') AS units,
          (SELECT count(*) FROM dual_reports WHERE org_path LIKE $1 || '%'
             AND ended_on IS NULL AND kind = 'member') AS dual_reported_members,
          (SELECT count(*) FROM dual_reports WHERE org_path LIKE $1 || '%'
             AND ended_on IS NULL AND kind = 'unit') AS dual_reported_units,
          (SELECT count(*) FROM places WHERE org_path LIKE $1 || '%') AS places
        """,
        path,
    )
    members = await conn.fetch(
        f"SELECT m.category, count(*) AS n FROM party_members m JOIN people p "
        f"ON p.id = m.person_id WHERE {person} GROUP BY m.category",
        path,
    )
    return {**dict(row), "party_members": {r["category"]: r["n"] for r in members}}
