"""Reads of a recipient's inbox: newest first with keyset pages, unread count, and what came
after a given position (for live streams)."""

from __future__ import annotations

import asyncpg

from redgrid.notifications.domain.audience import Recipient
from redgrid.notifications.models import NoticePublic

COLUMNS = ("seq, id, kind, urgent, title, body, subject_type, subject_id, source_type, "
           "created_at, read_at, link")


async def page(conn: asyncpg.Connection, recipient: Recipient, before_seq: int | None,
               unread_only: bool, limit: int) -> list[NoticePublic]:
    rows = await conn.fetch(
        f"SELECT {COLUMNS} FROM notices WHERE recipient_kind = $1 AND recipient_id = $2 "
        "AND ($3::bigint IS NULL OR seq < $3) AND (NOT $4 OR read_at IS NULL) "
        "ORDER BY seq DESC LIMIT $5",
        recipient.kind.value, recipient.id, before_seq, unread_only, limit,
    )
    return [NoticePublic.of(r) for r in rows]


async def unread(conn: asyncpg.Connection, recipient: Recipient) -> int:
    return await conn.fetchval(
        "SELECT count(*) FROM notices WHERE recipient_kind = $1 AND recipient_id = $2 "
        "AND read_at IS NULL",
        recipient.kind.value, recipient.id,
    )


async def after(conn: asyncpg.Connection, recipient: Recipient, seq: int,
                limit: int = 100) -> list[NoticePublic]:
    rows = await conn.fetch(
        f"SELECT {COLUMNS} FROM notices WHERE recipient_kind = $1 AND recipient_id = $2 "
        "AND seq > $3 ORDER BY seq LIMIT $4",
        recipient.kind.value, recipient.id, seq, limit,
    )
    return [NoticePublic.of(r) for r in rows]


async def last_seq(conn: asyncpg.Connection, recipient: Recipient) -> int:
    return await conn.fetchval(
        "SELECT coalesce(max(seq), 0) FROM notices WHERE recipient_kind = $1 "
        "AND recipient_id = $2",
        recipient.kind.value, recipient.id,
    )
