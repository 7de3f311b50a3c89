"""Writes of the holiday calendar: a year's notice as a new version, and the open tickets whose
deadline a year's notice may move, locked for their recount."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.tickets.domain.calendar import YearNotice
from redgrid.tickets.models import CalendarYear, Ticket


async def lock_year(conn: asyncpg.Connection, year: int) -> None:
    """Loads of the same year queue here: each recounts with the one before it committed."""
    await conn.execute("SELECT pg_advisory_xact_lock(hashtext('tickets.calendar'), $1)", year)


async def insert(conn: asyncpg.Connection, n: YearNotice, source: str | None,
                 by: UUID | None, at: datetime) -> CalendarYear:
    row = await conn.fetchrow(
        "INSERT INTO calendar_years (year, version, days_off, working_days, source, loaded_by, "
        "loaded_at) SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6 "
        "FROM calendar_years WHERE year = $1 RETURNING *",
        n.year, sorted(n.days_off), sorted(n.working_days), source, by, at)
    return CalendarYear.of(row)


async def lock_counted_across(conn: asyncpg.Connection, statuses: list[str], begins: datetime,
                              ends: datetime) -> list[Ticket]:
    """Open tickets counted in working days whose count runs through [begins, ends)."""
    rows = await conn.fetch(
        "SELECT * FROM tickets WHERE status = ANY($1::text[]) AND due_working_days IS NOT NULL "
        "AND due_from IS NOT NULL AND due_from < $3 AND due_at > $2 ORDER BY id FOR UPDATE",
        statuses, begins, ends)
    return [Ticket.of(r) for r in rows]
