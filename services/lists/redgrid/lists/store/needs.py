"""Writes to the need list and its claims."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.lists.models import Claim, Need
from redgrid.lists.store import rows


async def insert(conn: asyncpg.Connection, need_id: UUID, **values) -> Need:
    return Need.of(await rows.insert(conn, "needs", id=need_id, **values))


async def lock(conn: asyncpg.Connection, need_id: UUID) -> Need | None:
    """Claims on one need queue here: whoever holds the row decides on the remaining quantity."""
    return Need.of(await rows.lock(conn, "needs", need_id))


async def update(conn: asyncpg.Connection, need_id: UUID, **fields) -> Need:
    return Need.of(await rows.update(conn, "needs", need_id, **fields))


async def insert_claim(conn: asyncpg.Connection, claim_id: UUID, **values) -> Claim:
    return Claim.of(await rows.insert(conn, "claims", id=claim_id, **values))


async def lock_claim(conn: asyncpg.Connection, claim_id: UUID) -> Claim | None:
    return Claim.of(await rows.lock(conn, "claims", claim_id))


async def update_claim(conn: asyncpg.Connection, claim_id: UUID, **fields) -> Claim:
    return Claim.of(await rows.update(conn, "claims", claim_id, **fields))


async def lock_holding_claims(conn: asyncpg.Connection, need_id: UUID) -> list[Claim]:
    rows_ = await conn.fetch(
        "SELECT * FROM claims WHERE need_id = $1 AND status IN ('made', 'confirmed') "
        "ORDER BY id FOR UPDATE", need_id)
    return [Claim.of(r) for r in rows_]
