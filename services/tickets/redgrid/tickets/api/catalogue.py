"""/v1/categories, /v1/catalogue: the dispatch catalogue with effective dates; /v1/streets/{id}/
number-prefix: the street's part of 一号一档 numbers."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Path, Query, status

from redgrid.common.commands import Moment
from redgrid.common.http import Auth, Now, Pool
from redgrid.tickets.commands import CatalogueEntryCreate, PrefixSet
from redgrid.tickets.models import CatalogueEntry, Category
from redgrid.tickets.usecases import catalogue

router = APIRouter(tags=["catalogue"])


@router.get("/v1/categories", response_model=list[Category], summary="Public: the categories")
async def categories(pool: Pool):
    return await catalogue.categories(pool)


@router.get("/v1/catalogue", response_model=list[CatalogueEntry],
            summary="The rows in force at a moment (a street's own rows before the defaults)")
async def in_force(who: Auth, pool: Pool, clock: Now, at: Moment | None = None,
                   street_id: UUID | None = None):
    return await catalogue.in_force(at or clock.now(), street_id, who, pool)


@router.get("/v1/catalogue/{category}/history", response_model=list[CatalogueEntry])
async def history(who: Auth, pool: Pool, category: str = Path(max_length=40),
                  street_id: UUID | None = Query(None)):
    return await catalogue.history(category, street_id, who, pool)


@router.post("/v1/catalogue", status_code=status.HTTP_201_CREATED, response_model=CatalogueEntry,
             summary="A new row from valid_from on (street admins for their street)")
async def add_entry(body: CatalogueEntryCreate, who: Auth, pool: Pool):
    return await catalogue.add_entry(body, who, pool)


@router.put("/v1/streets/{street_id:uuid}/number-prefix")
async def set_prefix(street_id: UUID, body: PrefixSet, who: Auth, pool: Pool) -> dict:
    return await catalogue.set_prefix(street_id, body, who, pool)
