"""Reads of service posts, claims and duty rosters."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

import asyncpg

from redgrid.matching.models import Claim, Duty, Post, Roster


async def posts(conn: asyncpg.Connection, path: str, community_id: UUID | None,
                open_on: date | None, after: UUID | None,
                limit: int) -> list[tuple[Post, str | None]]:
    """A page of posts, each with its community's name."""
    rows = await conn.fetch(
        "SELECT p.*, (SELECT count(*) FROM post_claims c WHERE c.post_id = p.id "
        "AND c.status = 'active')::int AS claimed, o.name AS community_name FROM posts p "
        "LEFT JOIN orgs o ON o.id = p.community_id "
        "WHERE p.org_path LIKE $1 || '%' AND ($2::uuid IS NULL OR p.community_id = $2) "
        "AND ($3::date IS NULL OR (p.status = 'open' AND $3 BETWEEN p.starts_on AND p.ends_on)) "
        "AND ($4::uuid IS NULL OR p.id > $4) ORDER BY p.id LIMIT $5",
        path, community_id, open_on, after, limit,
    )
    return [(Post.of(r), r["community_name"]) for r in rows]


async def post(conn: asyncpg.Connection, post_id: UUID) -> Post | None:
    return Post.of(await conn.fetchrow(
        "SELECT p.*, (SELECT count(*) FROM post_claims c WHERE c.post_id = p.id "
        "AND c.status = 'active')::int AS claimed FROM posts p WHERE p.id = $1", post_id))


async def claims(conn: asyncpg.Connection, post_id: UUID) -> list[Claim]:
    rows = await conn.fetch(
        "SELECT c.*, p.name AS person_name FROM post_claims c "
        "LEFT JOIN people p ON p.id = c.person_id WHERE c.post_id = $1 "
        "ORDER BY c.claimed_at, c.id", post_id)
    return [Claim.of(r) for r in rows]


async def roster(conn: asyncpg.Connection, roster_id: UUID) -> Roster | None:
    return Roster.of(await conn.fetchrow(
        "SELECT r.*, o.name AS community_name FROM rosters r "
        "LEFT JOIN orgs o ON o.id = r.community_id WHERE r.id = $1", roster_id))


async def duties(conn: asyncpg.Connection, roster_id: UUID, since: datetime | None,
                 until: datetime | None) -> list[Duty]:
    rows = await conn.fetch(
        "SELECT b.person_id, p.name AS person_name, lower(b.during) AS starts_at, "
        "upper(b.during) AS ends_at FROM bookings b LEFT JOIN people p ON p.id = b.person_id "
        "WHERE b.roster_id = $1 AND b.active "
        "AND ($2::timestamptz IS NULL OR upper(b.during) > $2) "
        "AND ($3::timestamptz IS NULL OR lower(b.during) < $3) ORDER BY lower(b.during)",
        roster_id, since, until,
    )
    return [Duty(**dict(r)) for r in rows]
