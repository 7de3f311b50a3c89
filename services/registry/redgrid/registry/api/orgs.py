"""/v1/orgs: the organisation tree."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, status

from redgrid.common.http import Auth, Pool
from redgrid.common.pagination import Cursor, Limit, Page, cursor_key, page, text_part
from redgrid.registry.commands import OrgCreate, OrgMove, OrgUpdate
from redgrid.registry.domain.orgs import OrgKind
from redgrid.registry.models import OrgChange, OrgPublic
from redgrid.registry.usecases import orgs as usecases

router = APIRouter(prefix="/v1/orgs", tags=["organisations"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=OrgPublic)
async def create_org(body: OrgCreate, who: Auth, pool: Pool):
    return await usecases.create_org(body, who, pool)


@router.get("", response_model=Page[OrgPublic], summary="Your scope's subtree, in tree order")
async def list_orgs(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                    root: UUID | None = None, kind: OrgKind | None = None,
                    include_inactive: bool = Query(False)):
    after = cursor_key(cursor, text_part)
    rows = await usecases.list_subtree(root, who, pool, kind, after[0] if after else None,
                                       limit + 1, include_inactive)
    return page(rows, limit, lambda o: [o.path])


@router.get("/{org_id:uuid}", response_model=OrgPublic)
async def get_org(org_id: UUID, who: Auth, pool: Pool):
    return await usecases.get_org(org_id, who, pool)


@router.patch("/{org_id:uuid}", response_model=OrgPublic)
async def update_org(org_id: UUID, body: OrgUpdate, who: Auth, pool: Pool):
    return await usecases.update_org(org_id, body, who, pool)


@router.post("/{org_id:uuid}/move", response_model=OrgPublic)
async def move_org(org_id: UUID, body: OrgMove, who: Auth, pool: Pool):
    return await usecases.move_org(org_id, body, who, pool)


@router.post("/{org_id:uuid}/dissolve", response_model=OrgPublic)
async def dissolve_org(org_id: UUID, who: Auth, pool: Pool):
    return await usecases.dissolve_org(org_id, who, pool)


@router.get("/{org_id:uuid}/history", response_model=list[OrgChange])
async def org_history(org_id: UUID, who: Auth, pool: Pool):
    return await usecases.org_history(org_id, who, pool)
