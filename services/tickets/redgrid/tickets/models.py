"""The service's things as stored (rows) and as shown (XPublic, Notice): store and queries
return these."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from pydantic import BaseModel, Field

from redgrid.common.masking import mask_address, mask_name, mask_phone, mask_text
from redgrid.common.rows import Row
from redgrid.tickets.domain.calendar import Basis
from redgrid.tickets.domain.deadlines import (
    FALLBACK_NOTE,
    DeadlineState,
    deadline_state,
    local_iso,
    overdue,
)
from redgrid.tickets.domain.workflow import Status


class TicketBase(BaseModel):
    """A ticket as every view of it says it, in the same words: its event's snapshot
    (events.TicketData), its row (Ticket) and its answer (TicketPublic) derive from this one
    declaration, each adding what it has besides. A new field shown everywhere is one edit here
    (no personal data: the event carries it to the whole city)."""

    id: UUID
    number: str  # 一号一档, e.g. DZ-2026-000123
    version: int
    status: str
    kind: str  # matter, mediation
    channel: str
    appeal_kind: str
    category: str
    title: str
    grid_id: UUID | None
    community_id: UUID | None
    street_id: UUID | None
    org_id: UUID | None
    level: str
    department: str | None
    assignee_id: UUID | None
    reporter_person_id: UUID | None
    due_at: datetime | None
    deadline_basis: str | None = None  # calendar, package, weekdays-fallback, hours
    escalation_level: int
    external_ref: str | None
    occurred_at: datetime | None
    updated_at: datetime
    merged_into_id: UUID | None
    follows_id: UUID | None


class TicketDetails(TicketBase):
    """What the row and the answer have besides: the text and place, the milestones people
    read, the response and the rating."""

    description: str
    emergency: bool
    lat: float | None
    lng: float | None
    address: str | None
    received_at: datetime
    accepted_at: datetime | None
    first_due_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    visit_id: UUID | None
    possible_duplicates: list[UUID]
    resolution: str | None
    response: str | None
    response_public: bool
    published_at: datetime | None
    rating: int | None  # the 1–5 score, when one was given
    rating_comment: str | None
    solved: bool | None = None  # 回访: 是否解决
    satisfaction: str | None = None  # 回访: 是否满意 (domain/followups.Satisfaction)
    followup_by: UUID | None = None  # who made the 回访 call
    followup_called_at: datetime | None = None  # when


class Ticket(TicketDetails, Row):
    """The row: what the service keeps to route, time and retain the matter."""

    area_path: str
    org_path: str
    limit_hours: int | None
    limit_working_days: int | None
    sign_hours: int
    remind_at: datetime | None
    due_from: datetime | None = None  # when the current deadline's clock started
    due_working_days: int | None = None  # its limit in working days (None: hours)
    followed_up_at: datetime | None
    anonymised_at: datetime | None
    # Milestones the figures count (domain/workflow.MILESTONES): the first time it took a step.
    first_dispatched_at: datetime | None = None
    first_signed_at: datetime | None = None
    first_bounced_at: datetime | None = None
    first_escalated_at: datetime | None = None
    service_order_id: UUID | None = None  # the volunteer order a service need became
    service_order_status: str | None = None


class Reporter(Row):
    ticket_id: UUID
    person_id: UUID | None
    name: str | None
    phone: str | None
    address: str | None

    def masked(self) -> Reporter:
        return self.model_copy(update={"name": mask_name(self.name),
                                       "phone": mask_phone(self.phone),
                                       "address": mask_address(self.address)})


class ContactRead(Row):
    """One staff read of a reporter's (or a mediation's parties') full contact data (who, with
    which roles, when)."""

    reader_id: UUID
    roles: list[str]
    at: datetime
    subject: str = "reporter"  # reporter, parties


class PartyContact(Row):
    """A mediation party's contact data: in full for the mediator and the office."""

    role: str  # applicant, respondent, other
    name: str | None
    phone: str | None = None
    person_id: UUID | None = None


class Step(Row):
    id: int
    action: str
    from_status: str | None
    to_status: str
    by_person: UUID | None
    by_roles: list[str]
    reason: str | None
    note: str | None
    data: dict
    at: datetime
    # Names from the read models, in a file's timeline (queries.tickets.steps): the actor when
    # staff (a resident's name is never shown), the orgs a dispatch names in `data`.
    actor_name: str | None = None
    from_org_name: str | None = None
    by_org_name: str | None = None
    to_org_name: str | None = None


class Custody(Row):
    level: str
    org_id: UUID | None
    department: str | None
    assignee_id: UUID | None
    from_at: datetime
    to_at: datetime | None
    reason: str
    org_name: str | None = None  # from the read models (queries.tickets.custody)
    assignee_name: str | None = None


class Attachment(Row):
    id: UUID
    name: str
    content_type: str
    size: int
    sha256: str | None
    url: str | None  # a photo's: signed, made at read time, short-lived (never a public link)
    added_by: UUID | None
    added_at: datetime
    # Photos (the service keeps their bytes: usecases/photos.py)
    thumb_url: str | None = None  # signed too, a JPEG of 320 px at most
    width: int | None = None
    height: int | None = None
    action: str | None = None  # the step it came with: receive, resolve, attach, visit
    public: bool = False  # staff chose to show it on the public notice (公示)
    location_kept: bool = False  # staff kept its EXIF location on purpose (never public)
    url_expires_at: datetime | None = None


class StoredAttachment(Attachment):
    """An attachment row with where a photo's bytes are (object store keys): never shown."""

    ticket_id: UUID | None = None
    visit_id: UUID | None = None
    object_key: str | None = None
    thumb_key: str | None = None


class NoticePhoto(BaseModel):
    """A photo on the public notice: the ticket is published and staff marked it public."""

    url: str
    thumb_url: str | None
    width: int | None
    height: int | None
    url_expires_at: datetime


class MediationSession(Row):
    id: UUID
    held_at: datetime
    place: str | None
    mediator_ids: list[UUID]
    note: str


class Mediation(Row):
    ticket_id: UUID
    parties: list[dict]
    agreement: str | None
    outcome: str | None
    concluded_at: datetime | None
    sessions: list[MediationSession] = []


@dataclass(frozen=True)
class NewTicket:
    """A matter as intake writes it: its row, who filed it (the actor of its first step, the
    receipt), its reporter and its attachments. Its custody starts with it, at its holder."""

    ticket: Ticket
    by_person: UUID | None
    by_roles: list[str]
    reporter: Reporter | None
    attachments: list[Attachment]

    @property
    def receipt(self) -> dict:
        """What its first step records."""
        t = self.ticket
        return {"channel": t.channel,
                "possible_duplicates": [str(d) for d in t.possible_duplicates],
                "follows_id": str(t.follows_id) if t.follows_id else None}


class TicketRef(BaseModel):
    """Another ticket as a list names it: its number and title (phone numbers masked)."""

    id: UUID
    number: str
    title: str


class NearbyMatter(BaseModel):
    """An open matter near where a resident is about to report (已有人反映): only its number,
    its title (phone numbers and names masked), where it stands and how far; nothing of who
    reported it."""

    number: str
    title: str
    status: Status
    distance_m: int  # to the nearest ten metres


# The names a ticket's answer shows beside its ids, from the read models (grids, orgs, people):
# None where the read model has no row. Never the reporter's: that is personal data.
NAMES = ("grid_name", "community_name", "street_name", "org_name", "assignee_name")


class TicketPublic(TicketDetails):
    """A ticket as staff and its reporter see it: the reporter's data masked (in full from
    GET /v1/tickets/{id}/reporter for those whose role needs it); the place and phone numbers in
    the text masked too unless the reader is the reporter, the assignee or the office holding
    it."""

    grid_name: str | None = None
    community_name: str | None = None
    street_name: str | None = None
    org_name: str | None = None
    assignee_name: str | None = None
    reporter: Reporter | None = None
    first_due_at_local: str | None = None  # Beijing time
    due_at_local: str | None = None  # Beijing time, as a clerk reads it
    deadline_note: str | None
    overdue: bool
    deadline_state: DeadlineState | None = None  # 逾期 / 即将到期 / 正常; None: none runs
    possible_duplicate_tickets: list[TicketRef] = []  # possible_duplicates, with number, title
    allowed_actions: list[str] = []

    @classmethod
    def of(cls, t: Ticket | Mapping[str, Any], now: datetime, reporter: Reporter | None = None,
           *, address_in_full: bool = False, allowed: list[str] | None = None,
           names: Mapping[str, Any] | None = None) -> TicketPublic:
        """From a Ticket, or straight from its row (a list's fifty rows are not made Tickets
        first: that doubled the validation a page costs). The names (NAMES and the duplicates)
        from `names`, else from the row when its query joined them (queries.tickets)."""
        get = t.__getattribute__ if isinstance(t, Ticket) else t.__getitem__
        values = {name: get(name) for name in _DETAILS}
        if names is None and not isinstance(t, Ticket):
            names = t
        if names is not None:
            values.update({name: names.get(name) for name in NAMES})
            values["possible_duplicate_tickets"] = [
                TicketRef(id=d["id"], number=d["number"], title=mask_text(d["title"]))
                for d in _decoded(names.get("duplicates"))]
        if not address_in_full:  # phones in free text masked for readers who need none
            values.update(address=mask_address(values["address"]),
                          title=mask_text(values["title"]),
                          description=mask_text(values["description"]))
        values["due_at_local"] = local_iso(values["due_at"])
        values["first_due_at_local"] = local_iso(values["first_due_at"])
        values["deadline_note"] = FALLBACK_NOTE if \
            values["deadline_basis"] == Basis.FALLBACK else None
        values["overdue"] = overdue(values["due_at"], values["resolved_at"], values["status"],
                                    now)
        values["deadline_state"] = deadline_state(values["due_at"], values["resolved_at"],
                                                  values["status"], now)
        values["reporter"] = reporter
        values["allowed_actions"] = allowed or []
        return cls(**values)


_DETAILS = tuple(TicketDetails.model_fields)


def _decoded(duplicates: Any) -> list[dict]:
    """The duplicates a query gave as jsonb (asyncpg hands it over as text)."""
    if not duplicates:
        return []
    return json.loads(duplicates) if isinstance(duplicates, str) else duplicates


class Extension(Row):
    """延期申请: asked by the holder, decided by the office (domain/extensions.py)."""

    id: UUID
    ticket_id: UUID
    status: str  # asked, approved, refused
    reason: str
    due_at: datetime  # the deadline asked for
    due_before: datetime | None  # the deadline when asked
    custody_id: int = Field(0, exclude=True)  # the custody it was asked under
    asked_by: UUID | None
    asked_at: datetime
    decided_by: UUID | None
    decided_at: datetime | None
    decision: str | None


class Cohandler(Row):
    """协办单位: a grid, community or department handling a part beside the lead."""

    id: UUID
    ticket_id: UUID
    level: str
    org_id: UUID | None
    grid_id: UUID | None
    department: str | None
    org_path: str = Field("", exclude=True)  # whose scope it lies in (not shown)
    status: str  # assigned, signed, resolved
    added_at: datetime
    signed_by: UUID | None
    signed_at: datetime | None
    resolved_by: UUID | None
    resolved_at: datetime | None
    resolution: str | None


class TicketFile(BaseModel):
    """一号一档: the ticket and its complete file."""

    ticket: TicketPublic
    timeline: list[Step]
    custody: list[Custody]
    attachments: list[Attachment]
    mediation: Mediation | None = None
    linked: list[dict] = []  # merged children, follow-up tickets: id, number, status, relation
    extensions: list[Extension] = []  # 延期申请 and their decisions
    cohandlers: list[Cohandler] = []  # 协办单位 and where their parts stand


class NoticeDraft(BaseModel):
    """公示稿 under review: the detector's proposal from the raw title and response, and what
    the office approved (what the public reads), if anything yet."""

    ticket_id: UUID
    number: str
    proposed_title: str
    proposed_response: str
    proposed_at: datetime
    title: str | None
    response: str | None
    approved_by: UUID | None
    approved_at: datetime | None
    shown: bool  # approved, public, and of a category the public may see


class Notice(BaseModel):
    """公示: a resolved matter and the summary the office approved, no reporter data at all."""

    number: str
    category: str
    category_name: str
    appeal_kind: str
    title: str
    place: str | None  # cut to the building
    grid_name: str | None
    status: str
    received_at: datetime
    resolved_at: datetime | None
    published_at: datetime | None
    response: str | None
    photos: list[NoticePhoto] = []  # only those staff marked public

    @classmethod
    def of(cls, row) -> Notice:
        return cls(
            number=row["number"], category=row["category"], category_name=row["category_name"],
            appeal_kind=row["appeal_kind"], title=mask_text(row["notice_title"]),
            place=mask_address(row["address"]), grid_name=row["grid_name"],
            status=row["status"], received_at=row["received_at"],
            resolved_at=row["resolved_at"], published_at=row["published_at"],
            response=mask_text(row["notice_response"]),
        )


class CatalogueEntry(Row):
    id: UUID
    category: str
    street_id: UUID | None
    level: str
    department: str | None
    limit_hours: int | None
    limit_working_days: int | None
    emergency: bool
    sign_hours: int
    valid_from: datetime
    valid_to: datetime | None


class Category(Row):
    code: str
    name: str
    public: bool
    mediation: bool


class Visit(Row):
    id: UUID
    kind: str
    community_id: UUID | None
    grid_id: UUID | None
    visitor_id: UUID
    household: str | None
    visited_at: datetime
    note: str
    ticket_ids: list[UUID]
    recorded_at: datetime


class VisitPublic(Visit):
    photos: list[Attachment] = []  # signed URLs, made at read time

    @classmethod
    def of(cls, v: Visit) -> VisitPublic:
        return cls(**(v.model_dump() | {"household": mask_address(v.household)}))


class CalendarYear(Row):
    """A year's holiday notice as loaded (the latest version of its year)."""

    year: int
    version: int
    days_off: list[date]
    working_days: list[date]
    source: str | None
    loaded_by: UUID | None
    loaded_at: datetime


class CalendarYearPublic(BaseModel):
    """What counts for a year: the loaded notice, else the package's, and on what basis."""

    year: int
    basis: str  # calendar, package, weekdays-fallback
    days_off: list[date]
    working_days: list[date]
    loaded: CalendarYear | None = None
    rescheduled: int | None = None  # after a load: open tickets whose deadline was recounted
    note: str | None = None


class DueAnswer(BaseModel):
    """"When is this due?": the due moment in Beijing time and UTC, and its basis."""

    start: datetime
    days: int | None
    hours: int | None
    due_at: datetime  # UTC
    due_at_local: str  # Beijing time
    basis: str
    note: str | None = None


class ReplyTemplate(Row):
    """答复模板: a street office's response text for a category."""

    id: UUID
    street_id: UUID
    category: str
    title: str
    body: str
    updated_at: datetime
