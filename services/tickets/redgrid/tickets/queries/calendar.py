"""Reads of the holiday calendar: the latest load of each year."""

from __future__ import annotations

import asyncpg

from redgrid.tickets.models import CalendarYear


async def in_force(conn: asyncpg.Connection) -> list[CalendarYear]:
    rows = await conn.fetch("SELECT DISTINCT ON (year) * FROM calendar_years "
                            "ORDER BY year, version DESC")
    return [CalendarYear.of(r) for r in rows]


async def year(conn: asyncpg.Connection, year: int) -> CalendarYear | None:
    return CalendarYear.of(await conn.fetchrow(
        "SELECT * FROM calendar_years WHERE year = $1 ORDER BY version DESC LIMIT 1", year))
