"""/v1/ledger, /v1/leaderboard, /v1/figures: service hours and points, and the figures."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from fastapi import APIRouter, Query

from redgrid.common.commands import Moment
from redgrid.common.http import Auth, Pool
from redgrid.matching.models import Ledger, Standing
from redgrid.matching.usecases import figures as figure_usecases
from redgrid.matching.usecases import ledger as usecases

router = APIRouter(tags=["points and figures"])


@router.get("/v1/ledger", response_model=Ledger,
            summary="A member's or team's hours and points, newest first")
async def ledger(who: Auth, pool: Pool, person_id: UUID | None = None,
                 team_id: UUID | None = None, before: Moment | None = None,
                 limit: int = Query(50, ge=1, le=200)):
    return await usecases.ledger(who, pool, person_id, team_id, before, limit)


@router.get("/v1/leaderboard", response_model=list[Standing],
            summary="Members, teams or communities by points in a period")
async def leaderboard(who: Auth, pool: Pool,
                      by: Literal["member", "team", "community"] = "member",
                      org_id: UUID | None = None, since: Moment | None = None,
                      until: Moment | None = None, limit: int = Query(20, ge=1, le=200)):
    return await usecases.leaderboard(who, pool, by, org_id, since, until, limit)


@router.get("/v1/figures", summary="Orders by step, acceptance time, completion, ratings")
async def figures(who: Auth, pool: Pool, org_id: UUID | None = None,
                  by: Literal["all", "community", "grid"] = "community",
                  interval: Literal["none", "day", "week", "month"] = "none",
                  since: Moment | None = None, until: Moment | None = None,
                  with_lineage: bool = Query(True, description=(
                      "by grid: the orders of a merged or split grid count under the grid it "
                      "went into (网格调整); false: under the grid they were placed in"))) -> dict:
    return await figure_usecases.figures(who, pool, org_id, by, interval, since, until,
                                         with_lineage=with_lineage)
