"""Organisations: create, rename, move (the whole subtree goes along), dissolve."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import db, outbox, scope
from redgrid.common.auth import ADMINS, Principal, Role
from redgrid.common.errors import Conflict, Forbidden, NotFound
from redgrid.common.events import EventKind
from redgrid.common.ids import uuid7
from redgrid.common.orgtree import path_ids
from redgrid.registry import events
from redgrid.registry.commands import OrgCreate, OrgMove, OrgUpdate
from redgrid.registry.domain import orgs as rules
from redgrid.registry.models import Org, OrgChange, OrgPublic
from redgrid.registry.queries import names
from redgrid.registry.queries import orgs as queries
from redgrid.registry.store import orgs as store
from redgrid.registry.usecases.people import managed_person


def org_data(org: Org) -> events.OrgData:
    return events.OrgData(
        id=org.id, parent_id=org.parent_id, kind=org.kind, name=org.name, code=org.code,
        path=path_ids(org.path), secretary_id=org.secretary_id, active=org.active,
        version=org.version,
    )


async def _emit(conn: asyncpg.Connection, kind: EventKind, org: Org) -> None:
    await outbox.record(conn, [kind.make(org.id, org_data(org))])


async def _public(conn: asyncpg.Connection, org: Org) -> OrgPublic:
    return await names.named(conn, org)


async def _org_in_scope(conn: asyncpg.Connection, who: Principal, org_id: UUID) -> Org:
    await scope.ensure_within(conn, who, org_id)
    org = await store.lock(conn, org_id)
    if org is None:
        raise NotFound(f"未找到组织 {org_id}", en=f"organisation {org_id} not found")
    return org


async def create_org(cmd: OrgCreate, who: Principal, pool: asyncpg.Pool) -> OrgPublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        parent = None
        if cmd.parent_id is None:
            if not (who.has(Role.SYSTEM) and who.org_id is None):
                raise Forbidden("只有平台运营方可以创建顶级组织",
                                en="only the platform operator creates root organisations")
        else:
            parent = await _org_in_scope(conn, who, cmd.parent_id)
            if not parent.active:
                raise Conflict("上级组织已撤销", en="the parent organisation is dissolved")
        rules.check_parent(cmd.kind, rules.OrgKind(parent.kind) if parent else None)
        if cmd.secretary_id:
            await managed_person(conn, who, cmd.secretary_id)
        if cmd.code and await queries.code_taken(conn, cmd.code):
            raise Conflict(f"组织编码 {cmd.code} 已被使用",
                           en=f"an organisation with code {cmd.code} exists")
        org_id = uuid7()
        org = await store.insert(conn, org_id, cmd.parent_id, cmd.kind, cmd.name, cmd.code,
                                 rules.child_path(parent.path if parent else None, org_id),
                                 cmd.secretary_id)
        await store.add_history(conn, org.id, "created", None, cmd.model_dump(mode="json"),
                                who.person_id)
        await _emit(conn, events.ORG_CREATED, org)
        return await _public(conn, org)


async def update_org(org_id: UUID, cmd: OrgUpdate, who: Principal,
                     pool: asyncpg.Pool) -> OrgPublic:
    who.require(*ADMINS)
    changes = cmd.model_dump(exclude_unset=True)
    async with db.transaction(pool) as conn:
        org = await _org_in_scope(conn, who, org_id)
        if not changes:
            return await _public(conn, org)
        if changes.get("secretary_id"):
            await managed_person(conn, who, changes["secretary_id"])
        before = {k: getattr(org, k) for k in changes}
        org = await store.update(conn, org_id, **changes)
        await store.add_history(conn, org_id, "updated", _jsonable(before),
                                cmd.model_dump(mode="json", exclude_unset=True), who.person_id)
        await _emit(conn, events.ORG_UPDATED, org)
        return await _public(conn, org)


async def move_org(org_id: UUID, cmd: OrgMove, who: Principal,
                   pool: asyncpg.Pool) -> OrgPublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        org = await _org_in_scope(conn, who, org_id)
        parent = await _org_in_scope(conn, who, cmd.parent_id)
        if not parent.active:
            raise Conflict("新的上级组织已撤销", en="the new parent is dissolved")
        rules.check_move(org.path, parent.path)
        rules.check_parent(rules.OrgKind(org.kind), rules.OrgKind(parent.kind))
        new_path = rules.child_path(parent.path, org.id)
        await store.move_subtree(conn, org.path, new_path)
        moved = await store.update(conn, org_id, parent_id=parent.id)
        await store.add_history(conn, org_id, "moved", {"parent_id": str(org.parent_id)},
                                {"parent_id": str(parent.id), "reason": cmd.reason},
                                who.person_id)
        await _emit(conn, events.ORG_MOVED, moved)
        return await _public(conn, moved)


async def dissolve_org(org_id: UUID, who: Principal, pool: asyncpg.Pool) -> OrgPublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        org = await _org_in_scope(conn, who, org_id)
        if who.org_id == org_id:
            raise Forbidden("不能撤销您当前所代表的组织",
                            en="you cannot dissolve the organisation you act for")
        if await queries.active_children(conn, org_id):
            raise Conflict("请先撤销或迁出其下级组织",
                           en="dissolve or move its child organisations first")
        org = await store.update(conn, org_id, active=False)
        await store.add_history(conn, org_id, "dissolved", None, None, who.person_id)
        await _emit(conn, events.ORG_DISSOLVED, org)
        return await _public(conn, org)


def _jsonable(values: dict) -> dict:
    return {k: (str(v) if isinstance(v, UUID) else v) for k, v in values.items()}


async def get_org(org_id: UUID, who: Principal, pool: asyncpg.Pool) -> OrgPublic:
    _require_staff(who)
    async with pool.acquire() as conn:
        await scope.ensure_within(conn, who, org_id)
        return await _public(conn, await queries.get(conn, org_id))


async def list_subtree(org_id: UUID | None, who: Principal, pool: asyncpg.Pool, kind: str | None,
                       after: str | None, limit: int,
                       include_inactive: bool) -> list[OrgPublic]:
    """The organisation (or the caller's scope) and everything below it, in tree order."""
    _require_staff(who)
    async with pool.acquire() as conn:
        if org_id is None:
            root = await scope.scope_path(conn, who)
        else:
            root = await scope.ensure_within(conn, who, org_id)
        return await queries.subtree(conn, root, kind, after, limit, include_inactive)


async def org_history(org_id: UUID, who: Principal, pool: asyncpg.Pool) -> list[OrgChange]:
    _require_staff(who)
    async with pool.acquire() as conn:
        await scope.ensure_within(conn, who, org_id)
        return await names.all_named(conn, await queries.history(conn, org_id))


def _require_staff(who: Principal) -> None:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看组织架构", en="only staff read the organisation tree")
