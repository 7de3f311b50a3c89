"""再收集 and reopening: a matter that comes back, or a new one raised at follow-up, becomes a new
ticket linked to the first (follows_id); the first keeps its file and gets a timeline entry."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import db
from redgrid.common.auth import Principal
from redgrid.common.clock import Clock
from redgrid.tickets import commands
from redgrid.tickets.domain import permissions, workflow
from redgrid.tickets.domain.workflow import Action
from redgrid.tickets.models import Ticket
from redgrid.tickets.queries import tickets as queries
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases.common import actionable
from redgrid.tickets.usecases.intake import Intake, file_in


async def _follow(ticket_id: UUID, action: Action, who: Principal, pool: asyncpg.Pool,
                  clock: Clock, make) -> Ticket:
    now = clock.now()
    async with db.transaction(pool) as conn:
        t = await store.lock(conn, ticket_id)
        is_reporter = t is not None and t.reporter_person_id == who.person_id
        t = await actionable(conn, who, t, action in permissions.REPORTER_STEPS)
        permissions.check(who, action, is_reporter=is_reporter)
        workflow.next_status(t.status, action)
        reporter = await queries.reporter(conn, t.id)
        carried = None
        if reporter is not None and who.is_staff:  # the same resident, on the new file too
            carried = commands.ReporterIn(name=reporter.name, phone=reporter.phone,
                                          address=reporter.address,
                                          person_id=reporter.person_id)
        new = await file_in(conn, Intake(make(t, carried), who, now, follows_id=t.id,
                                         verb=workflow.VERBS[action]))
        await store.add_step(conn, t.id, action, t.status, t.status, by_person=who.person_id,
                             by_roles=sorted(r.value for r in who.roles), at=now,
                             data={"follow_up_id": str(new.id), "follow_up_number": new.number})
        return await queries.get(conn, new.id)


def _same_place(t: Ticket, **fields) -> commands.TicketCreate:
    return commands.TicketCreate(
        channel=t.channel if t.channel != "12345" else "hotline",
        grid_id=t.grid_id, community_id=None if t.grid_id else t.community_id,
        location=commands.Location(lat=t.lat, lng=t.lng) if t.lat is not None else None,
        address=t.address, **fields)


async def reopen(ticket_id: UUID, cmd: commands.Reopen, who: Principal, pool: asyncpg.Pool,
                 clock: Clock) -> Ticket:
    """The same matter again (unsolved, or solved badly): a linked ticket, same place, same
    category, accepted again at once when staff reopen it."""
    def make(t: Ticket, reporter):
        return _same_place(t, appeal_kind=t.appeal_kind, category=t.category,
                           title=t.title, description=cmd.description or cmd.reason,
                           reporter=reporter, accept=who.is_staff)

    return await _follow(ticket_id, Action.REOPEN, who, pool, clock, make)


async def recollect(ticket_id: UUID, cmd: commands.Recollect, who: Principal,
                    pool: asyncpg.Pool, clock: Clock) -> Ticket:
    def make(t: Ticket, reporter):
        return _same_place(t, appeal_kind=cmd.appeal_kind, category=cmd.category,
                           title=cmd.title, description=cmd.description, reporter=reporter,
                           accept=True)

    return await _follow(ticket_id, Action.RECOLLECT, who, pool, clock, make)
