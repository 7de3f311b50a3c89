"""Writes to orgs and their history."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common.orgtree import rewrite_paths
from redgrid.registry.models import Org

# Tables that copy an org path for subtree queries: a move rewrites them all.
PATH_COPIES = [("orgs", "path"), ("grids", "org_path"), ("people", "org_path"),
               ("teams", "org_path"), ("units", "org_path"), ("dual_reports", "org_path"),
               ("places", "org_path")]


async def lock(conn: asyncpg.Connection, org_id: UUID) -> Org | None:
    return Org.of(await conn.fetchrow("SELECT * FROM orgs WHERE id = $1 FOR UPDATE", org_id))


async def insert(conn: asyncpg.Connection, org_id: UUID, parent_id: UUID | None, kind: str,
                 name: str, code: str | None, path: str, secretary_id: UUID | None) -> Org:
    row = await conn.fetchrow(
        "INSERT INTO orgs (id, parent_id, kind, name, code, path, depth, secretary_id) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *",
        org_id, parent_id, kind, name, code, path, path.count("/") - 1, secretary_id,
    )
    return Org.of(row)


async def update(conn: asyncpg.Connection, org_id: UUID, **fields) -> Org:
    sets = ", ".join(f"{k} = ${i}" for i, k in enumerate(fields, start=2))
    row = await conn.fetchrow(
        f"UPDATE orgs SET {sets}{', ' if sets else ''}version = version + 1, updated_at = now() "
        "WHERE id = $1 RETURNING *",
        org_id, *fields.values(),
    )
    return Org.of(row)


async def move_subtree(conn: asyncpg.Connection, old_path: str, new_path: str) -> None:
    for table, column in PATH_COPIES:
        await rewrite_paths(conn, table, column, old_path, new_path)
    await conn.execute(
        "UPDATE orgs SET depth = length(path) - length(replace(path, '/', '')) - 1 "
        "WHERE path LIKE $1 || '%'",
        new_path,
    )


async def add_history(conn: asyncpg.Connection, org_id: UUID, change: str, before: dict | None,
                      after: dict | None, by_person: UUID | None) -> None:
    await conn.execute(
        "INSERT INTO org_history (org_id, change, before, after, by_person) "
        "VALUES ($1, $2, $3, $4, $5)",
        org_id, change, before, after, by_person,
    )
