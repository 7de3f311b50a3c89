"""Who must know: from an event of another service to the notices it calls for.

Pure rules, one table (`RULES`: event type → the model its data is read as, and the rule that
gives the notices). An Audience names a group (the grid workers of a grid, the secretaries of
some organisations); the service resolves it to people or units from its read models of the
registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from uuid import UUID

from redgrid.notifications.domain.links import desk, mobile
from redgrid.notifications.domain.snapshots import (
    ClaimSeen,
    CohandlerSeen,
    NeedSeen,
    OrderSeen,
    ReminderSeen,
    Snapshot,
    TicketSeen,
)


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
    TICKET_COHANDLING = "ticket_cohandling"  # 协办: named to co-handle a matter
    TICKET_REHOMED = "ticket_rehomed"  # 网格调整: an open matter moved into a merged/split grid
    ORDER_DISPATCHED = "order_dispatched"  # 支部下单
    ORDER_ACCEPTED = "order_accepted"  # 党员接单
    ORDER_COMPLETED = "order_completed"
    ORDER_ESCALATED = "order_escalated"
    CLAIM_CONFIRMED = "claim_confirmed"  # 认领确认 (精准接单)
    CALLER_ACCEPTED = "caller_accepted"  # SMS to a caller without an account: 已受理, 编号
    CALLER_REPLIED = "caller_replied"  # SMS to a caller without an account: 已答复
    # what people must know of their orders, needs and duties (issue 21)
    ORDER_DECLINED = "order_declined"  # 社区婉拒: to the resident
    ORDER_CANCELLED = "order_cancelled"  # to the resident, unless they cancelled it
    ORDER_EXPIRED = "order_expired"  # to the resident: nobody took it in its window
    ORDER_CALLED_OFF = "order_called_off"  # to the assignee: the order they held was cancelled
    ORDER_TAKEN_AWAY = "order_taken_away"  # to the previous assignee: reassigned (改派)
    ORDER_REMINDER = "order_reminder"  # 服务提醒: before the window
    DUTY_REMINDER = "duty_reminder"  # 值班提醒: before a roster duty
    CLAIM_MADE = "claim_made"  # to the community: a unit claimed a need (精准接单)
    NEED_PUBLISHED = "need_published"  # to the units serving the community (需求清单)


class RecipientKind(StrEnum):
    PERSON = "person"
    UNIT = "unit"  # a co-building unit logs in with role `unit` and claim `unit`
    CALLER = "caller"  # a ticket's reporter without an account (id: the ticket's), SMS only


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


@dataclass(frozen=True)
class Caller:
    """The reporter of a ticket who has no account, by the phone staff took (hotline, window,
    12345, patrol): reached by SMS only, when the tickets service gave a phone."""

    ticket_id: UUID


@dataclass(frozen=True)
class NearestSecretaries:
    """The branch secretaries (registry role `branch_secretary`) of the deepest org on `path`
    (root first) that has any: their sessions' scope holds everything below that org, so
    they can open what lies there (an escalated order, a need of a community)."""

    path: tuple[UUID, ...]


@dataclass(frozen=True)
class UnitsServing:
    """The co-building units that serve a community (the registry's unit.community_ids)."""

    community_id: UUID


Audience = (Person | Unit | GridWorkers | Secretaries | TeamMembers | Caller
            | NearestSecretaries | UnitsServing)


@dataclass(frozen=True)
class Notice:
    kind: MessageKind
    audience: Audience
    urgent: bool
    params: dict[str, Any] = field(default_factory=dict)
    link: str | None = None  # the route in the web app (domain/links.py)


# Emergency matters: SMS even in quiet hours. 疫情防控 is the one emergency category of the seeds.
EMERGENCY_CATEGORIES = frozenset({"epidemic"})
URGENT_ORDER = "urgent"
LEVELS = {"grid": "网格", "community": "社区", "street": "街道", "department": "职能部门"}


Rule = Callable[[Any], list[Notice]]  # a snapshot of the rule's model → the notices it calls for


def _ticket_params(t: TicketSeen) -> dict[str, Any]:
    return {"title": t.title, "number": t.number, "due_at": t.due_at, "level": t.level,
            "department": t.department}


def _emergency(t: TicketSeen) -> bool:
    return t.category in EMERGENCY_CATEGORIES


def ticket_received(t: TicketSeen) -> list[Notice]:
    """A matter reported in a grid: its workers accept it (受理); the community's queue else."""
    if t.grid_id is None:
        return []
    return [Notice(MessageKind.TICKET_RECEIVED, GridWorkers(t.grid_id), _emergency(t),
                   _ticket_params(t), mobile("tickets", t.id))]


def ticket_dispatched(t: TicketSeen) -> list[Notice]:
    """To the grid's workers when it stays at grid level, and to whoever holds it."""
    out = []
    if t.grid_id and (t.level or "grid") == "grid":
        out.append(Notice(MessageKind.TICKET_DISPATCHED, GridWorkers(t.grid_id), _emergency(t),
                          _ticket_params(t) | {"to_grid": True}, mobile("tickets", t.id)))
    if t.assignee_id:
        out.append(Notice(MessageKind.TICKET_DISPATCHED, Person(t.assignee_id), _emergency(t),
                          _ticket_params(t) | {"to_grid": False}, mobile("tickets", t.id)))
    return out


def ticket_rehomed(t: TicketSeen) -> list[Notice]:
    """网格调整: the open matter now lies in the successor grid; its workers learn of it (and
    whoever holds it), as at a dispatch, with what happened said."""
    out = []
    if t.grid_id:
        out.append(Notice(MessageKind.TICKET_REHOMED, GridWorkers(t.grid_id), _emergency(t),
                          _ticket_params(t), mobile("tickets", t.id)))
    if t.assignee_id:
        out.append(Notice(MessageKind.TICKET_REHOMED, Person(t.assignee_id), _emergency(t),
                          _ticket_params(t), mobile("tickets", t.id)))
    return out


def ticket_reminded(t: TicketSeen) -> list[Notice]:
    """A deadline near (临期提醒): whoever holds it, else its grid's workers."""
    audience = (Person(t.assignee_id) if t.assignee_id
                else GridWorkers(t.grid_id) if t.grid_id else None)
    if audience is None:
        return []
    return [Notice(MessageKind.TICKET_DUE_SOON, audience, _emergency(t), _ticket_params(t),
                   mobile("tickets", t.id))]


def ticket_escalated(t: TicketSeen) -> list[Notice]:
    """Gone up a level (上报): the secretaries of the new level and of the grid's branch."""
    orgs = (t.org_id,) if t.org_id else ()
    if not orgs and not t.grid_id:
        return []
    return [Notice(MessageKind.TICKET_ESCALATED, Secretaries(orgs, t.grid_id), True,
                   _ticket_params(t), desk("tickets", t.id))]


def cohandler_assigned(c: CohandlerSeen) -> list[Notice]:
    """Named to co-handle (协办): a grid's workers, else the secretaries of the office (a
    community, or the street for one of its departments)."""
    audience = (GridWorkers(c.grid_id) if c.grid_id
                else Secretaries((c.org_id,)) if c.org_id else None)
    if audience is None:
        return []
    return [Notice(MessageKind.TICKET_COHANDLING, audience, False,
                   {"title": c.title, "number": c.number, "due_at": c.due_at,
                    "level": c.level, "department": c.department})]


def to_reporter(kind: MessageKind) -> Rule:
    """The resident who reported it hears of this step, when they have an account."""

    def rule(t: TicketSeen) -> list[Notice]:
        if t.reporter_person_id is None:
            return []
        return [Notice(kind, Person(t.reporter_person_id), _emergency(t), _ticket_params(t),
                       mobile("tickets", t.id))]

    rule.__name__ = f"to_reporter_{kind.value}"
    return rule


def to_caller(kind: MessageKind) -> Rule:
    """The caller without an account hears of this step by SMS (12345 practice: the number at
    acceptance, a word when the reply is given)."""

    def rule(t: TicketSeen) -> list[Notice]:
        if t.reporter_person_id is not None:
            return []
        return [Notice(kind, Caller(t.id), _emergency(t), _ticket_params(t))]

    rule.__name__ = f"to_caller_{kind.value}"
    return rule


def _order_params(o: OrderSeen) -> dict[str, Any]:
    return {"title": o.title, "window_start": o.window_start, "window_end": o.window_end}


def _holder(person_id: UUID | None, team_id: UUID | None) -> Person | TeamMembers | None:
    """A member, else every member of a team, else nobody."""
    return Person(person_id) if person_id else TeamMembers(team_id) if team_id else None


def order_dispatched(o: OrderSeen) -> list[Notice]:
    """Offered to a member (党员接单), or to every member of a team."""
    audience = _holder(o.assignee_person_id, o.assignee_team_id)
    if audience is None:
        return []
    return [Notice(MessageKind.ORDER_DISPATCHED, audience, o.urgency == URGENT_ORDER,
                   _order_params(o), mobile("orders", o.id))]


def to_resident(kind: MessageKind) -> Rule:
    """The resident who placed the order hears of this step."""

    def rule(o: OrderSeen) -> list[Notice]:
        if o.resident_person_id is None:
            return []
        if o.step.by is not None and o.step.by == o.resident_person_id:
            return []  # their own doing (a cancellation)
        return [Notice(kind, Person(o.resident_person_id), o.urgency == URGENT_ORDER,
                       _order_params(o) | {"reason": o.step.reason}, mobile("orders", o.id))]

    rule.__name__ = f"to_resident_{kind.value}"
    return rule


def order_escalated(o: OrderSeen) -> list[Notice]:
    """Nobody took it in time, or every offer was refused: back with the community. Told to
    the secretaries who can open it (its org_path is now the community's: the deepest org on
    it with a secretary), worded by what happened (step.cause)."""
    path = tuple(o.org_path) or tuple(org for org in (o.community_id,) if org)
    if not path:
        return []
    return [Notice(MessageKind.ORDER_ESCALATED, NearestSecretaries(path), True,
                   _order_params(o) | {"cause": o.step.cause}, desk("orders", o.id))]


def order_called_off(o: OrderSeen) -> list[Notice]:
    """Cancelled while someone held it (offered or accepted): they need not go, unless they
    cancelled it themselves."""
    audience = _holder(o.assignee_person_id, o.assignee_team_id)
    if audience is None or audience == Person(o.step.by):
        return []
    return [Notice(MessageKind.ORDER_CALLED_OFF, audience, o.urgency == URGENT_ORDER,
                   _order_params(o) | {"reason": o.step.reason}, mobile("orders", o.id))]


_TO_RESIDENT_CANCELLED = to_resident(MessageKind.ORDER_CANCELLED)


def order_cancelled(o: OrderSeen) -> list[Notice]:
    """The resident (unless they cancelled it) and whoever held the order."""
    return [*_TO_RESIDENT_CANCELLED(o), *order_called_off(o)]


def order_taken_away(o: OrderSeen) -> list[Notice]:
    """Reassigned (改派): whoever held it before hears that they need not go."""
    before = _holder(o.step.previous_person_id, o.step.previous_team_id)
    if before is None or before == _holder(o.assignee_person_id, o.assignee_team_id):
        return []
    return [Notice(MessageKind.ORDER_TAKEN_AWAY, before, o.urgency == URGENT_ORDER,
                   _order_params(o), mobile("orders", o.id))]


def order_reassigned(o: OrderSeen) -> list[Notice]:
    return [*order_dispatched(o), *order_taken_away(o)]


def reminded(r: ReminderSeen) -> list[Notice]:
    """A booked window or duty begins soon (matching's reminder.due, once per booking)."""
    audience = _holder(r.person_id, r.team_id)
    if audience is None:
        return []
    params = {"title": r.title, "window_start": r.starts_at, "window_end": r.ends_at}
    if r.subject == "duty":
        return [Notice(MessageKind.DUTY_REMINDER, audience, False, params,
                       mobile("duties", r.roster_id))]
    return [Notice(MessageKind.ORDER_REMINDER, audience, False, params,
                   mobile("orders", r.order_id))]


def claim_confirmed(c: ClaimSeen) -> list[Notice]:
    """A unit's claim of a need confirmed (精准接单): the unit hears of it."""
    return [Notice(MessageKind.CLAIM_CONFIRMED, Unit(c.unit_id), False,
                   {"need_id": c.need_id, "quantity": c.quantity}, desk("needs", c.need_id))]


def claim_made(c: ClaimSeen) -> list[Notice]:
    """A unit claimed a need: the community's secretaries review the claim."""
    path = tuple(c.org_path) or tuple(org for org in (c.community_id,) if org)
    if not path:
        return []
    return [Notice(MessageKind.CLAIM_MADE, NearestSecretaries(path), False,
                   {"need_id": c.need_id, "quantity": c.quantity, "unit_id": c.unit_id},
                   desk("needs", c.need_id))]


def need_published(n: NeedSeen) -> list[Notice]:
    """A community published a need: the units that serve it may claim it."""
    if n.community_id is None:
        return []
    return [Notice(MessageKind.NEED_PUBLISHED, UnitsServing(n.community_id), False,
                   {"need_id": n.id, "need_title": n.title}, desk("needs", n.id))]


def _ticket(verb: str) -> str:
    return f"redgrid.tickets.ticket.{verb}.v1"


def _order(verb: str) -> str:
    return f"redgrid.matching.order.{verb}.v1"


# Who must know of what: every event type that calls for notices, the model its data is read
# as, and its rule. Every other event tells no one (it still goes to the public log).
RULES: dict[str, tuple[type[Snapshot], Rule]] = {
    _ticket("received"): (TicketSeen, ticket_received),
    _ticket("dispatched"): (TicketSeen, ticket_dispatched),
    _ticket("rehomed"): (TicketSeen, ticket_rehomed),
    _ticket("reminded"): (TicketSeen, ticket_reminded),
    _ticket("escalated"): (TicketSeen, ticket_escalated),
    _ticket("accepted"): (TicketSeen, to_reporter(MessageKind.TICKET_ACCEPTED)),
    _ticket("rejected"): (TicketSeen, to_reporter(MessageKind.TICKET_REJECTED)),
    _ticket("resolved"): (TicketSeen, to_reporter(MessageKind.TICKET_RESOLVED)),
    _ticket("published"): (TicketSeen, to_reporter(MessageKind.TICKET_PUBLISHED)),
    _ticket("followed_up"): (TicketSeen, to_reporter(MessageKind.TICKET_FOLLOWED_UP)),
    "redgrid.tickets.cohandler.assigned.v1": (CohandlerSeen, cohandler_assigned),
    _order("dispatched"): (OrderSeen, order_dispatched),
    _order("reassigned"): (OrderSeen, order_reassigned),
    _order("accepted"): (OrderSeen, to_resident(MessageKind.ORDER_ACCEPTED)),
    _order("completed"): (OrderSeen, to_resident(MessageKind.ORDER_COMPLETED)),
    _order("escalated"): (OrderSeen, order_escalated),
    "redgrid.lists.claim.confirmed.v1": (ClaimSeen, claim_confirmed),
    # what people must know of their orders, needs and duties (issue 21)
    _order("declined_by_community"): (OrderSeen, to_resident(MessageKind.ORDER_DECLINED)),
    _order("cancelled"): (OrderSeen, order_cancelled),
    _order("expired"): (OrderSeen, to_resident(MessageKind.ORDER_EXPIRED)),
    "redgrid.matching.reminder.due.v1": (ReminderSeen, reminded),
    "redgrid.lists.claim.made.v1": (ClaimSeen, claim_made),
    "redgrid.lists.need.published.v1": (NeedSeen, need_published),
}


# Callers without an account (issue 20): rules of their own, on types RULES has already (so
# the consumer routes them), each told besides what RULES calls for.
CALLER_RULES: dict[str, Rule] = {
    _ticket("accepted"): to_caller(MessageKind.CALLER_ACCEPTED),
    _ticket("published"): to_caller(MessageKind.CALLER_REPLIED),
}
assert set(CALLER_RULES) <= set(RULES)


def notices_for(event_type: str, data: Snapshot) -> list[Notice]:
    """The notices an event calls for (none for most events)."""
    entry = RULES.get(event_type)
    notices = entry[1](data) if entry else []
    caller = CALLER_RULES.get(event_type)
    return notices + caller(data) if caller else notices


def subject_of(event_type: str) -> str:
    """The kind of thing a notice is about: ticket, order, claim, need, reminder."""
    return event_type.split(".")[2]
