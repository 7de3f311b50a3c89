"""The org-tree read model other services keep from the registry's org events.

The registry sends a snapshot with the path (root first) and a version; a newer version wins,
so events that arrive out of order leave the same tree. A move rewrites the subtree's paths here
and lets the service rewrite its own copies of them (on_move).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from uuid import UUID

import asyncpg

from redgrid.common.consumer import Consumer
from redgrid.common.events import CloudEvent

ORG_EVENTS = [f"redgrid.registry.org.{verb}.v1" for verb in ("created", "updated", "moved",
                                                              "dissolved")]
OnMove = Callable[[asyncpg.Connection, str, str], Awaitable[None]]


def path_text(ids: list) -> str:
    return "/" + "".join(f"{UUID(str(i)).hex}/" for i in ids)


async def rewrite_paths(conn: asyncpg.Connection, table: str, column: str,
                        old: str, new: str) -> None:
    """Move every row under `old` to `new` in table.column (a path prefix rewrite)."""
    await conn.execute(
        f"UPDATE {table} SET {column} = $2 || substr({column}, length($1) + 1) "
        f"WHERE {column} LIKE $1 || '%'",
        old, new,
    )


async def apply_org(conn: asyncpg.Connection, event: CloudEvent,
                    on_move: OnMove | None = None) -> None:
    d = event.data
    path = path_text(d["path"])
    old = await conn.fetchrow("SELECT path, version FROM orgs WHERE id = $1 FOR UPDATE", d["id"])
    if old is not None and old["version"] >= d["version"]:
        return
    await conn.execute(
        "INSERT INTO orgs (id, parent_id, kind, name, path, active, version) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) "
        "ON CONFLICT (id) DO UPDATE SET parent_id = $2, kind = $3, name = $4, path = $5, "
        "active = $6, version = $7",
        UUID(d["id"]), UUID(d["parent_id"]) if d.get("parent_id") else None, d["kind"],
        d["name"], path, d.get("active", True), d["version"],
    )
    if old is not None and old["path"] != path:
        await conn.execute(
            "UPDATE orgs SET path = $2 || substr(path, length($1) + 1) "
            "WHERE path LIKE $1 || '%' AND id <> $3",
            old["path"], path, UUID(d["id"]),
        )
        if on_move is not None:
            await on_move(conn, old["path"], path)


def follow_orgs(consumer: Consumer, on_move: OnMove | None = None) -> None:
    """Make `consumer` (of the registry stream) keep the orgs table up to date."""

    async def handle(conn: asyncpg.Connection, event: CloudEvent) -> None:
        await apply_org(conn, event, on_move)

    consumer.on(*ORG_EVENTS)(handle)
