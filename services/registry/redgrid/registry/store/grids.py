"""Writes to grids, their lineage, and the people and roles a merge or split re-homes."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.registry.models import Grid

COLUMNS = ("code", "name", "kind", "parent_grid_id", "community_id", "branch_id", "org_path",
           "layers", "area", "center_lat", "center_lng", "address_keys", "households",
           "population")


async def lock(conn: asyncpg.Connection, grid_ids: list[UUID]) -> list[Grid]:
    rows = await conn.fetch(
        "SELECT * FROM grids WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE", grid_ids)
    return [Grid.of(r) for r in rows]


async def insert(conn: asyncpg.Connection, grid_id: UUID, **values) -> Grid:
    names = ["id", *values]
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    row = await conn.fetchrow(
        f"INSERT INTO grids ({', '.join(names)}) VALUES ({params}) RETURNING *",
        grid_id, *values.values(),
    )
    return Grid.of(row)


async def update(conn: asyncpg.Connection, grid_id: UUID, **fields) -> Grid:
    sets = "".join(f"{k} = ${i}, " for i, k in enumerate(fields, start=2))
    row = await conn.fetchrow(
        f"UPDATE grids SET {sets}version = version + 1, updated_at = now() "
        "WHERE id = $1 RETURNING *",
        grid_id, *fields.values(),
    )
    return Grid.of(row)


async def retire(conn: asyncpg.Connection, grid_ids: list[UUID]) -> list[Grid]:
    rows = await conn.fetch(
        "UPDATE grids SET status = 'retired', retired_at = now(), version = version + 1, "
        "updated_at = now() WHERE id = ANY($1::uuid[]) RETURNING *",
        grid_ids,
    )
    return [Grid.of(r) for r in rows]


async def reparent_micro(conn: asyncpg.Connection, old: list[UUID], new: UUID) -> list[Grid]:
    rows = await conn.fetch(
        "UPDATE grids SET parent_grid_id = $2, version = version + 1, updated_at = now() "
        "WHERE parent_grid_id = ANY($1::uuid[]) AND status = 'active' RETURNING *",
        old, new,
    )
    return [Grid.of(r) for r in rows]


async def rehome_people(conn: asyncpg.Connection, old: list[UUID], new: UUID,
                        only: list[UUID] | None = None) -> list[UUID]:
    """Move the people (and roles) of the old grids to the new one, a role held in the old
    grid's branch to the new one's; returns the people moved."""
    rows = await conn.fetch(
        "UPDATE people SET grid_id = $2, version = version + 1, updated_at = now() "
        "WHERE grid_id = ANY($1::uuid[]) AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[])) "
        "RETURNING id",
        old, new, only,
    )
    moved = [r["id"] for r in rows]
    # a role held in the old grid's branch is now held in the new grid's (or its community,
    # when the new grid has no branch); one held elsewhere (the community) stays where it is
    role_rows = await conn.fetch(
        "UPDATE person_roles r SET grid_id = $2, org_id = CASE WHEN r.org_id = "
        "(SELECT branch_id FROM grids WHERE id = r.grid_id) THEN (SELECT coalesce(branch_id, "
        "community_id) FROM grids WHERE id = $2) ELSE r.org_id END "
        "WHERE grid_id = ANY($1::uuid[]) "
        "AND ended_on IS NULL AND ($3::uuid[] IS NULL OR person_id = ANY($3::uuid[])) "
        "RETURNING person_id",
        old, new, only,
    )
    for r in role_rows:
        if r["person_id"] not in moved:
            moved.append(r["person_id"])
    if role_rows:
        await conn.execute(
            "UPDATE people SET version = version + 1 WHERE id = ANY($1::uuid[]) "
            "AND NOT (id = ANY($2::uuid[]))",
            [r["person_id"] for r in role_rows], [r["id"] for r in rows],
        )
    return moved


async def add_lineage(conn: asyncpg.Connection, change: str, from_ids: list[UUID],
                      to_ids: list[UUID], reason: str | None, by_person: UUID | None) -> None:
    await conn.execute(
        "INSERT INTO grid_lineage (change, from_ids, to_ids, reason, by_person) "
        "VALUES ($1, $2, $3, $4, $5)",
        change, from_ids, to_ids, reason, by_person,
    )
