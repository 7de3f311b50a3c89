"""Likely duplicates: the same category, a nearby place, a short time apart."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from redgrid.common.geo import distance_m

NEAR_METRES = 150.0
WITHIN = timedelta(hours=72)
# The most recent likely duplicates a new matter is flagged with: enough for the office to
# merge them, while a hotspot reported a thousand times does not make each new report carry
# (in its row, its first step and its event) the ids of all the others.
FLAGGED = 10
# What a resident is shown before sending (已有人反映): open matters of the category a little
# farther and a good deal older than the ones flagged, so that a pothole reported last week is
# found; within the cells around the point (a cell is at least 222 m tall, so 200 m fits).
ASKED_METRES = 200.0
ASKED_WITHIN = timedelta(days=30)
SHOWN = 5


# migrations/0009_near_cells.sql: a cell is taller and wider than NEAR_METRES, so that the
# cell of a point and the eight around it hold every point near it (wider in longitude: a
# degree of it shrinks to the north; enough up to 60 degrees, the mainland ends at 53.6)
CELL_LAT, CELL_LNG = 0.002, 0.004


def cell(lat: float, lng: float) -> int:
    """The near_cell of a point, as PostgreSQL computes it (0009_near_cells.sql)."""
    return _cell(math.floor(lat / CELL_LAT), math.floor(lng / CELL_LNG))


def cells_around(lat: float, lng: float) -> list[int]:
    """The cell of the point and the eight around it: every point within NEAR_METRES."""
    row, col = math.floor(lat / CELL_LAT), math.floor(lng / CELL_LNG)
    return [_cell(row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)]


def _cell(row: int, col: int) -> int:
    return row * 1000003 + col


def same_place(a_lat: float | None, a_lng: float | None, a_address: str | None,
               b_lat: float | None, b_lng: float | None, b_address: str | None) -> bool:
    if None not in (a_lat, a_lng, b_lat, b_lng):
        return distance_m(a_lat, a_lng, b_lat, b_lng) <= NEAR_METRES
    if a_address and b_address:
        return _normal(a_address) == _normal(b_address)
    return False


def likely_duplicate(category: str, lat: float | None, lng: float | None, address: str | None,
                     at: datetime, other: dict) -> bool:
    """`other` is an open ticket's category, lat, lng, address and received_at."""
    return (other["category"] == category
            and abs(at - other["received_at"]) <= WITHIN
            and same_place(lat, lng, address, other["lat"], other["lng"], other["address"]))


def _normal(address: str) -> str:
    return "".join(address.split()).lower()
