"""What matching tells the city (docs/events.md, "matching →"): every step of an order with the
order's full snapshot and version, and every ledger award. No names, phones or addresses: people
appear by id only, and free text is stripped of phone numbers."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from redgrid.common.events import EventKind
from redgrid.matching.domain.orders import Step
from redgrid.matching.models import OrderBase, PointsBase, PostBase


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


class StepData(_Data):
    by: UUID | None = None  # null: the system (a lapsed offer, a passed window, a ticket)
    reason: str | None = None
    note: str | None = None
    # escalated: why (refused: every offer declined; unanswered: offers lapsed; undispatched:
    # the branch did not dispatch in time), so that whoever is told reads what happened
    cause: str | None = None
    # reassigned: who held the order before this step (told that it went to someone else)
    previous_person_id: UUID | None = None
    previous_team_id: UUID | None = None


class OrderData(OrderBase, _Data):
    """An order's full snapshot (models.OrderBase) with its step; the title's phones masked."""

    org_path: list[UUID]
    step: StepData


class PointsData(PointsBase, _Data):
    """An entry of the ledger (models.PointsBase)."""


class PostData(PostBase, _Data):
    """A service post (服务岗位, models.PostBase) and, for claimed/released, the claim."""

    org_path: list[UUID]
    claim_id: UUID | None = None
    person_id: UUID | None = None


class ReminderData(_Data):
    """A reminder before a booked time: an accepted order's window or a roster duty. `person_id`
    is who is reminded (for a team's order, the member who accepted; else the team's members)."""

    id: UUID  # the reminder's own id
    version: int = 1
    status: str = "due"
    subject: str  # order, duty
    order_id: UUID | None = None
    roster_id: UUID | None = None
    person_id: UUID | None = None
    team_id: UUID | None = None
    title: str  # the order's (phones masked) or the roster's
    starts_at: datetime
    ends_at: datetime
    org_path: list[UUID]


_ORDER_TEXT = {
    Step.PLACED: "居民点单: a resident placed a service order",
    Step.HANDED_OVER: "社区交单: the community reviewed the order and handed it to a branch",
    Step.DECLINED: "The community declined the order, with a reason",
    Step.DISPATCHED: "支部下单: the order was offered to a party member, volunteer or team",
    Step.ACCEPTED: "党员接单: the assignee accepted and is booked for the window",
    Step.REFUSED: "The assignee declined the offer",
    Step.STARTED: "The service began",
    Step.COMPLETED: "The service was done, with its hours",
    Step.RATED: "民意评单: the resident rated the service (1-5)",
    Step.CANCELLED: "The order was cancelled",
    Step.EXPIRED: "The order's window passed before anyone took it",
    Step.ESCALATED: "Nobody took the order in time: it went back to the community",
    Step.REASSIGNED: "The order was offered to someone else (a lapsed offer or staff's choice)",
    Step.REHOMED: "Its grid was merged or split (网格调整): the open order moved to the successor "
                  "grid, its status unchanged; step.note names both grids",
}
ORDER = {step: EventKind("matching", "order", step.value, OrderData, text)
         for step, text in _ORDER_TEXT.items()}
POINTS_AWARDED = EventKind("matching", "points", "awarded", PointsData,
                           "Service hours and points entered in the ledger")
POST_OPENED = EventKind("matching", "post", "opened", PostData, "A service post (服务岗位) opened")
POST_CLAIMED = EventKind("matching", "post", "claimed", PostData, "A member claimed a post")
POST_RELEASED = EventKind("matching", "post", "released", PostData, "A member left a post")
POST_UPDATED = EventKind("matching", "post", "updated", PostData,
                         "A post was edited: title, description, seats or end date")
POST_CLOSED = EventKind("matching", "post", "closed", PostData,
                        "A post was closed; its claims were released")
REMINDER_DUE = EventKind("matching", "reminder", "due", ReminderData,
                         "A booked service window or roster duty begins within the reminder "
                         "lead (REDGRID_REMINDER_LEAD_HOURS, 2 h): once per booking")

ALL = [*ORDER.values(), POINTS_AWARDED, POST_OPENED, POST_CLAIMED, POST_RELEASED, POST_UPDATED,
       POST_CLOSED, REMINDER_DUE]
