"""Writes to the resource list."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.lists.models import Resource
from redgrid.lists.store import rows


async def insert(conn: asyncpg.Connection, resource_id: UUID, **values) -> Resource:
    return Resource.of(await rows.insert(conn, "resources", id=resource_id, **values))


async def lock(conn: asyncpg.Connection, resource_id: UUID) -> Resource | None:
    return Resource.of(await rows.lock(conn, "resources", resource_id))


async def update(conn: asyncpg.Connection, resource_id: UUID, **fields) -> Resource:
    return Resource.of(await rows.update(conn, "resources", resource_id, **fields))


async def mark_used(conn: asyncpg.Connection, resource_id: UUID, at: datetime) -> None:
    """The first use counts for the figures; it is no change of the offer itself."""
    await conn.execute(
        "UPDATE resources SET first_used_at = coalesce(first_used_at, $2) WHERE id = $1",
        resource_id, at)
