"""Plain geometry on lat/lng: great-circle distance, walking time, point in polygon."""

from __future__ import annotations

import math

import shapely
from shapely.geometry import Polygon

EARTH_RADIUS_M = 6_371_000.0
WALKING_METRES_PER_MINUTE = 80.0  # an unhurried walk, elderly residents included
DETOUR = 1.3  # streets are not straight lines: a usual factor for city blocks


def distance_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def walking_minutes(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    return distance_m(lat1, lng1, lat2, lng2) * DETOUR / WALKING_METRES_PER_MINUTE


def box(lat: float, metres: float) -> tuple[float, float]:
    """Half-sides (degrees of latitude, of longitude) of a square that holds a circle of
    `metres` around a point at `lat`: a cheap index filter before the exact distance."""
    dlat = metres / 111_320.0
    return dlat, dlat / max(0.1, math.cos(math.radians(lat)))


def contains(area: list[list[float]] | None, lat: float, lng: float) -> bool:
    """Ray casting: is (lat, lng) inside the polygon given as [[lng, lat], …]?"""
    if not area or len(area) < 3:
        return False
    inside = False
    j = len(area) - 1
    for i in range(len(area)):
        xi, yi = area[i][0], area[i][1]
        xj, yj = area[j][0], area[j][1]
        if (yi > lat) != (yj > lat) and lng < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside



# Two grids sharing a border touch; they overlap only where their insides meet by more than this
# (in square degrees: about a square metre at our latitudes), which forgives a redrawn border.
OVERLAP_TOLERANCE = 1e-10


def overlaps(a: list[list[float]] | None, b: list[list[float]] | None) -> bool:
    """Do two polygons ([[lng, lat], …]) share inside area? Neighbours sharing a border do not.
    A polygon drawn crossing itself counts by the area it encloses."""
    if not a or not b or len(a) < 3 or len(b) < 3:
        return False
    pa, pb = shapely.make_valid(Polygon(a)), shapely.make_valid(Polygon(b))
    return pa.intersection(pb).area > OVERLAP_TOLERANCE
