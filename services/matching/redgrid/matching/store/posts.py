"""Writes to service posts (服务岗位), their claims, and duty rosters."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

import asyncpg

from redgrid.matching.models import Claim, Post, Roster

_POST = ("SELECT p.*, (SELECT count(*) FROM post_claims c WHERE c.post_id = p.id "
         "AND c.status = 'active')::int AS claimed FROM posts p WHERE p.id = $1")


async def insert_post(conn: asyncpg.Connection, **values) -> Post:
    names = list(values)
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    await conn.execute(f"INSERT INTO posts ({', '.join(names)}) VALUES ({params})",
                       *values.values())
    return Post.of(await conn.fetchrow(_POST, values["id"]))


async def lock_post(conn: asyncpg.Connection, post_id: UUID) -> Post | None:
    await conn.execute("SELECT 1 FROM posts WHERE id = $1 FOR UPDATE", post_id)
    return Post.of(await conn.fetchrow(_POST, post_id))


async def bump_post(conn: asyncpg.Connection, post_id: UUID) -> Post:
    await conn.execute("UPDATE posts SET version = version + 1 WHERE id = $1", post_id)
    return Post.of(await conn.fetchrow(_POST, post_id))


async def claims_overlapping(conn: asyncpg.Connection, post_id: UUID, from_on: date,
                             until_on: date) -> list[Claim]:
    rows = await conn.fetch(
        "SELECT * FROM post_claims WHERE post_id = $1 AND status = 'active' "
        "AND from_on <= $3 AND until_on >= $2",
        post_id, from_on, until_on,
    )
    return [Claim.of(r) for r in rows]


async def add_claim(conn: asyncpg.Connection, claim_id: UUID, post_id: UUID, person_id: UUID,
                    from_on: date, until_on: date, at: datetime) -> Claim:
    return Claim.of(await conn.fetchrow(
        "INSERT INTO post_claims (id, post_id, person_id, from_on, until_on, claimed_at) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING *",
        claim_id, post_id, person_id, from_on, until_on, at,
    ))


async def release_claim(conn: asyncpg.Connection, post_id: UUID, claim_id: UUID,
                        at: datetime) -> Claim | None:
    return Claim.of(await conn.fetchrow(
        "UPDATE post_claims SET status = 'released', released_at = $3 "
        "WHERE id = $1 AND post_id = $2 AND status = 'active' RETURNING *",
        claim_id, post_id, at,
    ))


async def get_claim(conn: asyncpg.Connection, claim_id: UUID) -> Claim | None:
    return Claim.of(await conn.fetchrow("SELECT * FROM post_claims WHERE id = $1", claim_id))


async def insert_roster(conn: asyncpg.Connection, **values) -> Roster:
    names = list(values)
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    return Roster.of(await conn.fetchrow(
        f"INSERT INTO rosters ({', '.join(names)}) VALUES ({params}) RETURNING *",
        *values.values(),
    ))


async def update_post(conn: asyncpg.Connection, post_id: UUID, **fields) -> Post:
    """Change a post (a new version)."""
    sets = "".join(f"{k} = ${i}, " for i, k in enumerate(fields, start=2))
    await conn.execute(f"UPDATE posts SET {sets}version = version + 1 WHERE id = $1",
                       post_id, *fields.values())
    return Post.of(await conn.fetchrow(_POST, post_id))


async def release_claims(conn: asyncpg.Connection, post_id: UUID, at: datetime) -> int:
    """Every active claim of a closing post released."""
    done = await conn.execute(
        "UPDATE post_claims SET status = 'released', released_at = $2 "
        "WHERE post_id = $1 AND status = 'active'", post_id, at)
    return int(done.split()[-1])
