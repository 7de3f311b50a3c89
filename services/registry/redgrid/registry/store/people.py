"""Writes to people, their roles, party membership, four-colour cards and contact-access log."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.registry.models import Card, Membership, Person, Role


async def lock(conn: asyncpg.Connection, person_id: UUID) -> Person | None:
    return Person.of(await conn.fetchrow(
        "SELECT * FROM people WHERE id = $1 FOR UPDATE", person_id))


async def insert(conn: asyncpg.Connection, person_id: UUID, **values) -> Person:
    names = ["id", *values]
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    row = await conn.fetchrow(
        f"INSERT INTO people ({', '.join(names)}) VALUES ({params}) RETURNING *",
        person_id, *values.values(),
    )
    return Person.of(row)


async def update(conn: asyncpg.Connection, person_id: UUID, **fields) -> Person:
    sets = "".join(f"{k} = ${i}, " for i, k in enumerate(fields, start=2))
    row = await conn.fetchrow(
        f"UPDATE people SET {sets}version = version + 1, updated_at = now() "
        "WHERE id = $1 RETURNING *",
        person_id, *fields.values(),
    )
    return Person.of(row)


async def add_role(conn: asyncpg.Connection, role_id: UUID, person_id: UUID, **values) -> Role:
    names = ["id", "person_id", *values]
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    row = await conn.fetchrow(
        f"INSERT INTO person_roles ({', '.join(names)}) VALUES ({params}) RETURNING *",
        role_id, person_id, *values.values(),
    )
    return Role.of(row)


async def end_role(conn: asyncpg.Connection, person_id: UUID, role_id: UUID) -> Role | None:
    return Role.of(await conn.fetchrow(
        "UPDATE person_roles SET ended_on = current_date WHERE id = $1 AND person_id = $2 "
        "AND ended_on IS NULL RETURNING *",
        role_id, person_id,
    ))


async def set_membership(conn: asyncpg.Connection, person_id: UUID, branch_id: UUID,
                         category: str, joined_on, employer: str | None) -> Membership:
    row = await conn.fetchrow(
        "INSERT INTO party_members (person_id, branch_id, category, joined_on, employer) "
        "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (person_id) DO UPDATE SET "
        "branch_id = $2, category = $3, joined_on = coalesce($4, party_members.joined_on), "
        "employer = $5, version = party_members.version + 1, updated_at = now() RETURNING *",
        person_id, branch_id, category, joined_on, employer,
    )
    return Membership.of(row)


async def add_card(conn: asyncpg.Connection, card_id: UUID, person_id: UUID, colour: str,
                   title: str, content: str, recorded_on, recorded_by: UUID) -> Card:
    row = await conn.fetchrow(
        "INSERT INTO member_cards (id, person_id, colour, title, content, recorded_on, "
        "recorded_by) VALUES ($1, $2, $3, $4, $5, coalesce($6, current_date), $7) RETURNING *",
        card_id, person_id, colour, title, content, recorded_on, recorded_by,
    )
    return Card.of(row)


async def bump(conn: asyncpg.Connection, person_id: UUID) -> None:
    await conn.execute(
        "UPDATE people SET version = version + 1, updated_at = now() WHERE id = $1", person_id)


async def log_contact_access(conn: asyncpg.Connection, person_id: UUID, reader_id: UUID,
                             roles: list[str], purpose: str | None) -> None:
    await conn.execute(
        "INSERT INTO contact_access (person_id, reader_id, roles, purpose) VALUES ($1,$2,$3,$4)",
        person_id, reader_id, roles, purpose,
    )
