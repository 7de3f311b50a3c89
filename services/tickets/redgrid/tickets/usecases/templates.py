"""答复模板: the template responses a street office keeps per category; its staff list them for
a category when writing a reply. Street admins (and the system) keep them; staff of the street
read them."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import db, scope
from redgrid.common.auth import STAFF, Principal, Role
from redgrid.common.clock import Clock
from redgrid.common.errors import Conflict, Invalid, NotFound
from redgrid.common.ids import uuid7
from redgrid.tickets import commands
from redgrid.tickets.models import ReplyTemplate
from redgrid.tickets.queries import catalogue as catalogue_queries
from redgrid.tickets.queries import places
from redgrid.tickets.queries import practice as queries
from redgrid.tickets.store import practice as store

KEEPERS = (Role.STREET_ADMIN, Role.SYSTEM)


async def list_templates(category: str | None, who: Principal,
                         pool: asyncpg.Pool) -> list[ReplyTemplate]:
    """The templates of the caller's street (a category's, when named)."""
    who.require(*STAFF)
    async with pool.acquire() as conn:
        street = await places.ancestor(conn, await scope.scope_path(conn, who), "street")
        if street is None:
            return []
        return await queries.templates(conn, street.id, category)


async def add(cmd: commands.TemplateCreate, who: Principal, pool: asyncpg.Pool,
              clock: Clock) -> ReplyTemplate:
    who.require(*KEEPERS)
    async with db.transaction(pool) as conn:
        await _street_in_scope(conn, who, cmd.street_id)
        if await catalogue_queries.category(conn, cmd.category) is None:
            raise Invalid(f"没有「{cmd.category}」这一事项类别",
                          en=f"unknown category {cmd.category!r}")
        made = await store.add_template(conn, uuid7(), street_id=cmd.street_id,
                                        category=cmd.category, title=cmd.title, body=cmd.body,
                                        by=who.person_id, at=clock.now())
        if made is None:
            raise Conflict(f"该类别已有名为「{cmd.title}」的答复模板",
                           en="the category has a template of that title already")
        return made


async def update(template_id: UUID, cmd: commands.TemplateUpdate, who: Principal,
                 pool: asyncpg.Pool, clock: Clock) -> ReplyTemplate:
    who.require(*KEEPERS)
    async with db.transaction(pool) as conn:
        kept = await _kept(conn, who, template_id)
        try:
            return await store.update_template(conn, kept.id, title=cmd.title or kept.title,
                                               body=cmd.body or kept.body, at=clock.now())
        except asyncpg.UniqueViolationError:
            raise Conflict(f"该类别已有名为「{cmd.title}」的答复模板",
                           en="the category has a template of that title already") from None


async def delete(template_id: UUID, who: Principal, pool: asyncpg.Pool) -> None:
    who.require(*KEEPERS)
    async with db.transaction(pool) as conn:
        await store.delete_template(conn, (await _kept(conn, who, template_id)).id)


async def _kept(conn: asyncpg.Connection, who: Principal, template_id: UUID) -> ReplyTemplate:
    kept = await queries.template(conn, template_id)
    if kept is None:
        raise NotFound("未找到该答复模板", en="no such reply template")
    await _street_in_scope(conn, who, kept.street_id)
    return kept


async def _street_in_scope(conn: asyncpg.Connection, who: Principal, street_id: UUID) -> None:
    org = await places.org(conn, street_id)
    if org is None or org.kind != "street":
        raise NotFound(f"未找到街道 {street_id}", en=f"street {street_id} not found")
    await scope.ensure_within(conn, who, street_id)
