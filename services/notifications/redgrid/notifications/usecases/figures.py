"""Delivery status and figures for staff, within their scope: e-mail/SMS deliveries of the
matters in their subtree, and the webhook subscribers they manage."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import scope
from redgrid.common.auth import ADMINS, Principal, Role
from redgrid.notifications.models import DeliveryPublic, Figures
from redgrid.notifications.queries import deliveries as queries

VIEWERS = (*ADMINS, Role.BRANCH_SECRETARY)


async def figures(who: Principal, pool: asyncpg.Pool) -> Figures:
    who.require(*VIEWERS)
    async with pool.acquire() as conn:
        path = await scope.scope_path(conn, who)
        notices, unread = await queries.notice_figures(conn, path)
        return Figures(notices=notices, unread=unread,
                       channels=await queries.channel_figures(conn, path),
                       subscribers=await queries.subscriber_figures(conn, path))


async def list_deliveries(who: Principal, pool: asyncpg.Pool, status: str | None,
                          channel: str | None, before: tuple[datetime, UUID] | None,
                          limit: int) -> list[DeliveryPublic]:
    who.require(*VIEWERS)
    async with pool.acquire() as conn:
        path = await scope.scope_path(conn, who)
        return await queries.in_scope(conn, path, status, channel, before, limit)
