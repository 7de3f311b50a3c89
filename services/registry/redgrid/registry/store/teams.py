"""Writes to volunteer teams and their members."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.registry.models import Team


async def insert(conn: asyncpg.Connection, team_id: UUID, **values) -> None:
    names = ["id", *values]
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    await conn.execute(f"INSERT INTO teams ({', '.join(names)}) VALUES ({params})",
                       team_id, *values.values())


async def update(conn: asyncpg.Connection, team_id: UUID, **fields) -> None:
    sets = "".join(f"{k} = ${i}, " for i, k in enumerate(fields, start=2))
    await conn.execute(f"UPDATE teams SET {sets}version = version + 1 WHERE id = $1",
                       team_id, *fields.values())


async def lock(conn: asyncpg.Connection, team_id: UUID) -> Team | None:
    return Team.of(await conn.fetchrow("SELECT * FROM teams WHERE id = $1 FOR UPDATE", team_id))


async def join(conn: asyncpg.Connection, team_id: UUID, person_id: UUID) -> bool:
    status = await conn.execute(
        "INSERT INTO team_members (team_id, person_id) VALUES ($1, $2) "
        "ON CONFLICT (team_id, person_id) DO UPDATE SET left_on = NULL, joined_on = current_date "
        "WHERE team_members.left_on IS NOT NULL",
        team_id, person_id,
    )
    return status.endswith("1")


async def leave(conn: asyncpg.Connection, team_id: UUID, person_id: UUID) -> bool:
    status = await conn.execute(
        "UPDATE team_members SET left_on = current_date WHERE team_id = $1 AND person_id = $2 "
        "AND left_on IS NULL",
        team_id, person_id,
    )
    return status.endswith("1")
