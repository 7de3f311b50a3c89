"""Writes to the project list: projects, partners, bound needs and resources, milestones,
activities."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import asyncpg

from redgrid.lists.models import Activity
from redgrid.lists.store import rows


async def insert(conn: asyncpg.Connection, project_id: UUID, **values) -> None:
    await rows.insert(conn, "projects", id=project_id, **values)


async def lock(conn: asyncpg.Connection, project_id: UUID) -> asyncpg.Record | None:
    return await rows.lock(conn, "projects", project_id)


async def update(conn: asyncpg.Connection, project_id: UUID, **fields) -> None:
    await rows.update(conn, "projects", project_id, **fields)


async def set_partners(conn: asyncpg.Connection, project_id: UUID, unit_ids: list[UUID]) -> None:
    await conn.execute("DELETE FROM project_partners WHERE project_id = $1 "
                       "AND NOT (unit_id = ANY($2::uuid[]))", project_id, unit_ids)
    await add_partners(conn, project_id, unit_ids)


async def add_partners(conn: asyncpg.Connection, project_id: UUID, unit_ids: list[UUID]) -> None:
    await conn.execute("INSERT INTO project_partners (project_id, unit_id) "
                       "SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING",
                       project_id, unit_ids)


async def bind_needs(conn: asyncpg.Connection, project_id: UUID, need_ids: list[UUID]) -> int:
    status = await conn.execute("INSERT INTO project_needs (project_id, need_id) "
                                "SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING",
                                project_id, need_ids)
    return int(status.rsplit(" ", 1)[1])


async def bind_resource(conn: asyncpg.Connection, project_id: UUID, resource_id: UUID,
                        quantity: int) -> None:
    await conn.execute(
        "INSERT INTO project_resources (project_id, resource_id, quantity) VALUES ($1, $2, $3) "
        "ON CONFLICT (project_id, resource_id) DO UPDATE "
        "SET quantity = project_resources.quantity + $3", project_id, resource_id, quantity)


async def add_milestones(conn: asyncpg.Connection, project_id: UUID,
                         milestones: list[tuple[UUID, str, date | None]]) -> None:
    await conn.executemany("INSERT INTO milestones (id, project_id, title, due_on) "
                           "VALUES ($1, $2, $3, $4)",
                           [(m_id, project_id, title, due) for m_id, title, due in milestones])


async def complete_milestone(conn: asyncpg.Connection, project_id: UUID, milestone_id: UUID,
                             on: date) -> bool:
    status = await conn.execute("UPDATE milestones SET done_on = $3 WHERE id = $2 "
                                "AND project_id = $1 AND done_on IS NULL",
                                project_id, milestone_id, on)
    return status.endswith(" 1")


async def insert_activity(conn: asyncpg.Connection, activity_id: UUID, **values) -> Activity:
    return Activity.of(await rows.insert(conn, "activities", id=activity_id, **values))


async def lock_activity(conn: asyncpg.Connection, activity_id: UUID) -> Activity | None:
    return Activity.of(await rows.lock(conn, "activities", activity_id))


async def update_activity(conn: asyncpg.Connection, activity_id: UUID, **fields) -> Activity:
    return Activity.of(await rows.update(conn, "activities", activity_id, **fields))
