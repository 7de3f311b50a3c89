"""Reads of grids: one, a scope's list, lineage, and which grid holds a point or an address."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common.readmodels import locate_grid
from redgrid.registry.models import Grid, LineageStep
from redgrid.registry.queries.subtree import Where


async def code_taken(conn: asyncpg.Connection, code: str) -> bool:
    return bool(await conn.fetchval("SELECT 1 FROM grids WHERE code = $1", code))


async def get(conn: asyncpg.Connection, grid_id: UUID) -> Grid | None:
    return Grid.of(await conn.fetchrow("SELECT * FROM grids WHERE id = $1", grid_id))


async def in_scope(conn: asyncpg.Connection, scope: str, community_id: UUID | None,
                   kind: str | None, status: str | None, after: tuple[str, UUID] | None,
                   limit: int) -> list[Grid]:
    """A scope's grids in tree order (the path of the organisation holding each, then id): the
    keyset walks grids_tree, however large the scope. With the names of each one's parent
    grid, community and branch, joined to the page."""
    w = Where()
    w.subtree("org_path", scope)
    w.given(community_id, "community_id = {0}")
    w.given(kind, "kind = {0}")
    w.given(status, "status = {0}")
    if after is not None:
        w.add('(org_path COLLATE "C", id) > ({0}, {1})', *after)
    rows = await conn.fetch(
        f"SELECT g.*, pg.name AS parent_grid_name, c.name AS community_name, "
        f"b.name AS branch_name FROM (SELECT * FROM grids WHERE {w} "
        f'ORDER BY org_path COLLATE "C", id LIMIT {w.param(limit)}) g '
        "LEFT JOIN grids pg ON pg.id = g.parent_grid_id LEFT JOIN orgs c ON c.id = g.community_id "
        'LEFT JOIN orgs b ON b.id = g.branch_id ORDER BY g.org_path COLLATE "C", g.id', *w.args)
    return [Grid.of(r) for r in rows]


async def drawn_near(conn: asyncpg.Connection, area: list[list[float]],
                     besides: list[UUID]) -> list[Grid]:
    """Active comprehensive grids whose drawn area's bounding box meets the given area's: the
    ones that may overlap it (micro-grids lie inside their grid by design)."""
    xs, ys = [p[0] for p in area], [p[1] for p in area]
    rows = await conn.fetch(
        """
        SELECT g.* FROM grids g, LATERAL (
            SELECT min((p->>0)::float8) AS x0, max((p->>0)::float8) AS x1,
                   min((p->>1)::float8) AS y0, max((p->>1)::float8) AS y1
            FROM jsonb_array_elements(g.area) p) b
        WHERE g.status = 'active' AND g.kind = 'comprehensive' AND g.area IS NOT NULL
          AND g.id <> ALL($5::uuid[])
          AND b.x0 < $2 AND b.x1 > $1 AND b.y0 < $4 AND b.y1 > $3
        ORDER BY g.code
        """,
        min(xs), max(xs), min(ys), max(ys), besides,
    )
    return [Grid.of(r) for r in rows]


async def lineage(conn: asyncpg.Connection, grid_id: UUID) -> list[LineageStep]:
    """Every merge or split the grid came from or went into, transitively, oldest first."""
    rows = await conn.fetch(
        """
        WITH RECURSIVE back(id) AS (
            SELECT $1::uuid
            UNION
            SELECT f FROM grid_lineage l, back b, unnest(l.from_ids) f WHERE b.id = ANY(l.to_ids)
        ), fwd(id) AS (
            SELECT $1::uuid
            UNION
            SELECT t FROM grid_lineage l, fwd w, unnest(l.to_ids) t WHERE w.id = ANY(l.from_ids)
        )
        SELECT DISTINCT l.* FROM grid_lineage l
        WHERE l.to_ids && (SELECT array_agg(id) FROM back)
           OR l.from_ids && (SELECT array_agg(id) FROM fwd)
        ORDER BY l.id
        """,
        grid_id,
    )
    return [LineageStep.of(r) for r in rows]


async def locate(conn: asyncpg.Connection, scope: str, lat: float | None, lng: float | None,
                 address: str | None) -> Grid | None:
    """The grid that covers a point or an address (the rule every service routes by)."""
    return Grid.of(await locate_grid(conn, lat, lng, address, within=scope, boxed=False))


async def named(conn: asyncpg.Connection, scope: str, key: str) -> list[UUID]:
    """The active grids of a subtree called `key` (code or name), as an import's cell names one."""
    rows = await conn.fetch(
        "SELECT id FROM grids WHERE status = 'active' AND starts_with(org_path, $1) "
        "AND (code = $2 OR name = $2) ORDER BY code LIMIT 2", scope, key)
    return [r["id"] for r in rows]
