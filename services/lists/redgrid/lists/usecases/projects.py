"""The project list (项目清单): projects owned by an organisation bind needs to resources, with
partner units, milestones and the activities they hold.

Community staff and branch secretaries run the projects of their subtree; a partner unit may
record the activities it takes part in (共建活动) and read its projects.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox, scope
from redgrid.common.auth import Principal
from redgrid.common.errors import Forbidden, Invalid
from redgrid.common.events import EventKind
from redgrid.common.ids import uuid7
from redgrid.lists import events
from redgrid.lists.commands import (
    ActivityRecord,
    MilestoneAdd,
    ProjectCreate,
    ProjectNeed,
    ProjectResource,
    ProjectUpdate,
)
from redgrid.lists.domain import projects as rules
from redgrid.lists.domain import records
from redgrid.lists.domain import resources as resource_rules
from redgrid.lists.domain.resources import OffererKind
from redgrid.lists.models import Activity, Project
from redgrid.lists.queries import needs as need_queries
from redgrid.lists.queries import projects as queries
from redgrid.lists.queries import registry
from redgrid.lists.store import projects as store
from redgrid.lists.store import resources as resource_store
from redgrid.lists.usecases import access, tracking
from redgrid.lists.usecases.naming import named


def check_activity(project, *, held_on, participants: int, served: int, today) -> None:
    """An activity counts only if it could have happened: within the project's dates and near
    today, with counts the project's beneficiaries (or a sane maximum) bound."""
    records.check_activity_day(held_on, today=today, starts_on=project["starts_on"],
                               ends_on=project["ends_on"])
    records.check_activity_counts(participants, served,
                                  beneficiaries=project["beneficiaries"])


STEP_STAMPS = {"start": ("started_at",), "complete": ("completed_at", "ended_at"),
               "cancel": ("ended_at",)}


async def emit(conn: asyncpg.Connection, kind: EventKind, project_id: UUID,
                now: datetime) -> Project:
    project = await queries.get(conn, project_id)
    await outbox.record(conn, [kind.make(project.id, events.project(project), at=now)])
    return project


async def _check_needs(conn: asyncpg.Connection, who: Principal, project_path: str,
                       community_id: UUID | None, need_ids: list[UUID]) -> None:
    """A project binds needs of its own community (or of its subtree, if it is above one)."""
    for need_id in need_ids:
        need = await need_queries.get(conn, need_id)
        if need is None or not await access.sees(conn, who, need.org_path):
            raise Invalid(f"未找到需求 {need_id}", en=f"need {need_id} not found")
        belongs = (need.community_id == community_id if community_id is not None
                   else scope.within(need.org_path, project_path))
        if not belongs:
            raise Invalid(f"需求 {need_id} 不属于本项目所在社区",
                          en=f"need {need_id} is not of this project's community")


async def create(conn: asyncpg.Connection, cmd: ProjectCreate, who: Principal, now: datetime,
                 resolution_id: UUID | None = None) -> Project:
    """Inside the caller's transaction (a resolution followed as a project creates one too)."""
    who.require(*access.PROJECT_MANAGERS)
    path = await scope.ensure_within(conn, who, cmd.owner_org_id)
    community_id = await registry.community_above(conn, path)
    partners = await access.known_units(conn, cmd.partner_unit_ids)
    need_ids = list(dict.fromkeys(cmd.need_ids))
    await _check_needs(conn, who, path, community_id, need_ids)
    project_id = uuid7()
    await store.insert(
        conn, project_id, **cmd.model_dump(exclude={"partner_unit_ids", "need_ids",
                                                    "milestones"}),
        community_id=community_id, org_path=path, resolution_id=resolution_id,
        created_by=who.person_id, created_at=now)
    await store.add_partners(conn, project_id, partners)
    await store.bind_needs(conn, project_id, need_ids)
    await store.add_milestones(conn, project_id,
                               [(uuid7(), m.title, m.due_on) for m in cmd.milestones])
    return await emit(conn, events.PROJECT_CREATED, project_id, now)


@named
async def create_project(cmd: ProjectCreate, who: Principal, pool: asyncpg.Pool,
                         now: datetime) -> Project:
    async with db.transaction(pool) as conn:
        return await create(conn, cmd, who, now)


async def managed(conn: asyncpg.Connection, who: Principal, project_id: UUID):
    row = await store.lock(conn, project_id)
    if row is None or not await access.manages(conn, who, row["org_path"],
                                               access.PROJECT_MANAGERS):
        raise access.not_found("project", project_id)
    return row


@named
async def update_project(project_id: UUID, cmd: ProjectUpdate, who: Principal,
                         pool: asyncpg.Pool, now: datetime) -> Project:
    changes = cmd.model_dump(exclude_unset=True)
    async with db.transaction(pool) as conn:
        row = await managed(conn, who, project_id)
        rules.check_open(row["status"])
        partners = changes.pop("partner_unit_ids", None)
        if partners is not None:
            await store.set_partners(conn, project_id, await access.known_units(conn, partners))
        await store.update(conn, project_id, **changes)
        return await emit(conn, events.PROJECT_UPDATED, project_id, now)


@named
async def step_project(project_id: UUID, step: str, who: Principal, pool: asyncpg.Pool,
                       now: datetime) -> Project:
    """start, complete or cancel; a resolution followed as this project follows it."""
    async with db.transaction(pool) as conn:
        row = await managed(conn, who, project_id)
        after = rules.project_step(row["status"], step)
        await store.update(conn, project_id, status=after,
                           **{stamp: now for stamp in STEP_STAMPS[step]})
        project = await emit(conn, events.PROJECT_BY_STEP[step], project_id, now)
        await tracking.after_project(conn, project_id, after, now)
        return project


@named
async def add_milestone(project_id: UUID, cmd: MilestoneAdd, who: Principal, pool: asyncpg.Pool,
                        now: datetime) -> Project:
    async with db.transaction(pool) as conn:
        rules.check_open((await managed(conn, who, project_id))["status"])
        await store.add_milestones(conn, project_id, [(uuid7(), cmd.title, cmd.due_on)])
        await store.update(conn, project_id)
        return await emit(conn, events.PROJECT_UPDATED, project_id, now)


@named
async def complete_milestone(project_id: UUID, milestone_id: UUID, who: Principal,
                             pool: asyncpg.Pool, now: datetime) -> Project:
    async with db.transaction(pool) as conn:
        rules.check_open((await managed(conn, who, project_id))["status"])
        if not await store.complete_milestone(conn, project_id, milestone_id, now.date()):
            raise access.not_found("open milestone", milestone_id)
        await store.update(conn, project_id)
        return await emit(conn, events.PROJECT_UPDATED, project_id, now)


@named
async def bind_need(project_id: UUID, cmd: ProjectNeed, who: Principal, pool: asyncpg.Pool,
                    now: datetime) -> Project:
    async with db.transaction(pool) as conn:
        row = await managed(conn, who, project_id)
        rules.check_open(row["status"])
        await _check_needs(conn, who, row["org_path"], row["community_id"], [cmd.need_id])
        if not await store.bind_needs(conn, project_id, [cmd.need_id]):
            return await queries.get(conn, project_id)
        await store.update(conn, project_id)
        return await emit(conn, events.PROJECT_UPDATED, project_id, now)


@named
async def bind_resource(project_id: UUID, cmd: ProjectResource, who: Principal,
                        pool: asyncpg.Pool, now: datetime) -> Project:
    """The project takes (part of) an offer; the offering unit becomes a partner."""
    async with db.transaction(pool) as conn:
        row = await managed(conn, who, project_id)
        rules.check_open(row["status"])
        resource = await resource_store.lock(conn, cmd.resource_id)
        if resource is None or not await access.sees(conn, who, resource.org_path):
            raise Invalid(f"未找到资源 {cmd.resource_id}",
                          en=f"resource {cmd.resource_id} not found")
        if (cmd.quantity is None) != (resource.quantity is None):
            raise Invalid("有数量的资源须填写使用数量，不计数量的资源不填",
                          en="a counted offer is taken with a quantity, an uncounted one without")
        wanted = cmd.quantity or 0
        resource_rules.check_allocation(resource.status, resource.quantity, resource.used,
                                        wanted)
        resource = await resource_store.update(conn, resource.id, used=resource.used + wanted,
                                               updated_at=now)
        await resource_store.mark_used(conn, resource.id, now)
        await outbox.record(conn, [events.RESOURCE_UPDATED.make(
            resource.id, events.resource(resource), at=now)])
        await store.bind_resource(conn, project_id, resource.id, wanted)
        if resource.offerer_kind == OffererKind.UNIT:
            await store.add_partners(conn, project_id, [resource.offerer_id])
        await store.update(conn, project_id)
        return await emit(conn, events.PROJECT_UPDATED, project_id, now)


@named
async def record_activity(project_id: UUID, cmd: ActivityRecord, who: Principal,
                          pool: asyncpg.Pool, now: datetime) -> Activity:
    """An activity held (visit, event, service…): its units must be the project's partners."""
    async with db.transaction(pool) as conn:
        row = await store.lock(conn, project_id)
        if row is None:
            raise access.not_found("project", project_id)
        unit_ids = list(dict.fromkeys(cmd.unit_ids))
        own = access.acting_unit_id(who)
        if own is not None and await queries.is_partner(conn, project_id, own):
            unit_ids = list(dict.fromkeys([own, *unit_ids]))
        elif not await access.manages(conn, who, row["org_path"], access.PROJECT_MANAGERS):
            raise access.not_found("project", project_id)
        rules.check_holds_activities(row["status"])
        check_activity(row, held_on=cmd.held_on, participants=cmd.participants,
                       served=cmd.served, today=now.date())
        partners = set((await queries.get(conn, project_id)).partner_unit_ids)
        if set(unit_ids) - partners:
            raise Invalid("参加活动的单位须是本项目的合作单位",
                          en="an activity's units are the project's partners")
        activity = await store.insert_activity(
            conn, uuid7(), project_id=project_id, title=cmd.title, kind=cmd.kind,
            held_on=cmd.held_on, participants=cmd.participants, served=cmd.served,
            unit_ids=unit_ids, community_id=row["community_id"], org_path=row["org_path"],
            recorded_by=who.person_id, recorded_at=now)
        await outbox.record(conn, [events.ACTIVITY_RECORDED.make(
            activity.id, events.activity(activity), at=now)])
        await store.update(conn, project_id)  # its snapshot counts activities
        await emit(conn, events.PROJECT_UPDATED, project_id, now)
        return activity


async def _visible(conn: asyncpg.Connection, who: Principal, project_id: UUID) -> Project:
    project = await queries.get(conn, project_id)
    if project is not None:
        own = access.acting_unit_id(who)
        if await access.sees(conn, who, project.org_path) or (
                own is not None and own in project.partner_unit_ids):
            return project
    raise access.not_found("project", project_id)


@named
async def get_project(project_id: UUID, who: Principal, pool: asyncpg.Pool) -> Project:
    async with pool.acquire() as conn:
        return await _visible(conn, who, project_id)


@named
async def list_projects(who: Principal, pool: asyncpg.Pool, *, status: str | None,
                        community_id: UUID | None, before: UUID | None,
                        limit: int) -> list[Project]:
    async with pool.acquire() as conn:
        own = access.acting_unit_id(who)
        if who.is_staff:
            path, unit = await access.staff_scope(conn, who), None
        elif own is not None:
            path, unit = None, own
        else:
            raise Forbidden("居民和党员请查看公开的项目公示栏",
                            en="residents and members read the public board (/v1/board/projects)")
        return await queries.listing(conn, scope=path, unit_id=unit, status=status,
                                     community_id=community_id, before=before, limit=limit)


@named
async def list_activities(project_id: UUID, who: Principal, pool: asyncpg.Pool,
                          before: UUID | None, limit: int) -> list[Activity]:
    async with pool.acquire() as conn:
        await _visible(conn, who, project_id)
        return await queries.activities(conn, project_id, before, limit)

