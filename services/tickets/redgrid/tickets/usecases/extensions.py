"""延期申请: the holder asks, the office approves (the holder's deadline moves) or refuses. Each
is a workflow step through stepping.step: one transaction, on the timeline, with its event."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common.auth import Principal
from redgrid.common.clock import Clock
from redgrid.common.errors import Conflict, NotFound
from redgrid.common.ids import uuid7
from redgrid.tickets import commands
from redgrid.tickets.domain import deadlines, extensions
from redgrid.tickets.domain.extensions import Decision
from redgrid.tickets.domain.workflow import Action
from redgrid.tickets.models import Extension, Ticket
from redgrid.tickets.queries import practice as queries
from redgrid.tickets.queries import tickets as ticket_queries
from redgrid.tickets.store import practice as store
from redgrid.tickets.usecases.common import readable
from redgrid.tickets.usecases.stepping import Change, step


async def ask(ticket_id: UUID, cmd: commands.ExtensionAsk, who: Principal, pool: asyncpg.Pool,
              clock: Clock) -> Ticket:
    async def decide(conn: asyncpg.Connection, t: Ticket, now: datetime) -> Change:
        extensions.check_asked(cmd.due_at, current_due=t.due_at, now=now)
        if await queries.extension_waiting(conn, t.id):
            raise Conflict("该工单已有待审批的延期申请",
                           en="an extension request of this ticket waits for a decision")
        e = await store.ask_extension(
            conn, uuid7(), t.id, reason=cmd.reason, due_at=cmd.due_at, due_before=t.due_at,
            custody_id=await queries.current_custody(conn, t.id), asked_by=who.person_id,
            at=now)
        return Change(data=_data(e))

    return await step(ticket_id, Action.ASK_EXTENSION, who, pool, clock, decide,
                      reason=cmd.reason)


async def approve(ticket_id: UUID, extension_id: UUID, cmd: commands.ExtensionDecide,
                  who: Principal, pool: asyncpg.Pool, clock: Clock) -> Ticket:
    """The deadline of the custody it was asked under moves to the one asked for; the first
    deadline (the figures') stays, and a date granted is not recounted by a calendar load."""
    async def decide(conn: asyncpg.Connection, t: Ticket, now: datetime) -> Change:
        e = await _decided(conn, t, extension_id, Decision.APPROVE, who, now, cmd.note)
        extensions.check_same_custody(e.custody_id, await queries.current_custody(conn, t.id))
        fields = {"due_at": e.due_at, "remind_at": deadlines.remind_at(now, e.due_at),
                  "due_working_days": None}
        return Change(fields, data=_data(e))

    return await step(ticket_id, Action.APPROVE_EXTENSION, who, pool, clock, decide,
                      note=cmd.note)


async def refuse(ticket_id: UUID, extension_id: UUID, cmd: commands.ExtensionRefuse,
                 who: Principal, pool: asyncpg.Pool, clock: Clock) -> Ticket:
    async def decide(conn: asyncpg.Connection, t: Ticket, now: datetime) -> Change:
        e = await _decided(conn, t, extension_id, Decision.REFUSE, who, now, cmd.reason)
        return Change(data=_data(e))

    return await step(ticket_id, Action.REFUSE_EXTENSION, who, pool, clock, decide,
                      reason=cmd.reason)


async def _decided(conn: asyncpg.Connection, t: Ticket, extension_id: UUID,
                   decision: Decision, who: Principal, now: datetime,
                   words: str | None) -> Extension:
    e = await store.lock_extension(conn, extension_id, t.id)
    if e is None:
        raise NotFound("未找到该延期申请", en="no such extension request on this ticket")
    after = extensions.decided(e.status, decision)
    extensions.check_not_own(e.asked_by, who.person_id)
    decided = await store.decide_extension(conn, e.id, after, by=who.person_id, at=now,
                                           decision=words)
    return decided.model_copy(update={"custody_id": e.custody_id})


def _data(e: Extension) -> dict:
    """What the timeline entry records."""
    return {"extension_id": str(e.id), "status": e.status, "due_at": e.due_at.isoformat(),
            "due_before": e.due_before.isoformat() if e.due_before else None}


async def list_extensions(ticket_id: UUID, who: Principal, pool: asyncpg.Pool) -> list[Extension]:
    async with pool.acquire() as conn:
        t = await readable(conn, who, await ticket_queries.get(conn, ticket_id))
        return await queries.extensions(conn, t.id)
