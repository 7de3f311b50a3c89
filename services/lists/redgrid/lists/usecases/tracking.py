"""Resolutions of joint meetings followed until done: each follows a need, a project or a ticket
and takes its status from it (met / completed / resolved: done; closed / cancelled / rejected:
dropped); a work item is marked done by hand. Called inside the transaction that changed the
need or project, or applied the ticket event, so the resolution never lags behind."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import outbox
from redgrid.lists import events
from redgrid.lists.domain import meetings as rules
from redgrid.lists.domain.meetings import FollowKind, ResolutionStatus
from redgrid.lists.models import Resolution
from redgrid.lists.store import meetings as store


async def settle(conn: asyncpg.Connection, resolution: Resolution, status: ResolutionStatus,
                 at: datetime) -> Resolution:
    """Give the resolution this status (and its event) unless it has it already."""
    if resolution.status == status:
        return resolution
    done_at = at if status == ResolutionStatus.DONE else None
    resolution = await store.update_resolution(conn, resolution.id, status=status,
                                               done_at=done_at)
    kind = events.RESOLUTION_BY_STATUS[status]
    await outbox.record(conn, [kind.make(resolution.id, events.resolution(resolution), at=at)])
    return resolution


async def _follow(conn: asyncpg.Connection, kind: FollowKind, column: str, link_id: UUID,
                  status: ResolutionStatus, at: datetime) -> None:
    for resolution in await store.lock_followers(conn, kind, column, link_id):
        await settle(conn, resolution, status, at)


async def after_need(conn: asyncpg.Connection, need_id: UUID, need_status: str,
                     at: datetime) -> None:
    await _follow(conn, FollowKind.NEED, "need_id", need_id, rules.from_need(need_status), at)


async def after_project(conn: asyncpg.Connection, project_id: UUID, project_status: str,
                        at: datetime) -> None:
    await _follow(conn, FollowKind.PROJECT, "project_id", project_id,
                  rules.from_project(project_status), at)


async def after_ticket(conn: asyncpg.Connection, ticket_id: UUID, ticket_status: str,
                       at: datetime) -> None:
    await _follow(conn, FollowKind.TICKET, "ticket_id", ticket_id,
                  rules.from_ticket(ticket_status), at)
