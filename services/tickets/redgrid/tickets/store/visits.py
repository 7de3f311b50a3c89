"""Writes of 六上门 visit logs."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.tickets.models import Visit


async def insert(conn: asyncpg.Connection, visit_id: UUID, *, kind: str,
                 community_id: UUID | None, grid_id: UUID | None, area_path: str,
                 visitor_id: UUID | None, household: str | None, visited_at: datetime,
                 note: str, ticket_ids: list[UUID], recorded_at: datetime) -> Visit:
    row = await conn.fetchrow(
        "INSERT INTO visits (id, kind, community_id, grid_id, area_path, visitor_id, "
        "household, visited_at, note, ticket_ids, recorded_at) "
        "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING *",
        visit_id, kind, community_id, grid_id, area_path, visitor_id, household, visited_at,
        note, ticket_ids, recorded_at)
    return Visit.of(row)
