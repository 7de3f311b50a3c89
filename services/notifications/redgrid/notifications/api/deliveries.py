"""/v1/deliveries and /v1/figures: how e-mail, SMS and webhooks went, for staff in scope."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query

from redgrid.common.http import Auth, Pool
from redgrid.common.pagination import (
    Cursor,
    Limit,
    Page,
    cursor_key,
    moment_part,
    page,
    uuid_part,
)
from redgrid.notifications.models import DeliveryPublic, Figures
from redgrid.notifications.usecases import figures as usecases

router = APIRouter(tags=["deliveries"])


@router.get("/v1/deliveries", response_model=Page[DeliveryPublic],
            summary="E-mails and SMS of the matters in my scope, newest first")
async def list_deliveries(
        who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
        status: Literal["pending", "sent", "failed", "skipped"] | None = Query(None),
        channel: Literal["email", "sms"] | None = Query(None)):
    before = cursor_key(cursor, moment_part, uuid_part)
    rows = await usecases.list_deliveries(who, pool, status, channel, before, limit + 1)
    return page(rows, limit, lambda d: [d.created_at.isoformat(), str(d.id)])


@router.get("/v1/figures", response_model=Figures,
            summary="Sent, failed, retried per channel; delivered, failed, lag per subscriber")
async def figures(who: Auth, pool: Pool):
    return await usecases.figures(who, pool)
