"""/v1/places: service places (public), the walking circle around a point, coverage."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, status

from redgrid.common.http import Auth, Pool
from redgrid.common.pagination import Cursor, Limit, Page, cursor_key, page, uuid_part
from redgrid.registry.commands import PlaceCreate
from redgrid.registry.domain.places import PlaceKind
from redgrid.registry.models import PlacePublic
from redgrid.registry.usecases import places as usecases

router = APIRouter(tags=["places"])


@router.post("/v1/places", status_code=status.HTTP_201_CREATED, response_model=PlacePublic)
async def create_place(body: PlaceCreate, who: Auth, pool: Pool):
    return await usecases.create_place(body, who, pool)


@router.put("/v1/places/{place_id:uuid}", response_model=PlacePublic)
async def replace_place(place_id: UUID, body: PlaceCreate, who: Auth, pool: Pool):
    return await usecases.replace_place(place_id, body, who, pool)


@router.get("/v1/places", response_model=Page[PlacePublic], summary="Public: service places")
async def list_places(pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                      org_id: UUID | None = None, kind: PlaceKind | None = None):
    after = cursor_key(cursor, uuid_part)
    rows = await usecases.list_places(pool, org_id, kind, after[0] if after else None,
                                      limit + 1)
    return page(rows, limit, lambda p: [str(p.id)])


@router.get("/v1/places/nearby", response_model=list[PlacePublic],
            summary="Public: places within a walk of a point (15分钟党建活力圈)")
async def nearby(pool: Pool, lat: float = Query(ge=-90, le=90), lng: float = Query(ge=-180, le=180),
                 minutes: float = Query(15, gt=0, le=60)):
    return await usecases.nearby(pool, lat, lng, minutes)


@router.get("/v1/orgs/{org_id:uuid}/circle", summary="Grids with a service place within a walk")
async def circle_coverage(org_id: UUID, who: Auth, pool: Pool,
                          minutes: float = Query(15, gt=0, le=60)) -> dict:
    return await usecases.circle_coverage(org_id, minutes, who, pool)
