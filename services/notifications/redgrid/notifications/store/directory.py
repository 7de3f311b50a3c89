"""Writes to this service's own read models: contacts, callers' phones, orgs' secretaries,
needs' titles.
Snapshots carry a version; an older one never overwrites a newer one."""

from __future__ import annotations

from uuid import UUID

import asyncpg


async def set_secretary(conn: asyncpg.Connection, org_id: UUID, secretary_id: UUID | None,
                        version: int) -> None:
    await conn.execute(
        "UPDATE orgs SET secretary_id = $2 WHERE id = $1 AND version = $3",
        org_id, secretary_id, version,
    )


async def save_contact(conn: asyncpg.Connection, person_id: UUID, phone: str | None,
                       email: str | None, version: int) -> None:
    await conn.execute(
        "INSERT INTO contacts (person_id, phone, email, version) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (person_id) DO UPDATE SET phone = $2, email = $3, version = $4 "
        "WHERE contacts.version < $4",
        person_id, phone, email, version,
    )


async def save_caller(conn: asyncpg.Connection, ticket_id: UUID, phone: str | None) -> None:
    """A ticket's caller's phone (the ticket's reporter does not change); None erases it."""
    if phone is None:
        await conn.execute("DELETE FROM callers WHERE ticket_id = $1", ticket_id)
        return
    await conn.execute(
        "INSERT INTO callers (ticket_id, phone) VALUES ($1, $2) "
        "ON CONFLICT (ticket_id) DO UPDATE SET phone = $2",
        ticket_id, phone,
    )


async def save_need(conn: asyncpg.Connection, need_id: UUID, title: str, version: int) -> None:
    await conn.execute(
        "INSERT INTO needs (id, title, version) VALUES ($1, $2, $3) "
        "ON CONFLICT (id) DO UPDATE SET title = $2, version = $3 WHERE needs.version < $3",
        need_id, title, version,
    )


async def save_unit(conn: asyncpg.Connection, unit_id: UUID, community_ids: list[UUID],
                    version: int) -> None:
    await conn.execute(
        "INSERT INTO unit_communities (id, community_ids, version) VALUES ($1, $2, $3) "
        "ON CONFLICT (id) DO UPDATE SET community_ids = $2, version = $3 "
        "WHERE unit_communities.version < $3",
        unit_id, community_ids, version,
    )


async def rewrite_paths(conn: asyncpg.Connection, old: str, new: str) -> None:
    """An org moved: notices and subscriptions under it follow (the log keeps history)."""
    for table, column in (("notices", "org_path"), ("subscriptions", "scope_path")):
        await conn.execute(
            f"UPDATE {table} SET {column} = $2 || substr({column}, length($1) + 1) "
            f"WHERE {column} LIKE $1 || '%'",
            old, new,
        )
