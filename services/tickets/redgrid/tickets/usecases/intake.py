"""Intake (民情受理) from every channel: numbered (一号一档), routed to its grid or its community's
queue, likely duplicates flagged; a 12345 order filed twice gives the same ticket."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db
from redgrid.common.batching import GroupCommit
from redgrid.common.auth import Principal
from redgrid.common.clock import Clock
from redgrid.common.errors import Invalid
from redgrid.common.ids import uuid7
from redgrid.tickets.commands import TicketCreate
from redgrid.tickets.domain import deadlines, duplicates, numbers
from redgrid.tickets.domain.catalogue import Rule
from redgrid.tickets.domain.intake import TicketKind, check_intake
from redgrid.tickets.domain.workflow import RECEIVED_VERB, Action, Status
from redgrid.tickets.models import Reporter, Ticket
from redgrid.tickets.queries import catalogue as catalogue_queries
from redgrid.tickets.queries import places
from redgrid.tickets.queries import tickets as queries
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases.common import emit
from redgrid.tickets.usecases.routing import first_holder, place_of


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


async def file_ticket(cmd: TicketCreate, who: Principal, pool: asyncpg.Pool, clock: Clock,
                      intake: GroupCommit | None = None) -> Filed:
    """File a matter. Through `intake` (the service's group commit) intakes that arrive
    together share one transaction; without it, this one has its own."""
    check_intake(who, cmd.channel, cmd.external_ref)
    job = Intake(cmd, who, clock.now())
    if intake is not None:
        return await intake.submit(job)
    async with db.transaction(pool) as conn:
        filed = await file_one(conn, job)
    async with pool.acquire() as conn:
        (filed,) = await read_back(conn, [filed])
    return filed


async def file_one(conn: asyncpg.Connection, job: Intake) -> Filed:
    """One intake inside a (possibly shared) transaction; raises DomainError only before it
    writes anything (the group commit relies on it)."""
    cmd = job.cmd
    if cmd.external_ref:
        await store.lock_external_ref(conn, cmd.channel, cmd.external_ref)
        existing = await queries.by_external_ref(conn, cmd.channel, cmd.external_ref)
        if existing is not None:
            return Filed(existing, created=False)
    return Filed(await file_in(conn, cmd, job.who, job.now), created=True)


async def read_back(conn: asyncpg.Connection, filed: list[Filed]) -> list[Filed]:
    """After commit: the tickets with the numbers they got then (a repeat of a 12345 order
    filed in the same batch too), and their reporters."""
    fresh = await queries.with_reporters(conn, list({f.ticket.id for f in filed}))
    return [Filed(*fresh[f.ticket.id], created=f.created) for f in filed]


def group_commit(pool: asyncpg.Pool) -> GroupCommit:
    return GroupCommit(pool, file_one, read_back)


async def file_in(conn: asyncpg.Connection, cmd: TicketCreate, who: Principal, now: datetime,
                  *, follows_id: UUID | None = None, visit_id: UUID | None = None,
                  verb: str = RECEIVED_VERB, number_now: bool = False) -> Ticket:
    """File a matter inside the caller's transaction (intake, visits, reopening). Raises
    DomainError only before its first write.

    Its number (一号一档) is taken at commit, so that the street's counter is held only for the
    commit (see migrations/0005); `number_now` takes it at once, for callers that need it in
    the same transaction, at the price of holding the counter until they commit."""
    category = await catalogue_queries.category(conn, cmd.category)
    if category is None:
        raise Invalid(f"unknown category {cmd.category!r}; see GET /v1/categories")
    reporter = cmd.reporter
    reporter_id = (reporter.person_id if reporter and who.is_staff else None) \
        or (None if who.is_staff else who.person_id)
    place = await place_of(
        conn, who, grid_id=cmd.grid_id, lat=cmd.location.lat if cmd.location else None,
        lng=cmd.location.lng if cmd.location else None, address=cmd.address,
        community_id=cmd.community_id, reporter_id=reporter_id)
    rule = await catalogue_queries.rule(conn, cmd.category, now, place.street_id)
    if rule is None:
        raise Invalid(f"no dispatch rule for {cmd.category!r} is in force")
    holder = first_holder(place)
    lat, lng = (cmd.location.lat, cmd.location.lng) if cmd.location else (None, None)
    nearby = await queries.nearby_open(conn, cmd.category, now - duplicates.WITHIN, lat, lng,
                                       cmd.address)
    dupes = [o["id"] for o in nearby
             if duplicates.likely_duplicate(cmd.category, lat, lng, cmd.address, now, o)]
    street = place.street_id or numbers.NO_STREET
    prefix = (await places.street_prefix(conn, street) if place.street_id else None) \
        or numbers.DEFAULT_PREFIX
    first_event = uuid7()  # known now, so the ticket names it for numbering at commit
    status = Status.RECEIVED
    ticket = await store.file(
        conn,
        ticket=dict(
            id=uuid7(), number=None, number_street=street, number_prefix=prefix,
            number_year=deadlines.local_day(now).year, pending_events=[first_event],
            kind=(cmd.kind or (TicketKind.MEDIATION if category.mediation
                               else TicketKind.MATTER)),
            channel=cmd.channel, appeal_kind=cmd.appeal_kind, category=cmd.category,
            title=cmd.title, description=cmd.description, status=status,
            emergency=rule.emergency, grid_id=place.grid_id, community_id=place.community_id,
            street_id=place.street_id, area_path=place.area_path, level=holder.level,
            department=holder.department, org_id=holder.org_id, org_path=holder.org_path,
            reporter_person_id=reporter_id, external_ref=cmd.external_ref, lat=lat, lng=lng,
            address=cmd.address, occurred_at=cmd.occurred_at, received_at=now,
            limit_hours=rule.limit_hours, limit_working_days=rule.limit_working_days,
            sign_hours=rule.sign_hours, follows_id=follows_id, visit_id=visit_id,
            possible_duplicates=dupes, updated_at=now),
        step=dict(action="receive", from_status=None, to_status=status,
                  by_person=who.person_id, by_roles=sorted(r.value for r in who.roles),
                  reason=None, note=None, at=now,
                  data={"channel": cmd.channel,
                        "possible_duplicates": [str(d) for d in dupes],
                        "follows_id": str(follows_id) if follows_id else None}),
        custody=dict(level=holder.level, org_id=holder.org_id, department=holder.department,
                     assignee_id=None, from_at=now, reason="intake"),
        reporter=dict(person_id=reporter_id,
                      name=reporter.name if reporter else who.name,
                      phone=reporter.phone if reporter else None,
                      address=reporter.address if reporter else None)
        if reporter or reporter_id else None,
    )
    for meta in cmd.attachments:
        await store.add_attachment(conn, uuid7(), ticket.id, who.person_id, now,
                                   **meta.model_dump())
    if ticket.kind == TicketKind.MEDIATION:
        await conn.execute("INSERT INTO mediations (ticket_id) VALUES ($1)", ticket.id)
    if number_now:
        ticket = ticket.model_copy(update={"number": await store.take_number(conn, ticket.id)})
    await emit(conn, ticket, verb, str(who.person_id), event_id=first_event)
    if cmd.accept and who.is_staff:
        ticket = await accept_in(conn, ticket, who, now, rule=rule)
    return ticket


def deadline_fields(rule_hours: int | None, rule_days: int | None, start: datetime,
                    first: bool) -> dict:
    d = deadlines.due(start, rule_hours, rule_days)
    fields = {"due_at": d.due_at, "remind_at": deadlines.remind_at(start, d.due_at),
              "calendar_covered": d.calendar_covered}
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



def group_commit_of(runtime) -> GroupCommit:
    """The process's intake group commit (made on first use; its loops run as a worker)."""
    return runtime.parts.setdefault("intake", group_commit(runtime.pool))


async def intake_worker(runtime) -> None:
    loops = asyncio.ensure_future(group_commit_of(runtime).run())
    try:
        await runtime.stopping.wait()  # set once HTTP has drained: no request waits any more
    finally:
        loops.cancel()
        await asyncio.gather(loops, return_exceptions=True)
