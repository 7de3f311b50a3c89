"""Figures for a scope and period, with the three rates 12345 offices are judged by
(definitions in docs/tickets.md)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg
from pydantic import BaseModel

from redgrid.common import scope
from redgrid.common.auth import STAFF, Principal
from redgrid.common.clock import Clock
from redgrid.tickets.queries import figures as queries
from redgrid.tickets.queries import places

COUNTS = ("received", "accepted", "rejected", "merged", "resolved", "in_progress", "on_time",
          "overdue", "escalated", "bounced", "mediated", "dispatched", "responded",
          "to_resolve", "rated", "satisfied")


class Figures(BaseModel):
    group: str | None = None
    group_name: str | None = None  # the grid's, community's, street's or category's name
    received: int
    accepted: int
    rejected: int
    merged: int
    resolved: int
    in_progress: int
    on_time: int
    overdue: int
    escalated: int
    bounced: int
    mediated: int
    dispatched: int
    responded: int
    to_resolve: int
    rated: int
    satisfied: int
    response_rate: float | None  # 响应率: responded / dispatched
    resolution_rate: float | None  # 办结率: resolved / to_resolve
    satisfaction_rate: float | None  # 满意率: satisfied / rated


class FiguresReport(BaseModel):
    since: datetime | None
    until: datetime | None
    group_by: str | None
    total: Figures
    groups: list[Figures]


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _figures(row, group: str | None, group_name: str | None = None) -> Figures:
    counts = {k: row[k] for k in COUNTS}
    return Figures(group=group, group_name=group_name, **counts,
                   response_rate=_rate(counts["responded"], counts["dispatched"]),
                   resolution_rate=_rate(counts["resolved"], counts["to_resolve"]),
                   satisfaction_rate=_rate(counts["satisfied"], counts["rated"]))


async def report(who: Principal, pool: asyncpg.Pool, clock: Clock, group_by: str | None,
                 since: datetime | None, until: datetime | None, status: str | None,
                 category: str | None, channel: str | None, grid_id: UUID | None,
                 community_id: UUID | None, street_id: UUID | None, *,
                 with_lineage: bool = True) -> FiguresReport:
    """`with_lineage`: a grid's figures count the tickets of the grids merged or split into
    it as well (a split's parts each count the whole of the grid they came from)."""
    who.require(*STAFF)
    async with pool.acquire() as conn:
        path = await scope.scope_path(conn, who)
        grids = None if grid_id is None else (
            await places.with_predecessors(conn, grid_id) if with_lineage else [grid_id])
        rows = await queries.figures(conn, path, group_by, since, until, clock.now(), status,
                                     category, channel, grids, community_id, street_id)
    total = next((r for r in rows if r["is_total"]), None)
    groups = [r for r in rows if not r["is_total"]]
    empty = {k: 0 for k in COUNTS}
    return FiguresReport(
        since=since, until=until, group_by=group_by,
        total=_figures(total or empty, None),
        groups=[_figures(r, r["grp"], r["group_name"]) for r in groups] if group_by else [],
    )
