"""Reads of e-mail/SMS deliveries for staff (scoped by where the matter lies) and figures."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.notifications.models import (
    ChannelFigures,
    DeliveryPublic,
    SubscriberFigures,
    Waiting,
)

SCOPED = "($1 = '/' OR n.org_path LIKE $1 || '%')"


async def in_scope(conn: asyncpg.Connection, scope: str, status: str | None,
                   channel: str | None, before: tuple[datetime, UUID] | None,
                   limit: int) -> list[DeliveryPublic]:
    """Newest first; `before` is the (created_at, id) of the last one of the previous page."""
    rows = await conn.fetch(
        "SELECT d.id, d.notice_id, d.channel, d.status, d.urgent, d.deferred, d.attempts, "
        "d.last_error, n.recipient_kind, n.recipient_id, n.kind, d.not_before, d.created_at, "
        f"d.done_at FROM deliveries d JOIN notices n ON n.id = d.notice_id WHERE {SCOPED} "
        "AND ($2::text IS NULL OR d.status = $2) AND ($3::text IS NULL OR d.channel = $3) "
        "AND ($4::timestamptz IS NULL OR (d.created_at, d.id) < ($4, $5)) "
        "ORDER BY d.created_at DESC, d.id DESC LIMIT $6",
        scope, status, channel, before[0] if before else None, before[1] if before else None,
        limit,
    )
    return [DeliveryPublic.of(r) for r in rows]


async def channel_figures(conn: asyncpg.Connection, scope: str) -> list[ChannelFigures]:
    rows = await conn.fetch(
        "SELECT d.channel, "
        "count(*) FILTER (WHERE d.status = 'sent') AS sent, "
        "count(*) FILTER (WHERE d.status = 'failed') AS failed, "
        "coalesce(sum(greatest(d.attempts - 1, 0)), 0) AS retried, "
        "count(*) FILTER (WHERE d.status = 'pending') AS pending, "
        "count(*) FILTER (WHERE d.status = 'pending' AND d.deferred) AS deferred "
        f"FROM deliveries d JOIN notices n ON n.id = d.notice_id WHERE {SCOPED} "
        "GROUP BY d.channel ORDER BY d.channel",
        scope,
    )
    return [ChannelFigures(**dict(r)) for r in rows]


async def notice_figures(conn: asyncpg.Connection, scope: str) -> tuple[int, int]:
    row = await conn.fetchrow(
        "SELECT count(*) AS notices, count(*) FILTER (WHERE read_at IS NULL) AS unread "
        f"FROM notices n WHERE {SCOPED}",
        scope,
    )
    return row["notices"], row["unread"]


async def subscriber_figures(conn: asyncpg.Connection, scope: str) -> list[SubscriberFigures]:
    rows = await conn.fetch(
        "SELECT s.id AS subscription_id, s.name, s.status, "
        "count(w.*) FILTER (WHERE w.status = 'delivered') AS delivered, "
        "count(w.*) FILTER (WHERE w.status = 'failed') AS failed, "
        "coalesce(sum(greatest(w.attempts - 1, 0)), 0) AS retried, "
        "greatest((SELECT coalesce(max(seq), 0) FROM public_log) - s.position, 0) AS behind "
        "FROM subscriptions s LEFT JOIN webhook_deliveries w ON w.subscription_id = s.id "
        "WHERE s.scope_path LIKE $1 || '%' GROUP BY s.id ORDER BY s.name, s.id",
        scope,
    )
    return [SubscriberFigures(**dict(r)) for r in rows]


async def undelivered(conn: asyncpg.Connection) -> list[Waiting]:
    """E-mail and SMS not sent yet, by channel: waiting for their first try or a retry (those
    quiet hours hold back are not late: left out), and the oldest one's age (from the time of
    the event that asked for it)."""
    rows = await conn.fetch(
        "SELECT channel AS key, count(*) AS count, "
        "greatest(extract(epoch FROM now() - min(created_at)), 0)::float8 AS oldest_seconds "
        "FROM deliveries WHERE status = 'pending' AND NOT deferred GROUP BY channel")
    return [Waiting(**dict(r)) for r in rows]
