"""Reads for the Open311 facade: service requests by number, code, period (received or updated)
and status, a page at a time, as the public sees them (what 公示 shows), as a reporter sees
their own, or as staff see their subtree."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.tickets.queries.notices import NOTICE_JOIN, SHOWN

CLOSED = ["resolved", "published", "followed_up", "closed", "rejected", "merged"]


async def requests(conn: asyncpg.Connection, *, numbers: list[str] | None,
                   codes: list[str] | None, since: datetime | None, until: datetime | None,
                   statuses: list[str] | None, scope: str | None, reporter_id: UUID | None,
                   public_only: bool, updated_after: datetime | None = None,
                   updated_before: datetime | None = None, limit: int = 1000,
                   offset: int = 0) -> list[asyncpg.Record]:
    """`statuses` in Open311's words (open, closed); numbers override the other filters.
    `public_only`: what the public notice shows (公示: published, public category, a matter,
    its summary approved: `notice_title`, `notice_response`).
    Each row names its first photo (`media_key`: for the public, the first one staff marked
    public) and, for everyone else, the first link a client gave (`media_link`)."""
    want_open = statuses is None or "open" in statuses
    want_closed = statuses is None or "closed" in statuses
    return await conn.fetch(
        "SELECT t.*, c.name AS service_name, c.public AS category_public, g.name AS grid_name, "
        "g.code AS grid_code, nd.title AS notice_title, nd.response AS notice_response, "
        "(SELECT a.object_key FROM attachments a WHERE a.ticket_id = t.id "
        "  AND a.object_key IS NOT NULL AND (NOT $1 OR a.public) "
        "  ORDER BY a.added_at, a.id LIMIT 1) AS media_key, "
        "(SELECT a.url FROM attachments a WHERE NOT $1 AND a.ticket_id = t.id "
        "  AND a.object_key IS NULL AND a.url IS NOT NULL "
        "  ORDER BY a.added_at, a.id LIMIT 1) AS media_link "
        "FROM tickets t JOIN categories c ON c.code = t.category "
        f"LEFT JOIN grids g ON g.id = t.grid_id {NOTICE_JOIN} WHERE "
        f"(NOT $1 OR ({SHOWN} AND t.status NOT IN ('rejected', 'merged'))) "
        "AND ($2::text IS NULL OR t.org_path LIKE $2 || '%' OR t.area_path LIKE $2 || '%' "
        "     OR t.reporter_person_id = $3) "
        "AND ($2::text IS NOT NULL OR $3::uuid IS NULL OR t.reporter_person_id = $3) "
        "AND (($4::text[] IS NOT NULL AND t.number = ANY($4)) OR ($4::text[] IS NULL "
        "  AND ($5::text[] IS NULL OR t.category = ANY($5)) "
        "  AND ($6::timestamptz IS NULL OR t.received_at >= $6) "
        "  AND ($7::timestamptz IS NULL OR t.received_at <= $7) "
        "  AND ($12::timestamptz IS NULL OR t.updated_at > $12) "
        "  AND ($13::timestamptz IS NULL OR t.updated_at < $13) "
        "  AND (($8 AND t.status <> ALL($10::text[])) OR ($9 AND t.status = ANY($10::text[]))))) "
        "ORDER BY t.received_at DESC, t.id DESC LIMIT $11 OFFSET $14",
        public_only, scope, reporter_id, numbers, codes, since, until, want_open, want_closed,
        CLOSED, limit, updated_after, updated_before, offset,
    )
