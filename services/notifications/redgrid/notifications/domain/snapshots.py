"""What the notifications service reads of other services' snapshots (docs/events.md): the
fields its rules, templates and read models use, of the types they expect. An event of a routed
type whose data does not fit is dead-lettered, not told to anyone nor logged for webhooks."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel


class Snapshot(BaseModel):
    id: UUID
    version: int
    status: str
    org_path: list[UUID] = []


class TicketSeen(Snapshot):
    number: str
    title: str
    category: str | None = None
    level: str | None = None
    department: str | None = None
    due_at: datetime | None = None
    grid_id: UUID | None = None
    org_id: UUID | None = None
    assignee_id: UUID | None = None
    reporter_person_id: UUID | None = None


class StepSeen(BaseModel):
    """What an order's event says of its step (matching's StepData)."""

    by: UUID | None = None
    reason: str | None = None
    cause: str | None = None  # escalated: refused, unanswered, undispatched
    previous_person_id: UUID | None = None  # reassigned: who held it before
    previous_team_id: UUID | None = None


class CohandlerSeen(Snapshot):
    """A co-handler (协办单位) of a ticket: a grid, a community or a department."""

    ticket_id: UUID
    number: str
    title: str
    level: str
    org_id: UUID | None = None
    grid_id: UUID | None = None
    department: str | None = None
    due_at: datetime | None = None


class OrderSeen(Snapshot):
    title: str
    urgency: str | None = None
    window_start: datetime | None = None
    window_end: datetime | None = None
    community_id: UUID | None = None
    branch_id: UUID | None = None
    resident_person_id: UUID | None = None
    assignee_person_id: UUID | None = None
    assignee_team_id: UUID | None = None
    step: StepSeen = StepSeen()


class ReminderSeen(Snapshot):
    """A booked time begins soon (redgrid.matching.reminder.due): an order's window, a duty."""

    subject: str  # order, duty
    order_id: UUID | None = None
    roster_id: UUID | None = None
    person_id: UUID | None = None
    team_id: UUID | None = None
    title: str
    starts_at: datetime
    ends_at: datetime


class ClaimSeen(Snapshot):
    need_id: UUID
    unit_id: UUID
    quantity: int
    community_id: UUID | None = None


class NeedSeen(Snapshot):
    title: str
    community_id: UUID | None = None


class UnitSeen(BaseModel):
    """A co-building unit and the communities it serves (redgrid.registry.unit.*)."""

    id: UUID
    community_ids: list[UUID] = []
    version: int


class ContactSeen(BaseModel):
    """Internal (never logged, never in the public log): how to reach a person."""

    person_id: UUID
    phone: str | None = None
    email: str | None = None
    version: int


class CallerSeen(BaseModel):
    """Internal (never logged, never in the public log): how to reach a ticket's caller who has
    no account (None: erased)."""

    ticket_id: UUID
    phone: str | None = None
