"""Reads of photos: a ticket's or a visit's, the uploads a person may still name, the first of
each ticket (Open311's media_url), those a public notice shows, those waiting too long."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.tickets.models import StoredAttachment


async def of_ticket(conn: asyncpg.Connection, ticket_id: UUID) -> list[StoredAttachment]:
    rows = await conn.fetch("SELECT * FROM attachments WHERE ticket_id = $1 "
                            "ORDER BY added_at, id", ticket_id)
    return [StoredAttachment.of(r) for r in rows]


async def one(conn: asyncpg.Connection, photo_id: UUID) -> StoredAttachment | None:
    return StoredAttachment.of(await conn.fetchrow("SELECT * FROM attachments WHERE id = $1",
                                                   photo_id))


async def of_visits(conn: asyncpg.Connection,
                    visit_ids: list[UUID]) -> list[StoredAttachment]:
    rows = await conn.fetch("SELECT * FROM attachments WHERE visit_id = ANY($1::uuid[]) "
                            "ORDER BY added_at, id", visit_ids)
    return [StoredAttachment.of(r) for r in rows]


async def pending_of(conn: asyncpg.Connection, photo_ids: list[UUID],
                     uploader: UUID | None) -> set[UUID]:
    """Which of these are uploads of this person that nothing has claimed yet."""
    rows = await conn.fetch(
        "SELECT id FROM attachments WHERE id = ANY($1::uuid[]) AND added_by = $2 "
        "AND ticket_id IS NULL AND visit_id IS NULL AND object_key IS NOT NULL",
        photo_ids, uploader)
    return {r["id"] for r in rows}


async def public_of(conn: asyncpg.Connection,
                    ticket_ids: list[UUID]) -> list[StoredAttachment]:
    """The photos staff marked public, of these tickets (the caller shows only published
    ones: queries/notices.SHOWN)."""
    rows = await conn.fetch(
        "SELECT * FROM attachments WHERE ticket_id = ANY($1::uuid[]) AND public "
        "AND object_key IS NOT NULL ORDER BY added_at, id", ticket_ids)
    return [StoredAttachment.of(r) for r in rows]


async def expired_uploads(conn: asyncpg.Connection, before: datetime,
                          limit: int) -> list[StoredAttachment]:
    """Uploads never claimed, made before `before`: locked (the sweeper deletes them)."""
    rows = await conn.fetch(
        "SELECT * FROM attachments WHERE ticket_id IS NULL AND visit_id IS NULL "
        "AND added_at < $1 ORDER BY added_at LIMIT $2 FOR UPDATE SKIP LOCKED", before, limit)
    return [StoredAttachment.of(r) for r in rows]
