"""Webhook subscriptions of other city systems, managed by system and street admins within
their scope: a subscription gets only the public events of its subtree."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, scope
from redgrid.common.auth import Principal, Role
from redgrid.common.errors import Invalid, NotFound
from redgrid.common.ids import uuid7
from redgrid.notifications.commands import Replay, SubscriptionCreate, SubscriptionUpdate
from redgrid.notifications.domain import destinations as places
from redgrid.notifications.domain import webhooks as rules
from redgrid.notifications.models import Subscription, SubscriptionPublic, WebhookDelivery
from redgrid.notifications.queries import webhooks as queries
from redgrid.notifications.senders.destinations import Destinations, Refused
from redgrid.notifications.store import webhooks as store

MANAGERS = (Role.SYSTEM, Role.STREET_ADMIN)


async def _mine(conn: asyncpg.Connection, who: Principal, subscription_id: UUID,
                lock: bool = False) -> Subscription:
    who.require(*MANAGERS)
    sub = await (store.lock if lock else queries.get)(conn, subscription_id)
    if sub is None or not scope.within(sub.scope_path, await scope.scope_path(conn, who)):
        raise NotFound(f"未找到订阅 {subscription_id}",
                       en=f"subscription {subscription_id} not found")
    return sub


async def _check_url(url: str, destinations: Destinations) -> None:
    """https to a public address (domain.destinations); checked again at every connection."""
    try:
        await destinations.address(url)
    except Refused as refused:
        said = places.said(refused.kind, refused.host, refused.from_url)
        en = places.said_en(refused.kind, refused.host, refused.from_url)
        raise Invalid(said, en=en, errors=[{"loc": ["body", "url"], "msg": said,
                                            "type": "url_not_allowed"}]) from None


async def create(cmd: SubscriptionCreate, who: Principal, pool: asyncpg.Pool,
                 destinations: Destinations, now: datetime) -> SubscriptionPublic:
    who.require(*MANAGERS)
    await _check_url(cmd.url, destinations)
    async with db.transaction(pool) as conn:
        org_id = cmd.org_id or who.org_id
        path = await scope.ensure_within(conn, who, org_id)
        sub = await store.insert(
            conn, id=uuid7(), name=cmd.name, url=cmd.url, patterns=cmd.patterns,
            likes=[rules.like_of(p) for p in cmd.patterns], secret=rules.new_secret(),
            org_id=org_id, scope_path=path, created_by=who.person_id,
            position=0 if cmd.from_start else await queries.log_end(conn),
            created_at=now, updated_at=now,
        )
        await store.wake(conn)
    return SubscriptionPublic.of_subscription(sub, with_secret=True)


async def list_mine(who: Principal, pool: asyncpg.Pool) -> list[SubscriptionPublic]:
    who.require(*MANAGERS)
    async with pool.acquire() as conn:
        subs = await queries.in_scope(conn, await scope.scope_path(conn, who))
    return [SubscriptionPublic.of_subscription(s) for s in subs]


async def get(subscription_id: UUID, who: Principal, pool: asyncpg.Pool) -> SubscriptionPublic:
    async with pool.acquire() as conn:
        return SubscriptionPublic.of_subscription(await _mine(conn, who, subscription_id))


async def update(subscription_id: UUID, cmd: SubscriptionUpdate, who: Principal,
                 pool: asyncpg.Pool, destinations: Destinations,
                 now: datetime) -> SubscriptionPublic:
    changes = cmd.model_dump(exclude_unset=True)
    if cmd.url:
        await _check_url(cmd.url, destinations)
    async with db.transaction(pool) as conn:
        sub = await _mine(conn, who, subscription_id, lock=True)
        fields: dict = {k: v for k, v in changes.items() if k in ("name", "url")}
        if cmd.patterns is not None:
            fields.update(patterns=cmd.patterns, likes=[rules.like_of(p) for p in cmd.patterns])
        if cmd.active is not None:
            if cmd.active and sub.status == "disabled":
                fields.update(status="active", next_attempt_at=None, head_attempts=0)
            elif not cmd.active:
                fields["status"] = "disabled"
        if fields:
            sub = await store.update(conn, sub.id, **fields, updated_at=now)
            await store.wake(conn)
    return SubscriptionPublic.of_subscription(sub)


async def rotate_secret(subscription_id: UUID, who: Principal, pool: asyncpg.Pool,
                        now: datetime) -> SubscriptionPublic:
    async with db.transaction(pool) as conn:
        await _mine(conn, who, subscription_id, lock=True)
        sub = await store.update(conn, subscription_id, secret=rules.new_secret(),
                                 updated_at=now)
    return SubscriptionPublic.of_subscription(sub, with_secret=True)


async def replay(subscription_id: UUID, cmd: Replay, who: Principal, pool: asyncpg.Pool,
                 now: datetime) -> SubscriptionPublic:
    """Resume now from where it stopped, or deliver again from a log position."""
    async with db.transaction(pool) as conn:
        sub = await _mine(conn, who, subscription_id, lock=True)
        position = sub.position if cmd.from_seq is None else cmd.from_seq - 1
        if position > await queries.log_end(conn):
            raise Invalid("事件日志尚未到达这个位置", en="the log does not reach that far yet")
        sub = await store.update(conn, sub.id, position=position, status="active",
                                 head_attempts=0, next_attempt_at=None, last_error=None,
                                 updated_at=now)
        await store.wake(conn)
    return SubscriptionPublic.of_subscription(sub)


async def deliveries(subscription_id: UUID, who: Principal, pool: asyncpg.Pool,
                     status: str | None, after_seq: int | None,
                     limit: int) -> list[WebhookDelivery]:
    async with pool.acquire() as conn:
        await _mine(conn, who, subscription_id)
        return await queries.deliveries(conn, subscription_id, status, after_seq, limit)
