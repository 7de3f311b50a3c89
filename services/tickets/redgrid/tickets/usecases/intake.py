"""Intake (民情受理) from every channel: numbered (一号一档), routed to its grid or its community's
queue, likely duplicates flagged; a 12345 order filed twice gives the same ticket."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, scope
from redgrid.common.auth import Principal
from redgrid.common.batching import GroupCommit
from redgrid.common.clock import Clock
from redgrid.common.errors import DomainError, Invalid, NotFound
from redgrid.common.ids import uuid7
from redgrid.common.outbox import Relay
from redgrid.tickets.commands import TicketCreate
from redgrid.tickets.domain import deadlines, duplicates, numbers
from redgrid.tickets.domain.calendar import Calendar
from redgrid.tickets.domain.catalogue import Rule
from redgrid.tickets.domain.intake import TicketKind, check_intake
from redgrid.tickets.domain.workflow import RECEIVED_VERB, Action, Status
from redgrid.tickets.models import Category, Reporter, Ticket
from redgrid.tickets.queries import catalogue as catalogue_queries
from redgrid.tickets.queries import places
from redgrid.tickets.queries import tickets as queries
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases import photos
from redgrid.tickets.usecases.common import emit
from redgrid.tickets.usecases.routing import Place, first_holder, place_of


@dataclass(frozen=True)
class Filed:
    ticket: Ticket
    reporter: Reporter | None | bool = False  # False: not read
    created: bool = True  # False: the same 12345 order was filed before


@dataclass(frozen=True)
class Intake:
    cmd: TicketCreate
    who: Principal
    now: datetime
    plan: Plan | None = None  # checked and placed already (reads only), or in the batch


@dataclass(frozen=True)
class Plan:
    """A matter checked and placed, ready to be written: everything but its number."""

    cmd: TicketCreate
    who: Principal
    now: datetime
    category: Category
    rule: Rule
    place: Place
    reporter_id: UUID | None
    dupes: list[UUID]
    street: UUID
    prefix: str
    follows_id: UUID | None = None
    visit_id: UUID | None = None
    verb: str = RECEIVED_VERB

    @property
    def counter(self) -> tuple[UUID, int]:
        return self.street, deadlines.local_day(self.now).year


async def file_ticket(cmd: TicketCreate, who: Principal, pool: asyncpg.Pool, clock: Clock,
                      intake: GroupCommit | None = None) -> Filed:
    """File a matter. Through `intake` (the service's group commit) intakes that arrive
    together share one transaction and one numbering; without it, this one has its own."""
    check_intake(who, cmd.channel, cmd.external_ref)
    now = clock.now()
    if intake is not None:
        plan = None
        if cmd.external_ref is None:
            # Checked and placed before it joins a batch: reads, which the requests make at
            # once each on a connection of its own, while a batch's transaction holds only
            # the numbers and the writes (half its length: the intake's latency under load).
            # Two reports of one place made in the same instant do not flag each other as
            # likely duplicates (in one batch they did); the office sees both all the same.
            async with pool.acquire() as conn:
                plan = await plan_intake(conn, cmd, who, now)
        return await intake.submit(Intake(cmd, who, now, plan))
    async with db.transaction(pool) as conn:
        (filed,) = await file_batch(conn, [Intake(cmd, who, now)])
    if isinstance(filed, DomainError):
        raise filed
    return filed


async def file_batch(conn: asyncpg.Connection, jobs: list[Intake]) -> list[Filed | DomainError]:
    """Intakes in one transaction: each checked (a refusal writes nothing), then one number
    per matter from one counter statement per street, then each written with its event."""
    out: list[Filed | DomainError | None] = [None] * len(jobs)
    plans: list[tuple[int, Plan]] = []
    for i, job in enumerate(jobs):
        cmd = job.cmd
        try:
            if cmd.external_ref:
                await store.lock_external_ref(conn, cmd.channel, cmd.external_ref)
                existing = await queries.by_external_ref(conn, cmd.channel, cmd.external_ref)
                if existing is not None:
                    out[i] = Filed(existing, created=False)
                    continue
            plans.append((i, job.plan or await plan_intake(conn, cmd, job.who, job.now)))
        except DomainError as exc:
            out[i] = exc
    if plans:
        given = await take_numbers(conn, [plan for _, plan in plans])
        written = await write_intakes(conn, [plan for _, plan in plans], given)
        for (i, _), filed in zip(plans, written):
            out[i] = filed
    return out


def group_commit(pool: asyncpg.Pool, relay: Relay | None = None) -> GroupCommit:
    return GroupCommit(pool, file_batch, relay=relay)


def group_commit_of(runtime) -> GroupCommit:
    """The process's intake group commit (made on first use; its loops run as a worker)."""
    return runtime.parts.setdefault("intake", group_commit(runtime.pool, runtime.relay))


async def intake_worker(runtime) -> None:
    loops = asyncio.ensure_future(group_commit_of(runtime).run())
    try:
        await runtime.stopping.wait()  # set once HTTP has drained: no request waits any more
    finally:
        loops.cancel()
        await asyncio.gather(loops, return_exceptions=True)


async def file_in(conn: asyncpg.Connection, cmd: TicketCreate, who: Principal, now: datetime,
                  *, follows_id: UUID | None = None, visit_id: UUID | None = None,
                  verb: str = RECEIVED_VERB) -> Ticket:
    """File one matter inside the caller's transaction (visits, reopening)."""
    plan = await plan_intake(conn, cmd, who, now, follows_id=follows_id, visit_id=visit_id,
                             verb=verb)
    (filed,) = await write_intakes(conn, [plan], await take_numbers(conn, [plan]))
    return filed.ticket


async def plan_intake(conn: asyncpg.Connection, cmd: TicketCreate, who: Principal,
                      now: datetime, *, follows_id: UUID | None = None,
                      visit_id: UUID | None = None, verb: str = RECEIVED_VERB) -> Plan:
    """Check and place a matter; reads only (a refusal here has written nothing)."""
    category = await catalogue_queries.category(conn, cmd.category)
    if category is None:
        raise Invalid(f"unknown category {cmd.category!r}; see GET /v1/categories")
    await photos.check_pending(conn, cmd.photo_ids, who)
    reporter = cmd.reporter
    reporter_id = (reporter.person_id if reporter and who.is_staff else None) \
        or (None if who.is_staff else who.person_id)
    lat, lng = (cmd.location.lat, cmd.location.lng) if cmd.location else (None, None)
    place = await place_of(conn, who, grid_id=cmd.grid_id, lat=lat, lng=lng,
                           address=cmd.address, community_id=cmd.community_id,
                           reporter_id=reporter_id)
    if who.is_staff and (cmd.grid_id or cmd.community_id) and not scope.within(
            place.area_path, await scope.scope_path(conn, who)):
        # staff record matters of their own subtree; a resident reports one anywhere
        raise NotFound("no such grid or community in your scope")
    rule = await catalogue_queries.rule(conn, cmd.category, now, place.street_id)
    if rule is None:
        raise Invalid(f"no dispatch rule for {cmd.category!r} is in force")
    nearby = await queries.nearby_open(conn, cmd.category, now - duplicates.WITHIN, lat, lng,
                                       cmd.address)
    dupes = [o["id"] for o in nearby
             if duplicates.likely_duplicate(cmd.category, lat, lng, cmd.address, now, o)
             ][:duplicates.FLAGGED]
    street = place.street_id or numbers.NO_STREET
    prefix = (await places.street_prefix(conn, street) if place.street_id else None) \
        or numbers.DEFAULT_PREFIX
    return Plan(cmd, who, now, category, rule, place, reporter_id, dupes, street, prefix,
                follows_id, visit_id, verb)


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


def _rows(plan: Plan, number: str) -> tuple[dict, dict, dict, dict | None, list[dict]]:
    """A planned matter's rows: the ticket, its first step, its custody, its reporter, its
    attachments."""
    cmd, who, now, place = plan.cmd, plan.who, plan.now, plan.place
    holder = first_holder(place)
    lat, lng = (cmd.location.lat, cmd.location.lng) if cmd.location else (None, None)
    status = Status.RECEIVED
    reporter = cmd.reporter
    ticket_id = uuid7()
    reporter_row = dict(ticket_id=ticket_id, person_id=plan.reporter_id,
                        name=reporter.name if reporter else who.name,
                        phone=reporter.phone if reporter else None,
                        address=reporter.address if reporter else None) \
        if reporter or plan.reporter_id else None
    ticket = dict(
        id=ticket_id, number=number,
        kind=(cmd.kind or (TicketKind.MEDIATION if plan.category.mediation
                           else TicketKind.MATTER)),
        channel=cmd.channel, appeal_kind=cmd.appeal_kind, category=cmd.category,
        title=cmd.title, description=cmd.description, status=status,
        emergency=plan.rule.emergency, grid_id=place.grid_id,
        community_id=place.community_id, street_id=place.street_id,
        area_path=place.area_path, level=holder.level, department=holder.department,
        org_id=holder.org_id, org_path=holder.org_path,
        reporter_person_id=plan.reporter_id, external_ref=cmd.external_ref, lat=lat,
        lng=lng, address=cmd.address, occurred_at=cmd.occurred_at, received_at=now,
        limit_hours=plan.rule.limit_hours, limit_working_days=plan.rule.limit_working_days,
        sign_hours=plan.rule.sign_hours, follows_id=plan.follows_id,
        visit_id=plan.visit_id, possible_duplicates=plan.dupes, updated_at=now)
    step = dict(ticket_id=ticket_id, action="receive", from_status=None, to_status=status,
                by_person=who.person_id, by_roles=sorted(r.value for r in who.roles),
                reason=None, note=None, at=now,
                data={"channel": cmd.channel,
                      "possible_duplicates": [str(d) for d in plan.dupes],
                      "follows_id": str(plan.follows_id) if plan.follows_id else None})
    custody = dict(ticket_id=ticket_id, level=holder.level, org_id=holder.org_id,
                   department=holder.department, assignee_id=None, from_at=now,
                   reason="intake")
    attachments = [dict(id=uuid7(), ticket_id=ticket_id, added_by=who.person_id, added_at=now,
                        **meta.model_dump()) for meta in cmd.attachments]
    return ticket, step, custody, reporter_row, attachments


async def write_intakes(conn: asyncpg.Connection, plans: list[Plan],
                        numbers_given: list[str]) -> list[Filed]:
    """Write planned matters: the tickets with everything they come with in one statement,
    then each one's event (and its acceptance, when staff accept at once)."""
    ticket_rows, steps, custody, reporters, attachments = zip(
        *(_rows(plan, number) for plan, number in zip(plans, numbers_given)))
    tickets = await store.file(conn, list(ticket_rows), list(steps), list(custody),
                               [r for r in reporters if r is not None],
                               [a for each in attachments for a in each])
    filed = []
    for plan, ticket, reporter_row in zip(plans, tickets, reporters):
        cmd, who, now = plan.cmd, plan.who, plan.now
        await photos.claim(conn, cmd.photo_ids, who, ticket_id=ticket.id, action="receive")
        await emit(conn, ticket, plan.verb, str(who.person_id))
        if cmd.accept and who.is_staff:
            ticket = await accept_in(conn, ticket, who, now, rule=plan.rule)
        filed.append(Filed(ticket, Reporter(**reporter_row) if reporter_row else None))
    return filed


def deadline_fields(rule_hours: int | None, rule_days: int | None, start: datetime,
                    first: bool, calendar: Calendar | None = None) -> dict:
    d = deadlines.due(start, rule_hours, rule_days, calendar)
    fields = {"due_at": d.due_at, "remind_at": deadlines.remind_at(start, d.due_at),
              "deadline_basis": d.basis.value, "due_from": start,
              "due_working_days": None if rule_hours else (rule_days or 1)}
    if first:
        fields["first_due_at"] = d.due_at
    return fields


async def accept_in(conn: asyncpg.Connection, t: Ticket, who: Principal, now: datetime,
                    rule: Rule | None = None, note: str | None = None) -> Ticket:
    """受理: the clock starts; the deadline comes from the catalogue rule stored at intake."""
    hours, days = (rule.limit_hours, rule.limit_working_days) if rule else \
        (t.limit_hours, t.limit_working_days)
    changes = {"status": Status.ACCEPTED, "accepted_at": now,
               **deadline_fields(hours, days, now, first=True)}
    updated = await store.update(conn, t.id, now, **changes)
    await store.add_step(conn, t.id, Action.ACCEPT, t.status, updated.status, who.person_id,
                         sorted(r.value for r in who.roles), now, note=note,
                         data={"due_at": updated.due_at.isoformat()})
    await emit(conn, updated, "accepted", str(who.person_id), note=note)
    return updated


