"""Reads for the Open311 facade: service requests by number, code, period and status, as the
public sees them, as a reporter sees their own, or as staff see their subtree."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

CLOSED = ["resolved", "published", "followed_up", "closed", "rejected", "merged"]


async def requests(conn: asyncpg.Connection, *, numbers: list[str] | None,
                   codes: list[str] | None, since: datetime | None, until: datetime | None,
                   statuses: list[str] | None, scope: str | None, reporter_id: UUID | None,
                   public_only: bool, limit: int = 1000) -> list[asyncpg.Record]:
    """`statuses` in Open311's words (open, closed); numbers override the other filters."""
    want_open = statuses is None or "open" in statuses
    want_closed = statuses is None or "closed" in statuses
    return await conn.fetch(
        "SELECT t.*, c.name AS service_name, c.public AS category_public, g.name AS grid_name, "
        "g.code AS grid_code FROM tickets t JOIN categories c ON c.code = t.category "
        "LEFT JOIN grids g ON g.id = t.grid_id WHERE "
        "(NOT $1 OR (c.public AND t.kind = 'matter' AND t.status NOT IN ('rejected', 'merged'))) "
        "AND ($2::text IS NULL OR t.org_path LIKE $2 || '%' OR t.area_path LIKE $2 || '%' "
        "     OR t.reporter_person_id = $3) "
        "AND ($2::text IS NOT NULL OR $3::uuid IS NULL OR t.reporter_person_id = $3) "
        "AND (($4::text[] IS NOT NULL AND t.number = ANY($4)) OR ($4::text[] IS NULL "
        "  AND ($5::text[] IS NULL OR t.category = ANY($5)) "
        "  AND ($6::timestamptz IS NULL OR t.received_at >= $6) "
        "  AND ($7::timestamptz IS NULL OR t.received_at <= $7) "
        "  AND (($8 AND t.status <> ALL($10::text[])) OR ($9 AND t.status = ANY($10::text[]))))) "
        "ORDER BY t.received_at DESC LIMIT $11",
        public_only, scope, reporter_id, numbers, codes, since, until, want_open, want_closed,
        CLOSED, limit,
    )
