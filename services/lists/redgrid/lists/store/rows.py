"""Plain row writes shared by the store modules; table names come from code, never from input."""

from __future__ import annotations

from uuid import UUID

import asyncpg


async def insert(conn: asyncpg.Connection, table: str, **values) -> asyncpg.Record:
    names = ", ".join(values)
    params = ", ".join(f"${i}" for i in range(1, len(values) + 1))
    return await conn.fetchrow(f"INSERT INTO {table} ({names}) VALUES ({params}) RETURNING *",
                               *values.values())


async def update(conn: asyncpg.Connection, table: str, row_id: UUID, **fields) -> asyncpg.Record:
    """Change fields and grow the version by one: every change is a new snapshot."""
    sets = "".join(f"{k} = ${i}, " for i, k in enumerate(fields, start=2))
    return await conn.fetchrow(
        f"UPDATE {table} SET {sets}version = version + 1 WHERE id = $1 RETURNING *",
        row_id, *fields.values())


async def lock(conn: asyncpg.Connection, table: str, row_id: UUID) -> asyncpg.Record | None:
    return await conn.fetchrow(f"SELECT * FROM {table} WHERE id = $1 FOR UPDATE", row_id)
