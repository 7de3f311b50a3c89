"""Reads of the categories and the dispatch catalogue as in force at a moment."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common.cache import Ttl
from redgrid.tickets.domain.catalogue import Rule
from redgrid.tickets.domain.routing import Level
from redgrid.tickets.models import CatalogueEntry, Category

# Read on every intake, changed by a street office now and then: kept a few seconds here
# (cleared at once when this process changes it).
CATALOGUE = Ttl(seconds=5)

async def category(conn: asyncpg.Connection, code: str) -> Category | None:
    return await CATALOGUE.get(("category", code), lambda: _category(conn, code))


async def _category(conn: asyncpg.Connection, code: str) -> Category | None:
    return Category.of(await conn.fetchrow("SELECT * FROM categories WHERE code = $1", code))


async def categories(conn: asyncpg.Connection) -> list[Category]:
    return [Category.of(r) for r in await conn.fetch("SELECT * FROM categories ORDER BY code")]


async def rule(conn: asyncpg.Connection, category: str, at: datetime,
               street_id: UUID | None) -> Rule | None:
    """The rule in force at `at`, to the second: the cache keeps the category's rows (the
    street's and the city's), and the one in force is picked here, so a row takes effect at
    its valid_from exactly, as GET /v1/catalogue lists it."""
    rows = await CATALOGUE.get(("rows", category, street_id),
                               lambda: _rows(conn, category, street_id))
    e = _in_force_at(rows, at)
    if e is None:
        return None
    return Rule(e.category, Level(e.level), e.department, e.limit_hours, e.limit_working_days,
                e.emergency, e.sign_hours)


async def _rows(conn: asyncpg.Connection, category: str,
                street_id: UUID | None) -> list[CatalogueEntry]:
    rows = await conn.fetch(
        "SELECT * FROM catalogue WHERE category = $1 AND (street_id = $2 OR street_id IS NULL)",
        category, street_id)
    return [CatalogueEntry.of(r) for r in rows]


def _in_force_at(rows: list[CatalogueEntry], at: datetime) -> CatalogueEntry | None:
    """The street's own row in force at `at` if there is one, else the city default's."""
    live = [e for e in rows if e.valid_from <= at and (e.valid_to is None or e.valid_to > at)]
    live.sort(key=lambda e: (e.street_id is None, -e.valid_from.timestamp()))
    return live[0] if live else None


async def in_force(conn: asyncpg.Connection, at: datetime,
                   street_id: UUID | None) -> list[CatalogueEntry]:
    rows = await conn.fetch(
        "SELECT DISTINCT ON (category) * FROM catalogue WHERE valid_from <= $1 "
        "AND (valid_to IS NULL OR valid_to > $1) AND (street_id = $2 OR street_id IS NULL) "
        "ORDER BY category, street_id IS NULL, valid_from DESC",
        at, street_id,
    )
    return [CatalogueEntry.of(r) for r in rows]


async def history(conn: asyncpg.Connection, category: str,
                  street_id: UUID | None) -> list[CatalogueEntry]:
    rows = await conn.fetch(
        "SELECT * FROM catalogue WHERE category = $1 "
        "AND (street_id IS NOT DISTINCT FROM $2) ORDER BY valid_from",
        category, street_id,
    )
    return [CatalogueEntry.of(r) for r in rows]


async def starts_from(conn: asyncpg.Connection, category: str, street_id: UUID | None,
                      at: datetime) -> bool:
    """Does an entry of the category (and street) start at `at` or later?"""
    return bool(await conn.fetchval(
        "SELECT 1 FROM catalogue WHERE category = $1 AND street_id IS NOT DISTINCT FROM $2 "
        "AND valid_from >= $3", category, street_id, at))


async def prefix_taken(conn: asyncpg.Connection, prefix: str, street_id: UUID) -> bool:
    """Is the number prefix another street's?"""
    return bool(await conn.fetchval(
        "SELECT 1 FROM street_prefixes WHERE prefix = $1 AND street_id <> $2", prefix, street_id))
