"""Reads of the org tree: one org, its children, its subtree (a path range), its history."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.registry.models import Org, OrgChange
from redgrid.registry.queries.subtree import Where


async def get(conn: asyncpg.Connection, org_id: UUID) -> Org | None:
    return Org.of(await conn.fetchrow("SELECT * FROM orgs WHERE id = $1", org_id))


async def code_taken(conn: asyncpg.Connection, code: str) -> bool:
    return bool(await conn.fetchval("SELECT 1 FROM orgs WHERE code = $1", code))


async def kinds_on_path(conn: asyncpg.Connection, path: str) -> list[tuple[UUID, str]]:
    """(id, kind) of every org from the root down to the one at `path`."""
    rows = await conn.fetch(
        "SELECT id, kind FROM orgs WHERE $1 LIKE path || '%' ORDER BY depth", path)
    return [(r["id"], r["kind"]) for r in rows]


async def subtree(conn: asyncpg.Connection, path: str, kind: str | None, after: str | None,
                  limit: int, include_inactive: bool = False) -> list[Org]:
    """The organisation at `path` and everything below it, in tree order (orgs_tree), with the
    names of each one's parent and secretary (joined to the page: a list is read most, and a
    second statement for the names cost a fifth of it)."""
    w = Where()
    w.subtree("path", path)
    w.given(after, 'path COLLATE "C" > {0}')
    w.given(kind, "kind = {0}")
    if not include_inactive:
        w.add("active")
    rows = await conn.fetch(
        f'SELECT o.*, p.name AS parent_name, s.name AS secretary_name FROM ('
        f'SELECT * FROM orgs WHERE {w} ORDER BY path COLLATE "C" LIMIT {w.param(limit)}) o '
        "LEFT JOIN orgs p ON p.id = o.parent_id LEFT JOIN people s ON s.id = o.secretary_id "
        'ORDER BY o.path COLLATE "C"', *w.args)
    return [Org.of(r) for r in rows]


async def children(conn: asyncpg.Connection, org_id: UUID) -> list[Org]:
    rows = await conn.fetch(
        "SELECT * FROM orgs WHERE parent_id = $1 AND active ORDER BY name", org_id)
    return [Org.of(r) for r in rows]


async def active_children(conn: asyncpg.Connection, org_id: UUID) -> int:
    return await conn.fetchval(
        "SELECT count(*) FROM orgs WHERE parent_id = $1 AND active", org_id)


async def history(conn: asyncpg.Connection, org_id: UUID) -> list[OrgChange]:
    rows = await conn.fetch("SELECT * FROM org_history WHERE org_id = $1 ORDER BY id", org_id)
    return [OrgChange.of(r) for r in rows]


async def named(conn: asyncpg.Connection, scope: str, key: str,
                kind: str | None = None) -> list[UUID]:
    """The active organisations of a subtree called `key` (name or code), as an import's cell
    names one: more than one means the name is ambiguous there."""
    rows = await conn.fetch(
        "SELECT id FROM orgs WHERE active AND starts_with(path, $1) AND (name = $2 OR code = $2)"
        " AND ($3::text IS NULL OR kind = $3) ORDER BY path LIMIT 2", scope, key, kind)
    return [r["id"] for r in rows]
