"""Reads of service posts, claims and duty rosters."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

import asyncpg

from redgrid.matching.models import Claim, Duty, MyDuty, Post, Roster


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
    return Roster.of(await conn.fetchrow(_ROSTER + "WHERE r.id = $1", roster_id))


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


_ROSTER = ("SELECT r.*, o.name AS community_name, "
           "(SELECT array_agg(p.name ORDER BY x.n) FROM unnest(r.rota) WITH ORDINALITY x(id, n) "
           "LEFT JOIN people p ON p.id = x.id) AS rota_names FROM rosters r "
           "LEFT JOIN orgs o ON o.id = r.community_id ")


async def rosters(conn: asyncpg.Connection, *, path: str | None, person_id: UUID | None,
                  community_id: UUID | None, after: UUID | None, limit: int) -> list[Roster]:
    """A page of rosters: of a scope (`path`, staff) or with `person_id` on the rota."""
    rows = await conn.fetch(
        _ROSTER + "WHERE ($1::text IS NULL OR r.org_path LIKE $1 || '%') "
        "AND ($2::uuid IS NULL OR $2 = ANY(r.rota)) "
        "AND ($3::uuid IS NULL OR r.community_id = $3) "
        "AND ($4::uuid IS NULL OR r.id > $4) ORDER BY r.id LIMIT $5",
        path, person_id, community_id, after, limit)
    return [Roster.of(r) for r in rows]


async def duties_of(conn: asyncpg.Connection, person_id: UUID, since: datetime,
                    until: datetime | None) -> list[MyDuty]:
    """A person's turns of every roster, soonest first ("my duties")."""
    rows = await conn.fetch(
        "SELECT b.person_id, p.name AS person_name, lower(b.during) AS starts_at, "
        "upper(b.during) AS ends_at, r.id AS roster_id, r.title AS roster_title, "
        "r.community_id, o.name AS community_name FROM bookings b "
        "JOIN rosters r ON r.id = b.roster_id LEFT JOIN people p ON p.id = b.person_id "
        "LEFT JOIN orgs o ON o.id = r.community_id "
        "WHERE b.person_id = $1 AND b.active AND upper(b.during) > $2 "
        "AND ($3::timestamptz IS NULL OR lower(b.during) < $3) ORDER BY lower(b.during) "
        "LIMIT 500", person_id, since, until)
    return [MyDuty(**dict(r)) for r in rows]


async def latest_claim(conn: asyncpg.Connection, post_id: UUID) -> date | None:
    """The last day an active claim of the post runs to."""
    return await conn.fetchval(
        "SELECT max(until_on) FROM post_claims WHERE post_id = $1 AND status = 'active'",
        post_id)


async def most_claimed(conn: asyncpg.Connection, post_id: UUID) -> int:
    """The most seats of the post taken on any one day by its active claims."""
    return await conn.fetchval(
        "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM post_claims c, "
        "generate_series(c.from_on, c.until_on, interval '1 day') d "
        "WHERE c.post_id = $1 AND c.status = 'active' GROUP BY d) x", post_id)
