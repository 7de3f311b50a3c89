"""What the lists tell the city: `redgrid.lists.<entity>.<verb>`, each with the entity's full
snapshot and its version (see docs/events.md). No event carries a person's name, phone or
address; free text is left out, titles have phone numbers masked."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from redgrid.common.events import EventKind
from redgrid.common.masking import mask_text
from redgrid.common.orgtree import path_ids
from redgrid.lists import models


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


class ResourceData(_Data):
    id: UUID
    kind: str
    title: str
    quantity: int | None
    unit_of_measure: str | None
    used: int
    available_from: date | None
    available_until: date | None
    offerer_kind: str
    offerer_id: UUID
    community_id: UUID
    org_path: list[UUID]
    status: str
    version: int
    service_types: list[str] = []


class NeedData(_Data):
    id: UUID
    title: str
    community_id: UUID
    org_path: list[UUID]
    quantity: int
    claimed: int
    status: str
    version: int
    category: str
    unit_of_measure: str
    fulfilled: int
    due_on: date | None
    source_kind: str | None
    source_id: UUID | None
    resolution_id: UUID | None


class ClaimData(_Data):
    id: UUID
    need_id: UUID
    unit_id: UUID
    quantity: int
    status: str
    community_id: UUID
    org_path: list[UUID]
    version: int
    resource_id: UUID | None


class MilestoneData(_Data):
    id: UUID
    title: str
    due_on: date | None
    done_on: date | None


class ProjectData(_Data):
    id: UUID
    title: str
    status: str
    owner_org_id: UUID
    community_id: UUID | None
    org_path: list[UUID]
    partner_unit_ids: list[UUID]
    need_ids: list[UUID]
    resource_ids: list[UUID]
    milestones: list[MilestoneData]
    starts_on: date | None
    ends_on: date | None
    activities: int
    served: int
    beneficiaries: int | None
    beneficiary_kind: str
    resolution_id: UUID | None
    version: int


class ActivityData(_Data):
    id: UUID
    project_id: UUID
    title: str
    kind: str
    held_on: date
    participants: int
    served: int
    unit_ids: list[UUID]
    community_id: UUID | None
    org_path: list[UUID]
    version: int
    corrected_at: datetime | None = None
    withdrawn_at: datetime | None = None


class AgreementData(_Data):
    id: UUID
    unit_id: UUID
    community_id: UUID
    org_path: list[UUID]
    title: str
    signed_on: date
    valid_until: date | None
    status: str
    version: int


class MeetingData(_Data):
    id: UUID
    community_id: UUID
    org_path: list[UUID]
    title: str
    held_at: datetime
    attendee_kinds: list[str]
    unit_ids: list[UUID]
    resolution_ids: list[UUID]
    version: int
    corrected_at: datetime | None = None
    withdrawn_at: datetime | None = None


class ResolutionData(_Data):
    id: UUID
    meeting_id: UUID
    text: str
    community_id: UUID
    org_path: list[UUID]
    status: str
    follow_kind: str | None
    need_id: UUID | None
    project_id: UUID | None
    ticket_id: UUID | None
    due_on: date | None
    version: int


def _kind(entity: str, verb: str, model: type[BaseModel], description: str) -> EventKind:
    return EventKind("lists", entity, verb, model, description)


RESOURCE_OFFERED = _kind("resource", "offered", ResourceData, "A unit, team or member offered a "
                         "resource (资源清单)")
RESOURCE_UPDATED = _kind("resource", "updated", ResourceData, "An offer changed or was put to use")
RESOURCE_WITHDRAWN = _kind("resource", "withdrawn", ResourceData, "An offer was withdrawn")
NEED_PUBLISHED = _kind("need", "published", NeedData, "A community published a need (需求清单)")
NEED_UPDATED = _kind("need", "updated", NeedData, "A need changed, or a claim on it was released")
NEED_CLAIMED = _kind("need", "claimed", NeedData, "A unit claimed part or all of a need (精准接单)")
NEED_MET = _kind("need", "met", NeedData, "A need was fulfilled in full")
NEED_CLOSED = _kind("need", "closed", NeedData, "A need was closed without being met")
CLAIM_MADE = _kind("claim", "made", ClaimData, "A unit claimed part or all of a need")
CLAIM_CONFIRMED = _kind("claim", "confirmed", ClaimData, "The community confirmed a claim")
CLAIM_DECLINED = _kind("claim", "declined", ClaimData, "The community declined a claim")
CLAIM_WITHDRAWN = _kind("claim", "withdrawn", ClaimData, "A claim was withdrawn (by its unit, "
                        "or because the need was closed)")
CLAIM_FULFILLED = _kind("claim", "fulfilled", ClaimData, "A claim was delivered")
PROJECT_CREATED = _kind("project", "created", ProjectData, "A project was set up (项目清单)")
PROJECT_UPDATED = _kind("project", "updated", ProjectData, "A project's data, partners, needs, "
                        "resources, milestones or activity counts changed")
PROJECT_STARTED = _kind("project", "started", ProjectData, "A project started")
PROJECT_COMPLETED = _kind("project", "completed", ProjectData, "A project was completed")
PROJECT_CANCELLED = _kind("project", "cancelled", ProjectData, "A project was cancelled")
ACTIVITY_RECORDED = _kind("activity", "recorded", ActivityData, "A project held an activity")
ACTIVITY_CORRECTED = _kind("activity", "corrected", ActivityData, "A recorded activity was "
                           "corrected (the reason is kept with the record)")
ACTIVITY_WITHDRAWN = _kind("activity", "withdrawn", ActivityData, "A recorded activity was "
                           "withdrawn: it no longer counts")
AGREEMENT_SIGNED = _kind("agreement", "signed", AgreementData, "A unit and a community signed "
                         "a co-building agreement (共建协议)")
AGREEMENT_ENDED = _kind("agreement", "ended", AgreementData, "A co-building agreement ended")
MEETING_HELD = _kind("meeting", "held", MeetingData, "A joint meeting (党建联席会议) was held")
MEETING_CORRECTED = _kind("meeting", "corrected", MeetingData, "A recorded joint meeting was "
                          "corrected (the reason is kept with the record)")
MEETING_WITHDRAWN = _kind("meeting", "withdrawn", MeetingData, "A recorded joint meeting was "
                          "withdrawn: it and its resolutions no longer count")
RESOLUTION_RECORDED = _kind("resolution", "recorded", ResolutionData, "A joint meeting resolved "
                            "something")
RESOLUTION_FOLLOWING = _kind("resolution", "following", ResolutionData, "A resolution is being "
                             "followed as a need, project, ticket or work item")
RESOLUTION_DONE = _kind("resolution", "done", ResolutionData, "A resolution was carried out")
RESOLUTION_DROPPED = _kind("resolution", "dropped", ResolutionData, "What followed a resolution "
                           "ended without carrying it out")

ALL = [
    RESOURCE_OFFERED, RESOURCE_UPDATED, RESOURCE_WITHDRAWN,
    NEED_PUBLISHED, NEED_UPDATED, NEED_CLAIMED, NEED_MET, NEED_CLOSED,
    CLAIM_MADE, CLAIM_CONFIRMED, CLAIM_DECLINED, CLAIM_WITHDRAWN, CLAIM_FULFILLED,
    PROJECT_CREATED, PROJECT_UPDATED, PROJECT_STARTED, PROJECT_COMPLETED, PROJECT_CANCELLED,
    ACTIVITY_RECORDED, ACTIVITY_CORRECTED, ACTIVITY_WITHDRAWN,
    AGREEMENT_SIGNED, AGREEMENT_ENDED, MEETING_HELD, MEETING_CORRECTED, MEETING_WITHDRAWN,
    RESOLUTION_RECORDED, RESOLUTION_FOLLOWING, RESOLUTION_DONE, RESOLUTION_DROPPED,
]
RESOLUTION_BY_STATUS = {"following": RESOLUTION_FOLLOWING, "done": RESOLUTION_DONE,
                        "dropped": RESOLUTION_DROPPED}
PROJECT_BY_STEP = {"start": PROJECT_STARTED, "complete": PROJECT_COMPLETED,
                   "cancel": PROJECT_CANCELLED}


def resource(r: models.Resource) -> ResourceData:
    return ResourceData(**r.model_dump(exclude={"org_path", "title"}), title=mask_text(r.title),
                        org_path=path_ids(r.org_path))


def need(n: models.Need) -> NeedData:
    return NeedData(**n.model_dump(exclude={"org_path", "title"}), title=mask_text(n.title),
                    org_path=path_ids(n.org_path))


def claim(c: models.Claim) -> ClaimData:
    return ClaimData(**c.model_dump(exclude={"org_path"}), org_path=path_ids(c.org_path))


def project(p: models.Project) -> ProjectData:
    return ProjectData(**p.model_dump(exclude={"org_path", "title", "milestones"}),
                       title=mask_text(p.title), org_path=path_ids(p.org_path),
                       milestones=[MilestoneData(**m.model_dump()) for m in p.milestones])


def activity(a: models.Activity) -> ActivityData:
    return ActivityData(**a.model_dump(exclude={"org_path", "title"}), title=mask_text(a.title),
                        org_path=path_ids(a.org_path))


def agreement(a: models.Agreement) -> AgreementData:
    return AgreementData(**a.model_dump(exclude={"org_path", "title"}), title=mask_text(a.title),
                         org_path=path_ids(a.org_path))


def meeting(m: models.Meeting) -> MeetingData:
    return MeetingData(**m.model_dump(exclude={"org_path", "title"}), title=mask_text(m.title),
                       org_path=path_ids(m.org_path),
                       attendee_kinds=sorted({a.kind for a in m.attendees}),
                       resolution_ids=[r.id for r in m.resolutions])


def resolution(r: models.Resolution) -> ResolutionData:
    return ResolutionData(**r.model_dump(exclude={"org_path", "text"}), text=mask_text(r.text),
                          org_path=path_ids(r.org_path))
