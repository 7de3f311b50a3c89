"""The webhook worker's round: each subscription, under its row lock (replicas skip it), gets
the public events after its position, in order. A failing event blocks those behind it (so
nothing overtakes it) and is tried again with backoff; after the bound it is marked failed, a
delivery.failed event goes out and the subscription is suspended at that position: it is
probed now and then, and resumes by itself, or at once on replay. Nothing is skipped."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import asyncpg
import httpx

from redgrid.common import db, logs, outbox
from redgrid.common.clock import Clock
from redgrid.common.ids import uuid7
from redgrid.notifications import events, metrics
from redgrid.notifications.domain.channels import backoff
from redgrid.notifications.models import LogEntry, Subscription
from redgrid.notifications.queries import webhooks as queries
from redgrid.notifications.senders.webhook import Outcome, post
from redgrid.notifications.settings import NotificationSettings
from redgrid.notifications.store import webhooks as store

log = logs.get(__name__)
WEBHOOK = "webhook"

async def _give_up(conn: asyncpg.Connection, sub: Subscription, entry: LogEntry,
                   outcome: Outcome, attempts: int, now: datetime) -> None:
    reason = outcome.error or "failed"
    delivery = await store.record(conn, uuid7(), sub.id, entry.seq, entry.event_id, entry.type,
                                  "failed", attempts, outcome.status, reason, now)
    data = events.DeliveryFailedData(
        id=delivery.id, channel=WEBHOOK, attempts=delivery.attempts, reason=reason,
        source_event_id=entry.event_id, source_type=entry.type, subscription_id=sub.id,
    )
    await outbox.record(conn, [events.DELIVERY_FAILED.make(delivery.id, data, at=now)])
    metrics.DELIVERIES.labels(WEBHOOK, "failed").inc()
    log.warning("webhook.suspended", subscription_id=str(sub.id), log_seq=entry.seq,
                reason=reason)


async def feed_subscription(pool: asyncpg.Pool, subscription_id, settings: NotificationSettings,
                            clock: Clock, http: httpx.AsyncClient) -> int:
    """One round for one subscription; returns how many events it delivered."""
    now = clock.now()
    async with db.transaction(pool) as conn:
        sub = await store.lock_ready(conn, subscription_id, now)
        if sub is None:
            return 0  # another replica has it, or it is not due
        horizon = await queries.log_end(conn)
        entries = await queries.due(conn, sub, settings.webhook_batch)
        position, attempts, delivered = sub.position, sub.head_attempts, 0
        probe_again = now + timedelta(seconds=settings.webhook_probe_seconds)
        fields: dict = {}
        for entry in entries:
            outcome = await post(http, sub, entry, settings.webhook_timeout)
            attempts += 1
            if outcome.ok:
                await store.record(conn, uuid7(), sub.id, entry.seq, entry.event_id, entry.type,
                                   "delivered", attempts, outcome.status, None, now)
                metrics.DELIVERIES.labels(WEBHOOK, "sent").inc()
                position, attempts, delivered = entry.seq, 0, delivered + 1
                fields.update(status="active", last_error=None, next_attempt_at=None)
                continue
            fields["last_error"] = outcome.error
            if sub.status == "suspended" and delivered == 0:  # a probe that failed
                await store.record(conn, uuid7(), sub.id, entry.seq, entry.event_id,
                                   entry.type, "failed", attempts, outcome.status,
                                   outcome.error, now)
                fields["next_attempt_at"] = probe_again
            elif attempts >= settings.webhook_max_attempts:
                await _give_up(conn, sub, entry, outcome, attempts, now)
                fields.update(status="suspended", next_attempt_at=probe_again)
            else:
                await store.record(conn, uuid7(), sub.id, entry.seq, entry.event_id,
                                   entry.type, "retrying", attempts, outcome.status,
                                   outcome.error, now)
                metrics.DELIVERIES.labels(WEBHOOK, "retried").inc()
                fields["next_attempt_at"] = now + backoff(
                    attempts, settings.webhook_backoff_seconds, settings.webhook_backoff_cap)
            break
        else:
            if len(entries) < settings.webhook_batch:
                # Everything up to the horizon that matched was delivered: skip the rest.
                position = max(position, horizon)
        fields.update(position=position, head_attempts=attempts, updated_at=now)
        await store.update(conn, sub.id, **fields)
    return delivered


async def feed_once(pool: asyncpg.Pool, settings: NotificationSettings, clock: Clock,
                    http: httpx.AsyncClient, parallel: int = 3) -> int:
    """A round over every subscription that is due; a few at a time, each in its own
    transaction, so that one slow receiver does not hold the others."""
    async with pool.acquire() as conn:
        ready = await queries.ready(conn, clock.now())
    gate = asyncio.Semaphore(parallel)

    async def one(subscription_id) -> int:
        async with gate:
            return await feed_subscription(pool, subscription_id, settings, clock, http)

    return sum(await asyncio.gather(*(one(subscription_id) for subscription_id in ready)))
