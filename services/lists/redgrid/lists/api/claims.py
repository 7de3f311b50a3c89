"""/v1/needs/{id}/claims and /v1/claims: units claim needs (精准接单); the community answers."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from fastapi import APIRouter, Body, status

from redgrid.common.http import Auth, Now, Pool
from redgrid.common.pagination import Cursor, Limit, Page
from redgrid.lists.api.paging import before, by_id
from redgrid.lists.commands import ClaimMake, StepNote
from redgrid.lists.domain.needs import ClaimStatus
from redgrid.lists.models import Claim
from redgrid.lists.usecases import claims as usecases

router = APIRouter(tags=["claims (精准接单)"])
OptionalNote = Annotated[StepNote | None, Body()]


@router.post("/v1/needs/{need_id:uuid}/claims", status_code=status.HTTP_201_CREATED,
             response_model=Claim)
async def make_claim(need_id: UUID, body: ClaimMake, who: Auth, pool: Pool, clock: Now):
    return await usecases.make_claim(need_id, body, who, pool, clock.now())


@router.get("/v1/needs/{need_id:uuid}/claims", response_model=Page[Claim])
async def need_claims(need_id: UUID, who: Auth, pool: Pool, limit: Limit = 50,
                      cursor: Cursor = None):
    rows = await usecases.list_claims(who, pool, need_id=need_id, unit_id=None, status=None,
                                      before=before(cursor), limit=limit + 1)
    return by_id(rows, limit)


@router.get("/v1/claims", response_model=Page[Claim],
            summary="Staff: their subtree's claims; a unit: its own")
async def list_claims(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                      unit_id: UUID | None = None, status: ClaimStatus | None = None):
    rows = await usecases.list_claims(who, pool, need_id=None, unit_id=unit_id, status=status,
                                      before=before(cursor), limit=limit + 1)
    return by_id(rows, limit)


@router.get("/v1/claims/{claim_id:uuid}", response_model=Claim)
async def get_claim(claim_id: UUID, who: Auth, pool: Pool):
    return await usecases.get_claim(claim_id, who, pool)


@router.post("/v1/claims/{claim_id:uuid}/{step}", response_model=Claim,
             summary="confirm, decline or fulfil (the community); withdraw (the unit or staff)")
async def step_claim(claim_id: UUID, step: Literal["confirm", "decline", "withdraw", "fulfil"],
                     who: Auth, pool: Pool, clock: Now, body: OptionalNote = None):
    return await usecases.step_claim(claim_id, step, who, pool, clock.now(),
                                     body.reason if body else None)
