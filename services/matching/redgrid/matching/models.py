"""Matching's things as stored and as shown (XPublic): store and queries return these."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from uuid import UUID

from pydantic import BaseModel, Field

from redgrid.common.clock import local_iso
from redgrid.common.masking import mask_address, mask_name, mask_text
from redgrid.common.rows import Row


class OrderBase(BaseModel):
    """What every view of an order carries: the row (Order), the answer (OrderPublic) and the
    event (events.OrderData) each add their own to these. A new field is one edit here, or one
    in the view it belongs to."""

    id: UUID
    version: int
    status: str
    service_type: str
    title: str
    urgency: str
    community_id: UUID
    grid_id: UUID | None
    branch_id: UUID | None
    resident_person_id: UUID | None
    assignee_person_id: UUID | None
    assignee_team_id: UUID | None
    window_start: datetime | None
    window_end: datetime | None
    source_ticket_id: UUID | None
    rating: int | None
    hours: float | None
    updated_at: datetime


class OrderDetail(OrderBase):
    """What the service keeps and shows but does not tell the city: free text and the address
    (personal data), the milestones an answer shows."""

    description: str
    needs: list[str]
    address: str | None
    source_ticket_number: str | None = None
    offer_expires_at: datetime | None
    comment: str | None
    placed_at: datetime
    accepted_at: datetime | None
    completed_at: datetime | None


class Order(Row, OrderDetail):
    """An order as stored: the rest is the service's own bookkeeping."""

    org_path: str
    lat: float | None
    lng: float | None
    placed_by: UUID | None
    round_offers: int
    dispatch_due_at: datetime | None
    handed_over_at: datetime | None
    dispatched_at: datetime | None
    started_at: datetime | None
    rated_at: datetime | None
    closed_at: datetime | None
    contact_name: str | None = None  # personal data: OrderContact only
    contact_phone: str | None = None


# The names an order's answer shows beside its ids, from the read models (queries.orders.NAMES):
# None where the read model has no row. The resident's is personal data: masked unless the
# reader sees the order in full (its resident, or the member who took it).
NAMES = ("community_name", "grid_name", "branch_name", "resident_person_name",
         "assignee_person_name", "assignee_team_name")


class OrderPublic(OrderDetail):
    """An order as shown: the address, free text and the resident's name in full only to the
    resident and to the person who took it; masked for everyone else. Times of the window in
    Beijing time beside UTC, as the resident agreed them."""

    community_name: str | None = None
    grid_name: str | None = None
    branch_name: str | None = None
    resident_person_name: str | None = None
    assignee_person_name: str | None = None
    assignee_team_name: str | None = None
    window_start_local: str | None = None
    window_end_local: str | None = None
    offer_expires_at_local: str | None = None
    # the steps the reader may take on it now (domain.orders.ACTIONS), named as the API's paths
    allowed_actions: list[str] = Field(default_factory=list)

    @classmethod
    def of(cls, o: Order, full: bool, names: Mapping[str, Any] | None = None,
           allowed: list[str] | None = None) -> OrderPublic:
        """`names` from queries.orders (names(), or a page's row that joined them); `allowed`
        from domain.orders.allowed_actions for the reader."""
        values = o.model_dump(include=_SHOWN)
        values.update({name: names[name] for name in NAMES} if names is not None else {})
        if not full:
            values.update(address=mask_address(o.address), title=mask_text(o.title),
                          description=mask_text(o.description), comment=mask_text(o.comment),
                          resident_person_name=mask_name(values.get("resident_person_name")))
        values.update(window_start_local=local_iso(o.window_start),
                      window_end_local=local_iso(o.window_end),
                      offer_expires_at_local=local_iso(o.offer_expires_at),
                      allowed_actions=allowed or [])
        return cls(**values)


_SHOWN = set(OrderDetail.model_fields)


class OrderStep(Row):
    version: int
    verb: str
    status: str
    by_person: UUID | None
    reason: str | None
    note: str | None
    at: datetime
    # From the read models (queries.orders.steps): the resident's masked as on the order.
    actor_name: str | None = None


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
    grid_name: str | None = None
    score: float
    parts: dict[str, dict]  # each part: score, weight, name (技能, 距离…), why, why_en
    kind_label: str = ""  # 在职党员, 党员, 志愿者, 志愿服务队
    reason: str = ""  # one line in Chinese: the kind, then each reason by its name


class PointsBase(BaseModel):
    """An award of service hours and points as every view carries it: the ledger's row
    (LedgerEntry) and the event (events.PointsData)."""

    id: UUID
    person_id: UUID | None
    team_id: UUID | None
    order_id: UUID | None
    hours: float
    points: int
    community_id: UUID  # credited: the 双报到 community of an in-service member


class LedgerEntry(Row, PointsBase):
    kind: str
    dual_report: bool
    at: datetime
    # From the read models (queries.ledger.entries); the order's title with phones masked.
    person_name: str | None = None
    team_name: str | None = None
    community_name: str | None = None
    order_title: str | None = None


class Ledger(BaseModel):
    """A member's or team's totals and their newest ledger entries (GET /v1/ledger)."""

    hours: float
    points: int
    orders: int
    entries: list[LedgerEntry]


class Standing(BaseModel):
    """A line of a leaderboard: a member (name masked), a team or a community."""

    rank: int
    id: UUID
    name: str | None
    hours: float
    points: int
    orders: int


class PostBase(BaseModel):
    """What every view of a service post carries: the row (Post), the answer (PostPublic) and
    the event (events.PostData)."""

    id: UUID
    kind: str
    title: str
    community_id: UUID
    seats: int
    claimed: int
    starts_on: date
    ends_on: date
    status: str
    version: int


class Post(Row, PostBase):
    description: str
    org_path: str
    created_at: datetime
    claimed: int = 0  # a row read without counting its claims


class PostPublic(PostBase):
    description: str
    community_name: str | None = None  # from the read models

    @classmethod
    def of(cls, post: Post, community_name: str | None) -> PostPublic:
        return cls(**post.model_dump(include=_POST_SHOWN), community_name=community_name)


_POST_SHOWN = set(PostPublic.model_fields) - {"community_name"}


class Claim(Row):
    id: UUID
    post_id: UUID
    person_id: UUID
    from_on: date
    until_on: date
    status: str
    claimed_at: datetime
    released_at: datetime | None
    person_name: str | None = None  # from the read models


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
    community_name: str | None = None  # from the read models
    rota_names: list[str | None] = []  # beside rota, in its order


class Duty(BaseModel):
    person_id: UUID
    person_name: str | None = None  # from the read models
    starts_at: datetime
    ends_at: datetime


class MyDuty(Duty):
    """A turn of a duty roster, with the roster it belongs to ("my duties")."""

    roster_id: UUID
    roster_title: str
    community_id: UUID
    community_name: str | None = None
    starts_at_local: str | None = None
    ends_at_local: str | None = None


class OrderContact(BaseModel):
    """How to reach the resident, for the person who serves them: in full (each read logged)
    from accepting the order until a day after it ends (`until`), masked after."""

    order_id: UUID
    name: str | None
    phone: str | None
    address: str | None
    masked: bool
    until: datetime | None  # None: while the order runs
    until_local: str | None = None


class ContactReadEntry(Row):
    """One read of an order's contact: who, as what, when."""

    reader_id: UUID
    roles: list[str]
    at: datetime
    reader_name: str | None = None  # from the read models
