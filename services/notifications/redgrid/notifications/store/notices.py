"""Writes to the inbox and the deliveries to send; a new notice wakes the live streams."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg
import orjson

from redgrid.notifications.domain.audience import Recipient
from redgrid.notifications.queries.directory import DIRECTORY

INBOX_CHANNEL = "redgrid_inbox"  # payload: {"r": "person:<id>"}, no personal data
DELIVERY_CHANNEL = "redgrid_deliveries"


async def add(conn: asyncpg.Connection, notice_id: UUID, recipient: Recipient, kind: str,
              urgent: bool, title: str, body: str, subject_type: str, subject_id: UUID | None,
              source_event_id: UUID, source_type: str, org_path: str | None,
              created_at: datetime) -> bool:
    """Add a notice unless its key exists (a redelivered event); True when it was added."""
    # The wake-up is delivered on commit to every replica listening: their open streams of
    # this recipient. One round trip for both.
    seq = await conn.fetchval(
        "WITH added AS (INSERT INTO notices (id, recipient_kind, recipient_id, kind, urgent, "
        "title, body, subject_type, subject_id, source_event_id, source_type, org_path, "
        "created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) "
        "ON CONFLICT (id) DO NOTHING RETURNING seq) "
        "SELECT seq FROM added, pg_notify($14, $15)",
        notice_id, recipient.kind.value, recipient.id, kind, urgent, title, body, subject_type,
        subject_id, source_event_id, source_type, org_path, created_at,
        INBOX_CHANNEL, orjson.dumps({"r": str(recipient)}).decode(),
    )
    return seq is not None


async def add_delivery(conn: asyncpg.Connection, delivery_id: UUID, notice_id: UUID,
                       channel: str, urgent: bool, created_at: datetime) -> bool:
    added = await conn.fetchval(
        "WITH added AS (INSERT INTO deliveries (id, notice_id, channel, urgent, created_at) "
        "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING 1) "
        "SELECT count(*) FROM added, pg_notify($6, '')",
        delivery_id, notice_id, channel, urgent, created_at, DELIVERY_CHANNEL,
    )
    return bool(added)


async def mark_read(conn: asyncpg.Connection, recipient: Recipient, notice_id: UUID,
                    at: datetime) -> bool:
    """False when the notice is not this recipient's."""
    row = await conn.fetchrow(
        "UPDATE notices SET read_at = coalesce(read_at, $4) "
        "WHERE id = $3 AND recipient_kind = $1 AND recipient_id = $2 RETURNING seq",
        recipient.kind.value, recipient.id, notice_id, at,
    )
    return row is not None


async def mark_all_read(conn: asyncpg.Connection, recipient: Recipient, at: datetime,
                        up_to_seq: int | None) -> int:
    status = await conn.execute(
        "UPDATE notices SET read_at = $3 WHERE recipient_kind = $1 AND recipient_id = $2 "
        "AND read_at IS NULL AND ($4::bigint IS NULL OR seq <= $4)",
        recipient.kind.value, recipient.id, at, up_to_seq,
    )
    return int(status.split()[-1])


async def set_preferences(conn: asyncpg.Connection, recipient: Recipient, off: dict,
                          quiet_start: str | None, quiet_end: str | None,
                          at: datetime) -> None:
    DIRECTORY.clear()
    await conn.execute(
        "INSERT INTO preferences (recipient_kind, recipient_id, off, quiet_start, quiet_end, "
        "updated_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (recipient_kind, recipient_id) "
        "DO UPDATE SET off = $3, quiet_start = $4, quiet_end = $5, updated_at = $6",
        recipient.kind.value, recipient.id, off, quiet_start, quiet_end, at,
    )
