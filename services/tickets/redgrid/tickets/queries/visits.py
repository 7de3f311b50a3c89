"""Reads of 六上门 visit logs: a scope's list, and how many of each kind."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.tickets.models import Visit


async def listing(conn: asyncpg.Connection, scope: str, *, kind: str | None,
                  since: datetime | None, until: datetime | None,
                  after: tuple[datetime, UUID] | None, limit: int) -> list[Visit]:
    """The visits made in the subtree at `scope`, the latest first, a page after `after`."""
    rows = await conn.fetch(
        "SELECT * FROM visits WHERE area_path LIKE $1 || '%' "
        "AND ($2::text IS NULL OR kind = $2) AND ($3::timestamptz IS NULL OR visited_at >= $3) "
        "AND ($4::timestamptz IS NULL OR visited_at < $4) "
        "AND ($5::timestamptz IS NULL OR (visited_at, id) < ($5, $6)) "
        "ORDER BY visited_at DESC, id DESC LIMIT $7",
        scope, kind, since, until, after[0] if after else None, after[1] if after else None,
        limit)
    return [Visit.of(r) for r in rows]


async def counts(conn: asyncpg.Connection, scope: str, since: datetime | None,
                 until: datetime | None) -> dict[str, int]:
    rows = await conn.fetch(
        "SELECT kind, count(*) AS n FROM visits WHERE area_path LIKE $1 || '%' "
        "AND ($2::timestamptz IS NULL OR visited_at >= $2) "
        "AND ($3::timestamptz IS NULL OR visited_at < $3) GROUP BY kind",
        scope, since, until)
    return {r["kind"]: r["n"] for r in rows}
