"""Writes to service places."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.registry.models import Place


async def insert(conn: asyncpg.Connection, place_id: UUID, **values) -> Place:
    names = ["id", *values]
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    row = await conn.fetchrow(
        f"INSERT INTO places ({', '.join(names)}) VALUES ({params}) RETURNING *",
        place_id, *values.values(),
    )
    return Place.of(row)


async def replace(conn: asyncpg.Connection, place_id: UUID, **values) -> Place | None:
    sets = "".join(f"{k} = ${i}, " for i, k in enumerate(values, start=2))
    row = await conn.fetchrow(
        f"UPDATE places SET {sets}version = version + 1 WHERE id = $1 RETURNING *",
        place_id, *values.values(),
    )
    return Place.of(row)
