"""The e-mail/SMS worker's writes: claim what is due (replicas skip each other's rows), then
record how each try went."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.notifications.models import Delivery


async def claim_due(conn: asyncpg.Connection, now: datetime, limit: int) -> list[Delivery]:
    rows = await conn.fetch(
        "SELECT d.id, d.notice_id, d.channel, d.status, d.urgent, d.attempts, "
        "n.recipient_kind, n.recipient_id, n.kind, n.title, n.body, n.source_event_id, "
        "n.source_type, n.org_path, n.link "
        "FROM deliveries d JOIN notices n ON n.id = d.notice_id "
        "WHERE d.status = 'pending' AND (d.not_before IS NULL OR d.not_before <= $1) "
        "ORDER BY d.not_before NULLS FIRST, d.created_at LIMIT $2 FOR UPDATE OF d SKIP LOCKED",
        now, limit,
    )
    return [Delivery.of(r) for r in rows]


async def defer(conn: asyncpg.Connection, delivery_id: UUID, until: datetime) -> None:
    await conn.execute(
        "UPDATE deliveries SET not_before = $2, deferred = true WHERE id = $1",
        delivery_id, until,
    )


async def sent(conn: asyncpg.Connection, delivery_id: UUID, now: datetime) -> None:
    await conn.execute(
        "UPDATE deliveries SET status = 'sent', attempts = attempts + 1, last_try_at = $2, "
        "done_at = $2, last_error = NULL WHERE id = $1",
        delivery_id, now,
    )


async def retry(conn: asyncpg.Connection, delivery_id: UUID, error: str, now: datetime,
                not_before: datetime) -> None:
    await conn.execute(
        "UPDATE deliveries SET attempts = attempts + 1, last_error = $2, last_try_at = $3, "
        "not_before = $4 WHERE id = $1",
        delivery_id, error, now, not_before,
    )


async def finish(conn: asyncpg.Connection, delivery_id: UUID, status: str, error: str,
                 now: datetime, tried: bool = True) -> None:
    """failed (given up) or skipped (nowhere to send it)."""
    await conn.execute(
        "UPDATE deliveries SET status = $2, attempts = attempts + $5::int, last_error = $3, "
        "last_try_at = CASE WHEN $5::int > 0 THEN $4 ELSE last_try_at END, done_at = $4 "
        "WHERE id = $1",
        delivery_id, status, error, now, 1 if tried else 0,
    )
