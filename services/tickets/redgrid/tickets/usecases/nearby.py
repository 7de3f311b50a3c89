"""已有人反映: the open matters near where a resident is about to report one, so that she can
follow that one instead of filing the same thing again. Anyone logged in may ask: the answer
holds nothing of any reporter."""

from __future__ import annotations

from datetime import datetime

import asyncpg

from redgrid.common.geo import distance_m
from redgrid.common.masking import mask_text
from redgrid.tickets.domain import duplicates
from redgrid.tickets.models import NearbyMatter
from redgrid.tickets.queries import tickets as queries


async def open_near(conn: asyncpg.Connection, category: str, lat: float, lng: float,
                    now: datetime) -> list[NearbyMatter]:
    rows = await queries.open_near(conn, category, now - duplicates.ASKED_WITHIN, lat=lat,
                                   lng=lng, metres=duplicates.ASKED_METRES,
                                   limit=duplicates.SHOWN)
    return [NearbyMatter(number=r["number"], title=mask_text(r["title"]) or "", status=r["status"],
                         distance_m=_rounded(distance_m(lat, lng, r["lat"], r["lng"])))
            for r in rows]


def _rounded(metres: float) -> int:
    """To ten metres: near enough to judge, not a survey of where someone stood."""
    return int(round(metres / 10.0) * 10)
