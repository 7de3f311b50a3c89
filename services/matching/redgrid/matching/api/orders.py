"""/v1/orders: the 五单制, step by step, and the ranked candidates of an order."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from fastapi import APIRouter, Depends, Query, Request, status

from redgrid.common.http import Auth, Now, Pool
from redgrid.common.pagination import Cursor, Limit, Page, cursor_key, page, uuid_part
from redgrid.matching.commands import (
    Cancel,
    Complete,
    Decline,
    Dispatch,
    HandOver,
    PlaceOrder,
    Rate,
    Reassign,
    Refuse,
)
from redgrid.matching.domain.orders import Status
from redgrid.matching.models import (
    Candidate,
    ContactReadEntry,
    OrderContact,
    OrderPublic,
    OrderStep,
)
from redgrid.matching.settings import MatchingSettings
from redgrid.matching.usecases import assignment, contact, orders, service

router = APIRouter(prefix="/v1/orders", tags=["orders"])


def _settings(request: Request) -> MatchingSettings:
    return request.app.state.settings


Config = Annotated[MatchingSettings, Depends(_settings)]  # the running service's settings


@router.post("", status_code=status.HTTP_201_CREATED, response_model=OrderPublic,
             summary="居民点单: place a service order")
async def place_order(body: PlaceOrder, who: Auth, pool: Pool, clock: Now):
    return await orders.place_order(body, who, pool, clock.now())


@router.get("", response_model=Page[OrderPublic], summary="Orders: mine, or my scope's (staff)")
async def list_orders(who: Auth, pool: Pool, clock: Now, limit: Limit = 50,
                      cursor: Cursor = None,
                      mine: Literal["placed", "assigned"] | None = None,
                      status: Status | None = None, community_id: UUID | None = None,
                      grid_id: UUID | None = None):
    after = cursor_key(cursor, uuid_part)
    rows = await orders.list_orders(who, pool, mine=mine, status=status, community_id=community_id,
                                    grid_id=grid_id, after=after[0] if after else None,
                                    limit=limit + 1, now=clock.now())
    return page(rows, limit, lambda o: [str(o.id)])


@router.get("/{order_id:uuid}", response_model=OrderPublic)
async def get_order(order_id: UUID, who: Auth, pool: Pool, clock: Now):
    return await orders.get_order(order_id, who, pool, clock.now())


@router.get("/{order_id:uuid}/contact", response_model=OrderContact,
            summary="The resident's name, phone and address for the assignee; every read logged")
async def order_contact(order_id: UUID, who: Auth, pool: Pool, clock: Now):
    return await contact.read_contact(order_id, who, pool, clock.now())


@router.get("/{order_id:uuid}/contact-log", response_model=list[ContactReadEntry],
            summary="Who read the order's contact, and when (staff of its scope)")
async def contact_log(order_id: UUID, who: Auth, pool: Pool):
    return await contact.contact_reads(order_id, who, pool)


@router.get("/{order_id:uuid}/steps", response_model=list[OrderStep], summary="The order's file")
async def order_steps(order_id: UUID, who: Auth, pool: Pool, clock: Now):
    return await orders.order_steps(order_id, who, pool, clock.now())


@router.post("/{order_id:uuid}/hand-over", response_model=OrderPublic, summary="社区交单")
async def hand_over(order_id: UUID, body: HandOver, who: Auth, pool: Pool, clock: Now):
    return await orders.hand_over(order_id, body, who, pool, clock.now())


@router.post("/{order_id:uuid}/decline", response_model=OrderPublic,
             summary="The community declines, with a reason")
async def decline(order_id: UUID, body: Decline, who: Auth, pool: Pool, clock: Now):
    return await orders.decline(order_id, body, who, pool, clock.now())


@router.get("/{order_id:uuid}/candidates", response_model=list[Candidate],
            summary="Who should take it: ranked, with the reason for each score")
async def candidates(order_id: UUID, who: Auth, pool: Pool,
                     limit: int = Query(10, ge=1, le=50), teams: bool = True):
    return await assignment.candidates(order_id, who, pool, limit, teams)


@router.post("/{order_id:uuid}/dispatch", response_model=OrderPublic, summary="支部下单")
async def dispatch(order_id: UUID, body: Dispatch, who: Auth, pool: Pool, clock: Now):
    return await assignment.dispatch(order_id, body, who, pool, clock.now())


@router.post("/{order_id:uuid}/reassign", response_model=OrderPublic)
async def reassign(order_id: UUID, body: Reassign, who: Auth, pool: Pool, clock: Now):
    return await assignment.reassign(order_id, body, who, pool, clock.now())


@router.post("/{order_id:uuid}/accept", response_model=OrderPublic, summary="党员接单")
async def accept(order_id: UUID, who: Auth, pool: Pool, clock: Now):
    return await assignment.accept(order_id, who, pool, clock.now())


@router.post("/{order_id:uuid}/refuse", status_code=status.HTTP_204_NO_CONTENT,
             summary="Decline an offer; it goes to the next candidate")
async def refuse(order_id: UUID, body: Refuse, who: Auth, pool: Pool, clock: Now) -> None:
    await assignment.refuse(order_id, body, who, pool, clock.now())


@router.post("/{order_id:uuid}/start", response_model=OrderPublic)
async def start(order_id: UUID, who: Auth, pool: Pool, clock: Now, config: Config):
    return await service.start(order_id, who, pool, clock.now(), margin=config.margin)


@router.post("/{order_id:uuid}/complete", response_model=OrderPublic)
async def complete(order_id: UUID, body: Complete, who: Auth, pool: Pool, clock: Now,
                   config: Config):
    return await service.complete(order_id, body, who, pool, clock.now(), margin=config.margin)


@router.post("/{order_id:uuid}/rate", response_model=OrderPublic, summary="民意评单")
async def rate(order_id: UUID, body: Rate, who: Auth, pool: Pool, clock: Now):
    return await service.rate(order_id, body, who, pool, clock.now())


@router.post("/{order_id:uuid}/cancel", response_model=OrderPublic)
async def cancel(order_id: UUID, body: Cancel, who: Auth, pool: Pool, clock: Now):
    return await orders.cancel(order_id, body, who, pool, clock.now())
