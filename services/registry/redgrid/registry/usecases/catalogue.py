"""The catalogue of service types and skills (服务类型与技能目录): one vocabulary for people's
and teams' skills, orders, needs and resources, kept by street and city admins; every change an
event, so that matching and the lists keep the same words."""

from __future__ import annotations

import asyncpg

from redgrid.common import db, outbox
from redgrid.common.auth import Principal, Role
from redgrid.common.catalogue import ServiceType
from redgrid.common.errors import Conflict, NotFound
from redgrid.registry import events
from redgrid.registry.commands import ServiceTypeAdd, ServiceTypeUpdate
from redgrid.registry.queries import catalogue as queries
from redgrid.registry.store import catalogue as store

KEEPERS = (Role.STREET_ADMIN, Role.SYSTEM)


async def _check_free(conn: asyncpg.Connection, words: list[str], but: str | None) -> None:
    taken = await queries.taken(conn, words, but)
    if taken:
        raise Conflict(f"「{'、'.join(taken)}」已是目录中其他条目的名称或别名",
                       en=f"{', '.join(taken)} already names another catalogue entry")


async def add(cmd: ServiceTypeAdd, who: Principal, pool: asyncpg.Pool) -> ServiceType:
    who.require(*KEEPERS)
    entry = ServiceType(**cmd.model_dump(), version=1)
    async with db.transaction(pool) as conn:
        await _check_free(conn, [entry.code, *entry.aliases], None)
        if not await store.insert(conn, entry):
            raise Conflict(f"目录中已有「{entry.code}」", en=f"{entry.code} is in the catalogue")
        await outbox.record(conn, [events.SERVICE_TYPE_ADDED.make(entry.code, entry)])
        return entry


async def update(code: str, cmd: ServiceTypeUpdate, who: Principal,
                 pool: asyncpg.Pool) -> ServiceType:
    who.require(*KEEPERS)
    changes = cmd.model_dump(exclude_unset=True)
    async with db.transaction(pool) as conn:
        if await store.lock(conn, code) is None:
            raise NotFound(f"目录中没有「{code}」", en=f"{code} is not in the catalogue")
        if "aliases" in changes:
            await _check_free(conn, changes["aliases"], code)
        entry = await store.update(conn, code, **changes)
        await outbox.record(conn, [events.SERVICE_TYPE_UPDATED.make(entry.code, entry)])
        return entry


async def listing(pool: asyncpg.Pool, include_inactive: bool) -> list[ServiceType]:
    async with pool.acquire() as conn:
        return await queries.listing(conn, include_inactive=include_inactive)
