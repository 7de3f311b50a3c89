"""Service places and the "15-minute party-building circle" (15分钟党建活力圈)."""

from __future__ import annotations

from enum import StrEnum

from redgrid.common.geo import WALKING_METRES_PER_MINUTE, box, distance_m, walking_minutes

__all__ = ["PlaceKind", "degree_box", "distance_m", "walking_minutes"]


class PlaceKind(StrEnum):
    SERVICE_CENTRE = "service_centre"  # 社区党群服务中心
    SERVICE_STATION = "service_station"  # 小区党群服务站
    LEGAL_CLINIC = "legal_clinic"  # 社区法律诊所
    OTHER = "other"


def degree_box(lat: float, minutes: float) -> tuple[float, float]:
    """Half-sides (in degrees of lat, lng) of a box that holds the walking circle."""
    return box(lat, minutes * WALKING_METRES_PER_MINUTE)
