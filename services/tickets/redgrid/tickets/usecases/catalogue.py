"""The dispatch catalogue as data with effective dates, and the streets' number prefixes:
street offices keep their own rows; the city-wide defaults are the system's."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, scope
from redgrid.common.auth import Principal, Role
from redgrid.common.errors import Conflict, Forbidden, Invalid, NotFound
from redgrid.common.ids import uuid7
from redgrid.tickets import commands
from redgrid.tickets.domain.catalogue import check_period, check_rule
from redgrid.tickets.domain.numbers import DEFAULT_PREFIX
from redgrid.tickets.models import CatalogueEntry, Category
from redgrid.tickets.queries import catalogue as queries
from redgrid.tickets.queries import places
from redgrid.tickets.store import catalogue as store


async def categories(pool: asyncpg.Pool) -> list[Category]:
    async with pool.acquire() as conn:
        return await queries.categories(conn)


async def _street_in_scope(conn: asyncpg.Connection, who: Principal, street_id: UUID) -> None:
    org = await places.org(conn, street_id)
    if org is None or org.kind != "street":
        raise NotFound(f"未找到街道 {street_id}", en=f"street {street_id} not found")
    await scope.ensure_within(conn, who, street_id)


async def in_force(at: datetime, street_id: UUID | None, who: Principal,
                   pool: asyncpg.Pool) -> list[CatalogueEntry]:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看派单目录", en="staff read the dispatch catalogue")
    async with pool.acquire() as conn:
        if street_id is not None:
            await _street_in_scope(conn, who, street_id)
        return await queries.in_force(conn, at, street_id)


async def history(category: str, street_id: UUID | None, who: Principal,
                  pool: asyncpg.Pool) -> list[CatalogueEntry]:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看派单目录", en="staff read the dispatch catalogue")
    async with pool.acquire() as conn:
        if street_id is not None:
            await _street_in_scope(conn, who, street_id)
        return await queries.history(conn, category, street_id)


async def add_entry(cmd: commands.CatalogueEntryCreate, who: Principal,
                    pool: asyncpg.Pool) -> CatalogueEntry:
    """A new row from valid_from on; the row in force then ends there. Rows are never edited in
    place, so what applied to a ticket filed last year can still be read."""
    check_rule(cmd.level, cmd.department, cmd.limit_hours, cmd.limit_working_days,
               cmd.emergency)
    check_period(cmd.valid_from, cmd.valid_to)
    async with db.transaction(pool) as conn:
        if cmd.street_id is None:
            who.require(Role.SYSTEM)
        else:
            who.require(Role.STREET_ADMIN, Role.SYSTEM)
            await _street_in_scope(conn, who, cmd.street_id)
        if await queries.category(conn, cmd.category) is None:
            raise Invalid(f"没有「{cmd.category}」这一事项类别",
                          en=f"unknown category {cmd.category!r}")
        await store.lock_key(conn, cmd.category, cmd.street_id)
        if await queries.starts_from(conn, cmd.category, cmd.street_id, cmd.valid_from):
            raise Conflict("已有同一时间或更晚生效的目录条目",
                           en="an entry starting on or after valid_from exists already")
        await store.end_in_force(conn, cmd.category, cmd.street_id, cmd.valid_from)
        return await store.insert(conn, uuid7(), who.person_id, **cmd.model_dump())


async def set_prefix(street_id: UUID, cmd: commands.PrefixSet, who: Principal,
                     pool: asyncpg.Pool) -> dict:
    who.require(Role.STREET_ADMIN, Role.SYSTEM)
    if cmd.prefix == DEFAULT_PREFIX:
        raise Invalid(f"编号前缀 {DEFAULT_PREFIX} 留给无法确定街道的事项",
                      en=f"{DEFAULT_PREFIX} is kept for matters of no known street")
    async with db.transaction(pool) as conn:
        await _street_in_scope(conn, who, street_id)
        if await queries.prefix_taken(conn, cmd.prefix, street_id):
            raise Conflict(f"编号前缀 {cmd.prefix} 已被其他街道使用",
                           en=f"the prefix {cmd.prefix} belongs to another street")
        await store.set_prefix(conn, street_id, cmd.prefix)
        return {"street_id": street_id, "prefix": cmd.prefix}
