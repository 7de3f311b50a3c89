"""Stream tickets: issued for a principal, taken once, pruned when long expired."""

from __future__ import annotations

from datetime import datetime, timedelta

import asyncpg


async def issue(conn: asyncpg.Connection, ticket_hash: bytes, principal: dict,
                expires_at: datetime) -> None:
    await conn.execute("DELETE FROM stream_tickets WHERE expires_at < $1",
                       expires_at - timedelta(hours=1))
    await conn.execute("INSERT INTO stream_tickets (ticket_hash, principal, expires_at) "
                       "VALUES ($1, $2::jsonb, $3)", ticket_hash, principal, expires_at)


async def take(conn: asyncpg.Connection, ticket_hash: bytes, now: datetime) -> dict | None:
    """The principal a valid, unused ticket was issued for; the ticket is used up."""
    return await conn.fetchval(
        "UPDATE stream_tickets SET used_at = $2 WHERE ticket_hash = $1 AND used_at IS NULL "
        "AND expires_at > $2 RETURNING principal", ticket_hash, now)
