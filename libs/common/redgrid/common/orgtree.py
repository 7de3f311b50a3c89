"""The org-tree read model other services keep from the registry's org events.

The registry sends a snapshot with the path (root first) and a version; a newer version wins.
A move rewrites the subtree's paths here (orgs, and the shared grids and people read models)
and lets the service rewrite its own copies of them (on_move).

A path in a snapshot is as old as the snapshot, and an org's version does not change when an
ancestor moves: a branch created before its community moved, arriving after that move, carries
the old street in its path. So every path taken from a snapshot goes through `local_path`: it
follows the tree as this read model knows it, and an org not known yet gets a provisional row
(version 0) where the snapshot places it; when the org's own event comes, that row moves like any
other, and every path through it follows. Events in any order leave the same paths.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from uuid import UUID

import asyncpg
from pydantic import BaseModel

from redgrid.common.consumer import Consumer
from redgrid.common.events import CloudEvent

ORG_EVENTS = [f"redgrid.registry.org.{verb}.v1" for verb in ("created", "updated", "moved",
                                                              "dissolved")]
OnMove = Callable[[asyncpg.Connection, str, str], Awaitable[None]]
# The shared read models (libs/common/sql) whose rows carry an org path, where a service has them.
SHARED_READ_MODELS = ("grids", "people")


def path_text(ids: list) -> str:
    """Ids, root first, as an org path '/a/b/' (what the tables keep)."""
    return "/" + "".join(f"{UUID(str(i)).hex}/" for i in ids)


def path_ids(path: str | None) -> list[UUID]:
    """An org path '/a/b/' as its ids, root first, the organisation itself last (what events
    carry)."""
    return [UUID(part) for part in (path or "").strip("/").split("/") if part]


async def rewrite_paths(conn: asyncpg.Connection, table: str, column: str,
                        old: str, new: str) -> None:
    """Move every row under `old` to `new` in table.column (a path prefix rewrite)."""
    await conn.execute(
        f"UPDATE {table} SET {column} = $2 || substr({column}, length($1) + 1) "
        f"WHERE {column} LIKE $1 || '%'",
        old, new,
    )


async def local_path(conn: asyncpg.Connection, ids: list) -> str:
    """The path of the last of `ids` (a snapshot's path, root first) in this read model's tree;
    orgs not known here yet get provisional rows (kind 'pending', inactive, version 0)."""
    ids = [UUID(str(i)) for i in ids]
    known = {r["id"]: r["path"] for r in await conn.fetch(
        "SELECT id, path FROM orgs WHERE id = ANY($1::uuid[])", ids)}
    path, parent = "/", None
    for org_id in ids:
        if org_id in known:
            path = known[org_id]
        else:
            path = await conn.fetchval(
                "INSERT INTO orgs (id, parent_id, kind, name, path, active, version) "
                "VALUES ($1, $2, 'pending', '', $3, false, 0) ON CONFLICT (id) DO NOTHING "
                "RETURNING path", org_id, parent, f"{path}{org_id.hex}/",
            ) or await conn.fetchval("SELECT path FROM orgs WHERE id = $1", org_id)
        parent = org_id
    return path


class OrgSeen(BaseModel):
    """What a read model keeps of the registry's org snapshot (docs/events.md)."""

    id: UUID
    parent_id: UUID | None = None
    kind: str
    name: str
    code: str | None = None
    path: list[UUID]  # root first, the organisation itself last
    secretary_id: UUID | None = None
    active: bool = True
    version: int


async def apply_org(conn: asyncpg.Connection, org: OrgSeen,
                    on_move: OnMove | None = None) -> None:
    old = await conn.fetchrow("SELECT path, version FROM orgs WHERE id = $1 FOR UPDATE", org.id)
    if old is not None and old["version"] >= org.version:
        return
    ancestors = [i for i in org.path if i != org.id]
    path = await local_path(conn, ancestors) + f"{org.id.hex}/"
    await conn.execute(
        "INSERT INTO orgs (id, parent_id, kind, name, path, active, version) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) "
        "ON CONFLICT (id) DO UPDATE SET parent_id = $2, kind = $3, name = $4, path = $5, "
        "active = $6, version = $7",
        org.id, org.parent_id, org.kind, org.name, path, org.active, org.version,
    )
    if old is not None and old["path"] != path:
        await conn.execute(
            "UPDATE orgs SET path = $2 || substr(path, length($1) + 1) "
            "WHERE path LIKE $1 || '%' AND id <> $3",
            old["path"], path, org.id,
        )
        for table in SHARED_READ_MODELS:
            if await conn.fetchval("SELECT to_regclass($1) IS NOT NULL", table):
                await rewrite_paths(conn, table, "org_path", old["path"], path)
        if on_move is not None:
            await on_move(conn, old["path"], path)


def follow_orgs(consumer: Consumer, on_move: OnMove | None = None) -> None:
    """Make `consumer` (of the registry stream) keep the orgs table up to date."""

    @consumer.on(*ORG_EVENTS, data=OrgSeen)
    async def on_org(conn: asyncpg.Connection, event: CloudEvent, org: OrgSeen) -> None:
        await apply_org(conn, org, on_move)
