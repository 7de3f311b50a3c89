"""Reads of people: one with roles and membership, a scope's list, cards, contact access."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.registry.models import Card, Membership, Person, Role


async def get(conn: asyncpg.Connection, person_id: UUID) -> Person | None:
    return Person.of(await conn.fetchrow("SELECT * FROM people WHERE id = $1", person_id))


async def roles(conn: asyncpg.Connection, person_id: UUID, active: bool = True) -> list[Role]:
    rows = await conn.fetch(
        "SELECT * FROM person_roles WHERE person_id = $1 AND (NOT $2 OR ended_on IS NULL) "
        "ORDER BY started_on, id",
        person_id, active,
    )
    return [Role.of(r) for r in rows]


async def membership(conn: asyncpg.Connection, person_id: UUID) -> Membership | None:
    return Membership.of(await conn.fetchrow(
        "SELECT * FROM party_members WHERE person_id = $1", person_id))


async def team_ids(conn: asyncpg.Connection, person_id: UUID) -> list[UUID]:
    rows = await conn.fetch(
        "SELECT team_id FROM team_members WHERE person_id = $1 AND left_on IS NULL", person_id)
    return [r["team_id"] for r in rows]


async def in_scope(conn: asyncpg.Connection, scope: str, grid_id: UUID | None,
                   role: str | None, skill: str | None, category: str | None,
                   after: UUID | None, limit: int) -> list[Person]:
    rows = await conn.fetch(
        "SELECT p.* FROM people p WHERE p.org_path LIKE $1 || '%' "
        "AND ($2::uuid IS NULL OR p.grid_id = $2) "
        "AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id "
        "     AND r.role = $3 AND r.ended_on IS NULL)) "
        "AND ($4::text IS NULL OR p.skills @> ARRAY[$4]) "
        "AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM party_members m "
        "     WHERE m.person_id = p.id AND m.category = $5)) "
        "AND ($6::uuid IS NULL OR p.id > $6) ORDER BY p.id LIMIT $7",
        scope, grid_id, role, skill, category, after, limit,
    )
    return [Person.of(r) for r in rows]


async def cards(conn: asyncpg.Connection, person_id: UUID) -> list[Card]:
    rows = await conn.fetch(
        "SELECT * FROM member_cards WHERE person_id = $1 ORDER BY recorded_on, id", person_id)
    return [Card.of(r) for r in rows]


async def contact_accesses(conn: asyncpg.Connection, person_id: UUID) -> list[dict]:
    rows = await conn.fetch(
        "SELECT reader_id, roles, purpose, at FROM contact_access WHERE person_id = $1 "
        "ORDER BY at DESC LIMIT 200",
        person_id,
    )
    return [dict(r) for r in rows]
