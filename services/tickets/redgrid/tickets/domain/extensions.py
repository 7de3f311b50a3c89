"""延期申请: the holder asks for a later deadline with a reason; the office approves or refuses.

A request is a small state machine of its own (asked → approved | refused), beside the ticket's
steps ask_extension / approve_extension / refuse_extension (domain/workflow.py, which allows them
only while the matter is being handled). It is custody-aware: a request belongs to the custody it
was asked under, and lapses when the ticket changes hands (the new holder's clock is another).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from redgrid.common.errors import Conflict, Invalid
from redgrid.tickets.domain.deadlines import local_iso

MAX_EXTENSION = timedelta(days=90)  # as long as the longest limit a catalogue row may set


class State(StrEnum):
    ASKED = "asked"  # 待审批
    APPROVED = "approved"  # 已批准
    REFUSED = "refused"  # 已驳回


class Decision(StrEnum):
    APPROVE = "approve"
    REFUSE = "refuse"


DECISIONS: dict[tuple[State, Decision], State] = {
    (State.ASKED, Decision.APPROVE): State.APPROVED,
    (State.ASKED, Decision.REFUSE): State.REFUSED,
}
STATE_NAMES = {State.ASKED: "待审批", State.APPROVED: "已批准", State.REFUSED: "已驳回"}


def decided(state: State | str, decision: Decision) -> State:
    after = DECISIONS.get((State(state), decision))
    if after is None:
        raise Conflict(f"该延期申请{STATE_NAMES[State(state)]}，不能再审批",
                       en=f"an extension request that is {state} cannot be decided again")
    return after


def check_asked(due_at: datetime, *, current_due: datetime | None, now: datetime) -> None:
    """The deadline asked for: later than the one running (and than now), within 90 days."""
    floor = max(d for d in (current_due, now) if d is not None)
    if due_at <= floor:
        raise Invalid(f"申请的办理期限须晚于当前期限（{local_iso(floor)}）",
                      en=f"the deadline asked for must come after {floor.isoformat()}")
    if due_at - now > MAX_EXTENSION:
        raise Invalid("延期最长不超过90天", en="an extension reaches at most 90 days ahead")


def check_same_custody(asked_under: int, current: int | None) -> None:
    """A request answers the clock of the custody it was asked under."""
    if current != asked_under:
        raise Conflict("该工单已转由其他单位或人员办理，此延期申请已失效",
                       en="the ticket changed hands since the extension was asked; it lapsed")


def check_not_own(asked_by, decided_by) -> None:
    if asked_by is not None and asked_by == decided_by:
        raise Conflict("不能审批本人提出的延期申请",
                       en="an extension is decided by someone other than who asked for it")
