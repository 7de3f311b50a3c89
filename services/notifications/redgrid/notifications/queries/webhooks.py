"""Reads of subscriptions, their deliveries, and the log entries each is due."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.notifications.models import (
    DataClassGrant,
    LogEntry,
    Subscription,
    Waiting,
    WebhookDelivery,
)


async def get(conn: asyncpg.Connection, subscription_id: UUID) -> Subscription | None:
    return Subscription.of(await conn.fetchrow(
        "SELECT * FROM subscriptions WHERE id = $1", subscription_id))


async def in_scope(conn: asyncpg.Connection, scope: str) -> list[Subscription]:
    rows = await conn.fetch(
        "SELECT * FROM subscriptions WHERE scope_path LIKE $1 || '%' ORDER BY created_at, id",
        scope,
    )
    return [Subscription.of(r) for r in rows]


async def due(conn: asyncpg.Connection, sub: Subscription, limit: int) -> list[LogEntry]:
    """The next public events for a subscription, in log order: its types, in its subtree."""
    rows = await conn.fetch(
        "SELECT seq, event_id, type, body FROM public_log WHERE seq > $1 "
        "AND type LIKE ANY($2::text[]) "
        "AND ($3 = '/' OR org_path LIKE $3 || '%') ORDER BY seq LIMIT $4",
        sub.position, sub.likes, sub.scope_path, limit,
    )
    return [LogEntry.of(r) for r in rows]


async def ready(conn: asyncpg.Connection, now: datetime, limit: int = 100) -> list[UUID]:
    """The subscriptions due a round: live, not waiting out a backoff, behind the log's end."""
    return [r["id"] for r in await conn.fetch(
        "SELECT id FROM subscriptions WHERE status IN ('active', 'suspended') "
        "AND (next_attempt_at IS NULL OR next_attempt_at <= $1) "
        "AND position < (SELECT coalesce(max(seq), 0) FROM public_log) "
        "ORDER BY next_attempt_at NULLS FIRST LIMIT $2", now, limit)]


async def log_end(conn: asyncpg.Connection) -> int:
    return await conn.fetchval("SELECT coalesce(max(seq), 0) FROM public_log")


async def deliveries(conn: asyncpg.Connection, subscription_id: UUID, status: str | None,
                     after_seq: int | None, limit: int) -> list[WebhookDelivery]:
    rows = await conn.fetch(
        "SELECT * FROM webhook_deliveries WHERE subscription_id = $1 "
        "AND ($2::text IS NULL OR status = $2) AND ($3::bigint IS NULL OR log_seq > $3) "
        "ORDER BY log_seq LIMIT $4",
        subscription_id, status, after_seq, limit,
    )
    return [WebhookDelivery.of(r) for r in rows]


async def first_failed_seq(conn: asyncpg.Connection, subscription_id: UUID) -> int | None:
    return await conn.fetchval(
        "SELECT min(log_seq) FROM webhook_deliveries WHERE subscription_id = $1 "
        "AND status IN ('failed', 'retrying')",
        subscription_id,
    )


async def grants(conn: asyncpg.Connection, subscription_id: UUID) -> list[DataClassGrant]:
    rows = await conn.fetch(
        "SELECT * FROM subscription_grants WHERE subscription_id = $1 ORDER BY granted_at, id",
        subscription_id)
    return [DataClassGrant.of(r) for r in rows]


async def org_kind(conn: asyncpg.Connection, org_id: UUID) -> str | None:
    return await conn.fetchval("SELECT kind FROM orgs WHERE id = $1", org_id)


async def lag(conn: asyncpg.Connection) -> list[Waiting]:
    """Each live subscriber's lag: the public events after its position (an upper bound: not
    all may be of its types) and the age of the first of them (by the events' own time)."""
    rows = await conn.fetch(
        "SELECT s.id::text AS key, s.name, "
        "greatest((SELECT coalesce(max(seq), 0) FROM public_log) - s.position, 0) AS count, "
        "greatest(coalesce(extract(epoch FROM now() - (SELECT l.time FROM public_log l "
        "WHERE l.seq > s.position ORDER BY l.seq LIMIT 1)), 0), 0)::float8 AS oldest_seconds "
        "FROM subscriptions s WHERE s.status IN ('active', 'suspended')")
    return [Waiting(**dict(r)) for r in rows]
