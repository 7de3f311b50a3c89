"""Candidates for the need list: tickets and service orders a community saw through events.

The newest snapshot of each is kept; whether it is still a candidate follows from its status, so
events that arrive out of order leave the same list.
"""

from __future__ import annotations

from enum import StrEnum


class SourceKind(StrEnum):
    TICKET = "ticket"  # 民情: a resident's matter the tickets service accepted
    ORDER = "order"  # 五单制: a volunteer service order from matching


# Statuses in which a ticket or an order is no longer something to publish as a need: not yet
# accepted, already done, or in a volunteer's hands.
NOT_CANDIDATE = {
    SourceKind.TICKET: frozenset({"received", "resolved", "published", "followed_up", "closed",
                                  "rejected", "merged"}),
    SourceKind.ORDER: frozenset({"accepted", "started", "completed", "rated", "cancelled"}),
}


def is_candidate(kind: str, status: str) -> bool:
    return status not in NOT_CANDIDATE[SourceKind(kind)]
