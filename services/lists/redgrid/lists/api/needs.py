"""/v1/needs and /v1/candidates: the need list (需求清单) and what may be promoted to it."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, status

from redgrid.common.http import Auth, Now, Pool
from redgrid.common.pagination import Cursor, Limit, Page
from redgrid.lists.api.paging import before, by_id
from redgrid.lists.commands import NeedClose, NeedFromCandidate, NeedPublish, NeedUpdate
from redgrid.lists.domain.needs import NeedStatus
from redgrid.lists.domain.sources import SourceKind
from redgrid.lists.models import Need, Source
from redgrid.lists.usecases import needs as usecases

router = APIRouter(tags=["needs (需求清单)"])


@router.post("/v1/needs", status_code=status.HTTP_201_CREATED, response_model=Need)
async def publish_need(body: NeedPublish, who: Auth, pool: Pool, clock: Now):
    return await usecases.publish_need(body, who, pool, clock.now())


@router.get("/v1/needs", response_model=Page[Need],
            summary="Staff: their subtree's needs; a unit: needs of the communities it serves")
async def list_needs(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                     status: NeedStatus | None = None, community_id: UUID | None = None):
    rows = await usecases.list_needs(who, pool, status=status, community_id=community_id,
                                     before=before(cursor), limit=limit + 1)
    return by_id(rows, limit)


@router.get("/v1/needs/{need_id:uuid}", response_model=Need)
async def get_need(need_id: UUID, who: Auth, pool: Pool):
    return await usecases.get_need(need_id, who, pool)


@router.patch("/v1/needs/{need_id:uuid}", response_model=Need)
async def update_need(need_id: UUID, body: NeedUpdate, who: Auth, pool: Pool, clock: Now):
    return await usecases.update_need(need_id, body, who, pool, clock.now())


@router.post("/v1/needs/{need_id:uuid}/close", response_model=Need)
async def close_need(need_id: UUID, body: NeedClose, who: Auth, pool: Pool, clock: Now):
    return await usecases.close_need(need_id, body, who, pool, clock.now())


@router.get("/v1/candidates", response_model=Page[Source],
            summary="Tickets and service orders of your communities that could become needs")
async def list_candidates(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                          community_id: UUID | None = None, kind: SourceKind | None = None):
    rows = await usecases.list_candidates(who, pool, community_id=community_id, kind=kind,
                                          before=before(cursor), limit=limit + 1)
    return by_id(rows, limit)


@router.post("/v1/candidates/{kind}/{source_id:uuid}/promote", status_code=status.HTTP_201_CREATED,
             response_model=Need)
async def promote(kind: SourceKind, source_id: UUID, body: NeedFromCandidate, who: Auth,
                  pool: Pool, clock: Now):
    return await usecases.promote(kind, source_id, body, who, pool, clock.now())
