"""Writes to the catalogue of service types and skills."""

from __future__ import annotations

import asyncpg

from redgrid.common.catalogue import ServiceType


async def insert(conn: asyncpg.Connection, entry: ServiceType) -> bool:
    status = await conn.execute(
        "INSERT INTO service_types (code, name_en, aliases, sort, active, version) "
        "VALUES ($1, $2, $3, $4, true, 1) ON CONFLICT DO NOTHING",
        entry.code, entry.name_en, entry.aliases, entry.sort)
    return status.endswith(" 1")


async def lock(conn: asyncpg.Connection, code: str) -> ServiceType | None:
    row = await conn.fetchrow("SELECT * FROM service_types WHERE code = $1 FOR UPDATE", code)
    return ServiceType(**dict(row)) if row else None


async def update(conn: asyncpg.Connection, code: str, **fields) -> ServiceType:
    sets = "".join(f"{k} = ${i}, " for i, k in enumerate(fields, start=2))
    row = await conn.fetchrow(f"UPDATE service_types SET {sets}version = version + 1 "
                              "WHERE code = $1 RETURNING *", code, *fields.values())
    return ServiceType(**dict(row))
