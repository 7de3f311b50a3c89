"""/v1/tickets/{id}/mediation: 矛盾纠纷调解 parties, sessions and outcome."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, status

from redgrid.common.http import Auth, Now, Pool
from redgrid.tickets.commands import Agreement, MediationOpen, SessionRecord
from redgrid.tickets.models import Mediation, PartyContact
from redgrid.tickets.usecases import mediation

router = APIRouter(prefix="/v1/tickets/{ticket_id:uuid}/mediation", tags=["mediation"])


@router.put("/parties", response_model=Mediation)
async def set_parties(ticket_id: UUID, body: MediationOpen, who: Auth, pool: Pool, clock: Now):
    return await mediation.set_parties(ticket_id, body, who, pool, clock)


@router.get("/parties", response_model=list[PartyContact],
            summary="The parties' contact data: in full for the mediator and the office "
                    "(each read logged, as the reporter's)",
            responses={409: {"description": "The ticket is not a dispute under mediation"}})
async def parties(ticket_id: UUID, who: Auth, pool: Pool, clock: Now):
    return await mediation.parties_contact(ticket_id, who, pool, clock)


@router.post("/sessions", response_model=Mediation, status_code=status.HTTP_201_CREATED)
async def record_session(ticket_id: UUID, body: SessionRecord, who: Auth, pool: Pool,
                         clock: Now):
    return await mediation.record_session(ticket_id, body, who, pool, clock)


@router.put("/outcome", response_model=Mediation, summary="agreed (调解协议), failed or referred")
async def record_outcome(ticket_id: UUID, body: Agreement, who: Auth, pool: Pool, clock: Now):
    return await mediation.record_outcome(ticket_id, body, who, pool, clock)
