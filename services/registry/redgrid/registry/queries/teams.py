"""Reads of volunteer teams, with their current members."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.registry.models import Team

SELECT = (
    "SELECT t.*, coalesce((SELECT array_agg(m.person_id ORDER BY m.person_id) "
    "FROM team_members m WHERE m.team_id = t.id AND m.left_on IS NULL), '{}') AS member_ids "
    "FROM teams t"
)


async def get(conn: asyncpg.Connection, team_id: UUID) -> Team | None:
    return Team.of(await conn.fetchrow(f"{SELECT} WHERE t.id = $1", team_id))


async def in_scope(conn: asyncpg.Connection, scope: str, skill: str | None, after: UUID | None,
                   limit: int) -> list[Team]:
    rows = await conn.fetch(
        f"{SELECT} WHERE t.org_path LIKE $1 || '%' AND ($2::text IS NULL OR t.skills @> ARRAY[$2]) "
        "AND ($3::uuid IS NULL OR t.id > $3) ORDER BY t.id LIMIT $4",
        scope, skill, after, limit,
    )
    return [Team.of(r) for r in rows]
