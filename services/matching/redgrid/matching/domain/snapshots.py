"""What matching reads of other services' snapshots (docs/events.md): the fields it keeps, of
the types it expects. An event whose data does not fit is dead-lettered unapplied."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pydantic import BaseModel


class TeamSeen(BaseModel):
    """A volunteer team (志愿服务队) as the registry announces it."""

    id: UUID
    name: str
    kind: str
    org_id: UUID
    org_path: list[UUID]
    skills: list[str] = []
    leader_id: UUID | None = None
    member_ids: list[UUID] = []
    active: bool = True
    version: int


class DualReportSeen(BaseModel):
    """双报到: an in-service party member or a unit registered with a community."""

    id: UUID
    kind: str
    person_id: UUID | None = None
    unit_id: UUID | None = None
    community_id: UUID
    reported_on: date
    ended_on: date | None = None


class Place(BaseModel):
    lat: float | None = None
    lng: float | None = None


class TicketSeen(BaseModel):
    """What matching reads of a ticket snapshot; other fields may come."""

    id: UUID
    version: int
    status: str
    category: str | None = None
    title: str
    number: str | None = None
    grid_id: UUID | None = None
    community_id: UUID | None = None
    reporter_person_id: UUID | None = None
    location: Place | None = None


class ContactSeen(BaseModel):
    """The registry's contact data (internal: never to the city, never logged)."""

    person_id: UUID
    phone: str | None = None
    version: int


class TicketContactSeen(BaseModel):
    """A service-need ticket's reporter as tickets shares it with matching (internal)."""

    ticket_id: UUID
    name: str | None = None
    phone: str | None = None
    address: str | None = None
