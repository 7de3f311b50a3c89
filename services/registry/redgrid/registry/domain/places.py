"""Service places and the "15-minute party-building circle" (15分钟党建活力圈)."""

from __future__ import annotations

import math
from enum import StrEnum

WALKING_METRES_PER_MINUTE = 80.0  # an unhurried walk, elderly residents included
EARTH_RADIUS_M = 6_371_000.0


class PlaceKind(StrEnum):
    SERVICE_CENTRE = "service_centre"  # 社区党群服务中心
    SERVICE_STATION = "service_station"  # 小区党群服务站
    LEGAL_CLINIC = "legal_clinic"  # 社区法律诊所
    OTHER = "other"


def distance_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def walking_minutes(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    # Streets are not straight lines: 1.3 is a usual detour factor for city blocks.
    return distance_m(lat1, lng1, lat2, lng2) * 1.3 / WALKING_METRES_PER_MINUTE


def degree_box(lat: float, minutes: float) -> tuple[float, float]:
    """Half-sides (in degrees of lat, lng) of a box that holds the walking circle."""
    metres = minutes * WALKING_METRES_PER_MINUTE
    dlat = metres / 111_320.0
    dlng = metres / (111_320.0 * max(0.1, math.cos(math.radians(lat))))
    return dlat, dlng
