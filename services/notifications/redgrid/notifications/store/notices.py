"""Writes to the inbox and the deliveries to send; a new notice wakes the live streams."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.notifications.domain.audience import Recipient
from redgrid.notifications.queries.directory import DIRECTORY

INBOX_CHANNEL = "redgrid_inbox"  # payload: {"r": "person:<id>"}, no personal data
DELIVERY_CHANNEL = "redgrid_deliveries"


NOTICE_COLUMNS = ("id", "recipient_kind", "recipient_id", "kind", "urgent", "title", "body",
                  "subject_type", "subject_id", "source_event_id", "source_type", "org_path",
                  "created_at")
DELIVERY_COLUMNS = ("id", "notice_id", "channel", "urgent", "created_at")
_TYPES = {"id": "uuid", "recipient_kind": "text", "recipient_id": "uuid", "kind": "text",
          "urgent": "bool", "title": "text", "body": "text", "subject_type": "text",
          "subject_id": "uuid", "source_event_id": "uuid", "source_type": "text",
          "org_path": "text", "created_at": "timestamptz", "notice_id": "uuid",
          "channel": "text"}


def _unnest(columns: tuple[str, ...], first: int) -> str:
    arrays = ", ".join(f"${first + i}::{_TYPES[c]}[]" for i, c in enumerate(columns))
    return f"SELECT * FROM unnest({arrays}) AS x ({', '.join(columns)})"


_CHANNELS = len(NOTICE_COLUMNS) + len(DELIVERY_COLUMNS) + 1  # the parameters after the rows
# One round trip for a batch of events' notices and their deliveries: the notices whose key
# exists already (a redelivered event) are skipped with their deliveries, and the wake-ups are
# delivered on commit to every replica listening (their open streams of these recipients).
ADD = f"""
WITH added AS (
    INSERT INTO notices ({", ".join(NOTICE_COLUMNS)}) {_unnest(NOTICE_COLUMNS, 1)}
    ON CONFLICT (id) DO NOTHING RETURNING id, recipient_kind, recipient_id),
delivered AS (
    INSERT INTO deliveries ({", ".join(DELIVERY_COLUMNS)})
    SELECT d.* FROM ({_unnest(DELIVERY_COLUMNS, len(NOTICE_COLUMNS) + 1)}) d
    JOIN added ON added.id = d.notice_id
    ON CONFLICT (id) DO NOTHING RETURNING 1),
told AS (
    SELECT pg_notify(${_CHANNELS}, '{{"r":"' || recipient_kind || ':' || recipient_id || '"}}')
    FROM (SELECT DISTINCT recipient_kind, recipient_id FROM added) r),
woken AS (SELECT pg_notify(${_CHANNELS + 1}, '') WHERE EXISTS (SELECT FROM delivered))
SELECT (SELECT count(*) FROM added) AS notices, (SELECT count(*) FROM told) AS told,
       (SELECT count(*) FROM woken) AS woken
"""


async def add(conn: asyncpg.Connection, notices: list[tuple], deliveries: list[tuple]) -> int:
    """Add notices (rows of NOTICE_COLUMNS) unless their key exists, and the deliveries (rows
    of DELIVERY_COLUMNS) of those added; returns how many notices were added."""
    if not notices:
        return 0
    return await conn.fetchval(ADD, *_columns(notices, len(NOTICE_COLUMNS)),
                               *_columns(deliveries, len(DELIVERY_COLUMNS)),
                               INBOX_CHANNEL, DELIVERY_CHANNEL)


def _columns(rows: list[tuple], width: int) -> list[list]:
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]


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
