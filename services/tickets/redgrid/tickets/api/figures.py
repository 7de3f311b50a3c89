"""/v1/figures: received, accepted, resolved, on time, overdue, escalated, bounced back,
mediated, and the 12345 rates, for the caller's subtree (definitions in docs/tickets.md).
A grid's figures include its predecessors' tickets (merged or split into it) unless
`with_lineage=false`."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from fastapi import APIRouter, Depends, Query, Request

from redgrid.common.commands import Moment
from redgrid.common.http import Auth, Now, Pool
from redgrid.tickets.domain.followups import RateDefinition
from redgrid.tickets.domain.intake import Channel
from redgrid.tickets.domain.workflow import Status
from redgrid.tickets.usecases import figures

router = APIRouter(prefix="/v1/figures", tags=["figures"])


def _rates(request: Request) -> RateDefinition:
    """The rates as this city defines them (settings)."""
    return request.app.state.settings.rates()


Rates = Annotated[RateDefinition, Depends(_rates)]
GroupBy = Literal["status", "category", "channel", "grid", "community", "street", "month"]


@router.get("", response_model=figures.FiguresReport)
async def report(who: Auth, pool: Pool, clock: Now, rates: Rates, group_by: GroupBy | None = None,
                 since: Moment | None = Query(None, description="received at or after"),
                 until: Moment | None = Query(None, description="received before"),
                 status: Status | None = None, category: str | None = Query(None, max_length=40),
                 channel: Channel | None = None, grid_id: UUID | None = None,
                 community_id: UUID | None = None, street_id: UUID | None = None,
                 with_lineage: bool = Query(True, description=(
                     "with grid_id: count the tickets of the grids merged or split into it "
                     "too (网格调整), so its figures run on across a re-draw"))):
    return await figures.report(who, pool, clock, group_by, since, until, status, category,
                                channel, grid_id, community_id, street_id,
                                with_lineage=with_lineage, rates=rates)
