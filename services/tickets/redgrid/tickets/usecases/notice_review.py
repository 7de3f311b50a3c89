"""公示稿 under review: proposed by the detector when the response is given, read and approved
by the office (those who may publish, in the ticket's subtree). Approval is a workflow step
(审核公示: on the timeline, with its event); nothing is public before it."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common.auth import Principal
from redgrid.common.clock import Clock
from redgrid.common.errors import NotFound
from redgrid.tickets import commands
from redgrid.tickets.domain import notices, permissions
from redgrid.tickets.domain.notices import Summary
from redgrid.tickets.domain.workflow import Action
from redgrid.tickets.models import NoticeDraft, Ticket
from redgrid.tickets.queries import notices as queries
from redgrid.tickets.queries import tickets as ticket_queries
from redgrid.tickets.store import notices as store
from redgrid.tickets.usecases.common import actionable
from redgrid.tickets.usecases.stepping import Change, step


async def propose_in(conn: asyncpg.Connection, t: Ticket, now: datetime) -> None:
    """In the publish step's transaction: the detector's proposal from the raw text."""
    names = await queries.names_on_record(conn, t.id)
    await store.propose(conn, t.id, notices.propose(t.title, t.response, names), now)


async def _draft(conn: asyncpg.Connection, t: Ticket) -> NoticeDraft:
    row = await queries.draft(conn, t.id)
    if row is None:
        if t.published_at is None:
            raise NotFound("该工单尚未公示回应，还没有公示稿",
                           en="the ticket has no response yet, so no public summary")
        # Published before review began: proposed now, stored when approved.
        names = await queries.names_on_record(conn, t.id)
        p = notices.propose(t.title, t.response, names)
        row = {"proposed_title": p.title, "proposed_response": p.response,
               "proposed_at": t.published_at, "title": None, "response": None,
               "approved_by": None, "approved_at": None}
    shown = await queries.notice(conn, t.number) is not None
    return NoticeDraft(ticket_id=t.id, number=t.number, shown=shown,
                       **{k: row[k] for k in ("proposed_title", "proposed_response",
                                              "proposed_at", "title", "response",
                                              "approved_by", "approved_at")})


async def draft(ticket_id: UUID, who: Principal, pool: asyncpg.Pool) -> NoticeDraft:
    """The office's read: only those who may approve it, in the ticket's subtree."""
    async with pool.acquire() as conn:
        t = await actionable(conn, who, await ticket_queries.get(conn, ticket_id), False)
        permissions.check(who, Action.APPROVE_NOTICE, is_reporter=False)
        return await _draft(conn, t)


async def approve(ticket_id: UUID, cmd: commands.NoticeApproval, who: Principal,
                  pool: asyncpg.Pool, clock: Clock) -> NoticeDraft:
    """审核公示: the summary as edited becomes what the public reads; it must hold no personal
    data the detector finds (422), so what shows is exactly what was approved."""
    async def decide(conn: asyncpg.Connection, t: Ticket, now: datetime) -> Change:
        names = await queries.names_on_record(conn, t.id)
        summary = notices.check_clean(Summary(cmd.title, cmd.response), names)
        await store.approve(conn, t.id, summary, by=who.person_id, now=now)
        return Change(data={"title": summary.title, "response": summary.response})

    t = await step(ticket_id, Action.APPROVE_NOTICE, who, pool, clock, decide)
    async with pool.acquire() as conn:
        return await _draft(conn, t)
