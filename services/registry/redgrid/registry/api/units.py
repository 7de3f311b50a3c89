"""/v1/units and /v1/dual-reports: co-building units and 双报到; /v1/orgs/{id}/figures."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, status

from redgrid.common.http import Auth, Pool
from redgrid.common.pagination import Cursor, Limit, Page, cursor_key, page, uuid_part
from redgrid.registry.commands import DualReportCreate, UnitCreate, UnitUpdate
from redgrid.registry.models import DualReportPublic, UnitPublic
from redgrid.registry.usecases import units as usecases

router = APIRouter(tags=["units and 双报到"])


@router.post("/v1/units", status_code=status.HTTP_201_CREATED, response_model=UnitPublic)
async def register_unit(body: UnitCreate, who: Auth, pool: Pool):
    return await usecases.register_unit(body, who, pool)


@router.get("/v1/units", response_model=Page[UnitPublic])
async def list_units(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                     community_id: UUID | None = None):
    after = cursor_key(cursor, uuid_part)
    rows = await usecases.list_units(who, pool, community_id,
                                     after[0] if after else None, limit + 1)
    return page(rows, limit, lambda u: [str(u.id)])


@router.get("/v1/units/{unit_id:uuid}", response_model=UnitPublic)
async def get_unit(unit_id: UUID, who: Auth, pool: Pool):
    return await usecases.get_unit(unit_id, who, pool)


@router.patch("/v1/units/{unit_id:uuid}", response_model=UnitPublic)
async def update_unit(unit_id: UUID, body: UnitUpdate, who: Auth, pool: Pool):
    return await usecases.update_unit(unit_id, body, who, pool)


@router.post("/v1/dual-reports", status_code=status.HTTP_201_CREATED,
             response_model=DualReportPublic)
async def register_dual_report(body: DualReportCreate, who: Auth, pool: Pool):
    return await usecases.register_dual_report(body, who, pool)


@router.get("/v1/dual-reports", response_model=Page[DualReportPublic])
async def list_dual_reports(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                            community_id: UUID | None = None,
                            kind: str | None = Query(None, pattern="^(member|unit)$")):
    after = cursor_key(cursor, uuid_part)
    rows = await usecases.list_dual_reports(who, pool, community_id, kind,
                                            after[0] if after else None, limit + 1)
    return page(rows, limit, lambda r: [str(r.id)])


@router.post("/v1/dual-reports/{report_id:uuid}/end", response_model=DualReportPublic)
async def end_dual_report(report_id: UUID, who: Auth, pool: Pool):
    return await usecases.end_dual_report(report_id, who, pool)


@router.get("/v1/orgs/{org_id:uuid}/figures", summary="Counts for a street or community's subtree")
async def figures(org_id: UUID, who: Auth, pool: Pool) -> dict:
    return await usecases.figures(org_id, who, pool)
