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


def remaining(quantity: int, claimed: int) -> int:
    return quantity - claimed


def check_claim(status: str, quantity: int, claimed: int, wanted: int) -> None:
    if status not in LIVE:
        raise InvalidTransition(f"this need is {status}: it takes no claims")
    left = remaining(quantity, claimed)
    if wanted > left:
        raise Conflict(f"only {left} of this need are left to claim", remaining=left)


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
        raise InvalidTransition(f"a {status} claim cannot {step}")
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
        raise InvalidTransition(f"this need is {status}: it cannot change")


def check_new_quantity(quantity: int, claimed: int) -> None:
    if quantity < claimed:
        raise Conflict(f"{claimed} of this need are claimed already", claimed=claimed)
