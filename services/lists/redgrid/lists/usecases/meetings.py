"""Joint meetings (党建联席会议) of a community with its units, owners' committee (业委会) and
property company (物业), and their resolutions, each followed until done (see tracking.py)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox, scope
from redgrid.common.auth import Principal
from redgrid.common.errors import Forbidden, Invalid
from redgrid.common.ids import uuid7
from redgrid.common.masking import mask_text
from redgrid.lists import events
from redgrid.lists.commands import (
    Follow,
    FollowAsNeed,
    FollowAsProject,
    FollowAsTicket,
    MeetingRecord,
    NeedPublish,
    StepNote,
)
from redgrid.lists.domain import meetings as rules
from redgrid.lists.domain import records
from redgrid.lists.domain.meetings import FollowKind, ResolutionStatus
from redgrid.lists.models import Meeting, Resolution
from redgrid.lists.queries import meetings as queries
from redgrid.lists.queries import needs as need_queries
from redgrid.lists.queries import projects as project_queries
from redgrid.lists.store import meetings as store
from redgrid.lists.usecases import access, needs, projects, tracking
from redgrid.lists.usecases.naming import named

UNLINKED = {"need_id": None, "project_id": None, "ticket_id": None, "assignee_unit_id": None,
            "assignee_org_id": None}


@named
async def record_meeting(cmd: MeetingRecord, who: Principal, pool: asyncpg.Pool,
                         now: datetime) -> Meeting:
    who.require(*access.MANAGERS)
    rules.check_attendees([(a.kind, a.unit_id) for a in cmd.attendees])
    records.check_meeting_time(cmd.held_at, now=now)
    async with db.transaction(pool) as conn:
        path = await access.community(conn, who, cmd.community_id)
        unit_ids = await access.known_units(conn, [a.unit_id for a in cmd.attendees
                                                   if a.unit_id is not None])
        meeting_id = uuid7()
        await store.insert_meeting(
            conn, meeting_id, community_id=cmd.community_id, org_path=path, title=cmd.title,
            held_at=cmd.held_at, place=cmd.place, unit_ids=unit_ids, agenda=cmd.agenda,
            attendees=[a.model_dump(mode="json") for a in cmd.attendees], minutes=cmd.minutes,
            recorded_by=who.person_id, recorded_at=now)
        out = []
        for seq, item in enumerate(cmd.resolutions, start=1):
            resolution = await store.insert_resolution(
                conn, uuid7(), meeting_id=meeting_id, seq=seq, text=item.text,
                due_on=item.due_on, community_id=cmd.community_id, org_path=path,
                recorded_at=now)
            out.append(events.RESOLUTION_RECORDED.make(resolution.id,
                                                       events.resolution(resolution), at=now))
        meeting = await queries.meeting(conn, meeting_id)
        await outbox.record(conn, [events.MEETING_HELD.make(meeting.id, events.meeting(meeting),
                                                            at=now), *out])
        return meeting


async def _managed(conn: asyncpg.Connection, who: Principal, resolution_id: UUID) -> Resolution:
    resolution = await store.lock_resolution(conn, resolution_id)
    if resolution is None or not await access.manages(conn, who, resolution.org_path):
        raise access.not_found("resolution", resolution_id)
    return resolution


async def _link(conn: asyncpg.Connection, who: Principal, resolution: Resolution,
                body: Follow, now: datetime) -> tuple[dict, ResolutionStatus]:
    """What the resolution will follow, and the status that gives it now."""
    if isinstance(body, FollowAsNeed):
        need = await needs.publish(conn, NeedPublish(
            **body.need.model_dump(exclude={"title"}), community_id=resolution.community_id,
            title=body.need.title or resolution.text[:120]), who, now,
            resolution_id=resolution.id)
        return {"need_id": need.id}, rules.from_need(need.status)
    if isinstance(body, FollowAsProject):
        if (body.project is None) == (body.project_id is None):
            raise Invalid("请新建项目或指定已有项目，二者选其一",
                          en="follow as a new project or as a project_id, one of the two")
        if body.project is not None:
            project = await projects.create(conn, body.project, who, now, resolution.id)
        else:
            await projects.managed(conn, who, body.project_id)
            project = await project_queries.get(conn, body.project_id)
        return {"project_id": project.id}, rules.from_project(project.status)
    if isinstance(body, FollowAsTicket):
        ticket = await need_queries.source(conn, "ticket", body.ticket_id)
        if ticket is None or not scope.within(ticket.org_path,
                                              await scope.scope_path(conn, who)):
            raise Invalid(f"尚未找到工单 {body.ticket_id}（可能仍在同步中）",
                          en=f"ticket {body.ticket_id} is not known here (yet)")
        return {"ticket_id": ticket.id}, rules.from_ticket(ticket.status)
    if body.assignee_unit_id is not None:
        await access.known_units(conn, [body.assignee_unit_id])
    if body.assignee_org_id is not None:
        await scope.ensure_within(conn, who, body.assignee_org_id)
    return ({"assignee_unit_id": body.assignee_unit_id, "assignee_org_id": body.assignee_org_id,
             "due_on": body.due_on or resolution.due_on, "note": body.note},
            ResolutionStatus.FOLLOWING)


@named
async def follow(resolution_id: UUID, body: Follow, who: Principal, pool: asyncpg.Pool,
                 now: datetime) -> Resolution:
    """Follow an open (or dropped) resolution as a need, a project, a ticket or a work item."""
    who.require(*access.MANAGERS)
    async with db.transaction(pool) as conn:
        resolution = await _managed(conn, who, resolution_id)
        rules.check_followable(resolution.status)
        meeting = await queries.meeting(conn, resolution.meeting_id)
        records.check_not_withdrawn(meeting.withdrawn_at, "决议事项所在的会议记录", "meeting")
        links, status = await _link(conn, who, resolution, body, now)
        resolution = await store.update_resolution(
            conn, resolution_id, **{**UNLINKED, **links}, follow_kind=FollowKind(body.kind),
            status=ResolutionStatus.FOLLOWING, done_at=None)
        await outbox.record(conn, [events.RESOLUTION_FOLLOWING.make(
            resolution.id, events.resolution(resolution), at=now)])
        return await tracking.settle(conn, resolution, status, now)


@named
async def work_item_done(resolution_id: UUID, cmd: StepNote, who: Principal, pool: asyncpg.Pool,
                         now: datetime) -> Resolution:
    """Staff, or the unit it was given to, mark a work item done."""
    async with db.transaction(pool) as conn:
        resolution = await store.lock_resolution(conn, resolution_id)
        own = access.acting_unit_id(who)
        if resolution is None or not (
                (own is not None and own == resolution.assignee_unit_id)
                or await access.manages(conn, who, resolution.org_path)):
            raise access.not_found("resolution", resolution_id)
        rules.check_work_item_done(resolution.status, resolution.follow_kind)
        if cmd.reason:
            resolution = await store.update_resolution(conn, resolution_id, note=cmd.reason)
        return await tracking.settle(conn, resolution, ResolutionStatus.DONE, now)


@named
async def drop(resolution_id: UUID, cmd: StepNote, who: Principal, pool: asyncpg.Pool,
               now: datetime) -> Resolution:
    """Give a resolution up; it no longer follows what it followed (which goes on by itself)."""
    async with db.transaction(pool) as conn:
        resolution = await _managed(conn, who, resolution_id)
        rules.check_droppable(resolution.status)
        resolution = await store.update_resolution(conn, resolution_id, follow_kind=None,
                                                   note=cmd.reason or resolution.note)
        return await tracking.settle(conn, resolution, ResolutionStatus.DROPPED, now)


@named
async def get_meeting(meeting_id: UUID, who: Principal, pool: asyncpg.Pool) -> Meeting:
    async with pool.acquire() as conn:
        meeting = await queries.meeting(conn, meeting_id)
        own = access.acting_unit_id(who)
        if meeting is not None and await access.sees(conn, who, meeting.org_path):
            return meeting
        if meeting is None or own is None or own not in meeting.unit_ids:
            raise access.not_found("meeting", meeting_id)
        return meeting.model_copy(update={"minutes": mask_text(meeting.minutes)})


@named
async def list_meetings(who: Principal, pool: asyncpg.Pool, *, community_id: UUID | None,
                        before: UUID | None, limit: int) -> list[Meeting]:
    async with pool.acquire() as conn:
        path, unit = await _reader(conn, who)
        return await queries.meetings(conn, scope=path, unit_id=unit, community_id=community_id,
                                      before=before, limit=limit)


@named
async def get_resolution(resolution_id: UUID, who: Principal, pool: asyncpg.Pool) -> Resolution:
    async with pool.acquire() as conn:
        resolution = await queries.resolution(conn, resolution_id)
        own = access.acting_unit_id(who)
        if resolution is None or not (
                (own is not None and own == resolution.assignee_unit_id)
                or await access.sees(conn, who, resolution.org_path)):
            raise access.not_found("resolution", resolution_id)
        return resolution


@named
async def list_resolutions(who: Principal, pool: asyncpg.Pool, *, status: str | None,
                           community_id: UUID | None, before: UUID | None,
                           limit: int) -> list[Resolution]:
    """The tracking list: staff see their subtree's resolutions, a unit those given to it."""
    async with pool.acquire() as conn:
        path, unit = await _reader(conn, who)
        return await queries.resolutions(conn, scope=path, unit_id=unit, status=status,
                                         community_id=community_id, before=before, limit=limit)


async def _reader(conn: asyncpg.Connection, who: Principal) -> tuple[str | None, UUID | None]:
    if who.is_staff:
        return await access.staff_scope(conn, who), None
    own = access.acting_unit_id(who)
    if own is None:
        raise Forbidden("只有共建单位和工作人员可以查看联席会议",
                        en="co-building units and staff read meetings")
    return None, own
