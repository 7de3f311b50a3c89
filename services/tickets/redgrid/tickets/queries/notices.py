"""Reads for the public: resolved matters whose response the office chose to publish (公示),
of categories that may be shown, through the summary the office approved (公示稿: never the raw
title or response); never the reporter. And the office's reads of a summary under review."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

# Nothing is public before the office approved its summary (nd: notice_drafts, joined by
# NOTICE_JOIN wherever SHOWN is used).
SHOWN = ("t.response_public AND t.published_at IS NOT NULL AND t.kind = 'matter' "
         "AND c.public AND nd.approved_at IS NOT NULL")
NOTICE_JOIN = "LEFT JOIN notice_drafts nd ON nd.ticket_id = t.id"
COLUMNS = ("t.id, t.number, t.category, c.name AS category_name, t.appeal_kind, "
           "nd.title AS notice_title, t.address, g.name AS grid_name, t.status, t.received_at, "
           "t.resolved_at, t.published_at, nd.response AS notice_response")


async def notices(conn: asyncpg.Connection, community_id: UUID | None, category: str | None,
                  after: tuple[datetime, UUID] | None, limit: int) -> list[asyncpg.Record]:
    return await conn.fetch(
        f"SELECT {COLUMNS} FROM tickets t JOIN categories c ON c.code = t.category "
        f"LEFT JOIN grids g ON g.id = t.grid_id {NOTICE_JOIN} WHERE {SHOWN} "
        "AND ($1::uuid IS NULL OR t.community_id = $1) AND ($2::text IS NULL OR t.category = $2) "
        "AND ($3::timestamptz IS NULL OR (t.published_at, t.id) < ($3, $4)) "
        "ORDER BY t.published_at DESC, t.id DESC LIMIT $5",
        community_id, category, after[0] if after else None, after[1] if after else None,
        limit,
    )


async def notice(conn: asyncpg.Connection, number: str) -> asyncpg.Record | None:
    return await conn.fetchrow(
        f"SELECT {COLUMNS} FROM tickets t JOIN categories c ON c.code = t.category "
        f"LEFT JOIN grids g ON g.id = t.grid_id {NOTICE_JOIN} WHERE {SHOWN} AND t.number = $1",
        number)


async def draft(conn: asyncpg.Connection, ticket_id: UUID) -> asyncpg.Record | None:
    """A ticket's summary under review: the detector's proposal and what was approved."""
    return await conn.fetchrow("SELECT * FROM notice_drafts WHERE ticket_id = $1", ticket_id)


async def names_on_record(conn: asyncpg.Connection, ticket_id: UUID) -> tuple[str, ...]:
    """The names of the people on a ticket's record, to be masked wherever its text repeats
    them: the reporter (as given, and as the registry knows them) and a mediation's parties."""
    rows = await conn.fetch(
        "SELECT r.name FROM reporters r WHERE r.ticket_id = $1 AND r.name IS NOT NULL "
        "UNION SELECT p.name FROM reporters r JOIN people p ON p.id = r.person_id "
        "  WHERE r.ticket_id = $1 "
        "UNION SELECT x->>'name' FROM mediations m, jsonb_array_elements(m.parties) x "
        "  WHERE m.ticket_id = $1 AND x->>'name' IS NOT NULL", ticket_id)
    return tuple(sorted(r["name"] for r in rows if r["name"]))
