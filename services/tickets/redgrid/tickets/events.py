"""What the tickets service tells the city: one event per workflow step, subject
redgrid.tickets.ticket.<verb>, each with the ticket's full snapshot and version (docs/events.md).
No personal data: no reporter name, phone or address; titles and notes have phones masked."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from redgrid.common.events import EventKind
from redgrid.common.masking import mask_text
from redgrid.common.orgtree import path_ids
from redgrid.tickets.domain.workflow import RECEIVED_VERB, VERBS
from redgrid.tickets.models import Ticket, TicketBase


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


class Location(_Data):
    lat: float
    lng: float


class StepData(_Data):
    by: str  # a person id, or "system" for the deadline scanner
    reason: str | None = None
    note: str | None = None

    @classmethod
    def of(cls, by: str, reason: str | None = None, note: str | None = None,
           names: tuple[str, ...] = ()) -> StepData:
        """Its reason and note with personal data masked (`names`: the people on the record)."""
        return cls(by=by, reason=mask_text(reason, names), note=mask_text(note, names))


class TicketData(TicketBase):
    """A ticket's snapshot in its events: TicketBase (the title's phone numbers masked), with
    the holder's path as ids, its point and the step that made this version."""

    model_config = ConfigDict(frozen=True)

    org_path: list[UUID]
    location: Location | None
    step: StepData

    @classmethod
    def of(cls, t: Ticket, step: StepData, names: tuple[str, ...] = ()) -> TicketData:
        """`names`: the people on the record (the reporter, a mediation's parties), masked
        wherever the title repeats them."""
        return cls(**{name: getattr(t, name) for name in _BASE}, title=mask_text(t.title, names),
                   org_path=path_ids(t.org_path),
                   location=Location(lat=t.lat, lng=t.lng) if t.lat is not None else None,
                   step=step)


_BASE = tuple(n for n in TicketBase.model_fields if n != "title")


def _kind(verb: str, description: str) -> EventKind:
    return EventKind("tickets", "ticket", verb, TicketData, description)


DESCRIPTIONS = {
    RECEIVED_VERB: "A matter was filed (any channel) and numbered",
    "accepted": "The matter was accepted (受理); its deadline is set",
    "dispatched": "Sent to a grid, community, street or department (派单)",
    "signed": "The receiver signed for it (签收)",
    "bounced": "The receiver sent it back with a reason (退单)",
    "started": "Handling started",
    "resolved": "Handled (办结)",
    "published": "The response was given, and shown in public if chosen (公示回应)",
    "followed_up": "The reporter was asked for satisfaction (回访)",
    "closed": "The file was closed",
    "rejected": "Not accepted, with a reason",
    "merged": "Folded into another ticket about the same matter",
    "reopened": "The matter came back as a linked follow-up ticket",
    "escalated": "Went up a level: by hand with a reason, or overdue",
    "reminded": "The holder was reminded of a deadline near",
    "rescheduled": "The deadline was recounted: the holiday notice of a year it spans was loaded",
    "recollected": "A new matter re-collected at follow-up (再收集), linked",
    "rehomed": "Its grid was merged or split (网格调整): the open ticket moved to the successor "
               "grid, its deadline unchanged; step.note names both grids",
    "notice_approved": "The office approved the public summary (公示稿): only now is it shown",
    "extension_asked": "The holder asked for a later deadline with a reason (延期申请)",
    "extension_approved": "The office granted an extension: the holder's deadline moved",
    "extension_refused": "The office refused an extension: the deadline stays",
    "cohandlers_added": "Departments or grids were named to co-handle (协办) beside the lead; "
                        "each is told by redgrid.tickets.cohandler.assigned",
}
BY_VERB = {verb: _kind(verb, text) for verb, text in DESCRIPTIONS.items()}
assert set(BY_VERB) == {RECEIVED_VERB, *VERBS.values()}


class CalendarData(_Data):
    """A year's holiday notice as loaded: every replica counts working days with it."""

    year: int
    version: int
    days_off: list[date]
    working_days: list[date]  # make-up working days (调休)
    source: str | None
    loaded_by: UUID | None
    loaded_at: datetime
    rescheduled: int  # open tickets whose deadline was recounted


class ContactData(_Data):
    """Internal only (never to the city, like the registry's contact events): how the person who
    serves a service-need ticket's order reaches its reporter. Matching reads it."""

    ticket_id: UUID
    name: str | None = None
    phone: str | None = None
    address: str | None = None


CONTACT_SHARED = EventKind("tickets", "contact", "shared", ContactData,
                           "Internal: a service need's reporter, for the volunteer who serves it")
CALENDAR_LOADED = EventKind("tickets", "calendar", "loaded", CalendarData,
                            "A year's holiday calendar (the State Council notice) was loaded")


class CallerData(_Data):
    """Internal, like redgrid.registry.contact.changed: the phone of a reporter without an
    account (a hotline, window, 12345 or patrol caller), for the notifications service alone to
    tell them by SMS. Its subject (redgrid.tickets.contact.>) is not exported: the city's
    consumers of this stream filter on the other entities, live subscriptions to it are denied,
    and the notifications service keeps it out of the public log (docs/events.md)."""

    ticket_id: UUID
    phone: str | None  # None: erased by retention


CALLER_RECORDED = EventKind("tickets", "contact", "recorded", CallerData,
                            "Internal: how to reach the caller of a ticket by SMS (or no more)")


class ReplyData(_Data):
    """回单: the reply to a 12345 order, for the hotline platform (its NATS subscription or a
    webhook, docs/hotline.md). Carries the hotline's own order number; the texts have personal
    data masked (redgrid.common.masking.mask_text)."""

    ticket_id: UUID
    number: str  # ours (一号一档)
    external_ref: str  # the 12345 order number (工单编号)
    channel: str
    category: str
    appeal_kind: str
    outcome: str  # resolved (办结), rejected (不予受理), merged (并案: the reply of the master)
    reply: str  # the response given (答复内容), masked
    resolution: str | None  # what was done (办理结果), masked
    master_number: str | None = None  # with outcome merged: the ticket that answered it
    level: str  # who handled it: grid, community, street, department
    org_id: UUID | None
    org_path: list[UUID]  # its path (ids): a street's webhook gets its own streets' replies
    department: str | None
    received_at: datetime
    resolved_at: datetime | None
    replied_at: datetime
    due_at: datetime | None
    overdue: bool
    by: str


REPLIED = EventKind("tickets", "ticket", "replied", ReplyData,
                    "回单: the reply to a 12345 order, with its order number, for the hotline "
                    "platform")


class CohandlerData(_Data):
    """A co-handler (协办单位) of a ticket: who it is and where its part stands. The lead's
    ticket is in the ticket's own events."""

    id: UUID
    ticket_id: UUID
    number: str
    title: str  # phone numbers masked
    category: str
    level: str  # grid, community, street, department
    org_id: UUID | None
    org_path: list[UUID]  # the co-handler's path (ids)
    grid_id: UUID | None
    department: str | None
    status: str  # assigned, signed, resolved
    version: int  # 1 assigned, 2 signed, 3 resolved (resolved without signing: 3)
    due_at: datetime | None  # the lead's deadline
    by: str


def _cohandler(verb: str, description: str) -> EventKind:
    return EventKind("tickets", "cohandler", verb, CohandlerData, description)


COHANDLER = {
    "assigned": _cohandler("assigned", "A grid, community or department was named to co-handle "
                                       "(协办) a ticket: its people are told"),
    "signed": _cohandler("signed", "A co-handler signed for its part"),
    "resolved": _cohandler("resolved", "A co-handler resolved its part"),
}


ALL = [*BY_VERB.values(), REPLIED, *COHANDLER.values(), CALENDAR_LOADED, CONTACT_SHARED,
       CALLER_RECORDED]
