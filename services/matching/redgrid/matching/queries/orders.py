"""Reads of orders: one, a page of a scope's or a person's, an order's steps and offers."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.matching.models import Order, OrderStep, Team


async def get(conn: asyncpg.Connection, order_id: UUID) -> Order | None:
    return Order.of(await conn.fetchrow("SELECT * FROM orders WHERE id = $1", order_id))


async def page(conn: asyncpg.Connection, *, scope: str | None, resident: UUID | None,
               assignee: UUID | None, team_ids: list[UUID], status: str | None,
               community_id: UUID | None, grid_id: UUID | None, after: UUID | None,
               limit: int) -> list[Order]:
    """Newest first. Exactly one of scope (staff), resident or assignee says whose orders."""
    rows = await conn.fetch(
        "SELECT * FROM orders WHERE "
        "($1::text IS NULL OR org_path LIKE $1 || '%') "
        "AND ($2::uuid IS NULL OR resident_person_id = $2) "
        "AND ($3::uuid IS NULL OR assignee_person_id = $3 OR assignee_team_id = ANY($4::uuid[])) "
        "AND ($5::text IS NULL OR status = $5) "
        "AND ($6::uuid IS NULL OR community_id = $6) "
        "AND ($7::uuid IS NULL OR grid_id = $7) "
        "AND ($8::uuid IS NULL OR id < $8) ORDER BY id DESC LIMIT $9",
        scope, resident, assignee, team_ids, status, community_id, grid_id, after, limit,
    )
    return [Order.of(r) for r in rows]


async def steps(conn: asyncpg.Connection, order_id: UUID) -> list[OrderStep]:
    rows = await conn.fetch("SELECT * FROM order_steps WHERE order_id = $1 ORDER BY id", order_id)
    return [OrderStep.of(r) for r in rows]


async def team(conn: asyncpg.Connection, team_id: UUID) -> Team | None:
    return Team.of(await conn.fetchrow("SELECT * FROM teams WHERE id = $1", team_id))


async def teams_of(conn: asyncpg.Connection, person_id: UUID) -> list[UUID]:
    """The active teams a person belongs to or leads."""
    rows = await conn.fetch(
        "SELECT id FROM teams WHERE active AND ($1 = ANY(member_ids) OR leader_id = $1)",
        person_id)
    return [r["id"] for r in rows]


async def person(conn: asyncpg.Connection, person_id: UUID) -> asyncpg.Record | None:
    return await conn.fetchrow(
        "SELECT id, name, org_path, grid_id, membership, team_ids, roles, status "
        "FROM people WHERE id = $1", person_id)


async def grid(conn: asyncpg.Connection, grid_id: UUID) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM grids WHERE id = $1", grid_id)


async def org(conn: asyncpg.Connection, org_id: UUID) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM orgs WHERE id = $1", org_id)


async def dual_report_community(conn: asyncpg.Connection, person_id: UUID) -> UUID | None:
    """The community an in-service member is registered with by 双报到 (the latest), if any."""
    return await conn.fetchval(
        "SELECT d.community_id FROM dual_reports d JOIN people p ON p.id = d.person_id "
        "WHERE d.person_id = $1 AND d.ended_on IS NULL "
        "AND p.membership->>'category' = 'in_service' "
        "ORDER BY d.reported_on DESC, d.id DESC LIMIT 1",
        person_id,
    )
