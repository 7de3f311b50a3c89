"""Likely duplicates: the same category, a nearby place, a short time apart."""

from __future__ import annotations

from datetime import datetime, timedelta

from redgrid.common.geo import distance_m

NEAR_METRES = 150.0
WITHIN = timedelta(hours=72)
# The most recent likely duplicates a new matter is flagged with: enough for the office to
# merge them, while a hotspot reported a thousand times does not make each new report carry
# (in its row, its first step and its event) the ids of all the others.
FLAGGED = 10


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
