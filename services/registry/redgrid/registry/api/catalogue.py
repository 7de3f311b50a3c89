"""/v1/catalogue: the catalogue of service types and skills (服务类型与技能目录), read by anyone
(every form that asks for a skill or a service type offers its words), kept by street and city
admins."""

from __future__ import annotations

from fastapi import APIRouter, Path, status

from redgrid.common.catalogue import ServiceType
from redgrid.common.http import Auth, Pool
from redgrid.registry.commands import ServiceTypeAdd, ServiceTypeUpdate
from redgrid.registry.usecases import catalogue as usecases

router = APIRouter(prefix="/v1/catalogue", tags=["catalogue (服务类型与技能目录)"])


@router.get("", response_model=list[ServiceType],
            summary="The words for skills and service types, in their order (no token needed)")
async def list_catalogue(pool: Pool, include_inactive: bool = False):
    return await usecases.listing(pool, include_inactive)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ServiceType)
async def add_service_type(body: ServiceTypeAdd, who: Auth, pool: Pool):
    return await usecases.add(body, who, pool)


@router.patch("/{code}", response_model=ServiceType,
              summary="Change an entry's English, aliases, order, or retire it (active false)")
async def update_service_type(body: ServiceTypeUpdate, who: Auth, pool: Pool,
                              code: str = Path(max_length=20)):
    return await usecases.update(code, body, who, pool)

