"""Reads of the need list, its claims and its candidates."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.lists.domain.sources import NOT_CANDIDATE
from redgrid.lists.models import Claim, Need, Source

CLAIM = "SELECT c.*, u.name AS unit_name FROM claims c LEFT JOIN units u ON u.id = c.unit_id"


async def get(conn: asyncpg.Connection, need_id: UUID) -> Need | None:
    return Need.of(await conn.fetchrow("SELECT * FROM needs WHERE id = $1", need_id))


async def listing(conn: asyncpg.Connection, *, scope: str | None,
                  communities: list[UUID] | None, status: str | None,
                  community_id: UUID | None, before: UUID | None, limit: int) -> list[Need]:
    found = await conn.fetch(
        "SELECT * FROM needs WHERE ($1::text IS NULL OR org_path LIKE $1 || '%') "
        "AND ($2::uuid[] IS NULL OR community_id = ANY($2)) AND ($3::text IS NULL OR status = $3) "
        "AND ($4::uuid IS NULL OR community_id = $4) AND ($5::uuid IS NULL OR id < $5) "
        "ORDER BY id DESC LIMIT $6",
        scope, communities, status, community_id, before, limit)
    return [Need.of(r) for r in found]


async def claim(conn: asyncpg.Connection, claim_id: UUID) -> Claim | None:
    return Claim.of(await conn.fetchrow(f"{CLAIM} WHERE c.id = $1", claim_id))


async def live_claim(conn: asyncpg.Connection, need_id: UUID, unit_id: UUID) -> Claim | None:
    return Claim.of(await conn.fetchrow(
        f"{CLAIM} WHERE c.need_id = $1 AND c.unit_id = $2 AND c.status IN ('made', 'confirmed')",
        need_id, unit_id))


async def claims(conn: asyncpg.Connection, *, need_id: UUID | None, scope: str | None,
                 unit_id: UUID | None, status: str | None, before: UUID | None,
                 limit: int) -> list[Claim]:
    found = await conn.fetch(
        f"{CLAIM} WHERE ($1::uuid IS NULL OR c.need_id = $1) "
        "AND ($2::text IS NULL OR c.org_path LIKE $2 || '%') "
        "AND ($3::uuid IS NULL OR c.unit_id = $3) AND ($4::text IS NULL OR c.status = $4) "
        "AND ($5::uuid IS NULL OR c.id < $5) ORDER BY c.id DESC LIMIT $6",
        need_id, scope, unit_id, status, before, limit)
    return [Claim.of(r) for r in found]


async def has_claimed(conn: asyncpg.Connection, need_id: UUID, unit_id: UUID) -> bool:
    return bool(await conn.fetchval("SELECT 1 FROM claims WHERE need_id = $1 AND unit_id = $2 "
                                    "LIMIT 1", need_id, unit_id))


SOURCE = ("SELECT s.*, n.id AS need_id FROM sources s LEFT JOIN needs n "
          "ON n.source_kind = s.kind AND n.source_id = s.id")


async def source(conn: asyncpg.Connection, kind: str, source_id: UUID) -> Source | None:
    return Source.of(await conn.fetchrow(f"{SOURCE} WHERE s.kind = $1 AND s.id = $2",
                                         kind, source_id))


async def candidates(conn: asyncpg.Connection, scope: str, community_id: UUID | None,
                     kind: str | None, before: UUID | None, limit: int) -> list[Source]:
    """Tickets and orders of communities in scope, still candidates and not yet promoted."""
    found = await conn.fetch(
        f"{SOURCE} JOIN orgs o ON o.id = s.community_id WHERE o.path LIKE $1 || '%' "
        "AND ($2::uuid IS NULL OR s.community_id = $2) AND ($3::text IS NULL OR s.kind = $3) "
        "AND n.id IS NULL AND NOT ((s.kind = 'ticket' AND s.status = ANY($4::text[])) "
        "OR (s.kind = 'order' AND s.status = ANY($5::text[]))) "
        "AND ($6::uuid IS NULL OR s.id < $6) ORDER BY s.id DESC LIMIT $7",
        scope, community_id, kind, sorted(NOT_CANDIDATE["ticket"]),
        sorted(NOT_CANDIDATE["order"]), before, limit)
    return [Source.of(r) for r in found]
