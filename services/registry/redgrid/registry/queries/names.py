"""The names of whatever an answer's ids refer to (organisations, grids, people, teams, units),
in one statement per answer (redgrid.common.names fills them in). Staff read these answers;
a person reads their own record, where the names are of their organisation and grid."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar
from uuid import UUID

import asyncpg
from pydantic import BaseModel

from redgrid.common import names

M = TypeVar("M", bound=BaseModel)

LOOKUP = " UNION ALL ".join(
    f"SELECT id, name FROM {table} WHERE id = ANY($1::uuid[])"
    for table in ("orgs", "grids", "people", "teams", "units"))


async def lookup(conn: asyncpg.Connection, ids: Iterable[UUID]) -> dict[UUID, str]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    return {r["id"]: r["name"] for r in await conn.fetch(LOOKUP, wanted)}


async def named(conn: asyncpg.Connection, answer: M) -> M:
    return names.fill(answer, await lookup(conn, names.ids(answer)))


async def all_named(conn: asyncpg.Connection, answers: Sequence[M]) -> list[M]:
    found = await lookup(conn, names.ids(*answers))
    return [names.fill(a, found) for a in answers]
