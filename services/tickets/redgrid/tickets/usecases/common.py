"""What every ticket use case needs: the snapshot event of a step, and who may see a ticket."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import outbox, scope
from redgrid.common.auth import Principal
from redgrid.common.errors import Forbidden, NotFound
from redgrid.common.events import CloudEvent
from redgrid.common.masking import mask_text
from redgrid.common.orgtree import path_ids
from redgrid.tickets import events
from redgrid.tickets.models import Ticket
from redgrid.tickets.queries import notices as notice_queries

SYSTEM = "system"  # `by` of the steps the deadline scanner takes


def ticket_event(t: Ticket, verb: str, by: str, *, reason: str | None = None,
                 note: str | None = None, correlation_id: str | None = None,
                 names: tuple[str, ...] = ()) -> CloudEvent:
    """The snapshot event of a step (by default correlated with the request or event this task
    is handling); `names`, the people on the record, masked wherever its text repeats them."""
    data = events.TicketData.of(t, events.StepData.of(by, reason, note, names), names)
    return events.BY_VERB[verb].make(t.id, data, at=t.updated_at, correlation_id=correlation_id)


def caller_event(ticket_id: UUID, phone: str | None, *,
                 correlation_id: str | None = None) -> CloudEvent:
    """Internal (never leaves the platform): the phone notifications tells a caller without an
    account on (None: erased)."""
    return events.CALLER_RECORDED.make(ticket_id, events.CallerData(ticket_id=ticket_id,
                                                                    phone=phone),
                                       correlation_id=correlation_id)


async def emit(conn: asyncpg.Connection, t: Ticket, verb: str, by: str, *,
               reason: str | None = None, note: str | None = None) -> None:
    """The step's event; the names on the ticket's record are masked in its text (a caller
    who gave their name to the hotline is known to no other service)."""
    names = await notice_queries.names_on_record(conn, t.id)
    await outbox.record(conn, [ticket_event(t, verb, by, reason=reason, note=note,
                                            names=names)])


def visible_in(t: Ticket, scope_path: str) -> bool:
    """Held in the subtree, or about a place in it."""
    return t.org_path.startswith(scope_path) or t.area_path.startswith(scope_path)


async def readable(conn: asyncpg.Connection, who: Principal, t: Ticket | None) -> Ticket:
    """The ticket if `who` may see it (its reporter, or staff of its subtree), else 404."""
    if t is not None and t.reporter_person_id is not None and t.reporter_person_id == who.person_id:
        return t
    if t is None or not who.is_staff or not visible_in(t, await scope.scope_path(conn, who)):
        raise NotFound("未找到该工单，或不在您的管辖范围内",
                       en="no such ticket, or not yours to see")
    return t


async def holder_in_scope(conn: asyncpg.Connection, who: Principal, t: Ticket) -> bool:
    return who.is_staff and t.org_path.startswith(await scope.scope_path(conn, who))


async def actionable(conn: asyncpg.Connection, who: Principal, t: Ticket | None,
                     reporter_step: bool) -> Ticket:
    """Staff act on what is held in their subtree; the reporter on their own ticket's steps."""
    t = await readable(conn, who, t)
    if reporter_step and t.reporter_person_id == who.person_id:
        return t
    if not await holder_in_scope(conn, who, t):
        raise Forbidden("该工单现由其他组织办理",
                        en="this ticket is held by another organisation now")
    return t


async def reply_to_hotline(conn: asyncpg.Connection, t: Ticket, *, outcome: str, reply: str,
                           by: str, now: datetime, master_number: str | None = None) -> None:
    """回单: a ticket filed from a 12345 order answers it (redgrid.tickets.ticket.replied)."""
    if t.external_ref is None:
        return
    data = events.ReplyData(
        ticket_id=t.id, number=t.number, external_ref=t.external_ref, channel=t.channel,
        category=t.category, appeal_kind=t.appeal_kind, outcome=outcome,
        reply=mask_text(reply), resolution=mask_text(t.resolution), master_number=master_number,
        level=t.level, org_id=t.org_id, org_path=path_ids(t.org_path),
        department=t.department, received_at=t.received_at,
        resolved_at=t.resolved_at, replied_at=now, due_at=t.due_at,
        overdue=t.due_at is not None and (t.resolved_at or now) > t.due_at, by=by)
    await outbox.record(conn, [events.REPLIED.make(t.id, data, at=now)])
