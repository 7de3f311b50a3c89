"""Reminders before booked times: the bookings starting soon that have none yet, and the row
that says one was sent (its primary key: once per booking)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

# An order's booking is reminded while the order is accepted (not cancelled, not begun); a
# duty's while it is active. For a team's order, the member who accepted it is reminded.
DUE = """
SELECT b.id AS booking_id, b.order_id, b.roster_id, lower(b.during) AS starts_at,
       upper(b.during) AS ends_at, coalesce(b.person_id, o.assignee_person_id) AS person_id,
       CASE WHEN b.person_id IS NULL AND o.assignee_person_id IS NULL THEN b.team_id END
           AS team_id,
       coalesce(o.title, r.title) AS title, coalesce(o.org_path, r.org_path) AS org_path
FROM bookings b
LEFT JOIN orders o ON o.id = b.order_id
LEFT JOIN rosters r ON r.id = b.roster_id
WHERE b.active AND lower(b.during) > $1 AND lower(b.during) <= $2
  AND (b.order_id IS NULL OR o.status = 'accepted')
  AND NOT EXISTS (SELECT FROM reminders m WHERE m.booking_id = b.id)
ORDER BY lower(b.during), b.id LIMIT $3
"""


async def due(conn: asyncpg.Connection, now: datetime, until: datetime,
              limit: int) -> list[asyncpg.Record]:
    return await conn.fetch(DUE, now, until, limit)


async def record(conn: asyncpg.Connection, booking_id: int, reminder_id: UUID,
                 at: datetime) -> bool:
    """False when another replica reminded of this booking first (its row waits for that
    transaction, then conflicts)."""
    status = await conn.execute(
        "INSERT INTO reminders (booking_id, id, sent_at) VALUES ($1, $2, $3) "
        "ON CONFLICT (booking_id) DO NOTHING", booking_id, reminder_id, at)
    return status.endswith(" 1")
