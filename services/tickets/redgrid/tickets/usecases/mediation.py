"""矛盾纠纷调解: a mediation ticket's parties, the sessions held and the outcome (an agreement,
a failure, or a referral), all in the ticket's file; resolving it needs the outcome."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db
from redgrid.common.auth import STAFF, Principal
from redgrid.common.clock import Clock
from redgrid.common.errors import Conflict
from redgrid.common.ids import uuid7
from redgrid.common.masking import mask_name, mask_phone
from redgrid.tickets import commands
from redgrid.tickets.domain import permissions, workflow
from redgrid.tickets.domain.intake import TicketKind
from redgrid.tickets.models import Mediation, PartyContact, Ticket
from redgrid.tickets.queries import tickets as queries
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases.common import actionable, holder_in_scope, readable
from redgrid.tickets.usecases.reading import _masked_mediation


async def _mediation_ticket(conn: asyncpg.Connection, who: Principal,
                            ticket_id: UUID) -> Ticket:
    who.require(*STAFF)
    t = await actionable(conn, who, await store.lock(conn, ticket_id), False)
    if t.kind != TicketKind.MEDIATION:
        raise Conflict("该工单不是矛盾纠纷调解",
                       en="this ticket is not a mediation (kind mediation)")
    if t.status not in workflow.OPEN:
        raise Conflict(f"该调解工单{workflow.STATUS_NAMES[t.status]}，已不在调解中",
                       en=f"a mediation that is {t.status} is not being mediated any more")
    return t


async def _log(conn: asyncpg.Connection, t: Ticket, who: Principal, what: str, *,
               now: datetime, data: dict) -> None:
    await store.add_step(conn, t.id, what, t.status, t.status, by_person=who.person_id,
                         by_roles=sorted(r.value for r in who.roles), at=now, data=data)


async def set_parties(ticket_id: UUID, cmd: commands.MediationOpen, who: Principal,
                      pool: asyncpg.Pool, clock: Clock) -> Mediation:
    async with db.transaction(pool) as conn:
        t = await _mediation_ticket(conn, who, ticket_id)
        parties = [p.model_dump(mode="json") for p in cmd.parties]
        await store.set_parties(conn, t.id, parties)
        await _log(conn, t, who, "mediation_parties", now=clock.now(),
                   data={"parties": len(parties)})
        return _masked_mediation(await queries.mediation(conn, t.id))


async def record_session(ticket_id: UUID, cmd: commands.SessionRecord, who: Principal,
                         pool: asyncpg.Pool, clock: Clock) -> Mediation:
    async with db.transaction(pool) as conn:
        t = await _mediation_ticket(conn, who, ticket_id)
        await store.add_session(conn, uuid7(), t.id, cmd.held_at, place=cmd.place,
                                mediator_ids=cmd.mediator_ids, note=cmd.note,
                                recorded_by=who.person_id)
        await _log(conn, t, who, "mediation_session", now=clock.now(),
                   data={"held_at": cmd.held_at.isoformat()})
        return _masked_mediation(await queries.mediation(conn, t.id))


async def record_outcome(ticket_id: UUID, cmd: commands.Agreement, who: Principal,
                         pool: asyncpg.Pool, clock: Clock) -> Mediation:
    now = clock.now()
    async with db.transaction(pool) as conn:
        t = await _mediation_ticket(conn, who, ticket_id)
        if not await queries.has_sessions(conn, t.id):
            raise Conflict("请先登记至少一次调解", en="record at least one mediation session first")
        await store.conclude(conn, t.id, cmd.outcome, cmd.agreement, now)
        await _log(conn, t, who, "mediation_outcome", now=now, data={"outcome": cmd.outcome})
        return _masked_mediation(await queries.mediation(conn, t.id))


async def parties_contact(ticket_id: UUID, who: Principal, pool: asyncpg.Pool,
                          clock: Clock) -> list[PartyContact]:
    """The parties' contact data: in full for the mediator and the office holding it (each
    read logged in the contact access log, as the reporter's is); masked for the others who
    may see the ticket."""
    async with db.transaction(pool) as conn:
        t = await readable(conn, who, await queries.get(conn, ticket_id))
        if t.kind != TicketKind.MEDIATION:
            raise Conflict("该工单不是矛盾纠纷调解",
                           en="this ticket is not a mediation (kind mediation)")
        m = await queries.mediation(conn, t.id)
        parties = [PartyContact.model_validate(p) for p in (m.parties if m else [])]
        is_mediator = who.is_staff and (t.assignee_id == who.person_id or await
                                        queries.mediated_by(conn, t.id, who.person_id))
        if not permissions.sees_parties(who, is_mediator=is_mediator,
                                        holder_in_scope=await holder_in_scope(conn, who, t)):
            return [p.model_copy(update={"name": mask_name(p.name), "phone": mask_phone(p.phone)})
                    for p in parties]
        await store.log_contact_access(conn, t.id, who.person_id,
                                       sorted(r.value for r in who.roles), clock.now(),
                                       subject="parties")
        return parties
