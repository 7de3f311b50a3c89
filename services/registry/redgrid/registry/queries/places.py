"""Reads of service places: a list, those near a point, and the grids' walking distances."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.registry.domain.places import degree_box
from redgrid.registry.models import Place


async def get(conn: asyncpg.Connection, place_id: UUID) -> Place | None:
    return Place.of(await conn.fetchrow("SELECT * FROM places WHERE id = $1", place_id))


async def listed(conn: asyncpg.Connection, org_path: str | None, kind: str | None,
                 after: UUID | None, limit: int) -> list[Place]:
    rows = await conn.fetch(
        "SELECT * FROM places WHERE ($1::text IS NULL OR org_path LIKE $1 || '%') "
        "AND ($2::text IS NULL OR kind = $2) AND ($3::uuid IS NULL OR id > $3) "
        "ORDER BY id LIMIT $4",
        org_path, kind, after, limit,
    )
    return [Place.of(r) for r in rows]


async def around(conn: asyncpg.Connection, lat: float, lng: float, minutes: float) -> list[Place]:
    """Places inside the box that holds the walking circle (the caller measures exactly)."""
    dlat, dlng = degree_box(lat, minutes)
    rows = await conn.fetch(
        "SELECT * FROM places WHERE lat BETWEEN $1 AND $2 AND lng BETWEEN $3 AND $4",
        lat - dlat, lat + dlat, lng - dlng, lng + dlng,
    )
    return [Place.of(r) for r in rows]


async def grid_centres(conn: asyncpg.Connection, path: str) -> list[dict]:
    rows = await conn.fetch(
        "SELECT id, code, name, center_lat, center_lng FROM grids WHERE org_path LIKE $1 || '%' "
        "AND status = 'active' AND kind = 'comprehensive' AND center_lat IS NOT NULL "
        "AND center_lng IS NOT NULL",
        path,
    )
    return [dict(r) for r in rows]
