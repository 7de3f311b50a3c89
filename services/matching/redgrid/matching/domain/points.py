"""Service hours and points (志愿积分): what a completed and rated order is worth, and which
community it counts for."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from uuid import UUID

POINTS_PER_HOUR = 10
RATING_BONUS = {5: 5, 4: 2}  # a well-rated service earns a little more


def service_points(hours: Decimal | float) -> int:
    return int((Decimal(str(hours)) * POINTS_PER_HOUR).quantize(Decimal(1), ROUND_HALF_UP))


def rating_bonus(rating: int) -> int:
    return RATING_BONUS.get(rating, 0)


def credited_community(order_community: UUID, dual_report_community: UUID | None) -> UUID:
    """An in-service member registered by 双报到 serves for the community where they live: their
    hours count there, wherever the order was; everyone else's count where the order was."""
    return dual_report_community or order_community
