"""What matching tells the city (docs/events.md, "matching →"): every step of an order with the
order's full snapshot and version, and every ledger award. No names, phones or addresses: people
appear by id only, and free text is stripped of phone numbers."""

from __future__ import annotations

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

ALL = [*ORDER.values(), POINTS_AWARDED, POST_OPENED, POST_CLAIMED, POST_RELEASED, POST_UPDATED,
       POST_CLOSED]
