"""The need list (需求清单) and claims on it (精准接单).

A need is never claimed beyond its quantity: `claimed` counts the quantity of every claim made,
confirmed or fulfilled; `fulfilled` the quantity of fulfilled claims. A need is `claimed` when
nothing is left to claim, `met` when fulfilment reaches its quantity.
"""

from __future__ import annotations

from enum import StrEnum

from redgrid.common.errors import Conflict, InvalidTransition


class NeedStatus(StrEnum):
    OPEN = "open"  # published, something left to claim
    CLAIMED = "claimed"  # claimed in full, not yet all fulfilled
    MET = "met"  # fulfilled in full
    CLOSED = "closed"  # closed by the community without being met


class ClaimStatus(StrEnum):
    MADE = "made"  # a unit claimed it (接单), awaiting the community
    CONFIRMED = "confirmed"  # the community agreed
    DECLINED = "declined"  # the community said no
    WITHDRAWN = "withdrawn"  # the unit (or the community closing the need) took it back
    FULFILLED = "fulfilled"  # delivered


LIVE = frozenset({NeedStatus.OPEN, NeedStatus.CLAIMED})
HOLDING = frozenset({ClaimStatus.MADE, ClaimStatus.CONFIRMED})  # reserve quantity, not yet done
RELEASING = frozenset({ClaimStatus.DECLINED, ClaimStatus.WITHDRAWN})

# step -> (claim statuses it may start from, claim status after it)
CLAIM_STEPS = {
    "confirm": (frozenset({ClaimStatus.MADE}), ClaimStatus.CONFIRMED),
    "decline": (frozenset({ClaimStatus.MADE}), ClaimStatus.DECLINED),
    "withdraw": (HOLDING, ClaimStatus.WITHDRAWN),
    "fulfil": (frozenset({ClaimStatus.CONFIRMED}), ClaimStatus.FULFILLED),
}

# What people read: each status as it is said of a need or claim (该需求已认领满), each step's name
NEED_NAMES: dict[NeedStatus, str] = {
    NeedStatus.OPEN: "正在认领", NeedStatus.CLAIMED: "已认领满", NeedStatus.MET: "已满足",
    NeedStatus.CLOSED: "已关闭",
}
CLAIM_NAMES: dict[ClaimStatus, str] = {
    ClaimStatus.MADE: "待社区确认", ClaimStatus.CONFIRMED: "已确认", ClaimStatus.DECLINED: "已婉拒",
    ClaimStatus.WITHDRAWN: "已撤回", ClaimStatus.FULFILLED: "已兑现",
}
CLAIM_STEP_NAMES = {"confirm": "确认", "decline": "婉拒", "withdraw": "撤回", "fulfil": "兑现"}


def remaining(quantity: int, claimed: int) -> int:
    return quantity - claimed


def check_claim(status: str, quantity: int, claimed: int, wanted: int) -> None:
    if status not in LIVE:
        raise InvalidTransition(f"该需求{NEED_NAMES[status]}，不再接受认领",
                                en=f"this need is {status}: it takes no claims")
    left = remaining(quantity, claimed)
    if wanted > left:
        raise Conflict(f"该需求只剩 {left} 份可认领",
                       en=f"only {left} of this need are left to claim", remaining=left)


def status_after(current: str, quantity: int, claimed: int, fulfilled: int) -> NeedStatus:
    """A live need's status from its counts; met and closed needs stay where they are."""
    if current not in LIVE:
        return NeedStatus(current)
    if fulfilled >= quantity:
        return NeedStatus.MET
    return NeedStatus.CLAIMED if claimed >= quantity else NeedStatus.OPEN


def claim_step(status: str, step: str) -> ClaimStatus:
    allowed, after = CLAIM_STEPS[step]
    if status not in allowed:
        raise InvalidTransition(f"该认领{CLAIM_NAMES[status]}，不能{CLAIM_STEP_NAMES[step]}",
                                en=f"a {status} claim cannot {step}")
    return after


def counts_after_step(claimed: int, fulfilled: int, quantity: int,
                      after: ClaimStatus) -> tuple[int, int]:
    """The need's (claimed, fulfilled) once a claim of `quantity` takes this step."""
    if after in RELEASING:
        return claimed - quantity, fulfilled
    if after == ClaimStatus.FULFILLED:
        return claimed, fulfilled + quantity
    return claimed, fulfilled


def check_editable(status: str) -> None:
    if status not in LIVE:
        raise InvalidTransition(f"该需求{NEED_NAMES[status]}，不能再修改",
                                en=f"this need is {status}: it cannot change")


def check_new_quantity(quantity: int, claimed: int) -> None:
    if quantity < claimed:
        raise Conflict(f"该需求已被认领 {claimed} 份，数量不能少于此数",
                       en=f"{claimed} of this need are claimed already", claimed=claimed)
