"""/v1/resources: the resource list (资源清单)."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, status

from redgrid.common.http import Auth, Now, Pool
from redgrid.common.pagination import Cursor, Limit, Page
from redgrid.lists.api.paging import before, by_id
from redgrid.lists.commands import ResourceOffer, ResourceUpdate
from redgrid.lists.domain.resources import ResourceKind, ResourceStatus
from redgrid.lists.models import Resource
from redgrid.lists.usecases import resources as usecases

router = APIRouter(prefix="/v1/resources", tags=["resources (资源清单)"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=Resource)
async def offer_resource(body: ResourceOffer, who: Auth, pool: Pool, clock: Now):
    return await usecases.offer_resource(body, who, pool, clock.now())


@router.get("", response_model=Page[Resource],
            summary="Staff: their subtree's offers; a unit or member: their own")
async def list_resources(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                         community_id: UUID | None = None, kind: ResourceKind | None = None,
                         status: ResourceStatus | None = None, unit_id: UUID | None = None):
    rows = await usecases.list_resources(who, pool, community_id=community_id, kind=kind,
                                         status=status, unit_id=unit_id,
                                         before=before(cursor), limit=limit + 1)
    return by_id(rows, limit)


@router.get("/{resource_id:uuid}", response_model=Resource)
async def get_resource(resource_id: UUID, who: Auth, pool: Pool):
    return await usecases.get_resource(resource_id, who, pool)


@router.patch("/{resource_id:uuid}", response_model=Resource)
async def update_resource(resource_id: UUID, body: ResourceUpdate, who: Auth, pool: Pool,
                          clock: Now):
    return await usecases.update_resource(resource_id, body, who, pool, clock.now())


@router.post("/{resource_id:uuid}/withdraw", response_model=Resource)
async def withdraw_resource(resource_id: UUID, who: Auth, pool: Pool, clock: Now):
    return await usecases.withdraw_resource(resource_id, who, pool, clock.now())
