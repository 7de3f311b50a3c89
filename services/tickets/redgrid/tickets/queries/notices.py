"""Reads for the public: resolved matters whose response the office chose to publish (公示),
of categories that may be shown; never the reporter."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

SHOWN = ("t.response_public AND t.published_at IS NOT NULL AND t.kind = 'matter' "
         "AND c.public")
COLUMNS = ("t.id, t.number, t.category, c.name AS category_name, t.appeal_kind, t.title, "
           "t.address, g.name AS grid_name, t.status, t.received_at, t.resolved_at, "
           "t.published_at, t.response")


async def notices(conn: asyncpg.Connection, community_id: UUID | None, category: str | None,
                  after: tuple[datetime, UUID] | None, limit: int) -> list[asyncpg.Record]:
    return await conn.fetch(
        f"SELECT {COLUMNS} FROM tickets t JOIN categories c ON c.code = t.category "
        f"LEFT JOIN grids g ON g.id = t.grid_id WHERE {SHOWN} "
        "AND ($1::uuid IS NULL OR t.community_id = $1) AND ($2::text IS NULL OR t.category = $2) "
        "AND ($3::timestamptz IS NULL OR (t.published_at, t.id) < ($3, $4)) "
        "ORDER BY t.published_at DESC, t.id DESC LIMIT $5",
        community_id, category, after[0] if after else None, after[1] if after else None,
        limit,
    )


async def notice(conn: asyncpg.Connection, number: str) -> asyncpg.Record | None:
    return await conn.fetchrow(
        f"SELECT {COLUMNS} FROM tickets t JOIN categories c ON c.code = t.category "
        f"LEFT JOIN grids g ON g.id = t.grid_id WHERE {SHOWN} AND t.number = $1", number)
