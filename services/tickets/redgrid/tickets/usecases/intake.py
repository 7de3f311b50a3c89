"""Intake (民情受理) from every channel: numbered (一号一档), routed to its grid or its community's
queue, likely duplicates flagged; a 12345 order filed twice gives the same ticket.

One intake, top to bottom: the request makes an `Intake` (a value: everything its transaction
needs, its correlation id included) → its plan (checked and placed: reads only, on the request's
own connection, every request at once) → the batch write (the intakes that arrived together
share one transaction: their numbers, rows and events; common/batching.py) → the hand-over of
the events to the relay once committed."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox, scope, tracing
from redgrid.common.auth import Principal
from redgrid.common.batching import GroupCommit, Written
from redgrid.common.errors import Invalid, NotFound
from redgrid.common.events import CloudEvent
from redgrid.common.ids import uuid7
from redgrid.common.masking import mask_text
from redgrid.tickets.commands import TicketCreate
from redgrid.tickets.domain import deadlines, duplicates, numbers
from redgrid.tickets.domain.calendar import Calendar
from redgrid.tickets.domain.catalogue import Rule
from redgrid.tickets.domain.intake import (
    REFILED_FIELDS,
    TicketKind,
    check_intake,
    refiling_conflict,
)
from redgrid.tickets.domain.routing import Place, Where, first_holder
from redgrid.tickets.domain.workflow import RECEIVED_VERB, Action, Status
from redgrid.tickets.models import Attachment, Category, NewTicket, Reporter, Ticket
from redgrid.tickets.queries import catalogue as catalogue_queries
from redgrid.tickets.queries import places
from redgrid.tickets.queries import tickets as queries
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases import photos, service_orders
from redgrid.tickets.usecases.common import caller_event, ticket_event
from redgrid.tickets.usecases.routing import place_of


@dataclass(frozen=True)
class Intake:
    """A matter to file, as a value: what, who files it, when, and what it comes from. The
    correlation id and trace context of the request go on every event the intake makes (its
    batch is written in another task); a follow-up or a visit's finding names the ticket or
    visit it comes from."""

    cmd: TicketCreate
    who: Principal
    now: datetime
    correlation_id: str | None = None
    follows_id: UUID | None = None
    visit_id: UUID | None = None
    verb: str = RECEIVED_VERB  # its first event's: received, reopened, recollected
    traceparent: str | None = field(default_factory=tracing.current)  # where it was made


@dataclass(frozen=True)
class Plan:
    """An intake checked and placed, ready to be written: everything but its number."""

    intake: Intake
    category: Category
    rule: Rule
    place: Place
    reporter_id: UUID | None
    dupes: list[UUID] = field(default_factory=list)
    prefix: str = numbers.DEFAULT_PREFIX

    @property
    def counter(self) -> tuple[UUID, int]:
        """Its number's counter: its street's (or no street's), this year's."""
        return (self.place.street_id or numbers.NO_STREET,
                deadlines.local_day(self.intake.now).year)


@dataclass(frozen=True)
class Filed:
    """A filed matter: its ticket and reporter; `created` False when the same 12345 order was
    filed before (this is that ticket)."""

    ticket: Ticket
    reporter: Reporter | None
    created: bool = True


Batches = GroupCommit[Plan, Filed]


async def file_ticket(intake: Intake, pool: asyncpg.Pool, batches: Batches) -> Filed:
    """File a matter: checked and placed on a connection of its own, then written with the
    intakes that arrive with it (the group commit's next batch)."""
    check_intake(intake.who, intake.cmd.channel, intake.cmd.external_ref)
    if intake.cmd.external_ref is not None:
        async with db.transaction(pool) as conn:
            before = await _filed_before(conn, intake)
        if before is not None:
            return before
    async with pool.acquire() as conn:
        plan = await plan_intake(conn, intake)
    return await batches.submit(plan)


async def plan_intake(conn: asyncpg.Connection, intake: Intake) -> Plan:
    """Check and place a matter; reads only (a refusal here has written nothing)."""
    cmd, who, now = intake.cmd, intake.who, intake.now
    category = await catalogue_queries.category(conn, cmd.category)
    if category is None:
        raise Invalid(f"没有「{cmd.category}」这一事项类别",
                      en=f"unknown category {cmd.category!r}; see GET /v1/categories")
    await photos.check_pending(conn, cmd.photo_ids, who)
    reporter_id = _reporter_id(cmd, who)
    lat, lng = (cmd.location.lat, cmd.location.lng) if cmd.location else (None, None)
    place = await place_of(conn, who, Where(grid_id=cmd.grid_id, lat=lat, lng=lng,
                                            address=cmd.address, community_id=cmd.community_id,
                                            reporter_id=reporter_id))
    if who.is_staff and (cmd.grid_id or cmd.community_id) and not scope.within(
            place.area_path, await scope.scope_path(conn, who)):
        # staff record matters of their own subtree; a resident reports one anywhere
        raise NotFound("您的管辖范围内没有这个网格或社区",
                       en="no such grid or community in your scope")
    rule = await catalogue_queries.rule(conn, cmd.category, now, place.street_id)
    if rule is None:
        raise Invalid(f"「{cmd.category}」类别暂无生效的派单规则",
                      en=f"no dispatch rule for {cmd.category!r} is in force")
    nearby = await queries.nearby_open(conn, cmd.category, now - duplicates.WITHIN, lat=lat,
                                       lng=lng, address=cmd.address)
    dupes = [o["id"] for o in nearby
             if duplicates.likely_duplicate(cmd.category, lat, lng, cmd.address, now, o)]
    prefix = await places.street_prefix(conn, place.street_id) if place.street_id else None
    return Plan(intake, category, rule, place, reporter_id, dupes[:duplicates.FLAGGED],
                prefix or numbers.DEFAULT_PREFIX)


def _reporter_id(cmd: TicketCreate, who: Principal) -> UUID | None:
    """Staff name the resident they file for, if they have an account; a resident files for
    themself."""
    if who.is_staff:
        return cmd.reporter.person_id if cmd.reporter else None
    return who.person_id


async def write_batch(conn: asyncpg.Connection, plans: list[Plan]) -> Written[Filed]:
    """The group commit's batch, in its transaction: a 12345 order filed meanwhile is that
    ticket; the others are written (write_new)."""
    before = [await _filed_before(conn, plan.intake) for plan in plans]
    written = await write_new(conn, [plan for plan, b in zip(plans, before, strict=True)
                                     if b is None])
    new = iter(written.results)
    return Written([b or next(new) for b in before], written.events)


async def _filed_before(conn: asyncpg.Connection, intake: Intake) -> Filed | None:
    """The ticket of a 12345 order filed before (a hotline sends one again when unsure it
    arrived); filings of the same order wait here for each other's commit, so the second finds
    the first. A re-filing with different content leaves a `conflict` note on its timeline."""
    cmd = intake.cmd
    if cmd.external_ref is None:
        return None
    await store.lock_external_ref(conn, cmd.channel, cmd.external_ref)
    found = await queries.by_external_ref(conn, cmd.channel, cmd.external_ref)
    if found is None:
        return None
    changed = refiling_conflict(_order_said(found), _order_said(cmd))
    if changed:
        await store.add_step(
            conn, found.id, "conflict", found.status, found.status,
            by_person=intake.who.person_id, by_roles=sorted(r.value for r in intake.who.roles),
            at=intake.now, note="12345 重复派单内容不一致：" + "、".join(
                REFILED_FIELDS[f] for f in changed),
            data={"external_ref": cmd.external_ref, "changed": changed,
                  "title": mask_text(cmd.title), "description": mask_text(cmd.description)})
    return Filed(found, await queries.reporter(conn, found.id), created=False)


def _order_said(o: Ticket | TicketCreate) -> dict:
    if isinstance(o, Ticket):
        location = (o.lat, o.lng) if o.lat is not None else None
    else:
        location = (o.location.lat, o.location.lng) if o.location else None
    return {"title": o.title, "description": o.description or "", "category": o.category,
            "appeal_kind": str(o.appeal_kind), "address": o.address, "location": location}


async def write_new(conn: asyncpg.Connection, plans: list[Plan]) -> Written[Filed]:
    """Planned matters written: numbered, the tickets with everything they come with in one
    statement, then each one's event (and its acceptance, when staff accept at once)."""
    if not plans:
        return Written([])
    given = await take_numbers(conn, plans)
    new = [_new_ticket(plan, number) for plan, number in zip(plans, given, strict=True)]
    tickets = await store.file(conn, new)
    filed: list[Filed] = []
    events: list[CloudEvent] = []
    for plan, made, ticket in zip(plans, new, tickets, strict=True):
        with tracing.continuing(plan.intake.traceparent):
            filed.append(await _filed_with_events(conn, plan, made, ticket, events))
    return Written(filed, events)


async def _filed_with_events(conn: asyncpg.Connection, plan: Plan, made: NewTicket,
                             ticket: Ticket, events: list[CloudEvent]) -> Filed:
    """One written matter's photos claimed and its events made (added to `events`)."""
    intake = plan.intake
    by, correlation_id = str(intake.who.person_id), intake.correlation_id
    await photos.claim(conn, intake.cmd.photo_ids, intake.who, ticket_id=ticket.id,
                       action="receive")
    names = (made.reporter.name,) if made.reporter and made.reporter.name else ()
    events.append(ticket_event(ticket, intake.verb, by, correlation_id=correlation_id,
                               names=names))
    if _caller(made.reporter):  # before its acceptance: notifications tells them of it
        events.append(caller_event(ticket.id, made.reporter.phone,
                                   correlation_id=correlation_id))
    if intake.cmd.accept and intake.who.is_staff:
        ticket = await accept_in(conn, ticket, intake.who, intake.now, rule=plan.rule)
        events.append(ticket_event(ticket, "accepted", by, correlation_id=correlation_id,
                                   names=names))
        events += service_orders.contact_shared(ticket, made.reporter, correlation_id)
    return Filed(ticket, made.reporter)


def _caller(reporter: Reporter | None) -> bool:
    """A reporter without an account whose phone staff took (hotline, window, 12345, patrol):
    told by SMS at acceptance and at the reply."""
    return reporter is not None and reporter.person_id is None and bool(reporter.phone)


async def take_numbers(conn: asyncpg.Connection, plans: list[Plan]) -> list[str]:
    """一号一档: the next numbers of each street and year, one counter statement per street.
    The counter row stays locked until commit: concurrent intakes of the street queue there,
    and a rollback gives the numbers back (no gaps, no twins)."""
    wanted: dict[tuple[UUID, int], int] = {}
    for plan in plans:
        wanted[plan.counter] = wanted.get(plan.counter, 0) + 1
    next_free = {}
    for (street, year), count in sorted(wanted.items()):  # one order: no deadlocks
        last = await store.next_sequence(conn, street, year, count)
        next_free[(street, year)] = last - count + 1
    made = []
    for plan in plans:
        seq = next_free[plan.counter]
        next_free[plan.counter] = seq + 1
        made.append(numbers.format_number(plan.prefix, plan.counter[1], seq))
    return made


# What a new matter has not had yet.
NOT_YET = dict(assignee_id=None, accepted_at=None, first_due_at=None, due_at=None,
               remind_at=None, escalation_level=0, resolved_at=None, closed_at=None,
               merged_into_id=None, resolution=None, response=None, response_public=False,
               published_at=None, rating=None, rating_comment=None, followed_up_at=None,
               anonymised_at=None, version=1)


def _new_ticket(plan: Plan, number: str) -> NewTicket:
    """A planned matter's rows: the ticket as received, held where it waits to be accepted."""
    intake, place, rule = plan.intake, plan.place, plan.rule
    cmd, who, now = intake.cmd, intake.who, intake.now
    holder = first_holder(place)
    ticket_id = uuid7()
    ticket = Ticket(
        id=ticket_id, number=number,
        kind=cmd.kind or (TicketKind.MEDIATION if plan.category.mediation else TicketKind.MATTER),
        channel=cmd.channel, appeal_kind=cmd.appeal_kind, category=cmd.category,
        title=cmd.title, description=cmd.description, status=Status.RECEIVED,
        emergency=rule.emergency, grid_id=place.grid_id, community_id=place.community_id,
        street_id=place.street_id, area_path=place.area_path, level=holder.level,
        department=holder.department, org_id=holder.org_id, org_path=holder.org_path,
        reporter_person_id=plan.reporter_id, external_ref=cmd.external_ref,
        lat=cmd.location.lat if cmd.location else None,
        lng=cmd.location.lng if cmd.location else None, address=cmd.address,
        occurred_at=cmd.occurred_at, received_at=now, limit_hours=rule.limit_hours,
        limit_working_days=rule.limit_working_days, sign_hours=rule.sign_hours,
        follows_id=intake.follows_id, visit_id=intake.visit_id,
        possible_duplicates=plan.dupes, updated_at=now, **NOT_YET)
    reporter = cmd.reporter
    if reporter is not None or plan.reporter_id is not None:
        reporter = Reporter(ticket_id=ticket_id, person_id=plan.reporter_id,
                            name=reporter.name if reporter else who.name,
                            phone=reporter.phone if reporter else None,
                            address=reporter.address if reporter else None)
    attachments = [Attachment(id=uuid7(), added_by=who.person_id, added_at=now,
                              **meta.model_dump()) for meta in cmd.attachments]
    return NewTicket(ticket, who.person_id, sorted(r.value for r in who.roles), reporter,
                     attachments)


async def file_in(conn: asyncpg.Connection, intake: Intake) -> Ticket:
    """File one matter inside the caller's transaction (a visit's findings, a follow-up)."""
    written = await write_new(conn, [await plan_intake(conn, intake)])
    await outbox.record(conn, written.events)
    return written.results[0].ticket


async def accept_in(conn: asyncpg.Connection, t: Ticket, who: Principal, now: datetime, *,
                    rule: Rule | None = None, note: str | None = None) -> Ticket:
    """受理: the clock starts; the deadline comes from the catalogue rule stored at intake. The
    caller makes the event (an intake's goes with its batch's)."""
    hours, days = (rule.limit_hours, rule.limit_working_days) if rule else \
        (t.limit_hours, t.limit_working_days)
    changes = {"status": Status.ACCEPTED, "accepted_at": now,
               **deadline_fields(hours, days, now, first=True)}
    updated = await store.update(conn, t.id, now, **changes)
    await store.add_step(conn, t.id, Action.ACCEPT, t.status, updated.status,
                         by_person=who.person_id, by_roles=sorted(r.value for r in who.roles),
                         at=now, note=note, data={"due_at": updated.due_at.isoformat()})
    return updated


def deadline_fields(rule_hours: int | None, rule_days: int | None, start: datetime,
                    first: bool, calendar: Calendar | None = None) -> dict:
    d = deadlines.due(start, rule_hours, rule_days, calendar)
    fields = {"due_at": d.due_at, "remind_at": deadlines.remind_at(start, d.due_at),
              "deadline_basis": d.basis.value, "due_from": start,
              "due_working_days": None if rule_hours else (rule_days or 1)}
    if first:
        fields["first_due_at"] = d.due_at
    return fields


def batches_of(runtime) -> Batches:
    """The process's intake group commit (made on first use; its loops run as a worker)."""
    return runtime.parts.setdefault("intake", GroupCommit(runtime.pool, write_batch,
                                                          relay=runtime.relay))


async def intake_worker(runtime) -> None:
    loops = asyncio.ensure_future(batches_of(runtime).run())
    try:
        await runtime.stopping.wait()  # set once HTTP has drained: no request waits any more
    finally:
        loops.cancel()
        await asyncio.gather(loops, return_exceptions=True)
