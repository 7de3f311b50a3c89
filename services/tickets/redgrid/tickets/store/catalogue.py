"""Writes to the dispatch catalogue and the streets' number prefixes."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.tickets.models import CatalogueEntry
from redgrid.tickets.queries.catalogue import CATALOGUE
from redgrid.tickets.queries.places import TREE


async def lock_key(conn: asyncpg.Connection, category: str, street_id: UUID | None) -> None:
    await conn.execute("SELECT pg_advisory_xact_lock(hashtext('tickets.catalogue'), "
                       "hashtext($1))", f"{category}:{street_id}")


async def end_in_force(conn: asyncpg.Connection, category: str, street_id: UUID | None,
                       at: datetime) -> None:
    forget()
    await conn.execute(
        "UPDATE catalogue SET valid_to = $3 WHERE category = $1 "
        "AND street_id IS NOT DISTINCT FROM $2 AND valid_from < $3 "
        "AND (valid_to IS NULL OR valid_to > $3)",
        category, street_id, at,
    )


async def insert(conn: asyncpg.Connection, entry_id: UUID, by: UUID, **values) -> CatalogueEntry:
    forget()
    names = ["id", "created_by", *values]
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    row = await conn.fetchrow(
        f"INSERT INTO catalogue ({', '.join(names)}) VALUES ({params}) RETURNING *",
        entry_id, by, *values.values(),
    )
    return CatalogueEntry.of(row)


async def set_prefix(conn: asyncpg.Connection, street_id: UUID, prefix: str) -> None:
    forget()
    await conn.execute(
        "INSERT INTO street_prefixes (street_id, prefix, set_by) VALUES ($1, $2, 'office') "
        "ON CONFLICT (street_id) DO UPDATE SET prefix = $2, set_by = 'office'",
        street_id, prefix,
    )


async def prefix_from_registry(conn: asyncpg.Connection, street_id: UUID, prefix: str,
                               version: int) -> None:
    """A street's code as announced; an office's own choice is never overwritten."""
    forget()
    taken = await conn.fetchval(
        "SELECT 1 FROM street_prefixes WHERE prefix = $1 AND street_id <> $2", prefix, street_id)
    if taken:
        prefix = f"{prefix[:8]}{street_id.hex[:4].upper()}"
    await conn.execute(
        "INSERT INTO street_prefixes (street_id, prefix, version) VALUES ($1, $2, $3) "
        "ON CONFLICT (street_id) DO UPDATE SET prefix = $2, version = $3 "
        "WHERE street_prefixes.set_by = 'registry' AND street_prefixes.version < $3",
        street_id, prefix, version,
    )


def forget() -> None:
    """This process changed the catalogue or a prefix: its caches must not serve the old."""
    CATALOGUE.clear()
    TREE.clear()
