"""Figures of the three lists per org subtree, unit and period, grouped by community, unit or
month if asked: what a street reports ("209 joint activities", "850 problems solved")."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from uuid import UUID

import asyncpg

from redgrid.common import scope
from redgrid.common.auth import Principal
from redgrid.common.errors import Forbidden, Invalid
from redgrid.lists.queries import figures as queries
from redgrid.lists.queries import names, registry
from redgrid.lists.usecases import access

MAX_MONTHS = 36


def _moment(day: date | None) -> datetime | None:
    return None if day is None else datetime.combine(day, time.min, tzinfo=UTC)


def months(since: date, until: date) -> list[tuple[date, date]]:
    """[since, until) cut at month starts: (first day, first day of the next) pairs."""
    out, start = [], since
    while start < until:
        nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        out.append((start, min(nxt, until)))
        start = nxt
    return out


async def _scope(conn: asyncpg.Connection, who: Principal, org_id: UUID | None,
                 unit_id: UUID | None) -> tuple[str, UUID | None]:
    """Staff: their subtree (or an org in it); a unit: its own figures wherever it works."""
    if who.is_staff:
        path = await (scope.ensure_within(conn, who, org_id) if org_id
                      else scope.scope_path(conn, who))
        return path, unit_id
    own = access.acting_unit_id(who)
    if own is None:
        raise Forbidden("只有工作人员和共建单位可以查看统计数据",
                        en="staff and co-building units read the figures")
    if unit_id not in (None, own):
        raise access.not_found("unit", unit_id)
    path = scope.WHOLE_CITY
    if org_id is not None:
        org = await registry.org(conn, org_id)
        if org is None:
            raise access.not_found("organisation", org_id)
        path = org["path"]
    return path, own


async def figures(who: Principal, pool: asyncpg.Pool, *, org_id: UUID | None,
                  unit_id: UUID | None, since: date | None, until: date | None,
                  group_by: str | None) -> dict:
    if since and until and until <= since:
        raise Invalid("截止日期须晚于起始日期", en="until comes after since")
    async with pool.acquire() as conn:
        path, unit = await _scope(conn, who, org_id, unit_id)
        a, b = _moment(since), _moment(until)
        named = await names.lookup(conn, [i for i in (org_id, unit) if i is not None])
        out = {"org_id": org_id, "org_name": named.get(org_id), "unit_id": unit,
               "unit_name": named.get(unit), "since": since, "until": until,
               "totals": await queries.figures(conn, path, unit, a, b)}
        if group_by == "community":
            out["groups"] = [
                {"key": str(c["id"]), "name": c["name"],
                 **await queries.figures(conn, c["path"], unit, a, b)}
                for c in await registry.communities(conn, path)]
        elif group_by == "unit":
            units = await registry.units_serving(conn, path)
            if unit is not None:
                units = [u for u in units if u["id"] == unit]
            out["groups"] = [{"key": str(u["id"]), "name": u["name"],
                              **await queries.figures(conn, path, u["id"], a, b)}
                             for u in units]
        elif group_by == "month":
            if not (since and until):
                raise Invalid("按月统计须给出起止日期",
                              en="grouping by month needs since and until")
            spans = months(since, until)
            if len(spans) > MAX_MONTHS:
                raise Invalid(f"一次最多统计 {MAX_MONTHS} 个月",
                              en=f"at most {MAX_MONTHS} months at a time")
            out["groups"] = [{"key": f"{s:%Y-%m}", "name": f"{s:%Y-%m}",
                              **await queries.figures(conn, path, unit, _moment(s), _moment(e))}
                             for s, e in spans]
        return out
