"""Matching's things as stored and as shown (XPublic): store and queries return these."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from pydantic import BaseModel

from redgrid.common.masking import mask_address, mask_text
from redgrid.common.rows import Row


class Order(Row):
    id: UUID
    version: int
    status: str
    service_type: str
    title: str
    description: str
    needs: list[str]
    urgency: str
    community_id: UUID
    grid_id: UUID | None
    branch_id: UUID | None
    org_path: str
    lat: float | None
    lng: float | None
    address: str | None
    resident_person_id: UUID | None
    placed_by: UUID | None
    assignee_person_id: UUID | None
    assignee_team_id: UUID | None
    window_start: datetime | None
    window_end: datetime | None
    source_ticket_id: UUID | None
    round_offers: int
    offer_expires_at: datetime | None
    dispatch_due_at: datetime | None
    rating: int | None
    comment: str | None
    hours: Decimal | None
    placed_at: datetime
    handed_over_at: datetime | None
    dispatched_at: datetime | None
    accepted_at: datetime | None
    started_at: datetime | None
    completed_at: datetime | None
    rated_at: datetime | None
    closed_at: datetime | None
    updated_at: datetime


class OrderPublic(BaseModel):
    """An order as shown: the address and free text in full only to the resident and to the
    person who took it; masked for everyone else."""

    id: UUID
    version: int
    status: str
    service_type: str
    title: str
    description: str
    needs: list[str]
    urgency: str
    community_id: UUID
    grid_id: UUID | None
    branch_id: UUID | None
    address: str | None
    resident_person_id: UUID | None
    assignee_person_id: UUID | None
    assignee_team_id: UUID | None
    window_start: datetime | None
    window_end: datetime | None
    source_ticket_id: UUID | None
    offer_expires_at: datetime | None
    rating: int | None
    comment: str | None
    hours: float | None
    placed_at: datetime
    accepted_at: datetime | None
    completed_at: datetime | None
    updated_at: datetime

    @classmethod
    def of(cls, o: Order, full: bool) -> OrderPublic:
        values = o.model_dump(include=set(cls.model_fields))
        if not full:
            values.update(address=mask_address(o.address), title=mask_text(o.title),
                          description=mask_text(o.description), comment=mask_text(o.comment))
        return cls(**values)


class OrderStep(Row):
    version: int
    verb: str
    status: str
    by_person: UUID | None
    reason: str | None
    note: str | None
    at: datetime


class Offer(Row):
    id: int
    order_id: UUID
    person_id: UUID | None
    team_id: UUID | None
    by_person: UUID | None
    offered_at: datetime
    expires_at: datetime
    outcome: str
    answered_at: datetime | None


class Team(Row):
    id: UUID
    name: str
    org_path: str
    skills: list[str]
    leader_id: UUID | None
    member_ids: list[UUID]
    active: bool


class Candidate(BaseModel):
    """One ranked candidate for an order, with the reason for each part of its score."""

    kind: str  # person, team
    id: UUID
    name: str
    grid_id: UUID | None
    score: float
    parts: dict[str, dict]


class LedgerEntry(Row):
    id: UUID
    person_id: UUID | None
    team_id: UUID | None
    order_id: UUID | None
    kind: str
    hours: float
    points: int
    community_id: UUID
    dual_report: bool
    at: datetime


class Standing(BaseModel):
    """A line of a leaderboard: a member (name masked), a team or a community."""

    rank: int
    id: UUID
    name: str | None
    hours: float
    points: int
    orders: int


class Post(Row):
    id: UUID
    kind: str
    title: str
    description: str
    community_id: UUID
    org_path: str
    seats: int
    starts_on: date
    ends_on: date
    status: str
    version: int
    created_at: datetime
    claimed: int = 0


class PostPublic(BaseModel):
    id: UUID
    kind: str
    title: str
    description: str
    community_id: UUID
    seats: int
    claimed: int
    starts_on: date
    ends_on: date
    status: str
    version: int


class Claim(Row):
    id: UUID
    post_id: UUID
    person_id: UUID
    from_on: date
    until_on: date
    status: str
    claimed_at: datetime
    released_at: datetime | None


class Roster(Row):
    id: UUID
    title: str
    community_id: UUID
    org_path: str
    frequency: str
    weekday: int
    week_of_month: int | None
    start_time: str
    end_time: str
    starts_on: date
    ends_on: date
    rota: list[UUID]
    created_at: datetime


class Duty(BaseModel):
    person_id: UUID
    starts_at: datetime
    ends_at: datetime
