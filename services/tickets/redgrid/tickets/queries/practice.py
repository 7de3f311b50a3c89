"""Reads of the 12345 practice around a ticket: its extension requests, its co-handlers, the
template responses of a street, the custody a ticket is held under now."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.tickets.models import Cohandler, Extension, ReplyTemplate


async def current_custody(conn: asyncpg.Connection, ticket_id: UUID) -> int | None:
    return await conn.fetchval(
        "SELECT id FROM custody WHERE ticket_id = $1 AND to_at IS NULL ORDER BY id DESC LIMIT 1",
        ticket_id)


async def extension_waiting(conn: asyncpg.Connection, ticket_id: UUID) -> bool:
    return bool(await conn.fetchval(
        "SELECT 1 FROM extensions WHERE ticket_id = $1 AND status = 'asked'", ticket_id))


async def extensions(conn: asyncpg.Connection, ticket_id: UUID) -> list[Extension]:
    rows = await conn.fetch(
        "SELECT * FROM extensions WHERE ticket_id = $1 ORDER BY asked_at, id", ticket_id)
    return [Extension.of(r) for r in rows]


async def cohandlers(conn: asyncpg.Connection, ticket_id: UUID) -> list[Cohandler]:
    rows = await conn.fetch(
        "SELECT * FROM cohandlers WHERE ticket_id = $1 ORDER BY added_at, id", ticket_id)
    return [Cohandler.of(r) for r in rows]


async def template(conn: asyncpg.Connection, template_id: UUID) -> ReplyTemplate | None:
    return ReplyTemplate.of(await conn.fetchrow(
        "SELECT * FROM reply_templates WHERE id = $1", template_id))


async def templates(conn: asyncpg.Connection, street_id: UUID,
                    category: str | None) -> list[ReplyTemplate]:
    rows = await conn.fetch(
        "SELECT * FROM reply_templates WHERE street_id = $1 "
        "AND ($2::text IS NULL OR category = $2) ORDER BY category, title LIMIT 500",
        street_id, category)
    return [ReplyTemplate.of(r) for r in rows]
