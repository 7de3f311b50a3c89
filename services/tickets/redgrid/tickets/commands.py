"""Orders the tickets service takes (request bodies): frozen, unknown fields refused, sizes
capped."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from pydantic import Field

from redgrid.common.commands import Command, Moment
from redgrid.tickets.domain.followups import Satisfaction
from redgrid.tickets.domain.intake import AppealKind, Channel, TicketKind
from redgrid.tickets.domain.routing import Level
from redgrid.tickets.domain.visits import VisitKind

Title = Annotated[str, Field(min_length=1, max_length=120)]
Text = Annotated[str, Field(max_length=4000)]
Reason = Annotated[str, Field(min_length=1, max_length=1000)]
Name = Annotated[str, Field(min_length=1, max_length=50)]
# Digits, spaces, dashes and brackets, no space at either end (text is stripped before the
# pattern is checked, so the schema must not allow one there).
Phone = Annotated[str, Field(max_length=30,
                             pattern=r"^\+?[0-9\-()][0-9\- ()]{3,28}[0-9\-()]$")]
Address = Annotated[str, Field(min_length=1, max_length=200)]
Code = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z0-9_]+$")]
ExternalRef = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")]
# Photos uploaded before the order that names them (POST /v1/photos): the order claims them
PhotoIds = Annotated[list[UUID], Field(max_length=9)]


class _Command(Command):
    """Frozen, unknown fields refused, text PostgreSQL can hold (redgrid.common.commands)."""


class Location(_Command):
    lat: float = Field(ge=-90, le=90)
    lng: float = Field(ge=-180, le=180)


class ReporterIn(_Command):
    """Who reported it; staff fill this in when they file on a resident's behalf."""

    name: Name | None = None
    phone: Phone | None = None
    address: Address | None = None
    person_id: UUID | None = None  # a resident with an account (staff filing for them)


class AttachmentIn(_Command):
    """An attachment's metadata; the file itself lives in the city's object store."""

    name: Annotated[str, Field(min_length=1, max_length=200)]
    content_type: Annotated[str, Field(max_length=100, pattern=r"^[\w.+\-]+/[\w.+\-]+$")]
    size: int = Field(ge=0, le=200 * 1024 * 1024)
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] | None = None
    url: Annotated[str, Field(max_length=500, pattern=r"^https?://")] | None = None


class TicketCreate(_Command):
    channel: Channel = Channel.ONLINE
    appeal_kind: AppealKind
    category: Code
    kind: TicketKind | None = None  # default: mediation for dispute categories
    title: Title  # a public summary: no names or phone numbers, please
    description: Text = ""
    location: Location | None = None
    address: Address | None = None
    grid_id: UUID | None = None
    community_id: UUID | None = None
    external_ref: ExternalRef | None = None  # the 12345 order number
    occurred_at: Moment | None = None
    reporter: ReporterIn | None = None
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=20)
    photo_ids: PhotoIds = Field(default_factory=list)  # uploads (POST /v1/photos) it comes with
    accept: bool = False  # staff: accept (受理) at once


class Note(_Command):
    note: Text | None = None


class ReasonGiven(_Command):
    reason: Reason


class Dispatch(_Command):
    """Where to send it; with nothing given, where the dispatch catalogue says."""

    grid_id: UUID | None = None
    level: Level | None = None
    department: Annotated[str, Field(min_length=1, max_length=60)] | None = None
    assignee_id: UUID | None = None
    note: Text | None = None


class Resolve(_Command):
    resolution: Annotated[str, Field(min_length=1, max_length=4000)]
    photo_ids: PhotoIds = Field(default_factory=list)  # 处置后: photos of the work done
    # 协办: the lead waits for its co-handlers' parts; true resolves without the ones still
    # open (they are named on the timeline).
    without_cohandlers: bool = False


class Publish(_Command):
    response: Annotated[str, Field(min_length=1, max_length=4000)]
    public: bool = True  # show it in the public notice (公示)


class NoticeApproval(_Command):
    """公示稿 as the office approves it (edited from the detector's proposal)."""

    title: Annotated[str, Field(min_length=1, max_length=200)]
    response: Annotated[str, Field(min_length=1, max_length=4000)]


class FollowUp(_Command):
    """回访: 是否解决 and 是否满意 as two answers (a 1–5 score alone is read as the 是否满意);
    staff recording a phone call say who called and when (default: themselves, now)."""

    rating: int | None = Field(None, ge=1, le=5)  # 5 very satisfied … 1 very dissatisfied
    solved: bool | None = None  # 是否解决
    satisfaction: Satisfaction | None = None  # 是否满意: 满意/基本满意/不满意/未评价
    comment: Text = ""
    called_by: UUID | None = None  # staff only: who made the call
    called_at: Moment | None = None  # staff only: when


class Merge(_Command):
    into_id: UUID
    reason: Reason


class Escalate(_Command):
    reason: Reason


class Reopen(_Command):
    reason: Reason
    description: Text = ""


class Recollect(_Command):
    """再收集: a new matter raised at follow-up, filed as a linked ticket."""

    category: Code
    appeal_kind: AppealKind
    title: Title
    description: Text = ""


class CatalogueEntryCreate(_Command):
    category: Code
    street_id: UUID | None = None  # None: the city-wide default (system only)
    level: Level
    department: Annotated[str, Field(min_length=1, max_length=60)] | None = None
    limit_hours: int | None = Field(default=None, ge=1, le=24 * 30)
    limit_working_days: int | None = Field(default=None, ge=1, le=90)
    emergency: bool = False
    sign_hours: int = Field(default=24, ge=1, le=24 * 7)
    valid_from: Moment
    valid_to: Moment | None = None


class PrefixSet(_Command):
    prefix: Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9]{0,11}$")]


class CalendarLoad(_Command):
    """A year's holiday notice (国务院办公厅关于…年部分节假日安排的通知): its days off (weekdays
    or not) and its make-up working days (调休, weekend days worked)."""

    days_off: list[date] = Field(min_length=1, max_length=366)
    working_days: list[date] = Field(default_factory=list, max_length=366)
    source: str | None = Field(None, max_length=200)  # the notice's title or number


class Finding(_Command):
    """Something a visit found that should become a ticket."""

    category: Code
    appeal_kind: AppealKind = AppealKind.HELP
    title: Title
    description: Text = ""
    photo_ids: PhotoIds = Field(default_factory=list)  # go with the ticket it becomes


class VisitCreate(_Command):
    kind: VisitKind
    community_id: UUID | None = None
    grid_id: UUID | None = None
    household: Address | None = None
    visited_at: Moment
    note: Text = ""
    findings: list[Finding] = Field(default_factory=list, max_length=20)
    photo_ids: PhotoIds = Field(default_factory=list)  # the visit's own photos


class PhotoUpdate(_Command):
    public: bool  # show it on the public notice (公示) once the ticket is published


class Party(_Command):
    role: Annotated[str, Field(pattern=r"^(applicant|respondent|other)$")]
    name: Name
    phone: Phone | None = None
    person_id: UUID | None = None


class MediationOpen(_Command):
    parties: list[Party] = Field(min_length=2, max_length=20)


class SessionRecord(_Command):
    held_at: Moment
    place: Annotated[str, Field(max_length=200)] | None = None
    mediator_ids: list[UUID] = Field(default_factory=list, max_length=10)
    note: Text = ""


class Agreement(_Command):
    outcome: Annotated[str, Field(pattern=r"^(agreed|failed|referred)$")]
    agreement: Text = ""



class ExtensionAsk(_Command):
    """延期申请: a later deadline for the holder, with the reason."""

    reason: Reason
    due_at: Moment  # the deadline asked for


class ExtensionDecide(_Command):
    note: Text | None = None  # the office's words; a refusal needs them (ExtensionRefuse)


class ExtensionRefuse(_Command):
    reason: Reason


class CohandlerIn(_Command):
    """One co-handler (协办单位): a grid (its branch handles it), a community, or a department
    at the street."""

    grid_id: UUID | None = None
    community_id: UUID | None = None
    department: Annotated[str, Field(min_length=1, max_length=60)] | None = None


class Cohandle(_Command):
    cohandlers: list[CohandlerIn] = Field(min_length=1, max_length=10)
    note: Text | None = None  # what each is asked to do


class CohandlerResolve(_Command):
    resolution: Annotated[str, Field(min_length=1, max_length=4000)]


class TemplateCreate(_Command):
    """答复模板: a street office's response text for a category."""

    street_id: UUID
    category: Code
    title: Title
    body: Annotated[str, Field(min_length=1, max_length=4000)]


class TemplateUpdate(_Command):
    title: Title | None = None
    body: Annotated[str, Field(min_length=1, max_length=4000)] | None = None
