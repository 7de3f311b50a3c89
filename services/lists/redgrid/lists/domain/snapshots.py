"""What the lists read of other services' snapshots (docs/events.md): the fields they keep, of
the types they expect. A snapshot that does not fit is dead-lettered at once, not retried."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel


class UnitSeen(BaseModel):
    """A co-building unit (共驻共建单位) and the communities it serves."""

    id: UUID
    name: str
    kind: str
    org_id: UUID
    org_path: list[UUID]
    community_ids: list[UUID] = []
    version: int


class TeamSeen(BaseModel):
    id: UUID
    name: str
    org_id: UUID
    org_path: list[UUID]
    leader_id: UUID | None = None
    active: bool = True
    version: int


class TicketSeen(BaseModel):
    """A ticket as a candidate need, and what a resolution following it takes its status from."""

    id: UUID
    number: str | None = None
    title: str
    category: str | None = None
    status: str
    community_id: UUID | None = None
    org_path: list[UUID] = []
    version: int
    updated_at: datetime | None = None


class OrderSeen(BaseModel):
    """A service order (五单制) as a candidate need."""

    id: UUID
    title: str
    service_type: str | None = None
    status: str
    community_id: UUID | None = None
    org_path: list[UUID] = []
    version: int
    updated_at: datetime | None = None
