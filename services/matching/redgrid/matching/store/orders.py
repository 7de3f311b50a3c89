"""Writes to orders: a new order, a step (status, version and the step's record together),
offers, and claiming due orders for the sweeper."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import lineage
from redgrid.matching.models import Offer, Order


async def insert(conn: asyncpg.Connection, **values) -> Order | None:
    """A new order; None when its source ticket has an order already."""
    names = list(values)
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    row = await conn.fetchrow(
        f"INSERT INTO orders ({', '.join(names)}) VALUES ({params}) "
        "ON CONFLICT (source_ticket_id) DO NOTHING RETURNING *",
        *values.values(),
    )
    return Order.of(row)


async def lock_open_in(conn: asyncpg.Connection, grid_ids: list[UUID],
                       statuses: list[str]) -> list[Order]:
    """The open orders of these grids, locked, oldest first."""
    rows = await conn.fetch(
        "SELECT * FROM orders WHERE grid_id = ANY($1::uuid[]) AND status = ANY($2::text[]) "
        "ORDER BY id FOR UPDATE", grid_ids, statuses)
    return [Order.of(r) for r in rows]


async def record_lineage(conn: asyncpg.Connection, change: str, from_ids: list[UUID],
                         to_ids: list[UUID], reason: str | None, at: datetime) -> None:
    """A merge or split as the registry announced it (lineage.record)."""
    await lineage.record(conn, change, from_ids, to_ids, reason, at)


async def lock(conn: asyncpg.Connection, order_id: UUID) -> Order | None:
    return Order.of(await conn.fetchrow("SELECT * FROM orders WHERE id = $1 FOR UPDATE", order_id))


async def record_step(conn: asyncpg.Connection, order: Order, verb: str, by: UUID | None,
                      reason: str | None, note: str | None, at: datetime) -> None:
    await conn.execute(
        "INSERT INTO order_steps (order_id, version, verb, status, by_person, reason, note, at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        order.id, order.version, verb, order.status, by, reason, note, at,
    )


async def step(conn: asyncpg.Connection, order_id: UUID, at: datetime, **fields) -> Order:
    """Apply one step's changes: the version grows by one."""
    sets = "".join(f"{k} = ${i}, " for i, k in enumerate(fields, start=3))
    row = await conn.fetchrow(
        f"UPDATE orders SET {sets}version = version + 1, updated_at = $2 WHERE id = $1 "
        "RETURNING *",
        order_id, at, *fields.values(),
    )
    return Order.of(row)


async def add_offer(conn: asyncpg.Connection, order_id: UUID, person_id: UUID | None,
                    team_id: UUID | None, by: UUID | None, at: datetime,
                    expires_at: datetime) -> None:
    await conn.execute(
        "INSERT INTO offers (order_id, person_id, team_id, by_person, offered_at, expires_at) "
        "VALUES ($1, $2, $3, $4, $5, $6)",
        order_id, person_id, team_id, by, at, expires_at,
    )


async def close_offer(conn: asyncpg.Connection, order_id: UUID, outcome: str,
                      at: datetime) -> Offer | None:
    return Offer.of(await conn.fetchrow(
        "UPDATE offers SET outcome = $2, answered_at = $3 "
        "WHERE order_id = $1 AND outcome = 'pending' RETURNING *",
        order_id, outcome, at,
    ))


async def claim_due(conn: asyncpg.Connection, now: datetime) -> Order | None:
    """One order the sweeper must act on, locked; other replicas skip it."""
    return Order.of(await conn.fetchrow(
        "SELECT * FROM orders WHERE "
        "(status IN ('placed', 'handed_over', 'dispatched', 'escalated') AND window_end <= $1) "
        "OR (status = 'dispatched' AND offer_expires_at <= $1) "
        "OR (status = 'handed_over' AND dispatch_due_at <= $1) "
        "ORDER BY least(window_end, offer_expires_at, dispatch_due_at) "
        "LIMIT 1 FOR UPDATE SKIP LOCKED",
        now,
    ))
