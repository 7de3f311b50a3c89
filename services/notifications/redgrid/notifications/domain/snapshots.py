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


class ClaimSeen(Snapshot):
    need_id: UUID
    unit_id: UUID
    quantity: int


class NeedSeen(Snapshot):
    title: str


class ContactSeen(BaseModel):
    """Internal (never logged, never in the public log): how to reach a person."""

    person_id: UUID
    phone: str | None = None
    email: str | None = None
    version: int
