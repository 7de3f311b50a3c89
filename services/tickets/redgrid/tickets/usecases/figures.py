"""Figures for a scope and period, with the rates 12345 offices are judged by (响应率, 解决率,
满意率, and 办结率), defined as the city's settings say (definitions in docs/tickets.md)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg
from pydantic import BaseModel

from redgrid.common import retention, scope
from redgrid.common.auth import STAFF, Principal
from redgrid.common.clock import Clock
from redgrid.tickets.domain.followups import RateDefinition
from redgrid.tickets.queries import figures as queries
from redgrid.tickets.queries import places
from redgrid.tickets.store import figures as store

DEFAULT_RATES = RateDefinition()  # 满意 and 基本满意 count; 未评价 is left out
COUNTS = queries.KEPT_COLUMNS  # the Figures model's counts, received … unevaluated


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
    to_respond: int  # dispatched, and the sign window is over
    responded: int  # of those, signed within the window
    to_resolve: int
    rated: int  # 是否满意 answered (未评价 only when the city counts it)
    satisfied: int  # answers the city counts as satisfied
    unevaluated: int  # 未评价
    asked_solved: int  # 是否解决 answered
    solved: int  # 是否解决: yes
    response_rate: float | None  # 响应率: responded / to_respond
    resolution_rate: float | None  # 办结率: resolved / to_resolve
    solved_rate: float | None  # 解决率: solved / asked_solved
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
                   response_rate=_rate(counts["responded"], counts["to_respond"]),
                   resolution_rate=_rate(counts["resolved"], counts["to_resolve"]),
                   solved_rate=_rate(counts["solved"], counts["asked_solved"]),
                   satisfaction_rate=_rate(counts["satisfied"], counts["rated"]))


async def report(who: Principal, pool: asyncpg.Pool, clock: Clock, group_by: str | None,
                 since: datetime | None, until: datetime | None, status: str | None,
                 category: str | None, channel: str | None, grid_id: UUID | None,
                 community_id: UUID | None, street_id: UUID | None, *,
                 with_lineage: bool = True,
                 rates: RateDefinition = DEFAULT_RATES) -> FiguresReport:
    """`with_lineage`: a grid's figures count the tickets of the grids merged or split into
    it as well (a split's parts each count the whole of the grid they came from)."""
    who.require(*STAFF)
    async with pool.acquire() as conn:
        path = await scope.scope_path(conn, who)
        grids = None if grid_id is None else (
            await places.with_predecessors(conn, grid_id) if with_lineage else [grid_id])
        rows = await queries.figures(conn, path, group_by, since, until, clock.now(), status,
                                     category, channel, grids, community_id, street_id,
                                     rates=rates)
    total = next((r for r in rows if r["is_total"]), None)
    groups = [r for r in rows if not r["is_total"]]
    empty = {k: 0 for k in COUNTS}
    return FiguresReport(
        since=since, until=until, group_by=group_by,
        total=_figures(total or empty, None),
        groups=[_figures(r, r["grp"], r["group_name"]) for r in groups] if group_by else [],
    )


async def compactor(runtime) -> None:
    """A ServiceSpec worker: folds the figures' day rows every `figures_compact_seconds`."""
    every = runtime.settings.figures_compact_seconds
    await retention.every(runtime, every, "figure_counts", lambda: store.compact(runtime.pool),
                          batch=1 << 62)
