"""Reads of people: one with roles and membership, a scope's list, cards, contact access."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.registry.models import Card, Membership, Person, Role
from redgrid.registry.queries.subtree import Where


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
                   after: tuple[str, UUID] | None, limit: int) -> list[asyncpg.Record]:
    """A scope's people in tree order (the path of their home organisation, then id): the
    keyset walks people_tree, however large the scope. Each row with the names of their home
    organisation and grid (`home_org_name`, `grid_name`), joined to the page."""
    w = Where()
    w.subtree("p.org_path", scope)
    w.given(grid_id, "p.grid_id = {0}")
    w.given(role, "EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id "
                  "AND r.role = {0} AND r.ended_on IS NULL)")
    w.given(skill, "p.skills @> ARRAY[{0}::text]")
    w.given(category, "EXISTS (SELECT 1 FROM party_members m WHERE m.person_id = p.id "
                      "AND m.category = {0})")
    if after is not None:
        w.add('(p.org_path COLLATE "C", p.id) > ({0}, {1})', *after)
    return await conn.fetch(
        f"SELECT p.*, o.name AS home_org_name, g.name AS grid_name FROM ("
        f'SELECT p.* FROM people p WHERE {w} ORDER BY p.org_path COLLATE "C", p.id '
        f"LIMIT {w.param(limit)}) p LEFT JOIN orgs o ON o.id = p.home_org_id "
        'LEFT JOIN grids g ON g.id = p.grid_id ORDER BY p.org_path COLLATE "C", p.id', *w.args)


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
