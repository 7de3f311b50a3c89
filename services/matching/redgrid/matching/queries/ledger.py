"""Reads of the ledger: a person's or team's entries, and leaderboards of a scope."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.matching.models import LedgerEntry

_GROUP = {"member": "l.person_id", "team": "l.team_id", "community": "l.community_id"}
_NAME = {"member": "(SELECT name FROM people WHERE id = k)",
         "team": "(SELECT name FROM teams WHERE id = k)",
         "community": "(SELECT name FROM orgs WHERE id = k)"}


async def entries(conn: asyncpg.Connection, person_id: UUID | None, team_id: UUID | None,
                  before: datetime | None, limit: int) -> list[LedgerEntry]:
    """Newest first, with the names beside their ids (the order's title as it is: the caller
    masks it)."""
    rows = await conn.fetch(
        "SELECT l.*, p.name AS person_name, t.name AS team_name, c.name AS community_name, "
        "o.title AS order_title FROM (SELECT * FROM ledger "
        "WHERE ($1::uuid IS NULL OR person_id = $1) "
        "AND ($2::uuid IS NULL OR team_id = $2) AND ($3::timestamptz IS NULL OR at < $3) "
        "ORDER BY at DESC, id DESC LIMIT $4) l "
        "LEFT JOIN people p ON p.id = l.person_id LEFT JOIN teams t ON t.id = l.team_id "
        "LEFT JOIN orgs c ON c.id = l.community_id LEFT JOIN orders o ON o.id = l.order_id "
        "ORDER BY l.at DESC, l.id DESC",
        person_id, team_id, before, limit,
    )
    return [LedgerEntry.of(r) for r in rows]


async def totals(conn: asyncpg.Connection, person_id: UUID | None,
                 team_id: UUID | None) -> asyncpg.Record:
    return await conn.fetchrow(
        "SELECT coalesce(sum(hours), 0) AS hours, coalesce(sum(points), 0) AS points, "
        "count(DISTINCT order_id) AS orders FROM ledger "
        "WHERE ($1::uuid IS NULL OR person_id = $1) AND ($2::uuid IS NULL OR team_id = $2)",
        person_id, team_id,
    )


async def leaderboard(conn: asyncpg.Connection, by: str, path: str, since: datetime | None,
                      until: datetime | None, limit: int) -> list[asyncpg.Record]:
    """Points and hours per member, team or community credited within the subtree `path`
    (the credited community decides: 双报到 members count where they live)."""
    key = _GROUP[by]
    return await conn.fetch(
        f"SELECT k, {_NAME[by]} AS name, hours, points, orders FROM ("
        f"  SELECT {key} AS k, sum(l.hours) AS hours, sum(l.points)::int AS points,"
        f"         count(DISTINCT l.order_id)::int AS orders"
        f"  FROM ledger l JOIN orgs c ON c.id = l.community_id"
        f"  WHERE c.path LIKE $1 || '%' AND {key} IS NOT NULL"
        f"    AND ($2::timestamptz IS NULL OR l.at >= $2)"
        f"    AND ($3::timestamptz IS NULL OR l.at < $3)"
        f"  GROUP BY {key}) t ORDER BY points DESC, hours DESC, k LIMIT $4",
        path, since, until, limit,
    )
