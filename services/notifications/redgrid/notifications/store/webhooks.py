"""Writes of the public log and webhook subscriptions."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.notifications.models import DataClassGrant, Subscription, WebhookDelivery

LOG_CHANNEL = "redgrid_public_log"
# One round trip: the lock (taken before the rows, as the insert reads from it), the rows, and
# the wake-up of the webhook workers when a row is new.
APPEND = """
WITH locked AS (SELECT pg_advisory_xact_lock(hashtext('redgrid.notifications.log'))),
     added AS (INSERT INTO public_log (event_id, type, org_path, body, time)
               SELECT x.event_id, x.type, x.org_path, x.body, x.time FROM locked,
                   unnest($1::uuid[], $2::text[], $3::text[], $4::bytea[], $5::timestamptz[])
                   WITH ORDINALITY AS x (event_id, type, org_path, body, time, n)
               ORDER BY x.n
               ON CONFLICT (event_id) DO NOTHING RETURNING 1)
SELECT pg_notify($6, '') WHERE EXISTS (SELECT FROM added)
"""


async def append(conn: asyncpg.Connection, events: list[tuple[UUID, str, str | None, bytes,
                                                             datetime]]) -> None:
    """Append events (id, type, org path, body, time) to the public log, in this order. The
    lock, held to commit, makes sequence order commit order: a reader that has seen seq n will
    never later find a smaller one appear."""
    if events:
        await conn.execute(APPEND, *[list(column) for column in zip(*events, strict=True)], LOG_CHANNEL)


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


async def lock_ready(conn: asyncpg.Connection, subscription_id: UUID,
                     now: datetime) -> Subscription | None:
    """The subscription under its row lock if it is due; None if another replica holds it."""
    return Subscription.of(await conn.fetchrow(
        "SELECT * FROM subscriptions WHERE id = $1 AND status IN ('active', 'suspended') "
        "AND (next_attempt_at IS NULL OR next_attempt_at <= $2) FOR UPDATE SKIP LOCKED",
        subscription_id, now))


async def wake(conn: asyncpg.Connection) -> None:
    """The webhook workers, told that there is something to feed."""
    await conn.execute("SELECT pg_notify($1, '')", LOG_CHANNEL)


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


async def grant(conn: asyncpg.Connection, grant_id: UUID, sub: Subscription,
                data_classes: list[str], *, reason: str, by: UUID | None, roles: list[str],
                now: datetime) -> DataClassGrant:
    """The subscription's data classes, and the audit row of the grant."""
    await conn.execute("UPDATE subscriptions SET data_classes = $2, updated_at = $3 WHERE id = $1",
                       sub.id, data_classes, now)
    return DataClassGrant.of(await conn.fetchrow(
        "INSERT INTO subscription_grants (id, subscription_id, data_classes, before_classes, "
        "reason, granted_by, granted_roles, granted_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) "
        "RETURNING *",
        grant_id, sub.id, data_classes, sub.data_classes, reason, by, roles, now))
