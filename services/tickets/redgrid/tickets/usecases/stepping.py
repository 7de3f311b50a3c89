"""One workflow step as one transaction: the ticket locked, the step checked against the state
machine and the caller's rights, then its change, custody, the timeline entry and the snapshot
event written together."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db
from redgrid.common.auth import Principal
from redgrid.common.clock import Clock
from redgrid.tickets.domain import permissions, workflow
from redgrid.tickets.domain.routing import Holder
from redgrid.tickets.domain.workflow import Action
from redgrid.tickets.models import Ticket
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases.common import actionable, emit

END = "end"  # custody ends (resolved, closed, rejected, merged)


@dataclass
class Change:
    """What a step changes besides the status."""

    fields: dict = field(default_factory=dict)
    custody: Holder | str | None = None  # a new holder, END, or unchanged
    assignee_id: UUID | None = None
    custody_reason: str = ""
    data: dict = field(default_factory=dict)


Decide = Callable[[asyncpg.Connection, Ticket, datetime], Awaitable[Change]]
Then = Callable[[asyncpg.Connection, Ticket, datetime], Awaitable[None]]


async def apply(conn: asyncpg.Connection, t: Ticket, action: Action, change: Change, *,
                by: str, by_person: UUID | None, roles: list[str], now: datetime,
                reason: str | None = None, note: str | None = None) -> Ticket:
    """Write one step: the ticket's new version (with the milestone the step reaches first),
    custody, the timeline entry and the event."""
    after = workflow.next_status(t.status, action)
    fields = dict(change.fields)
    first = workflow.milestone(action, t.model_dump(include=set(workflow.MILESTONES.values())))
    if first is not None:
        fields[first] = now
    updated = await store.update(conn, t.id, now, status=after, **fields)
    if change.custody == END:
        await store.end_custody(conn, t.id, now)
    elif isinstance(change.custody, Holder):
        h = change.custody
        await store.hand_over(conn, t.id, now, level=h.level, org_id=h.org_id,
                              department=h.department, assignee_id=change.assignee_id,
                              reason=change.custody_reason or action.value)
    await store.add_step(conn, t.id, action, t.status, after, by_person=by_person,
                         by_roles=roles, at=now, reason=reason, note=note, data=change.data)
    await emit(conn, updated, workflow.VERBS[action], by, reason=reason, note=note)
    return updated


async def step(ticket_id: UUID, action: Action, who: Principal, pool: asyncpg.Pool,
               clock: Clock, decide: Decide | None = None, *, reason: str | None = None,
               note: str | None = None, then: Then | None = None) -> Ticket:
    now = clock.now()
    async with db.transaction(pool) as conn:
        t = await store.lock(conn, ticket_id)
        is_reporter = t is not None and t.reporter_person_id == who.person_id
        t = await actionable(conn, who, t, action in permissions.REPORTER_STEPS)
        permissions.check(who, action, is_reporter=is_reporter, assignee_id=t.assignee_id)
        workflow.next_status(t.status, action)  # 409 before any work
        change = await decide(conn, t, now) if decide else Change()
        updated = await apply(conn, t, action, change, by=str(who.person_id),
                              by_person=who.person_id, roles=sorted(r.value for r in who.roles),
                              now=now, reason=reason, note=note)
        if then is not None:
            await then(conn, updated, now)
        return updated
