"""The workflow 受理—办理—公示回应—跟踪监督—再收集 as an explicit state machine.

A ticket moves only along the edges in TRANSITIONS; anything else is an InvalidTransition (409).
Escalation, reminders, rescheduling, re-homing, re-collection, reopening, the approval of the
public summary, extensions (延期) and co-handling (协办) do not change the status of the ticket
they act on: they are steps too, edges from a status to itself.
"""

from __future__ import annotations

from enum import StrEnum

from redgrid.common.errors import InvalidTransition


class Status(StrEnum):
    RECEIVED = "received"  # 登记: filed, not yet accepted
    ACCEPTED = "accepted"  # 受理
    DISPATCHED = "dispatched"  # 派单: sent to a grid, community, street or department
    SIGNED = "signed"  # 签收
    IN_PROGRESS = "in_progress"  # 办理中
    BOUNCED = "bounced"  # 退单: sent back by the receiver, with a reason
    RESOLVED = "resolved"  # 办结
    PUBLISHED = "published"  # 公示回应: the response given (and shown, if public)
    FOLLOWED_UP = "followed_up"  # 回访: 是否解决, 是否满意 and a comment
    CLOSED = "closed"  # 结案
    REJECTED = "rejected"  # 不予受理, with a reason
    MERGED = "merged"  # 并案: a duplicate folded into another ticket


class Action(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    DISPATCH = "dispatch"
    SIGN = "sign"
    BOUNCE = "bounce"
    START = "start"
    RESOLVE = "resolve"
    PUBLISH = "publish"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    MERGE = "merge"
    ESCALATE = "escalate"
    REMIND = "remind"
    RESCHEDULE = "reschedule"  # the deadline recounted: a year's holiday notice was loaded
    REOPEN = "reopen"  # the same matter again, as a linked follow-up ticket
    RECOLLECT = "recollect"  # 再收集: a new matter gathered at follow-up, linked
    REHOME = "rehome"  # 网格调整: its grid was merged or split; it moves to the successor
    APPROVE_NOTICE = "approve_notice"  # 审核公示: the office approves the public summary (公示稿)
    ASK_EXTENSION = "ask_extension"  # 延期申请: the holder asks for a later deadline
    APPROVE_EXTENSION = "approve_extension"  # the office grants it: the deadline moves
    REFUSE_EXTENSION = "refuse_extension"  # the office refuses it: the deadline stays
    COHANDLE = "cohandle"  # 协办: departments or grids handle a part beside the lead


S, A = Status, Action
# Statuses in which the matter is still being handled: the deadline clock runs.
OPEN = frozenset({S.ACCEPTED, S.DISPATCHED, S.SIGNED, S.IN_PROGRESS, S.BOUNCED})
# Before it is resolved a ticket can still be merged into another.
MERGEABLE = frozenset({S.RECEIVED, *OPEN})
# Still waiting or being handled: what a re-drawn grid (merged or split) hands to its successor.
HELD = MERGEABLE
FINISHED = frozenset({S.RESOLVED, S.PUBLISHED, S.FOLLOWED_UP, S.CLOSED})

TRANSITIONS: dict[tuple[Status, Action], Status] = {
    (S.RECEIVED, A.ACCEPT): S.ACCEPTED,
    (S.RECEIVED, A.REJECT): S.REJECTED,
    (S.ACCEPTED, A.REJECT): S.REJECTED,
    (S.BOUNCED, A.REJECT): S.REJECTED,
    (S.ACCEPTED, A.DISPATCH): S.DISPATCHED,
    (S.BOUNCED, A.DISPATCH): S.DISPATCHED,
    (S.DISPATCHED, A.SIGN): S.SIGNED,
    (S.DISPATCHED, A.BOUNCE): S.BOUNCED,
    (S.SIGNED, A.BOUNCE): S.BOUNCED,
    (S.SIGNED, A.START): S.IN_PROGRESS,
    (S.SIGNED, A.RESOLVE): S.RESOLVED,  # settled on the spot (当场办结)
    (S.IN_PROGRESS, A.RESOLVE): S.RESOLVED,
    (S.RESOLVED, A.PUBLISH): S.PUBLISHED,
    (S.PUBLISHED, A.FOLLOW_UP): S.FOLLOWED_UP,
    (S.MERGED, A.FOLLOW_UP): S.FOLLOWED_UP,  # each reporter of a merged ticket is followed up
    (S.PUBLISHED, A.CLOSE): S.CLOSED,  # nobody could be reached for a follow-up
    (S.FOLLOWED_UP, A.CLOSE): S.CLOSED,
    (S.MERGED, A.CLOSE): S.CLOSED,
    **{(s, A.MERGE): S.MERGED for s in MERGEABLE},
    # Escalation hands the ticket to the level above, which must sign for it again.
    **{(s, A.ESCALATE): S.DISPATCHED for s in OPEN},
    **{(s, A.REMIND): s for s in OPEN},
    **{(s, A.RESCHEDULE): s for s in OPEN},
    **{(s, A.REHOME): s for s in HELD},
    **{(s, A.REOPEN): s for s in (S.PUBLISHED, S.FOLLOWED_UP, S.CLOSED)},
    **{(s, A.RECOLLECT): s for s in (S.PUBLISHED, S.FOLLOWED_UP, S.CLOSED)},
    # The public summary is approved (again, after an edit) once the response is given.
    **{(s, A.APPROVE_NOTICE): s for s in (S.PUBLISHED, S.FOLLOWED_UP, S.CLOSED)},
    # 延期 and 协办 only while the matter is being handled (its deadline runs).
    **{(s, a): s for s in OPEN
       for a in (A.ASK_EXTENSION, A.APPROVE_EXTENSION, A.REFUSE_EXTENSION, A.COHANDLE)},
}


def served(status: Status | str) -> Status | None:
    """A service need served by a volunteer order (matching) is resolved (办结) when the order is
    done, from any open status: the office need not have dispatched it. None: no longer open."""
    return S.RESOLVED if Status(status) in OPEN else None


def next_status(status: Status | str, action: Action | str) -> Status:
    """The status after `action`, or InvalidTransition with what is allowed from here (not
    网格调整: the registry's merge or split of a grid does that, never a person)."""
    status, action = Status(status), Action(action)
    after = TRANSITIONS.get((status, action))
    if after is None:
        allowed = sorted(a.value for (s, a) in TRANSITIONS if s == status and a != A.REHOME)
        raise InvalidTransition(
            f"该工单{STATUS_NAMES[status]}，不能{STEP_NAMES[action]}" + (
                "；此状态下可进行：" + "、".join(STEP_NAMES[a] for a in Action if a in allowed)
                if allowed else ""),
            en=f"a ticket that is {status.value} cannot be {VERBS[action]}",
            current_status=status.value, action=action.value, allowed=allowed,
        )
    return after


_ALLOWED: dict[Status, tuple[str, ...]] = {
    status: tuple(sorted(a.value for (s, a) in TRANSITIONS if s == status)) for status in Status}


def allowed_actions(status: Status | str) -> list[str]:
    return list(_ALLOWED[Status(status)])


# What people read: each status as it is said of a ticket (该工单已办结), each step by its name
STATUS_NAMES: dict[Status, str] = {
    S.RECEIVED: "待受理", S.ACCEPTED: "已受理", S.DISPATCHED: "已派单", S.SIGNED: "已签收",
    S.IN_PROGRESS: "正在办理", S.BOUNCED: "已退单", S.RESOLVED: "已办结", S.PUBLISHED: "已公示",
    S.FOLLOWED_UP: "已回访", S.CLOSED: "已结案", S.REJECTED: "未予受理", S.MERGED: "已并案",
}
STEP_NAMES: dict[Action, str] = {
    A.ACCEPT: "受理", A.REJECT: "不予受理", A.DISPATCH: "派单", A.SIGN: "签收", A.BOUNCE: "退单",
    A.START: "开始办理", A.RESOLVE: "办结", A.PUBLISH: "公示回应", A.FOLLOW_UP: "回访",
    A.CLOSE: "结案", A.MERGE: "并案", A.ESCALATE: "上报", A.REMIND: "催办",
    A.RESCHEDULE: "重算期限", A.REOPEN: "重新办理", A.RECOLLECT: "再收集",
    A.REHOME: "网格调整",
    A.APPROVE_NOTICE: "审核公示",
    A.ASK_EXTENSION: "申请延期", A.APPROVE_EXTENSION: "批准延期", A.REFUSE_EXTENSION: "驳回延期",
    A.COHANDLE: "指定协办",
}

# The verb of each step in event subjects (redgrid.tickets.ticket.<verb>).
VERBS: dict[Action, str] = {
    A.ACCEPT: "accepted", A.REJECT: "rejected", A.DISPATCH: "dispatched", A.SIGN: "signed",
    A.BOUNCE: "bounced", A.START: "started", A.RESOLVE: "resolved", A.PUBLISH: "published",
    A.FOLLOW_UP: "followed_up", A.CLOSE: "closed", A.MERGE: "merged", A.ESCALATE: "escalated",
    A.REMIND: "reminded", A.RESCHEDULE: "rescheduled", A.REOPEN: "reopened", A.RECOLLECT: "recollected",
    A.REHOME: "rehomed",
    A.APPROVE_NOTICE: "notice_approved",
    A.ASK_EXTENSION: "extension_asked", A.APPROVE_EXTENSION: "extension_approved",
    A.REFUSE_EXTENSION: "extension_refused", A.COHANDLE: "cohandlers_added",
}
RECEIVED_VERB = "received"

# The milestones the figures count (docs/tickets.md), kept on the ticket row: the column the
# first step of each kind sets. The other milestones are set once by their own step and never
# undone: accepted_at (accept), resolved_at (resolve), the rating (follow_up), merged_into_id
# (merge), and the status rejected (a final one).
MILESTONES: dict[Action, str] = {
    A.DISPATCH: "first_dispatched_at", A.SIGN: "first_signed_at",
    A.BOUNCE: "first_bounced_at", A.ESCALATE: "first_escalated_at",
}


def milestone(action: Action | str, reached: dict[str, object]) -> str | None:
    """The milestone column `action` sets, unless `reached` (the ticket's) has it already."""
    column = MILESTONES.get(Action(action))
    return column if column is not None and reached.get(column) is None else None
