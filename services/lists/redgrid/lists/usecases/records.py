"""Corrections and withdrawals of what was recorded: a project's activities and joint meetings.

A record is never deleted: a correction is checked as the record was, a withdrawal takes it out
of the figures and the public board (which are computed from what stands), and each keeps the
reason, who and when, and what the record said before (record_changes)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox
from redgrid.common.auth import Principal
from redgrid.lists import events
from redgrid.lists.commands import ActivityCorrect, MeetingCorrect, Withdrawal
from redgrid.lists.domain import records as rules
from redgrid.lists.models import Activity, Meeting
from redgrid.lists.queries import meetings as meeting_queries
from redgrid.lists.store import meetings as meeting_store
from redgrid.lists.store import projects as project_store
from redgrid.lists.store.records import note_change
from redgrid.lists.usecases import access, projects
from redgrid.lists.usecases.naming import named

ACTIVITY_FIELDS = ("title", "kind", "held_on", "participants", "served")
MEETING_FIELDS = ("title", "held_at", "place", "minutes")


async def _activity(conn: asyncpg.Connection, who: Principal, project_id: UUID,
                    activity_id: UUID) -> tuple[asyncpg.Record, Activity]:
    """The project (locked, managed by the caller) and its activity, not withdrawn."""
    project = await projects.managed(conn, who, project_id)
    activity = await project_store.lock_activity(conn, activity_id)
    if activity is None or activity.project_id != project_id:
        raise access.not_found("activity", activity_id)
    rules.check_not_withdrawn(activity.withdrawn_at, "活动记录", "activity")
    return project, activity


async def _activity_changed(conn: asyncpg.Connection, activity: Activity, kind, *,
                            project_id: UUID, now: datetime) -> Activity:
    await outbox.record(conn, [kind.make(activity.id, events.activity(activity), at=now)])
    await project_store.update(conn, project_id)  # its snapshot counts activities
    await projects.emit(conn, events.PROJECT_UPDATED, project_id, now)
    return activity


@named
async def correct_activity(project_id: UUID, activity_id: UUID, cmd: ActivityCorrect,
                           who: Principal, pool: asyncpg.Pool, now: datetime) -> Activity:
    changes = cmd.model_dump(exclude_unset=True, exclude={"reason"})
    async with db.transaction(pool) as conn:
        project, activity = await _activity(conn, who, project_id, activity_id)
        after = {**activity.model_dump(include=set(ACTIVITY_FIELDS)), **changes}
        projects.check_activity(project, held_on=after["held_on"],
                                participants=after["participants"], served=after["served"],
                                today=now.date())
        await note_change(conn, kind="activity", record_id=activity_id, action="corrected",
                          reason=cmd.reason, by=who.person_id, at=now,
                          before=activity.model_dump(mode="json",
                                                     include=set(ACTIVITY_FIELDS)))
        activity = await project_store.update_activity(conn, activity_id, **changes,
                                                       corrected_at=now)
        return await _activity_changed(conn, activity, events.ACTIVITY_CORRECTED,
                                       project_id=project_id, now=now)


@named
async def withdraw_activity(project_id: UUID, activity_id: UUID, cmd: Withdrawal,
                            who: Principal, pool: asyncpg.Pool, now: datetime) -> Activity:
    async with db.transaction(pool) as conn:
        _, activity = await _activity(conn, who, project_id, activity_id)
        await note_change(conn, kind="activity", record_id=activity_id, action="withdrawn",
                          reason=cmd.reason, by=who.person_id, at=now,
                          before=activity.model_dump(mode="json",
                                                     include=set(ACTIVITY_FIELDS)))
        activity = await project_store.update_activity(
            conn, activity_id, withdrawn_at=now, withdrawn_reason=cmd.reason)
        return await _activity_changed(conn, activity, events.ACTIVITY_WITHDRAWN,
                                       project_id=project_id, now=now)


async def _meeting(conn: asyncpg.Connection, who: Principal, meeting_id: UUID) -> Meeting:
    row = await meeting_store.lock_meeting(conn, meeting_id)
    if row is None or not await access.manages(conn, who, row["org_path"]):
        raise access.not_found("meeting", meeting_id)
    rules.check_not_withdrawn(row["withdrawn_at"], "会议记录", "meeting")
    return await meeting_queries.meeting(conn, meeting_id)


async def _meeting_changed(conn: asyncpg.Connection, meeting_id: UUID, kind,
                           now: datetime) -> Meeting:
    meeting = await meeting_queries.meeting(conn, meeting_id)
    await outbox.record(conn, [kind.make(meeting.id, events.meeting(meeting), at=now)])
    return meeting


@named
async def correct_meeting(meeting_id: UUID, cmd: MeetingCorrect, who: Principal,
                          pool: asyncpg.Pool, now: datetime) -> Meeting:
    who.require(*access.MANAGERS)
    changes = cmd.model_dump(exclude_unset=True, exclude={"reason"})
    if "held_at" in changes:
        rules.check_meeting_time(changes["held_at"], now=now)
    async with db.transaction(pool) as conn:
        meeting = await _meeting(conn, who, meeting_id)
        await note_change(conn, kind="meeting", record_id=meeting_id, action="corrected",
                          reason=cmd.reason, by=who.person_id, at=now,
                          before=meeting.model_dump(mode="json", include=set(MEETING_FIELDS)))
        await meeting_store.update_meeting(conn, meeting_id, **changes, corrected_at=now)
        return await _meeting_changed(conn, meeting_id, events.MEETING_CORRECTED, now)


@named
async def withdraw_meeting(meeting_id: UUID, cmd: Withdrawal, who: Principal,
                           pool: asyncpg.Pool, now: datetime) -> Meeting:
    """A meeting that was never held; its resolutions go with it, so none may be followed."""
    who.require(*access.MANAGERS)
    async with db.transaction(pool) as conn:
        meeting = await _meeting(conn, who, meeting_id)
        rules.check_meeting_withdrawable([r.status for r in meeting.resolutions])
        await note_change(conn, kind="meeting", record_id=meeting_id, action="withdrawn",
                          reason=cmd.reason, by=who.person_id, at=now,
                          before=meeting.model_dump(mode="json", include=set(MEETING_FIELDS)))
        await meeting_store.update_meeting(conn, meeting_id, withdrawn_at=now,
                                           withdrawn_reason=cmd.reason)
        return await _meeting_changed(conn, meeting_id, events.MEETING_WITHDRAWN, now)
