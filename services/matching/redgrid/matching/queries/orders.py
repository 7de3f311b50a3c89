"""Reads of orders: one, a page of a scope's or a person's, an order's steps and offers."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.matching.models import Order, OrderStep, Team

# The names an order's answer shows beside its ids (models.NAMES), joined from the read models
# to a query's orders `o`: a missing row gives a null name.
NAMES = ("co.name AS community_name, g.name AS grid_name, b.name AS branch_name, "
         "r.name AS resident_person_name, a.name AS assignee_person_name, "
         "t.name AS assignee_team_name")
NAMES_JOINED = (
    "LEFT JOIN orgs co ON co.id = o.community_id LEFT JOIN grids g ON g.id = o.grid_id "
    "LEFT JOIN orgs b ON b.id = o.branch_id LEFT JOIN people r ON r.id = o.resident_person_id "
    "LEFT JOIN people a ON a.id = o.assignee_person_id "
    "LEFT JOIN teams t ON t.id = o.assignee_team_id")


async def get(conn: asyncpg.Connection, order_id: UUID) -> Order | None:
    return Order.of(await conn.fetchrow("SELECT * FROM orders WHERE id = $1", order_id))


async def names(conn: asyncpg.Connection, order_id: UUID) -> asyncpg.Record | None:
    """The names beside one order's ids (models.OrderPublic.of takes them)."""
    return await conn.fetchrow(f"SELECT {NAMES} FROM orders o {NAMES_JOINED} WHERE o.id = $1",
                               order_id)


async def page(conn: asyncpg.Connection, *, scope: str | None, resident: UUID | None,
               assignee: UUID | None, team_ids: list[UUID], status: str | None,
               community_id: UUID | None, grid_id: UUID | None, after: UUID | None,
               limit: int) -> list[asyncpg.Record]:
    """Newest first, each row with the names beside its ids (joined to the page only). Exactly
    one of scope (staff), resident or assignee says whose orders."""
    return await conn.fetch(
        f"SELECT o.*, {NAMES} FROM (SELECT * FROM orders WHERE "
        "($1::text IS NULL OR org_path LIKE $1 || '%') "
        "AND ($2::uuid IS NULL OR resident_person_id = $2) "
        "AND ($3::uuid IS NULL OR assignee_person_id = $3 OR assignee_team_id = ANY($4::uuid[])) "
        "AND ($5::text IS NULL OR status = $5) "
        "AND ($6::uuid IS NULL OR community_id = $6) "
        "AND ($7::uuid IS NULL OR grid_id = $7) "
        "AND ($8::uuid IS NULL OR id < $8) ORDER BY id DESC LIMIT $9) o "
        f"{NAMES_JOINED} ORDER BY o.id DESC",
        scope, resident, assignee, team_ids, status, community_id, grid_id, after, limit,
    )


async def steps(conn: asyncpg.Connection, order_id: UUID) -> list[OrderStep]:
    """The order's file, each step with its actor's name (the caller masks the resident's)."""
    rows = await conn.fetch(
        "SELECT s.*, p.name AS actor_name FROM order_steps s "
        "LEFT JOIN people p ON p.id = s.by_person WHERE s.order_id = $1 ORDER BY s.id", order_id)
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
