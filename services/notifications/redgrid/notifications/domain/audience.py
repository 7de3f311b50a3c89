"""Who must know: from an event of another service to the notices it calls for.

Pure rules keyed on the event types and fields of docs/events.md. An Audience names a group
(the grid workers of a grid, the secretaries of some organisations); the service resolves it to
people or units from its read models of the registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from uuid import UUID


class MessageKind(StrEnum):
    TICKET_RECEIVED = "ticket_received"  # 网格新民情, 待受理
    TICKET_DISPATCHED = "ticket_dispatched"  # 派单到网格
    TICKET_DUE_SOON = "ticket_due_soon"  # 临期提醒
    TICKET_ESCALATED = "ticket_escalated"  # 上报升级
    TICKET_ACCEPTED = "ticket_accepted"  # 民情受理
    TICKET_REJECTED = "ticket_rejected"
    TICKET_RESOLVED = "ticket_resolved"  # 办结
    TICKET_PUBLISHED = "ticket_published"  # 公示回应
    TICKET_FOLLOWED_UP = "ticket_followed_up"  # 跟踪回访
    ORDER_DISPATCHED = "order_dispatched"  # 支部下单
    ORDER_ACCEPTED = "order_accepted"  # 党员接单
    ORDER_COMPLETED = "order_completed"
    ORDER_ESCALATED = "order_escalated"
    CLAIM_CONFIRMED = "claim_confirmed"  # 认领确认 (精准接单)


class RecipientKind(StrEnum):
    PERSON = "person"
    UNIT = "unit"  # a co-building unit logs in with role `unit` and claim `unit`


@dataclass(frozen=True)
class Recipient:
    kind: RecipientKind
    id: UUID

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.id}"


# Audiences: who, before the read models say which people that is.
@dataclass(frozen=True)
class Person:
    id: UUID


@dataclass(frozen=True)
class Unit:
    id: UUID


@dataclass(frozen=True)
class GridWorkers:
    """The grid workers (and grid head) of a grid; of its parent grid if a micro-grid has none."""

    grid_id: UUID


@dataclass(frozen=True)
class Secretaries:
    """Branch secretaries of these organisations (by role or as the org's secretary), and of
    the branch of `grid_id` when given."""

    org_ids: tuple[UUID, ...]
    grid_id: UUID | None = None


@dataclass(frozen=True)
class TeamMembers:
    team_id: UUID


Audience = Person | Unit | GridWorkers | Secretaries | TeamMembers


@dataclass(frozen=True)
class Notice:
    kind: MessageKind
    audience: Audience
    urgent: bool
    params: dict[str, Any] = field(default_factory=dict)


# Emergency matters: SMS even in quiet hours. 疫情防控 is the one emergency category of the seeds.
EMERGENCY_CATEGORIES = frozenset({"epidemic"})
URGENT_ORDER = "urgent"
LEVELS = {"grid": "网格", "community": "社区", "street": "街道", "department": "职能部门"}


def _uuid(value: Any) -> UUID | None:
    return UUID(str(value)) if value else None


def _ticket(verb: str, d: dict) -> list[Notice]:
    emergency = d.get("category") in EMERGENCY_CATEGORIES
    params = {"title": d.get("title") or "", "number": d.get("number") or "",
              "due_at": d.get("due_at"), "level": d.get("level"),
              "department": d.get("department")}
    grid, assignee = _uuid(d.get("grid_id")), _uuid(d.get("assignee_id"))
    reporter = _uuid(d.get("reporter_person_id"))
    if verb == "received":  # a matter reported in a grid: its workers accept it (受理)
        return [Notice(MessageKind.TICKET_RECEIVED, GridWorkers(grid), emergency, params)] \
            if grid else []
    if verb == "dispatched":
        out = []
        if grid and d.get("level", "grid") == "grid":
            out.append(Notice(MessageKind.TICKET_DISPATCHED, GridWorkers(grid), emergency,
                              params | {"to_grid": True}))
        if assignee:
            out.append(Notice(MessageKind.TICKET_DISPATCHED, Person(assignee), emergency,
                              params | {"to_grid": False}))
        return out
    if verb == "reminded":
        audience = Person(assignee) if assignee else GridWorkers(grid) if grid else None
        if audience is None:
            return []
        return [Notice(MessageKind.TICKET_DUE_SOON, audience, emergency, params)]
    if verb == "escalated":
        orgs = tuple(o for o in (_uuid(d.get("org_id")),) if o)
        if not orgs and not grid:
            return []
        return [Notice(MessageKind.TICKET_ESCALATED, Secretaries(orgs, grid), True, params)]
    to_reporter = {
        "accepted": MessageKind.TICKET_ACCEPTED,
        "rejected": MessageKind.TICKET_REJECTED,
        "resolved": MessageKind.TICKET_RESOLVED,
        "published": MessageKind.TICKET_PUBLISHED,
        "followed_up": MessageKind.TICKET_FOLLOWED_UP,
    }
    if verb in to_reporter and reporter:  # residents with an account only
        return [Notice(to_reporter[verb], Person(reporter), emergency, params)]
    return []


def _order(verb: str, d: dict) -> list[Notice]:
    urgent = d.get("urgency") == URGENT_ORDER
    params = {"title": d.get("title") or "", "window_start": d.get("window_start"),
              "window_end": d.get("window_end")}
    resident = _uuid(d.get("resident_person_id"))
    if verb in ("dispatched", "reassigned"):
        person, team = _uuid(d.get("assignee_person_id")), _uuid(d.get("assignee_team_id"))
        audience = Person(person) if person else TeamMembers(team) if team else None
        return [Notice(MessageKind.ORDER_DISPATCHED, audience, urgent, params)] if audience else []
    if verb == "accepted" and resident:
        return [Notice(MessageKind.ORDER_ACCEPTED, Person(resident), urgent, params)]
    if verb == "completed" and resident:
        return [Notice(MessageKind.ORDER_COMPLETED, Person(resident), urgent, params)]
    if verb == "escalated":
        orgs = tuple(o for o in (_uuid(d.get("branch_id")), _uuid(d.get("community_id"))) if o)
        if not orgs:
            return []
        return [Notice(MessageKind.ORDER_ESCALATED, Secretaries(orgs), True, params)]
    return []


def _claim(verb: str, d: dict) -> list[Notice]:
    unit = _uuid(d.get("unit_id"))
    if verb != "confirmed" or unit is None:
        return []
    return [Notice(MessageKind.CLAIM_CONFIRMED, Unit(unit), False,
                   {"need_id": d.get("need_id"), "quantity": d.get("quantity")})]


RULES = {
    ("tickets", "ticket"): _ticket,
    ("matching", "order"): _order,
    ("lists", "claim"): _claim,
}
# The event types the rules look at (for documentation and the consumers' routing).
TYPES = (
    [f"redgrid.tickets.ticket.{v}.v1" for v in ("received", "dispatched", "reminded", "escalated", "accepted",
                                                 "rejected", "resolved", "published",
                                                 "followed_up")]
    + [f"redgrid.matching.order.{v}.v1" for v in ("dispatched", "reassigned", "accepted",
                                                   "completed", "escalated")]
    + ["redgrid.lists.claim.confirmed.v1"]
)


def notices_for(event_type: str, data: dict) -> list[Notice]:
    """The notices an event calls for (none for most events)."""
    parts = event_type.split(".")
    if len(parts) != 5 or parts[0] != "redgrid":
        return []
    _, service, entity, verb, _version = parts
    rule = RULES.get((service, entity))
    return rule(verb, data) if rule else []


def subject_of(event_type: str) -> str:
    """The kind of thing a notice is about: ticket, order, claim."""
    return event_type.split(".")[2]
