"""数据类别: what a webhook subscription may receive beyond the minimum (domain/minimise.py).
Only the city grants it: the city-wide system token, or an admin of the city's own
organisation; a street office that made the subscription cannot widen it. Every grant is
audited (who, with which roles, when, why, what it had before) and can be read back."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, logs
from redgrid.common.auth import Principal, Role
from redgrid.common.errors import Forbidden
from redgrid.common.ids import uuid7
from redgrid.notifications.commands import DataClassesGrant
from redgrid.notifications.models import DataClassGrant, SubscriptionPublic
from redgrid.notifications.queries import webhooks as queries
from redgrid.notifications.store import webhooks as store
from redgrid.notifications.usecases.webhooks import _mine

log = logs.get(__name__)
CITY_KIND = "city"


async def _city_level(conn: asyncpg.Connection, who: Principal) -> None:
    if who.has(Role.SYSTEM) and who.org_id is None:
        return
    if who.has(Role.SYSTEM, Role.STREET_ADMIN) and who.org_id is not None \
            and await queries.org_kind(conn, who.org_id) == CITY_KIND:
        return
    raise Forbidden("只有市级管理员可以授予订阅数据类别",
                    en="only the city's administrators grant data classes to a subscription")


async def grant(subscription_id: UUID, cmd: DataClassesGrant, who: Principal,
                pool: asyncpg.Pool, now: datetime) -> SubscriptionPublic:
    async with db.transaction(pool) as conn:
        sub = await _mine(conn, who, subscription_id, lock=True)
        await _city_level(conn, who)
        classes = sorted({c.value for c in cmd.data_classes})
        await store.grant(conn, uuid7(), sub, classes, reason=cmd.reason, by=who.person_id,
                          roles=sorted(r.value for r in who.roles), now=now)
        log.info("webhook.data_classes", subscription_id=str(sub.id), data_classes=classes,
                 before=sub.data_classes, by=str(who.person_id))
        return SubscriptionPublic.of_subscription(await queries.get(conn, sub.id))


async def grants(subscription_id: UUID, who: Principal,
                 pool: asyncpg.Pool) -> list[DataClassGrant]:
    """The audit of a subscription's grants, for those who manage it."""
    async with pool.acquire() as conn:
        sub = await _mine(conn, who, subscription_id)
        return await queries.grants(conn, sub.id)
