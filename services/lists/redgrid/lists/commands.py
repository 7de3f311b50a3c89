"""Orders the lists take (request bodies): frozen, unknown fields refused, sizes capped."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field

from redgrid.common.commands import Command, Day, Moment, kept
from redgrid.lists.domain.meetings import AttendeeKind
from redgrid.lists.domain.projects import ActivityKind, Beneficiary
from redgrid.lists.domain.resources import OffererKind, ResourceKind

Title = Annotated[str, Field(min_length=1, max_length=120)]
Text = Annotated[str, Field(max_length=4000)]
Note = Annotated[str, Field(max_length=500)]
Measure = Annotated[str, Field(min_length=1, max_length=20)]  # 次, 人次, 小时, 元, 平方米, 台
# A word of the catalogue of service types (助老, 法律咨询) or an old tag it replaces, checked
# against the catalogue (GET /v1/catalogue on the registry) when used.
Category = Annotated[str, Field(min_length=1, max_length=40)]
Quantity = Annotated[int, Field(ge=1, le=1_000_000_000)]
Count = Annotated[int, Field(ge=0, le=1_000_000)]


class _Command(Command):
    """Frozen, unknown fields refused, text PostgreSQL can hold (redgrid.common.commands)."""


class ResourceOffer(_Command):
    """An offer: a unit offers its own (its token's unit); a member offers themself; a team's
    leader offers the team's; community staff record any offer for their communities."""

    kind: ResourceKind
    title: Title
    description: Text = ""
    quantity: Quantity | None = None  # none for what is not counted (expertise on call)
    unit_of_measure: Measure | None = None
    available_from: Day | None = None
    available_until: Day | None = None
    availability: Annotated[str, Field(max_length=200)] | None = None  # "每周六上午"
    community_id: UUID
    offerer_kind: OffererKind | None = None  # defaults from the token
    offerer_id: UUID | None = None
    service_types: list[Category] = Field(default_factory=list, max_length=10)  # what it serves


class ResourceUpdate(_Command):
    title: Title = kept()
    description: Text = kept()
    quantity: Quantity | None = None
    unit_of_measure: Measure | None = None
    available_from: Day | None = None
    available_until: Day | None = None
    availability: Annotated[str, Field(max_length=200)] | None = None
    service_types: Annotated[list[Category], Field(max_length=10)] = kept()


class NeedPublish(_Command):
    title: Title
    description: Text = ""
    category: Category = "综合服务"
    community_id: UUID
    quantity: Quantity = 1
    unit_of_measure: Measure = "次"
    due_on: Day | None = None


class NeedFromCandidate(_Command):
    """Promote a ticket or order to a need; what is left out is taken from it."""

    title: Title | None = None
    description: Text = ""
    quantity: Quantity = 1
    unit_of_measure: Measure = "次"
    due_on: Day | None = None


class NeedUpdate(_Command):
    title: Title = kept()
    description: Text = kept()
    quantity: Quantity = kept()
    unit_of_measure: Measure = kept()
    due_on: Day | None = None


class NeedClose(_Command):
    reason: Note


class ClaimMake(_Command):
    """A unit claims part or all of a need (精准接单); staff may record it for a unit."""

    quantity: Quantity
    unit_id: UUID | None = None  # defaults to the token's unit
    resource_id: UUID | None = None  # the unit's offer it will use
    note: Note = ""


class StepNote(_Command):
    reason: Note | None = None


class MilestoneAdd(_Command):
    title: Title
    due_on: Day | None = None


class ProjectCreate(_Command):
    title: Title
    description: Text = ""
    owner_org_id: UUID  # the organisation running it (a community, a branch, 老蔡联民工作室)
    partner_unit_ids: list[UUID] = Field(default_factory=list, max_length=200)
    need_ids: list[UUID] = Field(default_factory=list, max_length=200)
    milestones: list[MilestoneAdd] = Field(default_factory=list, max_length=50)
    starts_on: Day | None = None
    ends_on: Day | None = None
    beneficiaries: Count | None = None  # how many it serves in all (66 families)
    beneficiary_kind: Beneficiary = Beneficiary.PEOPLE


class ProjectUpdate(_Command):
    title: Title = kept()
    description: Text = kept()
    starts_on: Day | None = None
    ends_on: Day | None = None
    beneficiaries: Count | None = None
    beneficiary_kind: Beneficiary = kept()
    partner_unit_ids: Annotated[list[UUID], Field(max_length=200)] = kept()


class ProjectNeed(_Command):
    need_id: UUID


class ProjectResource(_Command):
    resource_id: UUID
    quantity: Quantity | None = None  # for counted offers: how much the project takes


class ActivityRecord(_Command):
    title: Title
    kind: ActivityKind = ActivityKind.EVENT
    held_on: Day
    participants: Count = 0  # volunteers and members who took part
    served: Count = 0  # people or households served
    unit_ids: list[UUID] = Field(default_factory=list, max_length=100)


Reason = Annotated[str, Field(min_length=2, max_length=500)]


class ActivityCorrect(_Command):
    """A correction of a recorded activity: the fields that were wrong, and why."""

    reason: Reason
    title: Title = kept()
    kind: ActivityKind = kept()
    held_on: Day = kept()
    participants: Count = kept()
    served: Count = kept()


class Withdrawal(_Command):
    """A record withdrawn (it should never have been made): why, kept on record."""

    reason: Reason


class AgreementSign(_Command):
    unit_id: UUID
    community_id: UUID
    title: Title
    terms: Text = ""
    signed_on: Day
    valid_until: Day | None = None


class AttendeeIn(_Command):
    kind: AttendeeKind
    unit_id: UUID | None = None
    name: Annotated[str, Field(max_length=100)] | None = None  # an organisation, not a person
    count: int = Field(default=1, ge=1, le=1000)


class ResolutionIn(_Command):
    text: Annotated[str, Field(min_length=1, max_length=1000)]
    due_on: Day | None = None


class MeetingRecord(_Command):
    community_id: UUID
    title: Title
    held_at: Moment
    place: Annotated[str, Field(max_length=200)] | None = None
    attendees: list[AttendeeIn] = Field(min_length=1, max_length=100)
    agenda: list[Annotated[str, Field(min_length=1, max_length=300)]] = Field(
        default_factory=list, max_length=50)
    minutes: Text = ""
    resolutions: list[ResolutionIn] = Field(default_factory=list, max_length=50)


class MeetingCorrect(_Command):
    """A correction of a recorded joint meeting: the fields that were wrong, and why."""

    reason: Reason
    title: Title = kept()
    held_at: Moment = kept()
    place: Annotated[str, Field(max_length=200)] | None = None
    minutes: Text = kept()


class FollowAsNeed(_Command):
    kind: Literal["need"]
    need: NeedFromCandidate


class FollowAsProject(_Command):
    kind: Literal["project"]
    project: ProjectCreate | None = None  # a new project…
    project_id: UUID | None = None  # …or one that exists


class FollowAsTicket(_Command):
    kind: Literal["ticket"]
    ticket_id: UUID  # a ticket the tickets service announced


class FollowAsWorkItem(_Command):
    kind: Literal["work_item"]
    assignee_unit_id: UUID | None = None
    assignee_org_id: UUID | None = None
    due_on: Day | None = None
    note: Note | None = None


Follow = Annotated[FollowAsNeed | FollowAsProject | FollowAsTicket | FollowAsWorkItem,
                   Field(discriminator="kind")]
