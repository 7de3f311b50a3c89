"""Reads for logging in: a person by their identity provider's subject or verified phone."""

from __future__ import annotations

from uuid import UUID

import asyncpg


async def by_subject(conn: asyncpg.Connection, subject: str) -> asyncpg.Record | None:
    return await conn.fetchrow(
        "SELECT id, name, home_org_id FROM people WHERE idp_subject = $1 AND status = 'active'",
        subject)


async def unlinked_by_phone(conn: asyncpg.Connection, digits: str) -> list[asyncpg.Record]:
    return await conn.fetch(
        "SELECT id, name, home_org_id FROM people WHERE idp_subject IS NULL "
        "AND status = 'active' AND regexp_replace(phone, '\\D', '', 'g') = $1 LIMIT 2", digits)


async def held_roles(conn: asyncpg.Connection, person_id: UUID) -> tuple[list[tuple[str, UUID]], bool]:
    """The roles a person holds today (role, org) and whether they are a party member."""
    roles = await conn.fetch(
        "SELECT role, org_id FROM person_roles WHERE person_id = $1 AND ended_on IS NULL "
        "ORDER BY started_on, id", person_id)
    member = await conn.fetchval("SELECT true FROM party_members WHERE person_id = $1",
                                 person_id)
    return [(r["role"], r["org_id"]) for r in roles], bool(member)
