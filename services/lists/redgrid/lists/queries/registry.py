"""Reads of what the registry announced: organisations, units, teams."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.lists.models import Team, Unit


async def org(conn: asyncpg.Connection, org_id: UUID) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT id, kind, name, path, active FROM orgs WHERE id = $1",
                               org_id)


async def community_above(conn: asyncpg.Connection, path: str) -> UUID | None:
    """The community an organisation belongs to (itself, if it is one), from its path."""
    return await conn.fetchval(
        "SELECT id FROM orgs WHERE kind = 'community' AND $1 LIKE path || '%' "
        "ORDER BY length(path) DESC LIMIT 1", path)


async def communities(conn: asyncpg.Connection, scope: str) -> list[asyncpg.Record]:
    return await conn.fetch("SELECT id, name, path FROM orgs WHERE kind = 'community' AND active "
                            "AND path LIKE $1 || '%' ORDER BY path", scope)


async def unit(conn: asyncpg.Connection, unit_id: UUID) -> Unit | None:
    return Unit.of(await conn.fetchrow("SELECT * FROM units WHERE id = $1", unit_id))


async def known_units(conn: asyncpg.Connection, unit_ids: list[UUID]) -> set[UUID]:
    found = await conn.fetch("SELECT id FROM units WHERE id = ANY($1::uuid[])", unit_ids)
    return {r["id"] for r in found}


async def units_serving(conn: asyncpg.Connection, scope: str) -> list[asyncpg.Record]:
    """Units that serve a community in the scope, by the registry's word or an agreement."""
    return await conn.fetch(
        "SELECT DISTINCT u.id, u.name FROM units u JOIN orgs o ON o.id = ANY(u.community_ids) "
        "WHERE o.path LIKE $1 || '%' "
        "UNION SELECT DISTINCT u.id, u.name FROM units u JOIN agreements a ON a.unit_id = u.id "
        "WHERE a.status = 'active' AND a.org_path LIKE $1 || '%' ORDER BY name", scope)


async def serves(conn: asyncpg.Connection, unit: Unit, community_id: UUID) -> bool:
    """共驻共建: the registry lists the community as the unit's, or they signed an agreement."""
    if community_id in unit.community_ids:
        return True
    return bool(await conn.fetchval(
        "SELECT 1 FROM agreements WHERE unit_id = $1 AND community_id = $2 "
        "AND status = 'active'", unit.id, community_id))


async def served_communities(conn: asyncpg.Connection, unit: Unit) -> list[UUID]:
    rows = await conn.fetch("SELECT community_id FROM agreements WHERE unit_id = $1 "
                            "AND status = 'active'", unit.id)
    return list({*unit.community_ids, *(r["community_id"] for r in rows)})


async def team(conn: asyncpg.Connection, team_id: UUID) -> Team | None:
    return Team.of(await conn.fetchrow("SELECT * FROM teams WHERE id = $1", team_id))
