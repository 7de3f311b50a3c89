"""Service hours and points: a member's or team's ledger, and leaderboards (a community's
members and teams, a street's communities)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import scope
from redgrid.common.auth import Principal
from redgrid.common.errors import Forbidden, Invalid, NotFound
from redgrid.common.masking import mask_name, mask_text
from redgrid.matching.models import Ledger, LedgerEntry, Standing
from redgrid.matching.queries import ledger as queries
from redgrid.matching.queries import orders as order_queries


async def _may_read(conn: asyncpg.Connection, who: Principal, person_id: UUID | None,
                    team_id: UUID | None) -> None:
    if person_id is not None and person_id == who.person_id:
        return
    if team_id is not None and team_id in await order_queries.teams_of(conn, who.person_id):
        return
    if not who.is_staff:
        raise Forbidden("您只能查看本人或所在服务队的台账",
                        en="your own ledger, your team's, or staff")
    path = await scope.scope_path(conn, who)
    if person_id is not None:
        row = await order_queries.person(conn, person_id)
        where = row["org_path"] if row else None
    else:
        team = await order_queries.team(conn, team_id)
        where = team.org_path if team else None
    if where is None or not scope.within(where, path):
        raise NotFound("您的管辖范围内没有这个人员或服务队",
                       en="no such member or team in your scope")


async def ledger(who: Principal, pool: asyncpg.Pool, person_id: UUID | None,
                 team_id: UUID | None, before: datetime | None, limit: int) -> Ledger:
    if (person_id is None) == (team_id is None):
        raise Invalid("请指定人员或服务队，二者选其一", en="name either person_id or team_id")
    async with pool.acquire() as conn:
        await _may_read(conn, who, person_id, team_id)
        total = await queries.totals(conn, person_id, team_id)
        rows: list[LedgerEntry] = [
            e.model_copy(update={"order_title": mask_text(e.order_title)})
            for e in await queries.entries(conn, person_id, team_id, before, limit)]
        return Ledger(hours=float(total["hours"]), points=total["points"],
                      orders=total["orders"], entries=rows)


async def leaderboard(who: Principal, pool: asyncpg.Pool, by: str, org_id: UUID | None,
                      since: datetime | None, until: datetime | None,
                      limit: int) -> list[Standing]:
    """Staff see their scope's board; members' names are masked (boards get put on walls)."""
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看排行榜", en="staff read leaderboards")
    async with pool.acquire() as conn:
        path = (await scope.ensure_within(conn, who, org_id) if org_id
                else await scope.scope_path(conn, who))
        rows = await queries.leaderboard(conn, by, path, since, until, limit)
    return [Standing(rank=i + 1, id=r["k"],
                     name=mask_name(r["name"]) if by == "member" else r["name"],
                     hours=r["hours"], points=r["points"], orders=r["orders"])
            for i, r in enumerate(rows)]
