"""Writes of photos: an upload's row, its claim by the intake, step or visit that names it,
its public mark, the sweep of uploads never claimed."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.tickets.models import StoredAttachment


async def add(conn: asyncpg.Connection, *, photo_id: UUID, ticket_id: UUID | None, name: str,
              content_type: str, size: int, sha256: str, object_key: str, thumb_key: str,
              width: int, height: int, location_kept: bool, public: bool, action: str | None,
              by: UUID | None, at: datetime) -> StoredAttachment:
    row = await conn.fetchrow(
        "INSERT INTO attachments (id, ticket_id, name, content_type, size, sha256, url, "
        "added_by, added_at, object_key, thumb_key, width, height, location_kept, public, "
        "action) VALUES ($1,$2,$3,$4,$5,$6,NULL,$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING *",
        photo_id, ticket_id, name, content_type, size, sha256, by, at, object_key, thumb_key,
        width, height, location_kept, public, action)
    return StoredAttachment.of(row)


async def claim(conn: asyncpg.Connection, photo_ids: list[UUID], uploader: UUID | None, *,
                ticket_id: UUID | None, visit_id: UUID | None, action: str) -> set[UUID]:
    """Give these uploads of `uploader` to a ticket or a visit; the ids actually claimed."""
    rows = await conn.fetch(
        "UPDATE attachments SET ticket_id = $3, visit_id = $4, action = $5 "
        "WHERE id = ANY($1::uuid[]) AND added_by = $2 AND ticket_id IS NULL "
        "AND visit_id IS NULL AND object_key IS NOT NULL RETURNING id",
        photo_ids, uploader, ticket_id, visit_id, action)
    return {r["id"] for r in rows}


async def set_public(conn: asyncpg.Connection, photo_id: UUID, public: bool) -> StoredAttachment:
    return StoredAttachment.of(await conn.fetchrow(
        "UPDATE attachments SET public = $2 WHERE id = $1 RETURNING *", photo_id, public))


async def remove(conn: asyncpg.Connection, photo_ids: list[UUID]) -> None:
    await conn.execute("DELETE FROM attachments WHERE id = ANY($1::uuid[])", photo_ids)
