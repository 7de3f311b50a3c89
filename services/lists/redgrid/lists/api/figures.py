"""/v1/figures: resources, needs, projects, activities and resolutions counted per org subtree,
unit and period."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from fastapi import APIRouter

from redgrid.common.commands import Day
from redgrid.common.http import Auth, Pool
from redgrid.lists.usecases import figures as usecases

router = APIRouter(tags=["figures"])


@router.get("/v1/figures", summary="Counts in your subtree (or org_id's), for a unit, over "
                                   "[since, until), grouped by community, unit or month")
async def figures(who: Auth, pool: Pool, org_id: UUID | None = None,
                  unit_id: UUID | None = None, since: Day | None = None,
                  until: Day | None = None,
                  group_by: Literal["community", "unit", "month"] | None = None) -> dict:
    return await usecases.figures(who, pool, org_id=org_id, unit_id=unit_id, since=since,
                                  until=until, group_by=group_by)
