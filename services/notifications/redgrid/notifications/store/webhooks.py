"""Writes of the public log and webhook subscriptions."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.notifications.models import Subscription, WebhookDelivery

LOG_CHANNEL = "redgrid_public_log"
# One round trip: the lock (taken before the row, as the insert reads from it), the row, and
# the wake-up of the webhook workers when the row is new.
APPEND = """
WITH locked AS (SELECT pg_advisory_xact_lock(hashtext('redgrid.notifications.log'))),
     added AS (INSERT INTO public_log (event_id, type, org_path, body, time)
               SELECT $1, $2, $3, $4, $5 FROM locked
               ON CONFLICT (event_id) DO NOTHING RETURNING 1)
SELECT pg_notify($6, '') FROM added
"""


async def append(conn: asyncpg.Connection, event_id: UUID, event_type: str,
                 org_path: str | None, body: bytes, time: datetime) -> None:
    """Append an event to the public log. The lock, held to commit, makes sequence order
    commit order: a reader that has seen seq n will never later find a smaller one appear."""
    await conn.execute(APPEND, event_id, event_type, org_path, body, time, LOG_CHANNEL)


async def insert(conn: asyncpg.Connection, **values) -> Subscription:
    names = list(values)
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    row = await conn.fetchrow(
        f"INSERT INTO subscriptions ({', '.join(names)}) VALUES ({params}) RETURNING *",
        *values.values(),
    )
    return Subscription.of(row)


async def lock(conn: asyncpg.Connection, subscription_id: UUID) -> Subscription | None:
    return Subscription.of(await conn.fetchrow(
        "SELECT * FROM subscriptions WHERE id = $1 FOR UPDATE", subscription_id))


async def update(conn: asyncpg.Connection, subscription_id: UUID, **fields) -> Subscription:
    sets = ", ".join(f"{k} = ${i}" for i, k in enumerate(fields, start=2))
    row = await conn.fetchrow(
        f"UPDATE subscriptions SET {sets} WHERE id = $1 RETURNING *",
        subscription_id, *fields.values(),
    )
    return Subscription.of(row)


async def record(conn: asyncpg.Connection, delivery_id: UUID, subscription_id: UUID,
                 log_seq: int, event_id: UUID, event_type: str, status: str,
                 attempts: int, last_status: int | None, error: str | None,
                 now: datetime) -> WebhookDelivery:
    """One try's outcome for (subscription, event); a replayed event counts a replay."""
    row = await conn.fetchrow(
        "INSERT INTO webhook_deliveries (id, subscription_id, log_seq, event_id, event_type, "
        "status, attempts, last_status, last_error, first_try_at, last_try_at) "
        "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$10) "
        "ON CONFLICT (subscription_id, log_seq) DO UPDATE SET "
        "status = $6, last_status = $8, last_error = $9, last_try_at = $10, "
        "attempts = webhook_deliveries.attempts + 1, "
        "replays = webhook_deliveries.replays "
        "  + CASE WHEN webhook_deliveries.status IN ('delivered', 'failed') THEN 1 ELSE 0 END "
        "RETURNING *",
        delivery_id, subscription_id, log_seq, event_id, event_type, status, attempts,
        last_status, error, now,
    )
    return WebhookDelivery.of(row)
