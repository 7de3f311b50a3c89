"""The points ledger (append-only: a trigger refuses updates and deletes) and the running
totals per person and team that the ranking reads."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from uuid import UUID

import asyncpg

from redgrid.matching.models import LedgerEntry


async def append(conn: asyncpg.Connection, entry_id: UUID, *, person_id: UUID | None,
                 team_id: UUID | None, order_id: UUID | None, kind: str, hours: Decimal,
                 points: int, community_id: UUID, dual_report: bool,
                 at: datetime) -> LedgerEntry:
    return LedgerEntry.of(await conn.fetchrow(
        "INSERT INTO ledger (id, person_id, team_id, order_id, kind, hours, points, "
        "community_id, dual_report, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
        "RETURNING *",
        entry_id, person_id, team_id, order_id, kind, hours, points, community_id, dual_report,
        at,
    ))


async def count_done(conn: asyncpg.Connection, assignee_id: UUID, kind: str,
                     hours: Decimal) -> None:
    await conn.execute(
        "INSERT INTO assignee_stats (assignee_id, kind, done, hours) VALUES ($1, $2, 1, $3) "
        "ON CONFLICT (assignee_id) DO UPDATE SET done = assignee_stats.done + 1, "
        "hours = assignee_stats.hours + $3",
        assignee_id, kind, hours,
    )


async def count_rating(conn: asyncpg.Connection, assignee_id: UUID, kind: str,
                       rating: int) -> None:
    await conn.execute(
        "INSERT INTO assignee_stats (assignee_id, kind, rating_sum, rating_n) "
        "VALUES ($1, $2, $3, 1) ON CONFLICT (assignee_id) DO UPDATE SET "
        "rating_sum = assignee_stats.rating_sum + $3, rating_n = assignee_stats.rating_n + 1",
        assignee_id, kind, rating,
    )
