"""Reads of the resource list."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.lists.models import Resource


async def get(conn: asyncpg.Connection, resource_id: UUID) -> Resource | None:
    return Resource.of(await conn.fetchrow("SELECT * FROM resources WHERE id = $1", resource_id))


async def listing(conn: asyncpg.Connection, *, scope: str | None, offerer: tuple | None,
                  community_id: UUID | None, kind: str | None, status: str | None,
                  unit_id: UUID | None, before: UUID | None, limit: int) -> list[Resource]:
    """Newest first; staff pass their scope, a unit or member passes itself as the offerer."""
    found = await conn.fetch(
        "SELECT * FROM resources WHERE ($1::text IS NULL OR org_path LIKE $1 || '%') "
        "AND ($2::text IS NULL OR (offerer_kind = $2 AND offerer_id = $3)) "
        "AND ($4::uuid IS NULL OR community_id = $4) AND ($5::text IS NULL OR kind = $5) "
        "AND ($6::text IS NULL OR status = $6) "
        "AND ($7::uuid IS NULL OR (offerer_kind = 'unit' AND offerer_id = $7)) "
        "AND ($8::uuid IS NULL OR id < $8) ORDER BY id DESC LIMIT $9",
        scope, *(offerer or (None, None)), community_id, kind, status, unit_id, before, limit)
    return [Resource.of(r) for r in found]
