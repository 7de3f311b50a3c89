"""What a community office reports about its service orders (see docs/matching.md, "Figures",
for each figure's definition)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import scope
from redgrid.common.auth import Principal
from redgrid.common.errors import Forbidden
from redgrid.matching.queries import figures as queries
from redgrid.matching.queries import orders as order_queries


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _row(r: asyncpg.Record) -> dict:
    figures = dict(r)
    figures["acceptance_rate"] = _ratio(r["accepted"], r["dispatched"])
    figures["completion_rate"] = _ratio(r["completed"], r["accepted"])
    figures["satisfaction_rate"] = _ratio(r["satisfied"], r["rated"])
    for name in ("median_minutes_to_accept", "p90_minutes_to_accept",
                 "mean_minutes_dispatch_to_accept", "mean_rating"):
        if figures[name] is not None:
            figures[name] = round(figures[name], 2)
    return figures


async def figures(who: Principal, pool: asyncpg.Pool, org_id: UUID | None, by: str,
                  interval: str, since: datetime | None, until: datetime | None, *,
                  with_lineage: bool = True) -> dict:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看统计数据", en="staff read the figures")
    async with pool.acquire() as conn:
        path = (await scope.ensure_within(conn, who, org_id) if org_id
                else await scope.scope_path(conn, who))
        rows = await queries.figures(conn, path, by, interval, since, until,
                                     with_lineage=with_lineage)
        org = await order_queries.org(conn, org_id) if org_id else None
    return {"org_id": org_id, "org_name": org["name"] if org else None, "by": by,
            "interval": interval, "since": since, "until": until,
            "rows": [_row(r) for r in rows]}
