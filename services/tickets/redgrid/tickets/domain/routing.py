"""Where a matter is handled: "小事不出网格,大事不出社区". A ticket is held at a level; what the
grid cannot settle, or settles too late, goes up to the community, then the street."""

from __future__ import annotations

import math
from enum import StrEnum

from redgrid.common.errors import Conflict


class Level(StrEnum):
    GRID = "grid"
    COMMUNITY = "community"
    STREET = "street"
    DEPARTMENT = "department"  # a competent department (职能部门), supervised by the street


# Each level and the one above it; the street is the top (a department's is its street).
ABOVE = {Level.GRID: Level.COMMUNITY, Level.COMMUNITY: Level.STREET,
         Level.DEPARTMENT: Level.STREET}
# escalation_level in events: 0 at the start, +1 per escalation.
MAX_ESCALATIONS = 2


def level_above(level: Level | str) -> Level:
    above = ABOVE.get(Level(level))
    if above is None:
        raise Conflict("街道已是最高层级，无法再向上上报",
                       en="the street is the top level: there is nobody above to escalate to")
    return above


def can_escalate_automatically(level: Level | str, escalations: int) -> bool:
    return Level(level) in ABOVE and escalations < MAX_ESCALATIONS


def escalation_limit(hours: int | None, working_days: int | None) -> tuple[int | None, int | None]:
    """The time a higher level gets after an escalation: an emergency's hours again, else half
    the working days (at least one)."""
    if hours:
        return hours, None
    return None, max(1, math.ceil((working_days or 1) / 2))
