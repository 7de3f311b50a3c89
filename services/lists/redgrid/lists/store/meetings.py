"""Writes to co-building agreements, joint meetings and their resolutions."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.lists.models import Agreement, Resolution
from redgrid.lists.store import rows


async def insert_agreement(conn: asyncpg.Connection, agreement_id: UUID,
                           **values) -> Agreement | None:
    """None when the unit and the community have an active agreement already."""
    names = ", ".join(["id", *values])
    params = ", ".join(f"${i}" for i in range(1, len(values) + 2))
    row = await conn.fetchrow(
        f"INSERT INTO agreements ({names}) VALUES ({params}) ON CONFLICT DO NOTHING RETURNING *",
        agreement_id, *values.values())
    return Agreement.of(row)


async def lock_agreement(conn: asyncpg.Connection, agreement_id: UUID) -> Agreement | None:
    return Agreement.of(await rows.lock(conn, "agreements", agreement_id))


async def update_agreement(conn: asyncpg.Connection, agreement_id: UUID, **fields) -> Agreement:
    return Agreement.of(await rows.update(conn, "agreements", agreement_id, **fields))


async def insert_meeting(conn: asyncpg.Connection, meeting_id: UUID, **values) -> None:
    await rows.insert(conn, "meetings", id=meeting_id, **values)


async def lock_meeting(conn: asyncpg.Connection, meeting_id: UUID) -> asyncpg.Record | None:
    return await rows.lock(conn, "meetings", meeting_id)


async def update_meeting(conn: asyncpg.Connection, meeting_id: UUID, **fields) -> None:
    await rows.update(conn, "meetings", meeting_id, **fields)


async def insert_resolution(conn: asyncpg.Connection, resolution_id: UUID,
                            **values) -> Resolution:
    return Resolution.of(await rows.insert(conn, "resolutions", id=resolution_id, **values))


async def lock_resolution(conn: asyncpg.Connection, resolution_id: UUID) -> Resolution | None:
    return Resolution.of(await rows.lock(conn, "resolutions", resolution_id))


async def update_resolution(conn: asyncpg.Connection, resolution_id: UUID,
                            **fields) -> Resolution:
    return Resolution.of(await rows.update(conn, "resolutions", resolution_id, **fields))


async def lock_followers(conn: asyncpg.Connection, kind: str, column: str,
                         link_id: UUID) -> list[Resolution]:
    """Resolutions followed as this need, project or ticket (column is one of the link columns)."""
    assert column in ("need_id", "project_id", "ticket_id")
    found = await conn.fetch(f"SELECT * FROM resolutions WHERE follow_kind = $1 AND {column} = $2 "
                             "ORDER BY id FOR UPDATE", kind, link_id)
    return [Resolution.of(r) for r in found]
