"""The names of the organisations, units, teams and people an answer's ids refer to, from the
read models, in one statement (redgrid.common.names fills them in)."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

import asyncpg

LOOKUP = " UNION ALL ".join(
    f"SELECT id, name FROM {table} WHERE id = ANY($1::uuid[])"
    for table in ("orgs", "units", "teams", "people"))


async def lookup(conn: asyncpg.Connection, ids: Iterable[UUID]) -> dict[UUID, str]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    return {r["id"]: r["name"] for r in await conn.fetch(LOOKUP, wanted)}
