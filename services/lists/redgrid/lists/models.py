"""The lists' things as stored and shown: store and queries return these, the API shows them.

org_path is kept as text ('/<hex>/…/') here and turned into a list of ids in events. An answer
shows a name beside each organisation, unit, team or person id it holds (`<thing>_name` beside
`<thing>_id`), filled by usecases.naming from the read models (redgrid.common.names).
"""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from pydantic import BaseModel

from redgrid.common.rows import Row


class Unit(Row):
    id: UUID
    name: str
    kind: str
    org_id: UUID
    org_path: str
    community_ids: list[UUID]
    version: int


class Team(Row):
    id: UUID
    name: str
    org_path: str
    leader_id: UUID | None
    active: bool


class Source(Row):
    """A ticket or order seen through events; a candidate need while its status allows."""

    kind: str
    id: UUID
    number: str | None
    title: str
    category: str | None
    status: str
    community_id: UUID | None
    org_path: str
    version: int
    updated_at: datetime | None
    need_id: UUID | None = None  # the need promoted from it, if any
    community_name: str | None = None


class Resource(Row):
    id: UUID
    kind: str
    title: str
    description: str
    quantity: int | None
    unit_of_measure: str | None
    used: int
    available_from: date | None
    available_until: date | None
    availability: str | None
    offerer_kind: str
    offerer_id: UUID
    community_id: UUID
    org_path: str
    status: str
    offered_at: datetime
    first_used_at: datetime | None
    withdrawn_at: datetime | None
    updated_at: datetime
    version: int
    service_types: list[str] = []  # the catalogue's words for what it serves
    offerer_name: str | None = None  # the unit's, team's or member's
    community_name: str | None = None


class Need(Row):
    id: UUID
    title: str
    description: str
    category: str
    community_id: UUID
    org_path: str
    quantity: int
    unit_of_measure: str
    claimed: int
    fulfilled: int
    status: str
    due_on: date | None
    source_kind: str | None
    source_id: UUID | None
    resolution_id: UUID | None
    published_by: UUID | None
    published_at: datetime
    met_at: datetime | None
    closed_at: datetime | None
    close_reason: str | None
    updated_at: datetime
    version: int
    community_name: str | None = None
    published_by_name: str | None = None

    @property
    def remaining(self) -> int:
        return self.quantity - self.claimed


class Claim(Row):
    id: UUID
    need_id: UUID
    unit_id: UUID
    resource_id: UUID | None
    quantity: int
    status: str
    note: str
    community_id: UUID
    org_path: str
    made_by: UUID | None
    made_at: datetime
    confirmed_at: datetime | None
    fulfilled_at: datetime | None
    ended_at: datetime | None
    reason: str | None
    version: int
    unit_name: str | None = None
    community_name: str | None = None
    made_by_name: str | None = None


class Milestone(Row):
    id: UUID
    title: str
    due_on: date | None
    done_on: date | None


class Project(Row):
    id: UUID
    title: str
    description: str
    owner_org_id: UUID
    community_id: UUID | None
    org_path: str
    status: str
    starts_on: date | None
    ends_on: date | None
    beneficiaries: int | None
    beneficiary_kind: str
    resolution_id: UUID | None
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None
    ended_at: datetime | None
    version: int
    partner_unit_ids: list[UUID] = []
    need_ids: list[UUID] = []
    resource_ids: list[UUID] = []
    milestones: list[Milestone] = []
    activities: int = 0
    visits: int = 0
    participants: int = 0
    served: int = 0
    owner_org_name: str | None = None
    community_name: str | None = None
    partner_unit_names: list[str | None] = []


class Activity(Row):
    id: UUID
    project_id: UUID
    title: str
    kind: str
    held_on: date
    participants: int
    served: int
    unit_ids: list[UUID]
    community_id: UUID | None
    org_path: str
    recorded_at: datetime
    version: int
    corrected_at: datetime | None = None
    withdrawn_at: datetime | None = None
    withdrawn_reason: str | None = None
    unit_names: list[str | None] = []
    community_name: str | None = None


class Agreement(Row):
    id: UUID
    unit_id: UUID
    community_id: UUID
    org_path: str
    title: str
    terms: str
    signed_on: date
    valid_until: date | None
    status: str
    ended_on: date | None
    created_at: datetime
    version: int
    unit_name: str | None = None
    community_name: str | None = None


class Attendee(BaseModel):
    kind: str
    unit_id: UUID | None = None
    name: str | None = None  # an organisation's name (物业公司, 业委会); never a person's
    count: int = 1


class Resolution(Row):
    id: UUID
    meeting_id: UUID
    seq: int
    text: str
    community_id: UUID
    org_path: str
    due_on: date | None
    status: str
    follow_kind: str | None
    need_id: UUID | None
    project_id: UUID | None
    ticket_id: UUID | None
    assignee_unit_id: UUID | None
    assignee_org_id: UUID | None
    note: str | None
    recorded_at: datetime
    done_at: datetime | None
    version: int
    community_name: str | None = None
    assignee_unit_name: str | None = None
    assignee_org_name: str | None = None


class Meeting(Row):
    id: UUID
    community_id: UUID
    org_path: str
    title: str
    held_at: datetime
    place: str | None
    attendees: list[Attendee]
    unit_ids: list[UUID]
    agenda: list[str]
    minutes: str
    recorded_at: datetime
    version: int
    corrected_at: datetime | None = None
    withdrawn_at: datetime | None = None
    withdrawn_reason: str | None = None
    resolutions: list[Resolution] = []
    community_name: str | None = None
    unit_names: list[str | None] = []


# What the public board shows (公示): no person, no phone, no login needed.
class BoardNeed(BaseModel):
    id: UUID
    title: str
    description: str
    category: str
    community_id: UUID
    community_name: str | None
    quantity: int
    unit_of_measure: str
    claimed: int
    remaining: int
    status: str
    due_on: date | None
    published_at: datetime
    claimed_by: list[str]  # the units' names (精准接单)


class BoardProject(BaseModel):
    id: UUID
    title: str
    description: str
    status: str
    owner: str | None
    community_id: UUID | None
    community_name: str | None
    partners: list[str]
    starts_on: date | None
    ends_on: date | None
    milestones: list[Milestone]
    activities: int
    visits: int
    served: int
    beneficiaries: int | None
    beneficiary_kind: str
