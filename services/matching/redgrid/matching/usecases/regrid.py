"""Re-drawn grids keep their orders (网格调整): when the registry merges or splits grids, each
open order of a retired grid moves to the successor (its point in the successor's polygon, else
its address key, else the first successor; lineage.choose), its status, offers and assignee
unchanged, with a `rehomed` step and event. An order held by the old grid's branch passes to
the successor's; one a community or another branch holds stays with it. Closed orders keep
their grid (history)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common.lineage import LINEAGE_EVENTS
from redgrid.matching.domain import orders as rules
from redgrid.matching.domain.orders import Step
from redgrid.matching.models import Order
from redgrid.matching.queries import orders as queries
from redgrid.matching.store import orders as store
from redgrid.matching.usecases import steps

OPEN = sorted(s.value for s in rules.OPEN)


async def follow_lineage(conn: asyncpg.Connection, event_type: str, from_ids: list[UUID],
                         to_ids: list[UUID], reason: str | None, at: datetime) -> int:
    """A merge or split: kept, then the open orders of the retired grids re-homed if every
    successor is known here (else when the last one arrives: after_grid)."""
    await store.record_lineage(conn, LINEAGE_EVENTS[event_type], from_ids, to_ids, reason, at)
    return await rehome_from(conn, await queries.ready_predecessors(conn, to_ids[0]), at)


async def after_grid(conn: asyncpg.Connection, grid_id: UUID, at: datetime) -> int:
    return await rehome_from(conn, await queries.ready_predecessors(conn, grid_id), at)


async def rehome_from(conn: asyncpg.Connection, grid_ids: list[UUID], at: datetime) -> int:
    """Every open order of these (retired) grids to its successor; how many moved. A second
    run finds none left there: a redelivered event changes nothing."""
    if not grid_ids:
        return 0
    moved = 0
    for order in await store.lock_open_in(conn, grid_ids, OPEN):
        target = await queries.successor(conn, order.grid_id, order.lat, order.lng,
                                         order.address)
        if target is not None:
            await rehome(conn, order, target, max(at, order.updated_at))
            moved += 1
    return moved


async def rehome(conn: asyncpg.Connection, order: Order, grid: asyncpg.Record,
                 at: datetime) -> Order:
    old = await queries.grid(conn, order.grid_id)
    fields: dict = {"grid_id": grid["id"]}
    if old is not None and order.org_path == old["org_path"]:  # held by the old grid's branch
        fields.update(org_path=grid["org_path"],
                      branch_id=grid["org_id"] if grid["org_id"] != grid["community_id"]
                      else None)
    order = await store.step(conn, order.id, at, **fields)
    note = f"网格调整：{old['name'] if old else order.grid_id} → {grid['name']}"
    await steps.emit(conn, order, Step.REHOMED, None, None, note, at)
    return order
