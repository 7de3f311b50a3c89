"""Where a matter is handled: "小事不出网格,大事不出社区". A ticket is held at a level; what the
grid cannot settle, or settles too late, goes up to the community, then the street."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from redgrid.common.errors import Conflict, Invalid


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


# --- where a matter is, and who holds it there ---------------------------------------------

WHOLE_CITY = "/"


@dataclass(frozen=True)
class Org:
    """An organisation of the registry's read model kept here, as routing sees it."""

    id: UUID
    kind: str  # street, community, grid_branch, …
    path: str
    name: str | None = None


@dataclass(frozen=True)
class Grid:
    """A grid of the read model: the branch that works it (its org) and its community."""

    id: UUID
    code: str
    name: str
    org_id: UUID | None
    org_path: str | None
    community_id: UUID | None
    active: bool


@dataclass(frozen=True)
class Home:
    """Where a reporter is registered: their grid (if any) and their organisation's path."""

    grid_id: UUID | None
    org_path: str


@dataclass(frozen=True)
class Where:
    """What a matter says of its place, and whose matter it is."""

    grid_id: UUID | None = None
    lat: float | None = None
    lng: float | None = None
    address: str | None = None
    community_id: UUID | None = None
    reporter_id: UUID | None = None

    @property
    def located(self) -> bool:
        """A point or an address: then where the reporter lives says nothing of the matter."""
        return self.lat is not None or bool(self.address)


@dataclass(frozen=True)
class Place:
    grid_id: UUID | None
    grid_org_id: UUID | None
    grid_path: str | None
    community_id: UUID | None
    community_path: str | None
    street_id: UUID | None
    street_path: str | None

    @classmethod
    def of(cls, grid: Grid | None, community: Org | None, street: Org | None) -> Place:
        return cls(
            grid_id=grid.id if grid else None, grid_org_id=grid.org_id if grid else None,
            grid_path=grid.org_path if grid else None,
            community_id=community.id if community else None,
            community_path=community.path if community else None,
            street_id=street.id if street else None, street_path=street.path if street else None)

    @property
    def area_path(self) -> str:
        return self.grid_path or self.community_path or self.street_path or WHOLE_CITY


@dataclass(frozen=True)
class Holder:
    level: Level
    org_id: UUID | None
    org_path: str
    department: str | None = None


def active_grid(grid: Grid | None, grid_id: UUID) -> Grid:
    """A grid a matter is sent to must be one known here and active."""
    if grid is None or not grid.active:
        raise Invalid(f"网格 {grid_id} 不存在或已撤销",
                      en=f"grid {grid_id} is not an active grid known here")
    return grid


def a_community(org: Org | None, org_id: UUID) -> Org:
    if org is None or org.kind != "community":
        raise Invalid(f"{org_id} 不是已知的社区", en=f"{org_id} is not a community known here")
    return org


def first_holder(place: Place) -> Holder:
    """Where a new matter waits to be accepted: its grid, else its community's queue."""
    if place.grid_id is not None:
        return Holder(Level.GRID, place.grid_org_id, place.grid_path)
    return holder_at(place, Level.COMMUNITY)


def holder_at(place: Place, level: Level, department: str | None = None) -> Holder:
    """The organisation holding a ticket at `level`; a level the place lacks goes up one."""
    if level == Level.GRID and place.grid_id is not None:
        return Holder(Level.GRID, place.grid_org_id, place.grid_path)
    if level in (Level.GRID, Level.COMMUNITY) and place.community_id is not None:
        return Holder(Level.COMMUNITY, place.community_id, place.community_path)
    if level == Level.DEPARTMENT and department:
        return Holder(Level.DEPARTMENT, place.street_id, place.street_path or WHOLE_CITY,
                      department)
    return Holder(Level.STREET, place.street_id, place.street_path or WHOLE_CITY)


def dispatch_level(level: Level | None, department: str | None, *, to_grid: bool,
                   rule_level: Level | None,
                   rule_department: str | None) -> tuple[Level, str | None]:
    """The level (and department) a dispatch sends to: as given; else a grid when one is named,
    else the catalogue's (a community when no rule is in force). A department is named at the
    department level, and only there."""
    if level is None:
        level = Level.GRID if to_grid else (rule_level or Level.COMMUNITY)
        department = department or rule_department
    if level == Level.DEPARTMENT and not department:
        raise Invalid("请指定派往的职能部门", en="name the department to dispatch to")
    return level, department if level == Level.DEPARTMENT else None


def level_of_org(org_kind: str) -> Level:
    """The level an office of this kind works at (a branch: its grid)."""
    return {"street": Level.STREET, "community": Level.COMMUNITY}.get(org_kind, Level.GRID)
