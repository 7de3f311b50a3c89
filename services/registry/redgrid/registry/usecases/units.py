"""Co-building units (共驻共建单位) and 双报到: in-service members and units registered with the
community where they live or stand, "双联系双报到双服务"."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox, scope
from redgrid.common.auth import ADMINS, Principal, Role
from redgrid.common.errors import Conflict, Forbidden, Invalid, NotFound
from redgrid.common.ids import uuid7
from redgrid.common.orgtree import path_ids
from redgrid.registry import events
from redgrid.registry.commands import DualReportCreate, UnitCreate, UnitUpdate
from redgrid.registry.domain.orgs import OrgKind
from redgrid.registry.domain.people import MemberCategory
from redgrid.registry.models import DualReport, DualReportPublic, Unit, UnitPublic
from redgrid.registry.queries import names
from redgrid.registry.queries import orgs as org_queries
from redgrid.registry.queries import people as people_queries
from redgrid.registry.queries import units as queries
from redgrid.registry.store import units as store

UNIT_SELF_EDITABLE = {"address", "contact_name", "contact_phone"}


async def _emit(conn: asyncpg.Connection, kind, unit_id: UUID) -> Unit:
    unit = await queries.get(conn, unit_id)
    data = events.UnitData(id=unit.id, name=unit.name, kind=unit.kind, org_id=unit.org_id,
                           org_path=path_ids(unit.org_path), community_ids=unit.community_ids,
                           version=unit.version)
    await outbox.record(conn, [kind.make(unit.id, data)])
    return unit


async def _community(conn: asyncpg.Connection, community_id: UUID) -> str:
    org = await org_queries.get(conn, community_id)
    if org is None or org.kind != OrgKind.COMMUNITY or not org.active:
        raise Invalid(f"{community_id} 不是有效的社区", en=f"{community_id} is not a community")
    return org.path


async def _communities_in_scope(conn, who: Principal, ids: list[UUID]) -> None:
    for community_id in ids:
        await scope.ensure_within(conn, who, community_id)
        await _community(conn, community_id)


async def register_unit(cmd: UnitCreate, who: Principal, pool: asyncpg.Pool) -> UnitPublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        return await names.named(conn, UnitPublic.of(await create_unit(conn, cmd, who)))


async def create_unit(conn: asyncpg.Connection, cmd: UnitCreate, who: Principal) -> Unit:
    """A unit's checks, row and event inside the caller's transaction: one unit (POST
    /v1/units) or each row of an import (usecases.imports)."""
    path = await scope.ensure_within(conn, who, cmd.org_id)
    await _communities_in_scope(conn, who, cmd.community_ids)
    unit_id = uuid7()
    await store.insert(conn, unit_id, **cmd.model_dump(exclude={"community_ids"}),
                       org_path=path)
    await store.serve(conn, unit_id, list(dict.fromkeys(cmd.community_ids)))
    return await _emit(conn, events.UNIT_REGISTERED, unit_id)


async def _unit_for(conn, who: Principal, unit_id: UUID) -> Unit:
    unit = await queries.get(conn, unit_id)
    if unit is None:
        raise NotFound(f"未找到共建单位 {unit_id}", en=f"unit {unit_id} not found")
    if who.has(Role.UNIT) and who.unit_id == unit_id:
        return unit
    if who.is_staff and scope.within(unit.org_path, await scope.scope_path(conn, who)):
        return unit
    raise NotFound(f"未找到共建单位 {unit_id}", en=f"unit {unit_id} not found")


async def update_unit(unit_id: UUID, cmd: UnitUpdate, who: Principal,
                      pool: asyncpg.Pool) -> UnitPublic:
    changes = cmd.model_dump(exclude_unset=True)
    async with db.transaction(pool) as conn:
        await store.lock(conn, unit_id)
        await _unit_for(conn, who, unit_id)
        admin = who.has(*ADMINS)
        if not admin and set(changes) - UNIT_SELF_EDITABLE:
            raise Forbidden("共建单位只能修改地址、联系人和联系电话",
                            en=f"a unit may change only: {', '.join(sorted(UNIT_SELF_EDITABLE))}")
        communities = changes.pop("community_ids", None)
        if communities is not None:
            await _communities_in_scope(conn, who, communities)
            await store.serve(conn, unit_id, list(dict.fromkeys(communities)))
        await store.update(conn, unit_id, **changes)
        return await names.named(conn, UnitPublic.of(
            await _emit(conn, events.UNIT_UPDATED, unit_id)))


async def get_unit(unit_id: UUID, who: Principal, pool: asyncpg.Pool) -> UnitPublic:
    async with pool.acquire() as conn:
        return await names.named(conn, UnitPublic.of(await _unit_for(conn, who, unit_id)))


async def list_units(who: Principal, pool: asyncpg.Pool, community_id: UUID | None,
                     after: UUID | None, limit: int) -> list[UnitPublic]:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看共建单位名单", en="staff list units")
    async with pool.acquire() as conn:
        rows = await queries.in_scope(conn, await scope.scope_path(conn, who), community_id,
                                      after, limit)
        return await names.all_named(conn, [UnitPublic.of(u) for u in rows])


async def _may_report(conn, who: Principal, cmd: DualReportCreate) -> None:
    if who.is_staff and who.has(*ADMINS, Role.BRANCH_SECRETARY):
        await scope.ensure_within(conn, who, cmd.community_id)
        return
    if cmd.person_id is not None and cmd.person_id == who.person_id:
        return  # a member registers themself with the community where they live
    if cmd.unit_id is not None and who.has(Role.UNIT) and who.unit_id == cmd.unit_id:
        return
    raise Forbidden("党员或共建单位自行报到，或由社区工作人员代为登记",
                    en="a member or unit registers itself, or community staff register them")


def _data(report: DualReport) -> events.DualReportData:
    return events.DualReportData(**report.model_dump(exclude={"org_path"}))


async def _public(conn: asyncpg.Connection, report: DualReport) -> DualReportPublic:
    return await names.named(conn, report)


async def register_dual_report(cmd: DualReportCreate, who: Principal,
                               pool: asyncpg.Pool) -> DualReportPublic:
    if (cmd.person_id is None) == (cmd.unit_id is None):
        raise Invalid("请指定报到的党员或共建单位，二者选其一",
                      en="name either a person_id (member) or a unit_id (unit)")
    async with db.transaction(pool) as conn:
        await _may_report(conn, who, cmd)
        path = await _community(conn, cmd.community_id)
        if cmd.person_id is not None:
            member = await people_queries.membership(conn, cmd.person_id)
            if member is None or member.category != MemberCategory.IN_SERVICE:
                raise Invalid("双报到只适用于在职党员",
                              en="双报到 is for in-service party members (category in_service)")
        elif await queries.get(conn, cmd.unit_id) is None:
            raise Invalid(f"未找到共建单位 {cmd.unit_id}", en=f"unit {cmd.unit_id} not found")
        report = await store.add_dual_report(
            conn, uuid7(), kind="member" if cmd.person_id else "unit", person_id=cmd.person_id,
            unit_id=cmd.unit_id, community_id=cmd.community_id, org_path=path,
            reported_on=cmd.reported_on or date.today(),
        )
        if report is None:
            raise Conflict("已向该社区报到，无需重复登记",
                           en="already registered with this community")
        await outbox.record(conn, [events.DUAL_REPORT_REGISTERED.make(report.id, _data(report))])
        return await _public(conn, report)


async def end_dual_report(report_id: UUID, who: Principal,
                          pool: asyncpg.Pool) -> DualReportPublic:
    async with db.transaction(pool) as conn:
        report = await queries.get_dual_report(conn, report_id)
        if report is None:
            raise NotFound("未找到该报到登记", en="no such registration")
        await _may_report(conn, who, DualReportCreate(community_id=report.community_id,
                                                      person_id=report.person_id,
                                                      unit_id=report.unit_id))
        report = await store.end_dual_report(conn, report_id)
        if report is None:
            raise Conflict("该报到登记已结束", en="this registration has ended already")
        await outbox.record(conn, [events.DUAL_REPORT_ENDED.make(report.id, _data(report))])
        return await _public(conn, report)


async def list_dual_reports(who: Principal, pool: asyncpg.Pool, community_id: UUID | None,
                            kind: str | None, after: UUID | None,
                            limit: int) -> list[DualReportPublic]:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看双报到登记", en="staff list 双报到 registrations")
    async with pool.acquire() as conn:
        found = await queries.dual_reports(conn, await scope.scope_path(conn, who), community_id,
                                           kind, after, limit)
        return await names.all_named(conn, found)


async def figures(org_id: UUID, who: Principal, pool: asyncpg.Pool) -> dict:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看统计数据", en="staff read the figures")
    async with pool.acquire() as conn:
        path = await scope.ensure_within(conn, who, org_id)
        found = await names.lookup(conn, [org_id])
        return {"org_id": str(org_id), "org_name": found.get(org_id),
                **await queries.figures(conn, path)}
