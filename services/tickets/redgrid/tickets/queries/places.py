"""Reads of the registry's read models kept here (orgs, grids, people): never a call to the
registry itself."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import lineage, readmodels
from redgrid.common.cache import Ttl
from redgrid.tickets.domain.routing import Grid, Home, Org

# The org tree, grids and prefixes change rarely and are read on every intake: kept here for a
# few seconds (cleared when this process applies a registry event or a prefix is set).
TREE = Ttl(seconds=5)


def _grid(row: asyncpg.Record | None) -> Grid | None:
    if row is None:
        return None
    return Grid(id=row["id"], code=row["code"], name=row["name"], org_id=row["org_id"],
                org_path=row["org_path"], community_id=row["community_id"],
                active=row["status"] == "active")


def _org(row: asyncpg.Record | None) -> Org | None:
    if row is None:
        return None
    return Org(id=row["id"], kind=row["kind"], path=row["path"], name=row["name"])


async def grid(conn: asyncpg.Connection, grid_id: UUID) -> Grid | None:
    return await TREE.get(("grid", grid_id), lambda: _fetched(conn, _grid, (
        "SELECT * FROM grids WHERE id = $1"), grid_id))


async def locate(conn: asyncpg.Connection, lat: float | None, lng: float | None,
                 address: str | None) -> Grid | None:
    """The active grid at a point, else the one an address names (readmodels.locate_grid)."""
    return _grid(await readmodels.locate_grid(conn, lat, lng, address))


async def org(conn: asyncpg.Connection, org_id: UUID) -> Org | None:
    return await TREE.get(("org", org_id), lambda: _fetched(conn, _org, (
        "SELECT * FROM orgs WHERE id = $1"), org_id))


async def ancestor(conn: asyncpg.Connection, path: str, kind: str) -> Org | None:
    """The nearest organisation of `kind` on a path (itself included)."""
    return await TREE.get(("ancestor", path, kind), lambda: _fetched(conn, _org, (
        "SELECT * FROM orgs WHERE $1 LIKE path || '%' AND kind = $2 "
        "ORDER BY length(path) DESC LIMIT 1"), path, kind))


async def _fetched(conn: asyncpg.Connection, model, sql: str, *args):
    return model(await conn.fetchrow(sql, *args))


async def home(conn: asyncpg.Connection, person_id: UUID) -> Home | None:
    """Where a person lives and is registered, from the people read model."""
    row = await conn.fetchrow("SELECT grid_id, org_path FROM people WHERE id = $1", person_id)
    return Home(grid_id=row["grid_id"], org_path=row["org_path"]) if row else None


async def grid_worker(conn: asyncpg.Connection, grid_id: UUID) -> UUID | None:
    """The grid's worker: a full-time one first (专职), else a part-time one."""
    return await conn.fetchval(
        "SELECT r.person_id FROM person_roles r JOIN people p ON p.id = r.person_id "
        "WHERE r.grid_id = $1 AND r.role = 'grid_worker' AND p.status = 'active' "
        "ORDER BY (r.employment = 'full_time') DESC NULLS LAST, r.person_id LIMIT 1",
        grid_id,
    )


async def works_in(conn: asyncpg.Connection, person_id: UUID, org_path: str) -> bool:
    """Does the person hold any role in the subtree at `org_path`?"""
    return bool(await conn.fetchval(
        "SELECT 1 FROM person_roles r JOIN orgs o ON o.id = r.org_id "
        "WHERE r.person_id = $1 AND o.path LIKE $2 || '%' LIMIT 1",
        person_id, org_path,
    ))


async def street_prefix(conn: asyncpg.Connection, street_id: UUID) -> str | None:
    return await TREE.get(("prefix", street_id), lambda: conn.fetchval(
        "SELECT prefix FROM street_prefixes WHERE street_id = $1", street_id))


async def successor(conn: asyncpg.Connection, grid_id: UUID, lat: float | None,
                    lng: float | None, address: str | None) -> Grid | None:
    """The active grid a matter of the retired `grid_id` belongs in now (lineage.successor)."""
    grid = _grid(await lineage.successor(conn, grid_id, lat, lng, address))
    return grid if grid is not None and grid.active else None


async def ready_predecessors(conn: asyncpg.Connection, grid_id: UUID) -> list[UUID]:
    """Grids re-drawn into `grid_id` whose successors are all known here now."""
    return await lineage.ready(conn, grid_id)


async def with_predecessors(conn: asyncpg.Connection, grid_id: UUID) -> list[UUID]:
    """The grid and every grid merged or split into it, transitively: its history."""
    return [grid_id, *await lineage.predecessors(conn, grid_id)]


async def person_name(conn: asyncpg.Connection, person_id: UUID | None) -> str | None:
    if person_id is None:
        return None
    return await conn.fetchval("SELECT name FROM people WHERE id = $1", person_id)
