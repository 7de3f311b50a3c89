"""What tickets reads of other services' snapshots (docs/events.md): the fields it keeps, of
the types it expects. An event whose data does not fit is dead-lettered unapplied."""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel


class OrderStepSeen(BaseModel):
    by: UUID | None = None
    reason: str | None = None
    note: str | None = None


class OrderSeen(BaseModel):
    """A service order (matching's 五单制) as matching announces each step; other fields may
    come. Only orders placed from a ticket (source_ticket_id) concern tickets."""

    id: UUID
    version: int
    status: str
    service_type: str
    source_ticket_id: UUID | None = None
    assignee_person_id: UUID | None = None
    assignee_team_id: UUID | None = None
    hours: float | None = None
    rating: int | None = None
    step: OrderStepSeen = OrderStepSeen()
