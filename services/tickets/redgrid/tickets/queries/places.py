"""Reads of the registry's read models kept here (orgs, grids, people): never a call to the
registry itself."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import readmodels
from redgrid.common.cache import Ttl

# The org tree, grids and prefixes change rarely and are read on every intake: kept here for a
# few seconds (cleared when this process applies a registry event or a prefix is set).
TREE = Ttl(seconds=5)


async def grid(conn: asyncpg.Connection, grid_id: UUID) -> asyncpg.Record | None:
    return await TREE.get(("grid", grid_id), lambda: conn.fetchrow(
        "SELECT * FROM grids WHERE id = $1", grid_id))


async def locate(conn: asyncpg.Connection, lat: float | None, lng: float | None,
                 address: str | None) -> asyncpg.Record | None:
    return await readmodels.locate_grid(conn, lat, lng, address)


async def org(conn: asyncpg.Connection, org_id: UUID) -> asyncpg.Record | None:
    return await TREE.get(("org", org_id), lambda: conn.fetchrow(
        "SELECT * FROM orgs WHERE id = $1", org_id))


async def ancestor(conn: asyncpg.Connection, path: str, kind: str) -> UUID | None:
    """The nearest organisation of `kind` on a path (itself included)."""
    return await TREE.get(("ancestor", path, kind), lambda: conn.fetchval(
        "SELECT id FROM orgs WHERE $1 LIKE path || '%' AND kind = $2 "
        "ORDER BY length(path) DESC LIMIT 1",
        path, kind,
    ))


async def person(conn: asyncpg.Connection, person_id: UUID) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT id, home_org_id, org_path, grid_id FROM people "
                               "WHERE id = $1", person_id)


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
