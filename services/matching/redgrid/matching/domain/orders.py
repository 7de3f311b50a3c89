"""The 五单制 as a state machine: which step may follow which, and the deadlines that drive
re-dispatch and escalation. 居民点单 → 社区交单 → 支部下单 → 党员接单 → done → 民意评单."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from redgrid.common.errors import Conflict, Invalid, InvalidTransition
from redgrid.matching.domain.schedule import LOCAL


class Status(StrEnum):
    PLACED = "placed"  # 居民点单: waiting for the community to review it
    HANDED_OVER = "handed_over"  # 社区交单: with a branch, waiting to be dispatched
    DECLINED = "declined"  # the community declined it, with a reason
    DISPATCHED = "dispatched"  # 支部下单: offered to a member or team, waiting for an answer
    ACCEPTED = "accepted"  # 党员接单: the assignee is booked for the window
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    RATED = "rated"  # 民意评单
    CANCELLED = "cancelled"
    ESCALATED = "escalated"  # nobody took it in time: back with the community
    EXPIRED = "expired"  # its window passed before anyone took it


class Step(StrEnum):
    """What happened to an order; each is the verb of an event redgrid.matching.order.<verb>."""

    PLACED = "placed"
    HANDED_OVER = "handed_over"
    DECLINED = "declined_by_community"
    DISPATCHED = "dispatched"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    STARTED = "started"
    COMPLETED = "completed"
    RATED = "rated"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    ESCALATED = "escalated"
    REASSIGNED = "reassigned"
    REHOMED = "rehomed"  # 网格调整: its grid was merged or split; the status stays


class EscalationCause(StrEnum):
    """Why an order escalated (its event's step.cause): those told read what happened."""

    REFUSED = "refused"  # its last offer was declined (多次被拒)
    UNANSWERED = "unanswered"  # offers lapsed without an answer (超时无人接单)
    UNDISPATCHED = "undispatched"  # the branch did not dispatch it in time (未及时派单)


class Urgency(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


S = Status
OPEN = frozenset({S.PLACED, S.HANDED_OVER, S.DISPATCHED, S.ACCEPTED, S.IN_PROGRESS, S.ESCALATED})
UNTAKEN = frozenset({S.PLACED, S.HANDED_OVER, S.DISPATCHED, S.ESCALATED})
CLOSED = frozenset({S.DECLINED, S.RATED, S.CANCELLED, S.EXPIRED})  # COMPLETED waits for a rating
HOLDING = frozenset({S.DISPATCHED, S.ACCEPTED, S.IN_PROGRESS})  # counts as the assignee's load

# step -> (the statuses it may follow, the status it leads to)
RULES: dict[Step, tuple[frozenset[Status], Status]] = {
    Step.HANDED_OVER: (frozenset({S.PLACED}), S.HANDED_OVER),
    Step.DECLINED: (frozenset({S.PLACED, S.ESCALATED}), S.DECLINED),
    Step.DISPATCHED: (frozenset({S.HANDED_OVER, S.ESCALATED}), S.DISPATCHED),
    Step.ACCEPTED: (frozenset({S.DISPATCHED}), S.ACCEPTED),
    Step.REFUSED: (frozenset({S.DISPATCHED}), S.HANDED_OVER),
    Step.REASSIGNED: (frozenset({S.DISPATCHED, S.ACCEPTED}), S.DISPATCHED),
    Step.STARTED: (frozenset({S.ACCEPTED}), S.IN_PROGRESS),
    Step.COMPLETED: (frozenset({S.ACCEPTED, S.IN_PROGRESS}), S.COMPLETED),
    Step.RATED: (frozenset({S.COMPLETED}), S.RATED),
    Step.CANCELLED: (OPEN, S.CANCELLED),
    Step.ESCALATED: (frozenset({S.HANDED_OVER, S.DISPATCHED}), S.ESCALATED),
    Step.EXPIRED: (UNTAKEN, S.EXPIRED),
}

# Who takes each step a person can take through the API (the API's path word: the step), as the
# usecases check it: `own` the resident who placed it, `assignee` the person or team it was offered
# to, `reviewer` / `dispatcher` an office or branch in whose scope it is (usecases.steps REVIEWERS,
# DISPATCHERS), `unattended` an order placed without a resident's account (the community rates it
# on the resident's behalf after its 回访).
class Relation(NamedTuple):
    own: bool = False
    assignee: bool = False
    reviewer: bool = False
    dispatcher: bool = False
    unattended: bool = False


ACTIONS: dict[str, tuple[Step, Callable[[Relation, Status], bool]]] = {
    "hand_over": (Step.HANDED_OVER, lambda r, s: r.reviewer),
    "decline": (Step.DECLINED, lambda r, s: r.reviewer),
    "dispatch": (Step.DISPATCHED, lambda r, s: r.dispatcher),
    "reassign": (Step.REASSIGNED, lambda r, s: r.dispatcher),
    "accept": (Step.ACCEPTED, lambda r, s: r.assignee),
    "refuse": (Step.REFUSED, lambda r, s: r.assignee),
    "start": (Step.STARTED, lambda r, s: r.assignee),
    "complete": (Step.COMPLETED, lambda r, s: r.assignee or r.dispatcher),
    "rate": (Step.RATED, lambda r, s: r.own or (r.unattended and r.dispatcher)),
    # the resident until the service has begun; the office or branch while it is open
    "cancel": (Step.CANCELLED, lambda r, s: r.dispatcher or (r.own and s != S.IN_PROGRESS)),
}


def allowed_actions(status: str, relation: Relation) -> list[str]:
    """The steps this person may take on an order now: the buttons a page shows."""
    now = Status(status)
    return [action for action, (step, who) in ACTIONS.items()
            if now in RULES[step][0] and who(relation, now)]


# Steps that keep the status (not in RULES): the order moves to its grid's successor.
IN_PLACE = frozenset({Step.REHOMED})

# How long an offer waits for an answer, and a handed-over order for its dispatch.
ANSWER_WITHIN = {Urgency.URGENT: timedelta(minutes=30), Urgency.HIGH: timedelta(hours=2),
                 Urgency.NORMAL: timedelta(hours=8), Urgency.LOW: timedelta(hours=24)}
DISPATCH_WITHIN = {Urgency.URGENT: timedelta(hours=1), Urgency.HIGH: timedelta(hours=4),
                   Urgency.NORMAL: timedelta(hours=24), Urgency.LOW: timedelta(hours=48)}
MAX_OFFERS = 3  # offers per round (the staff's dispatch and two re-dispatches), then escalate
MAX_WINDOW = timedelta(hours=12)  # the assignee is booked for the whole window
MAX_AHEAD = timedelta(days=90)
MAX_HOURS = 24

# What people read: each status as it is said of an order (该服务订单已接单), each step by its name
STATUS_NAMES: dict[Status, str] = {
    S.PLACED: "待社区审核", S.HANDED_OVER: "已交单、待派单", S.DECLINED: "已被社区婉拒",
    S.DISPATCHED: "已派单、待接单", S.ACCEPTED: "已接单", S.IN_PROGRESS: "正在服务",
    S.COMPLETED: "已完成服务", S.RATED: "已评价", S.CANCELLED: "已取消",
    S.ESCALATED: "无人接单、已上报", S.EXPIRED: "已过期",
}
STEP_NAMES: dict[Step, str] = {
    Step.PLACED: "点单", Step.HANDED_OVER: "交单", Step.DECLINED: "婉拒", Step.DISPATCHED: "派单",
    Step.ACCEPTED: "接单", Step.REFUSED: "拒单", Step.STARTED: "开始服务",
    Step.COMPLETED: "完成服务", Step.RATED: "评单", Step.CANCELLED: "取消", Step.EXPIRED: "过期",
    Step.ESCALATED: "上报", Step.REASSIGNED: "改派", Step.REHOMED: "网格调整",
}


def advance(status: Status | str, step: Step) -> Status:
    """The status after `step`, or InvalidTransition (409) when it may not follow `status`."""
    allowed, after = RULES[step]
    if Status(status) not in allowed:
        raise InvalidTransition(f"该服务订单{STATUS_NAMES[Status(status)]}，不能{STEP_NAMES[step]}",
                                en=f"an order that is {status} cannot be {step.replace('_', ' ')}",
                                current=str(status), step=step.value)
    return after


def check_window(start: datetime | None, end: datetime | None, now: datetime) -> None:
    if start is None and end is None:
        return
    if start is None or end is None:
        raise Invalid("请同时给出服务开始和结束时间", en="give both window_start and window_end")
    if start.tzinfo is None or end.tzinfo is None:
        raise Invalid("服务时间须带时区，如 2026-05-06T09:00:00+08:00",
                      en="window times carry a time zone, e.g. 2026-05-06T09:00:00+08:00")
    if end <= start:
        raise Invalid("服务结束时间须晚于开始时间", en="the window ends after it starts")
    if end - start > MAX_WINDOW:
        raise Invalid(f"一次服务时段最长 {MAX_WINDOW.seconds // 3600} 小时；每次上门请分别下单",
                      en=f"a window is at most {MAX_WINDOW.seconds // 3600} hours; "
                         "place one order per visit")
    if end <= now:
        raise Invalid("该服务时段已经过去", en="the window is already over")
    if start > now + MAX_AHEAD:
        raise Invalid("最多提前 90 天下单", en="orders are placed at most 90 days ahead")


def offer_deadline(now: datetime, urgency: Urgency | str, window_end: datetime | None) -> datetime:
    """When an offer lapses: the urgency's answer time, and never after the window ends."""
    deadline = now + ANSWER_WITHIN[Urgency(urgency)]
    return min(deadline, window_end) if window_end is not None else deadline


def dispatch_deadline(now: datetime, urgency: Urgency | str) -> datetime:
    return now + DISPATCH_WITHIN[Urgency(urgency)]


def next_after_no_answer(status: Status | str, round_offers: int, candidate_found: bool) -> Step:
    """After a refusal (the order is back with the branch) or a lapsed offer (still dispatched):
    offer it to the next candidate while the round has offers left, else escalate."""
    if not candidate_found or round_offers >= MAX_OFFERS:
        return Step.ESCALATED
    return Step.DISPATCHED if Status(status) == Status.HANDED_OVER else Step.REASSIGNED


CONTACT_AFTER = timedelta(days=1)  # the assignee reads the contact this long after the order ends


def contact_until(accepted_at: datetime | None, ended_at: datetime | None) -> datetime | None:
    """Until when the assignee reads the resident's name, phone and address: from accepting
    for the order's life plus CONTACT_AFTER; None while the order runs (or nobody took it)."""
    return ended_at + CONTACT_AFTER if accepted_at is not None and ended_at is not None else None


def contact_open(accepted_at: datetime | None, ended_at: datetime | None, now: datetime) -> bool:
    if accepted_at is None:
        return False
    until = contact_until(accepted_at, ended_at)
    return until is None or now < until


def _hhmm(moment: datetime) -> str:
    return moment.astimezone(LOCAL).strftime("%m月%d日 %H:%M")


def check_start(now: datetime, window_start: datetime | None, margin: timedelta) -> None:
    """The service begins in its window: not earlier than `margin` before it (a volunteer may
    come a little early, never the day before)."""
    if window_start is not None and now < window_start - margin:
        earliest = window_start - margin
        raise Conflict(f"服务时间为 {_hhmm(window_start)} 起，最早可于 {_hhmm(earliest)} 开始",
                       en=f"the window starts at {window_start.isoformat()}; the service "
                          f"begins at {earliest.isoformat()} at the earliest",
                       earliest=earliest.isoformat())


def check_service_hours(hours: float, start: datetime | None, end: datetime | None,
                        margin: timedelta) -> None:
    """Hours done fit the window agreed with the resident, give or take `margin`."""
    if start is None or end is None:
        return
    most = (end - start + margin).total_seconds() / 3600
    if hours > most:
        raise Invalid(f"服务时长不能超过约定时段加 {margin.total_seconds() / 3600:g} 小时"
                      f"（最多 {most:g} 小时）",
                      en=f"hours are at most the window plus the margin ({most:g})",
                      most_hours=most)


def check_hours(hours: float) -> None:
    if not 0 < hours <= MAX_HOURS:
        raise Invalid(f"服务时长须大于 0 且不超过 {MAX_HOURS} 小时",
                      en=f"hours are more than 0 and at most {MAX_HOURS}")
