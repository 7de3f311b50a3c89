"""Writes of the record of changes: each correction or withdrawal of an activity or a meeting,
with what the record said before, who changed it and why."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common.ids import uuid7


async def note_change(conn: asyncpg.Connection, *, kind: str, record_id: UUID, action: str,
                      reason: str, before: dict, by: UUID | None, at: datetime) -> None:
    await conn.execute(
        "INSERT INTO record_changes (id, record_kind, record_id, action, reason, before, "
        "changed_by, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        uuid7(), kind, record_id, action, reason, before, by, at)
