"""Re-drawn grids keep their matters (网格调整): when the registry merges or splits grids, each
ticket of a retired grid still waiting or being handled moves to the successor (its point in the
successor's polygon, else its address key, else the first successor; lineage.choose), with a
`rehome` step on its timeline and a `rehomed` event. Its deadline, first deadline and the
clock's start (due_from) stay as they were: custody passes to the successor's branch at that
moment with no gap, and the clock runs on. Closed tickets keep their grid (history); figures
follow the lineage instead (usecases/figures.py)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common.lineage import LINEAGE_EVENTS
from redgrid.tickets.domain import routing, workflow
from redgrid.tickets.domain.routing import Grid, Level
from redgrid.tickets.domain.workflow import Action, Status
from redgrid.tickets.models import Ticket
from redgrid.tickets.queries import places
from redgrid.tickets.store import grids as grid_store
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases import routing as route
from redgrid.tickets.usecases.common import SYSTEM
from redgrid.tickets.usecases.stepping import Change, apply

HELD = sorted(s.value for s in workflow.HELD)
# Not yet dispatched: nobody to assign at the successor yet.
UNASSIGNED = frozenset({Status.RECEIVED, Status.ACCEPTED, Status.BOUNCED})


async def follow_lineage(conn: asyncpg.Connection, event_type: str, from_ids: list[UUID],
                         to_ids: list[UUID], reason: str | None, at: datetime) -> int:
    """A merge or split as the registry announced it: kept, then the open tickets of the
    retired grids re-homed if every successor is known here (else when the last arrives)."""
    await grid_store.record_lineage(conn, LINEAGE_EVENTS[event_type], from_ids, to_ids,
                                    reason, at)
    return await rehome_from(conn, await places.ready_predecessors(conn, to_ids[0]), at)


async def after_grid(conn: asyncpg.Connection, grid_id: UUID, at: datetime) -> int:
    """A grid arrived: if it was the last successor a lineage waited for, re-home now."""
    return await rehome_from(conn, await places.ready_predecessors(conn, grid_id), at)


async def rehome_from(conn: asyncpg.Connection, grid_ids: list[UUID], at: datetime) -> int:
    """Every ticket still held in these (retired) grids to its successor; how many moved.
    A second run finds none left there: a redelivered event changes nothing."""
    if not grid_ids:
        return 0
    moved = 0
    for t in await store.lock_held_in(conn, grid_ids, HELD):
        target = await places.successor(conn, t.grid_id, t.lat, t.lng, t.address)
        if target is not None:
            await rehome(conn, t, target, max(at, t.updated_at))
            moved += 1
    return moved


async def rehome(conn: asyncpg.Connection, t: Ticket, grid: Grid, at: datetime) -> Ticket:
    old = await places.grid(conn, t.grid_id)
    place = await route.place_of_ticket(conn, grid.id, grid.community_id, t.street_id)
    fields = {"grid_id": grid.id, "community_id": place.community_id,
              "area_path": place.area_path}
    change = Change(fields, data=moved_data(old, grid))
    if t.level == Level.GRID:  # held by the old grid's branch: its successor's takes over
        holder = routing.holder_at(place, Level.GRID)
        assignee = t.assignee_id
        if assignee is None and t.status not in UNASSIGNED:
            assignee = await places.grid_worker(conn, grid.id)
        fields.update(org_id=holder.org_id, org_path=holder.org_path, assignee_id=assignee)
        change.custody, change.assignee_id, change.custody_reason = holder, assignee, "rehome"
    note = f"网格调整：{old.name if old else t.grid_id} → {grid.name}"
    return await apply(conn, t, Action.REHOME, change, by=SYSTEM, by_person=None,
                       roles=["system"], now=at, note=note)


def moved_data(old: Grid | None, new: Grid) -> dict:
    """What the timeline keeps of a move: both grids, with their names."""
    return {"from_grid_id": str(old.id) if old else None,
            "from_grid_name": old.name if old else None,
            "to_grid_id": str(new.id), "to_grid_name": new.name}
