"""Reads of the catalogue of service types and skills."""

from __future__ import annotations

import asyncpg

from redgrid.common.catalogue import ServiceType


async def listing(conn: asyncpg.Connection, *, include_inactive: bool) -> list[ServiceType]:
    found = await conn.fetch("SELECT * FROM service_types WHERE active OR $1 "
                             "ORDER BY sort, code", include_inactive)
    return [ServiceType(**dict(r)) for r in found]


async def taken(conn: asyncpg.Connection, words: list[str], but: str | None) -> list[str]:
    """Which of the words already name another entry (its code or one of its aliases)."""
    return [r["w"] for r in await conn.fetch(
        "SELECT DISTINCT w FROM unnest($1::text[]) w JOIN service_types t "
        "ON (t.code = w OR w = ANY(t.aliases)) AND t.code IS DISTINCT FROM $2 ORDER BY w",
        words, but)]
