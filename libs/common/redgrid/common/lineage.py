"""Grids re-drawn (合并/拆分): the lineage the registry announces (redgrid.registry.grid.merged
and .split), as each service that keeps things per grid records it in its `grid_lineage` table,
and the successor an open thing of a retired grid goes to.

The lineage event carries ids only, and may arrive before the successors' grid.created: a
service re-homes once every successor is in its grids read model (`ready`), from the lineage
handler or from the grid handler of the last successor to arrive. Re-homing moves only what is
still in a retired grid, so doing it twice changes nothing.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg
from pydantic import BaseModel

from redgrid.common.geo import contains

LINEAGE_EVENTS = {"redgrid.registry.grid.merged.v1": "merge",
                  "redgrid.registry.grid.split.v1": "split"}
MAX_HOPS = 16  # a grid re-drawn again before its things moved: follow the chain this far


class LineageSeen(BaseModel):
    """What the services keep of the registry's GridLineage."""

    from_ids: list[UUID]
    to_ids: list[UUID]
    reason: str | None = None


async def record(conn: asyncpg.Connection, change: str, from_ids: list[UUID],
                 to_ids: list[UUID], reason: str | None, at: datetime) -> None:
    """One row per (predecessor, successor); a redelivery adds nothing."""
    await conn.executemany(
        "INSERT INTO grid_lineage (change, from_id, to_id, position, reason, at) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        [(change, f, t, i, reason, at) for f in from_ids for i, t in enumerate(to_ids)])


async def ready(conn: asyncpg.Connection, grid_id: UUID) -> list[UUID]:
    """Predecessors of `grid_id` whose successors are all in the grids read model now: those
    whose things can move (the others wait for their successors' grid.created)."""
    rows = await conn.fetch(
        "SELECT l.from_id FROM grid_lineage l WHERE l.to_id = $1 AND NOT EXISTS ("
        "  SELECT 1 FROM grid_lineage o WHERE o.from_id = l.from_id "
        "  AND NOT EXISTS (SELECT 1 FROM grids g WHERE g.id = o.to_id))", grid_id)
    return [r["from_id"] for r in rows]


async def known_successors(conn: asyncpg.Connection, grid_id: UUID) -> list[asyncpg.Record]:
    """The grids `grid_id` went into, as known here, the first named first."""
    return await conn.fetch(
        "SELECT g.* FROM grid_lineage l JOIN grids g ON g.id = l.to_id "
        "WHERE l.from_id = $1 ORDER BY l.position", grid_id)


def choose(successors: list[asyncpg.Record], lat: float | None, lng: float | None,
           address: str | None) -> asyncpg.Record | None:
    """The successor holding the point, else the one whose address key (the longest) the
    address holds, else the first."""
    if not successors:
        return None
    if lat is not None and lng is not None:
        for grid in successors:
            if contains(grid["area"], lat, lng):
                return grid
    if address:
        keyed = [(max((len(k) for k in g["address_keys"] if k in address), default=0), -i, g)
                 for i, g in enumerate(successors)]
        best = max(keyed, key=lambda k: k[:2])
        if best[0] > 0:
            return best[2]
    return successors[0]


async def successor(conn: asyncpg.Connection, grid_id: UUID, lat: float | None,
                    lng: float | None, address: str | None) -> asyncpg.Record | None:
    """The grid something of the retired `grid_id` belongs in now, following the chain of
    re-draws to an active grid; None while no successor is known."""
    found = None
    current = grid_id
    for _ in range(MAX_HOPS):
        grid = choose(await known_successors(conn, current), lat, lng, address)
        if grid is None:
            return found
        found, current = grid, grid["id"]
        if grid["status"] == "active":
            return grid
    return found


async def predecessors(conn: asyncpg.Connection, grid_id: UUID) -> list[UUID]:
    """Every grid that went into `grid_id`, transitively (its history)."""
    rows = await conn.fetch(
        "WITH RECURSIVE up(id) AS (SELECT from_id FROM grid_lineage WHERE to_id = $1 "
        "UNION SELECT l.from_id FROM grid_lineage l JOIN up ON l.to_id = up.id) "
        "SELECT id FROM up", grid_id)
    return [r["id"] for r in rows]
