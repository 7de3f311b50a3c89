"""/v1/grids: grids and micro-grids, merges and splits, lineage, locating a place."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, status

from redgrid.common.http import Auth, Pool
from redgrid.common.pagination import Cursor, Limit, Page, cursor_key, page, text_part, uuid_part
from redgrid.registry.commands import GridCreate, GridMerge, GridSplit, GridUpdate
from redgrid.registry.domain.grids import GridKind
from redgrid.registry.models import GridPublic, LineageStep
from redgrid.registry.usecases import grids as usecases

router = APIRouter(prefix="/v1/grids", tags=["grids"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=GridPublic)
async def create_grid(body: GridCreate, who: Auth, pool: Pool):
    return await usecases.create_grid(body, who, pool)


@router.get("", response_model=Page[GridPublic],
            summary="Your scope's grids, in tree order (by their organisation, then id)")
async def list_grids(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                     community_id: UUID | None = None, kind: GridKind | None = None,
                     status: str | None = Query(None, pattern="^(active|retired)$")):
    rows = await usecases.list_grids(who, pool, community_id, kind, status,
                                     cursor_key(cursor, text_part, uuid_part), limit + 1)
    return page(rows, limit, lambda g: [g.org_path, str(g.id)])


@router.get("/locate", response_model=GridPublic, summary="The grid that covers a point or address",
            description="Give a point (lat **and** lng, both or neither) or an address; "
                        "lat without lng, or neither a point nor an address, is a 422.")
async def locate(who: Auth, pool: Pool,
                 lat: float | None = Query(None, ge=-90, le=90,
                                           description="Only together with lng"),
                 lng: float | None = Query(None, ge=-180, le=180,
                                           description="Only together with lat"),
                 address: str | None = Query(None, max_length=200,
                                             description="Needed when no point is given")):
    return await usecases.locate_grid(who, pool, lat, lng, address)


@router.post("/merge", status_code=status.HTTP_201_CREATED, response_model=GridPublic)
async def merge_grids(body: GridMerge, who: Auth, pool: Pool):
    return await usecases.merge_grids(body, who, pool)


@router.get("/{grid_id:uuid}", response_model=GridPublic)
async def get_grid(grid_id: UUID, who: Auth, pool: Pool):
    return await usecases.get_grid(grid_id, who, pool)


@router.patch("/{grid_id:uuid}", response_model=GridPublic)
async def update_grid(grid_id: UUID, body: GridUpdate, who: Auth, pool: Pool):
    return await usecases.update_grid(grid_id, body, who, pool)


@router.post("/{grid_id:uuid}/split", status_code=status.HTTP_201_CREATED,
             response_model=list[GridPublic])
async def split_grid(grid_id: UUID, body: GridSplit, who: Auth, pool: Pool):
    return await usecases.split_grid(grid_id, body, who, pool)


@router.get("/{grid_id:uuid}/lineage", response_model=list[LineageStep])
async def grid_lineage(grid_id: UUID, who: Auth, pool: Pool):
    return await usecases.grid_lineage(grid_id, who, pool)
