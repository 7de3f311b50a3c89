"""Reads of co-building agreements, joint meetings and resolutions."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.lists.models import Agreement, Meeting, Resolution

AGREEMENT = ("SELECT a.*, u.name AS unit_name FROM agreements a "
             "LEFT JOIN units u ON u.id = a.unit_id")


async def agreement(conn: asyncpg.Connection, agreement_id: UUID) -> Agreement | None:
    return Agreement.of(await conn.fetchrow(f"{AGREEMENT} WHERE a.id = $1", agreement_id))


async def agreements(conn: asyncpg.Connection, *, scope: str | None, unit_id: UUID | None,
                     community_id: UUID | None, status: str | None, before: UUID | None,
                     limit: int) -> list[Agreement]:
    found = await conn.fetch(
        f"{AGREEMENT} WHERE ($1::text IS NULL OR a.org_path LIKE $1 || '%') "
        "AND ($2::uuid IS NULL OR a.unit_id = $2) AND ($3::uuid IS NULL OR a.community_id = $3) "
        "AND ($4::text IS NULL OR a.status = $4) AND ($5::uuid IS NULL OR a.id < $5) "
        "ORDER BY a.id DESC LIMIT $6", scope, unit_id, community_id, status, before, limit)
    return [Agreement.of(r) for r in found]


async def resolutions_of(conn: asyncpg.Connection, meeting_ids: list[UUID]) -> list[Resolution]:
    found = await conn.fetch("SELECT * FROM resolutions WHERE meeting_id = ANY($1::uuid[]) "
                             "ORDER BY meeting_id, seq", meeting_ids)
    return [Resolution.of(r) for r in found]


async def _with_resolutions(conn: asyncpg.Connection, rows: list) -> list[Meeting]:
    by_meeting: dict[UUID, list[Resolution]] = {}
    for r in await resolutions_of(conn, [m["id"] for m in rows]):
        by_meeting.setdefault(r.meeting_id, []).append(r)
    return [Meeting.of({**dict(m), "resolutions": by_meeting.get(m["id"], [])}) for m in rows]


async def meeting(conn: asyncpg.Connection, meeting_id: UUID) -> Meeting | None:
    row = await conn.fetchrow("SELECT * FROM meetings WHERE id = $1", meeting_id)
    return (await _with_resolutions(conn, [row]))[0] if row else None


async def meetings(conn: asyncpg.Connection, *, scope: str | None, unit_id: UUID | None,
                   community_id: UUID | None, before: UUID | None,
                   limit: int) -> list[Meeting]:
    found = await conn.fetch(
        "SELECT * FROM meetings WHERE ($1::text IS NULL OR org_path LIKE $1 || '%') "
        "AND ($2::uuid IS NULL OR $2 = ANY(unit_ids)) AND ($3::uuid IS NULL OR community_id = $3) "
        "AND ($4::uuid IS NULL OR id < $4) ORDER BY id DESC LIMIT $5",
        scope, unit_id, community_id, before, limit)
    return await _with_resolutions(conn, found)


async def resolution(conn: asyncpg.Connection, resolution_id: UUID) -> Resolution | None:
    return Resolution.of(await conn.fetchrow("SELECT * FROM resolutions WHERE id = $1",
                                             resolution_id))


async def resolutions(conn: asyncpg.Connection, *, scope: str | None, unit_id: UUID | None,
                      status: str | None, community_id: UUID | None, before: UUID | None,
                      limit: int) -> list[Resolution]:
    found = await conn.fetch(
        "SELECT * FROM resolutions WHERE ($1::text IS NULL OR org_path LIKE $1 || '%') "
        "AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id "
        "AND m.withdrawn_at IS NOT NULL) "
        "AND ($2::uuid IS NULL OR assignee_unit_id = $2) AND ($3::text IS NULL OR status = $3) "
        "AND ($4::uuid IS NULL OR community_id = $4) AND ($5::uuid IS NULL OR id < $5) "
        "ORDER BY id DESC LIMIT $6", scope, unit_id, status, community_id, before, limit)
    return [Resolution.of(r) for r in found]
