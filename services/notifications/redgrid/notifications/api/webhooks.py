"""/v1/webhooks: subscriptions of other city systems (system and street admins)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from fastapi import APIRouter, Query, Request, status

from redgrid.common.http import Auth, Now, Pool
from redgrid.common.pagination import Cursor, Limit, Page, cursor_key, page, seq_part
from redgrid.notifications.commands import (
    DataClassesGrant,
    Replay,
    SubscriptionCreate,
    SubscriptionUpdate,
)
from redgrid.notifications.models import DataClassGrant, SubscriptionPublic, WebhookDelivery
from redgrid.notifications.senders.destinations import destinations_of
from redgrid.notifications.usecases import data_classes
from redgrid.notifications.usecases import webhooks as usecases

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=SubscriptionPublic,
             summary="Subscribe; the answer holds the signing secret (shown this once)")
async def create(body: SubscriptionCreate, who: Auth, pool: Pool, clock: Now, request: Request):
    return await usecases.create(body, who, pool, destinations_of(request.app.state.runtime),
                                 clock.now())


@router.get("", response_model=list[SubscriptionPublic])
async def list_subscriptions(who: Auth, pool: Pool):
    return await usecases.list_mine(who, pool)


@router.get("/{subscription_id:uuid}", response_model=SubscriptionPublic)
async def get(subscription_id: UUID, who: Auth, pool: Pool):
    return await usecases.get(subscription_id, who, pool)


@router.patch("/{subscription_id:uuid}", response_model=SubscriptionPublic)
async def update(subscription_id: UUID, body: SubscriptionUpdate, who: Auth, pool: Pool,
                 clock: Now, request: Request):
    return await usecases.update(subscription_id, body, who, pool,
                                 destinations_of(request.app.state.runtime), clock.now())


@router.post("/{subscription_id:uuid}/secret", response_model=SubscriptionPublic,
             summary="A new signing secret (shown this once)")
async def rotate_secret(subscription_id: UUID, who: Auth, pool: Pool, clock: Now):
    return await usecases.rotate_secret(subscription_id, who, pool, clock.now())


@router.post("/{subscription_id:uuid}/replay", response_model=SubscriptionPublic,
             summary="Resume a suspended subscription now, or deliver again from a log seq")
async def replay(subscription_id: UUID, body: Replay, who: Auth, pool: Pool, clock: Now):
    return await usecases.replay(subscription_id, body, who, pool, clock.now())


@router.get("/{subscription_id:uuid}/deliveries", response_model=Page[WebhookDelivery],
            summary="Deliveries in log order, with their status and tries")
async def deliveries(subscription_id: UUID, who: Auth, pool: Pool, limit: Limit = 50,
                     cursor: Cursor = None,
                     status: Literal["retrying", "delivered", "failed"] | None = Query(None)):
    after = cursor_key(cursor, seq_part)
    after_seq = after[0] if after else None
    rows = await usecases.deliveries(subscription_id, who, pool, status, after_seq, limit + 1)
    return page(rows, limit, lambda d: [d.log_seq])


@router.put("/{subscription_id:uuid}/data-classes", response_model=SubscriptionPublic,
            summary="数据类别: what it may receive beyond the minimum (the city's admins only)")
async def grant_data_classes(subscription_id: UUID, body: DataClassesGrant, who: Auth,
                             pool: Pool, clock: Now):
    return await data_classes.grant(subscription_id, body, who, pool, clock.now())


@router.get("/{subscription_id:uuid}/data-classes/grants", response_model=list[DataClassGrant],
            summary="The audit of its grants: who, when, why, before and after")
async def data_class_grants(subscription_id: UUID, who: Auth, pool: Pool):
    return await data_classes.grants(subscription_id, who, pool)
