"""Writes of the 12345 practice around a ticket: extension requests (延期申请), co-handlers
(协办), the street offices' template responses (答复模板)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.tickets.models import Cohandler, Extension, ReplyTemplate


async def ask_extension(conn: asyncpg.Connection, extension_id: UUID, ticket_id: UUID, *,
                        reason: str, due_at: datetime, due_before: datetime | None,
                        custody_id: int, asked_by: UUID | None, at: datetime) -> Extension:
    return Extension.of(await conn.fetchrow(
        "INSERT INTO extensions (id, ticket_id, status, reason, due_at, due_before, custody_id, "
        "asked_by, asked_at) VALUES ($1, $2, 'asked', $3, $4, $5, $6, $7, $8) RETURNING *",
        extension_id, ticket_id, reason, due_at, due_before, custody_id, asked_by, at))


async def lock_extension(conn: asyncpg.Connection, extension_id: UUID,
                         ticket_id: UUID) -> Extension | None:
    return Extension.of(await conn.fetchrow(
        "SELECT * FROM extensions WHERE id = $1 AND ticket_id = $2 FOR UPDATE",
        extension_id, ticket_id))


async def decide_extension(conn: asyncpg.Connection, extension_id: UUID, status: str, *,
                           by: UUID | None, at: datetime, decision: str | None) -> Extension:
    return Extension.of(await conn.fetchrow(
        "UPDATE extensions SET status = $2, decided_by = $3, decided_at = $4, decision = $5 "
        "WHERE id = $1 RETURNING *", extension_id, status, by, at, decision))


async def add_cohandler(conn: asyncpg.Connection, cohandler_id: UUID, ticket_id: UUID, *,
                        level: str, org_id: UUID | None, org_path: str, grid_id: UUID | None,
                        department: str | None, by: UUID | None,
                        at: datetime) -> Cohandler | None:
    """None when it co-handles the ticket already."""
    return Cohandler.of(await conn.fetchrow(
        "INSERT INTO cohandlers (id, ticket_id, level, org_id, org_path, grid_id, department, "
        "status, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'assigned', $8, $9) "
        "ON CONFLICT DO NOTHING RETURNING *",
        cohandler_id, ticket_id, level, org_id, org_path, grid_id, department, by, at))


async def lock_cohandler(conn: asyncpg.Connection, cohandler_id: UUID,
                         ticket_id: UUID) -> Cohandler | None:
    return Cohandler.of(await conn.fetchrow(
        "SELECT * FROM cohandlers WHERE id = $1 AND ticket_id = $2 FOR UPDATE",
        cohandler_id, ticket_id))


async def cohandler_signed(conn: asyncpg.Connection, cohandler_id: UUID, *, by: UUID | None,
                           at: datetime) -> Cohandler:
    return Cohandler.of(await conn.fetchrow(
        "UPDATE cohandlers SET status = 'signed', signed_by = $2, signed_at = $3 "
        "WHERE id = $1 RETURNING *", cohandler_id, by, at))


async def cohandler_resolved(conn: asyncpg.Connection, cohandler_id: UUID, *,
                             by: UUID | None, at: datetime, resolution: str) -> Cohandler:
    return Cohandler.of(await conn.fetchrow(
        "UPDATE cohandlers SET status = 'resolved', resolved_by = $2, resolved_at = $3, "
        "resolution = $4 WHERE id = $1 RETURNING *", cohandler_id, by, at, resolution))


async def add_template(conn: asyncpg.Connection, template_id: UUID, *, street_id: UUID,
                       category: str, title: str, body: str, by: UUID | None,
                       at: datetime) -> ReplyTemplate | None:
    """None when the street has a template of that title for the category already."""
    return ReplyTemplate.of(await conn.fetchrow(
        "INSERT INTO reply_templates (id, street_id, category, title, body, created_by, "
        "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING *",
        template_id, street_id, category, title, body, by, at))


async def update_template(conn: asyncpg.Connection, template_id: UUID, *, title: str,
                          body: str, at: datetime) -> ReplyTemplate:
    return ReplyTemplate.of(await conn.fetchrow(
        "UPDATE reply_templates SET title = $2, body = $3, updated_at = $4 WHERE id = $1 "
        "RETURNING *", template_id, title, body, at))


async def delete_template(conn: asyncpg.Connection, template_id: UUID) -> None:
    await conn.execute("DELETE FROM reply_templates WHERE id = $1", template_id)
