"""Reading tickets: a scope's list, one ticket's complete file (一号一档), the reporter's
contact data for those whose role needs it (every staff read logged); notes and attachments."""

from __future__ import annotations

import functools
from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, scope
from redgrid.common.auth import ADMINS, Principal, Role
from redgrid.common.clock import Clock
from redgrid.common.errors import Forbidden
from redgrid.common.ids import uuid7
from redgrid.tickets import commands
from redgrid.tickets.domain import deadlines, permissions, workflow
from redgrid.tickets.domain.deadlines import DeadlineState
from redgrid.tickets.models import (
    Attachment,
    ContactRead,
    Reporter,
    Ticket,
    TicketFile,
    TicketPublic,
)
from redgrid.tickets.queries import practice
from redgrid.tickets.queries import tickets as queries
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases import photos
from redgrid.tickets.usecases.common import holder_in_scope, readable


def _allowed(who: Principal, t: Ticket | asyncpg.Record) -> list[str]:
    status, reporter = (t.status, t.reporter_person_id) if isinstance(t, Ticket) else (
        t["status"], t["reporter_person_id"])
    return list(_steps_open_to(who.roles, status, reporter == who.person_id))


@functools.lru_cache(maxsize=1024)
def _steps_open_to(roles: frozenset, status: str, is_reporter: bool) -> tuple[str, ...]:
    """The steps a caller with these roles may take on a ticket in this status: the same for
    every ticket of a page in that status (it was a fifth of a list's CPU, asked per ticket)."""
    who = Principal(person_id=None, roles=roles)
    return tuple(a for a in workflow.allowed_actions(status)
                 if a not in ("remind", "reschedule", "rehome") and permissions.may(who, workflow.Action(a),
                                                      is_reporter=is_reporter))


async def public_view(conn: asyncpg.Connection, who: Principal, t: Ticket,
                      now: datetime, reporter: Reporter | None) -> TicketPublic:
    """The ticket as `who` may see it; `reporter` is its reporter's record (None: none)."""
    entitled = permissions.sees_reporter(
        who, is_reporter=t.reporter_person_id == who.person_id,
        is_assignee=t.assignee_id == who.person_id,
        holder_in_scope=await holder_in_scope(conn, who, t))
    return TicketPublic.of(t, now, reporter.masked() if reporter else None,
                           address_in_full=entitled, allowed=_allowed(who, t),
                           names=await queries.names(conn, t.id))


async def shown(conn: asyncpg.Connection, who: Principal, t: Ticket,
                now: datetime) -> TicketPublic:
    """The ticket as `who` may see it, its reporter read here."""
    return await public_view(conn, who, t, now, await queries.reporter(conn, t.id))


async def get_file(ticket_id: UUID, who: Principal, pool: asyncpg.Pool,
                   clock: Clock, kept: photos.Photos | None = None) -> TicketFile:
    """`kept`: the photos' store, whose URLs the attachments get (signed now, short-lived)."""
    async with pool.acquire() as conn:
        t = await readable(conn, who, await queries.get(conn, ticket_id))
        now = clock.now()
        return TicketFile(
            ticket=await shown(conn, who, t, now),
            timeline=await queries.steps(conn, t.id, t.reporter_person_id),
            custody=await queries.custody(conn, t.id),
            attachments=await photos.of_ticket(conn, t.id, kept, now) if kept
            else await queries.attachments(conn, t.id),
            mediation=_masked_mediation(await queries.mediation(conn, t.id)),
            linked=await queries.linked(conn, t),
            extensions=await practice.extensions(conn, t.id),
            cohandlers=await practice.cohandlers(conn, t.id),
        )


def _masked_mediation(m):
    from redgrid.common.masking import mask_name, mask_phone

    if m is None:
        return None
    parties = [p | {"name": mask_name(p.get("name")), "phone": mask_phone(p.get("phone"))}
               for p in m.parties]
    return m.model_copy(update={"parties": parties})


async def get_by_number(number: str, who: Principal, pool: asyncpg.Pool,
                        clock: Clock) -> TicketPublic:
    async with pool.acquire() as conn:
        t = await readable(conn, who, await queries.by_number(conn, number))
        return await shown(conn, who, t, clock.now())


async def reporter_contact(ticket_id: UUID, who: Principal, pool: asyncpg.Pool,
                           clock: Clock) -> Reporter | None:
    """In full for the reporter, the person holding the ticket and the office holding it (each
    staff read logged); masked for everyone else who may see the ticket."""
    async with db.transaction(pool) as conn:
        t = await readable(conn, who, await queries.get(conn, ticket_id))
        reporter = await queries.reporter(conn, t.id)
        if reporter is None:
            return None
        is_reporter = t.reporter_person_id == who.person_id
        if not permissions.sees_reporter(who, is_reporter=is_reporter,
                                         is_assignee=t.assignee_id == who.person_id,
                                         holder_in_scope=await holder_in_scope(conn, who, t)):
            return reporter.masked()
        if not is_reporter:
            await store.log_contact_access(conn, t.id, who.person_id,
                                           sorted(r.value for r in who.roles), clock.now())
        return reporter


async def reporter_reads(ticket_id: UUID, who: Principal, pool: asyncpg.Pool) -> list[ContactRead]:
    """Who read the reporter's contact data in full: for the reporter, and for the admins of
    the subtree the ticket lies in."""
    async with pool.acquire() as conn:
        t = await readable(conn, who, await queries.get(conn, ticket_id))
        if t.reporter_person_id != who.person_id:
            who.require(*ADMINS)
        return await queries.contact_reads(conn, t.id)


def _search(who: Principal, f: queries.Filters, scope_path: str | None,
            now: datetime) -> queries.Search:
    """`q` and the deadline state as this caller may use them: a reporter's phone or name only
    where they would see it in full (permissions.sees_reporter: the community or street office
    holding the ticket, or the person it is assigned to); the answers stay masked as ever."""
    due_from, due_before = deadlines.due_window(DeadlineState(f.deadline), now) if f.deadline \
        else (None, None)
    offices = who.is_staff and who.has(Role.COMMUNITY_ADMIN, Role.STREET_ADMIN)
    return queries.Search(text=f.q, reporters_held_in=scope_path if offices else None,
                          assignee=who.person_id if who.is_staff else None,
                          deadline=f.deadline is not None, due_from=due_from,
                          due_before=due_before)


async def list_tickets(who: Principal, pool: asyncpg.Pool, clock: Clock, f: queries.Filters,
                       after: tuple[datetime, UUID] | None, limit: int) -> list[TicketPublic]:
    now = clock.now()
    async with db.transaction(pool) as conn:  # for the listing's planner setting
        if who.is_staff:
            path = await scope.scope_path(conn, who)
            rows = await queries.listing(conn, path, None, f, after, limit,
                                         _search(who, f, path, now))
        else:
            rows = await queries.listing(conn, None, who.person_id, f, after, limit,
                                         _search(who, f, None, now))
        return [TicketPublic.of(t, now, allowed=_allowed(who, t)) for t in rows]


async def add_note(ticket_id: UUID, cmd: commands.Note, who: Principal, pool: asyncpg.Pool,
                   clock: Clock) -> None:
    """A note in the file: not a workflow step, so no new version and no event."""
    if not who.is_staff:
        raise Forbidden("只有工作人员可以在档案中添加备注", en="staff add notes to a file")
    async with db.transaction(pool) as conn:
        t = await readable(conn, who, await store.lock(conn, ticket_id))
        await store.add_step(conn, t.id, "note", t.status, t.status, by_person=who.person_id,
                             by_roles=sorted(r.value for r in who.roles), at=clock.now(),
                             note=cmd.note)


async def add_attachment(ticket_id: UUID, cmd: commands.AttachmentIn, who: Principal,
                         pool: asyncpg.Pool, clock: Clock) -> Attachment:
    async with db.transaction(pool) as conn:
        t = await readable(conn, who, await store.lock(conn, ticket_id))
        now = clock.now()
        attachment = await store.add_attachment(conn, uuid7(), t.id, who.person_id, now,
                                                **cmd.model_dump())
        await store.add_step(conn, t.id, "attach", t.status, t.status, by_person=who.person_id,
                             by_roles=sorted(r.value for r in who.roles), at=now,
                             data={"attachment_id": str(attachment.id), "name": cmd.name})
        return attachment
