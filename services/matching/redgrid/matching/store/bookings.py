"""Bookings: the time a person or team is committed to. Taken only under the assignee's lock
after checking that nothing active overlaps, so nobody is ever double-booked, however many
accept at once (the service role cannot create btree_gist for an exclusion constraint)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg


async def lock_assignee(conn: asyncpg.Connection, assignee_id: UUID) -> None:
    """Serialise every booking of one person or team until the transaction ends."""
    await conn.execute("SELECT pg_advisory_xact_lock(hashtextextended($1::text, 7))",
                       str(assignee_id))


async def overlapping(conn: asyncpg.Connection, person_id: UUID | None, team_id: UUID | None,
                      start: datetime, end: datetime) -> asyncpg.Record | None:
    """An active booking of the person or team that overlaps [start, end), if any."""
    return await conn.fetchrow(
        "SELECT order_id, roster_id, lower(during) AS starts_at, upper(during) AS ends_at "
        "FROM bookings WHERE active AND (person_id = $1 OR team_id = $2) "
        "AND during && tstzrange($3, $4) LIMIT 1",
        person_id, team_id, start, end,
    )


async def book(conn: asyncpg.Connection, person_id: UUID | None, team_id: UUID | None,
               start: datetime, end: datetime, order_id: UUID | None = None,
               roster_id: UUID | None = None) -> None:
    await conn.execute(
        "INSERT INTO bookings (person_id, team_id, order_id, roster_id, during) "
        "VALUES ($1, $2, $3, $4, tstzrange($5, $6))",
        person_id, team_id, order_id, roster_id, start, end,
    )


async def release(conn: asyncpg.Connection, order_id: UUID) -> None:
    await conn.execute("UPDATE bookings SET active = false WHERE order_id = $1 AND active",
                       order_id)
