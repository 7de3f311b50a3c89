"""Intake (民情受理) from every channel: numbered (一号一档), routed to its grid or its community's
queue, likely duplicates flagged; a 12345 order filed twice gives the same ticket."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, scope
from redgrid.common.auth import Principal
from redgrid.common.clock import Clock
from redgrid.common.errors import Invalid, NotFound
from redgrid.common.ids import uuid7
from redgrid.tickets.commands import TicketCreate
from redgrid.tickets.domain import deadlines, duplicates, numbers
from redgrid.tickets.domain.catalogue import Rule
from redgrid.tickets.domain.intake import TicketKind, check_intake
from redgrid.tickets.domain.workflow import RECEIVED_VERB, Action, Status
from redgrid.tickets.models import Ticket
from redgrid.tickets.queries import catalogue as catalogue_queries
from redgrid.tickets.queries import places
from redgrid.tickets.queries import tickets as queries
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases.common import emit
from redgrid.tickets.usecases.routing import Place, first_holder, place_of


@dataclass(frozen=True)
class Filed:
    ticket: Ticket
    created: bool  # False: the same 12345 order was filed before


async def file_ticket(cmd: TicketCreate, who: Principal, pool: asyncpg.Pool,
                      clock: Clock) -> Filed:
    check_intake(who, cmd.channel, cmd.external_ref)
    async with db.transaction(pool) as conn:
        if cmd.external_ref:
            await store.lock_external_ref(conn, cmd.channel, cmd.external_ref)
            existing = await queries.by_external_ref(conn, cmd.channel, cmd.external_ref)
            if existing is not None:
                return Filed(existing, created=False)
        ticket = await file_in(conn, cmd, who, clock.now())
        return Filed(ticket, created=True)


async def file_in(conn: asyncpg.Connection, cmd: TicketCreate, who: Principal, now: datetime,
                  *, follows_id: UUID | None = None, visit_id: UUID | None = None,
                  verb: str = RECEIVED_VERB) -> Ticket:
    """File a matter inside the caller's transaction (intake, visits, reopening)."""
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
    if who.is_staff and (cmd.grid_id or cmd.community_id) and not scope.within(
            place.area_path, await scope.scope_path(conn, who)):
        # staff record matters of their own subtree; a resident reports one anywhere
        raise NotFound("no such grid or community in your scope")
    rule = await catalogue_queries.rule(conn, cmd.category, now, place.street_id)
    if rule is None:
        raise Invalid(f"no dispatch rule for {cmd.category!r} is in force")
    number = await _number(conn, place, now)
    holder = first_holder(place)
    lat, lng = (cmd.location.lat, cmd.location.lng) if cmd.location else (None, None)
    dupes = [o["id"] for o in await queries.nearby_open(conn, cmd.category,
                                                        now - duplicates.WITHIN)
             if duplicates.likely_duplicate(cmd.category, lat, lng, cmd.address, now, o)]
    ticket = await store.insert(
        conn, id=uuid7(), number=number,
        kind=(cmd.kind or (TicketKind.MEDIATION if category.mediation else TicketKind.MATTER)),
        channel=cmd.channel, appeal_kind=cmd.appeal_kind, category=cmd.category,
        title=cmd.title, description=cmd.description, status=Status.RECEIVED,
        emergency=rule.emergency, grid_id=place.grid_id, community_id=place.community_id,
        street_id=place.street_id, area_path=place.area_path, level=holder.level,
        department=holder.department, org_id=holder.org_id, org_path=holder.org_path,
        reporter_person_id=reporter_id, external_ref=cmd.external_ref, lat=lat, lng=lng,
        address=cmd.address, occurred_at=cmd.occurred_at, received_at=now,
        limit_hours=rule.limit_hours, limit_working_days=rule.limit_working_days,
        sign_hours=rule.sign_hours, follows_id=follows_id, visit_id=visit_id,
        possible_duplicates=dupes, updated_at=now,
    )
    roles = sorted(r.value for r in who.roles)
    await store.add_step(conn, ticket.id, "receive", None,
                         ticket.status, who.person_id, roles, now,
                         data={"channel": cmd.channel, "possible_duplicates":
                               [str(d) for d in dupes], "follows_id":
                               str(follows_id) if follows_id else None})
    await store.hand_over(conn, ticket.id, now, holder.level, holder.org_id, holder.department,
                          None, "intake")
    if reporter or reporter_id:
        await store.save_reporter(conn, ticket.id, reporter_id,
                                  reporter.name if reporter else who.name,
                                  reporter.phone if reporter else None,
                                  reporter.address if reporter else None)
    for meta in cmd.attachments:
        await store.add_attachment(conn, uuid7(), ticket.id, who.person_id, now,
                                   **meta.model_dump())
    if ticket.kind == TicketKind.MEDIATION:
        await conn.execute("INSERT INTO mediations (ticket_id) VALUES ($1)", ticket.id)
    await emit(conn, ticket, verb, str(who.person_id))
    if cmd.accept and who.is_staff:
        ticket = await accept_in(conn, ticket, who, now, rule=rule)
    return ticket


async def _number(conn: asyncpg.Connection, place: Place, now: datetime) -> str:
    street = place.street_id or numbers.NO_STREET
    prefix = (await places.street_prefix(conn, street) if place.street_id else None) \
        or numbers.DEFAULT_PREFIX
    year = deadlines.local_day(now).year
    return numbers.format_number(prefix, year, await store.next_sequence(conn, street, year))


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

