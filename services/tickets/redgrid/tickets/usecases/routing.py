"""Routing a matter: location or address → grid (from the registry's read model here), else the
community's queue; and which organisation holds it at each level."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

import asyncpg

from redgrid.common import scope
from redgrid.common.auth import Principal
from redgrid.common.errors import Invalid
from redgrid.tickets.domain.routing import Level
from redgrid.tickets.queries import places

WHOLE_CITY = "/"


@dataclass(frozen=True)
class Place:
    grid_id: UUID | None
    grid_org_id: UUID | None
    grid_path: str | None
    community_id: UUID | None
    community_path: str | None
    street_id: UUID | None
    street_path: str | None

    @property
    def area_path(self) -> str:
        return self.grid_path or self.community_path or self.street_path or WHOLE_CITY


@dataclass(frozen=True)
class Holder:
    level: Level
    org_id: UUID | None
    org_path: str
    department: str | None = None


async def _community(conn: asyncpg.Connection, community_id: UUID) -> asyncpg.Record:
    org = await places.org(conn, community_id)
    if org is None or org["kind"] != "community":
        raise Invalid(f"{community_id} 不是已知的社区",
                      en=f"{community_id} is not a community known here")
    return org


async def place_of(conn: asyncpg.Connection, who: Principal, *, grid_id: UUID | None,
                   lat: float | None, lng: float | None, address: str | None,
                   community_id: UUID | None, reporter_id: UUID | None) -> Place:
    grid = None
    if grid_id is not None:
        grid = await places.grid(conn, grid_id)
        if grid is None or grid["status"] != "active":
            raise Invalid(f"网格 {grid_id} 不存在或已撤销",
                          en=f"grid {grid_id} is not an active grid known here")
    elif lat is not None or address:
        grid = await places.locate(conn, lat, lng, address)
    # The reporter's own record matters only when the place did not say where it is.
    person = await places.person(conn, reporter_id) if reporter_id and grid is None else None
    if grid is None and person is not None and person["grid_id"] and lat is None and not address:
        grid = await places.grid(conn, person["grid_id"])  # the resident's own grid
    community = None
    if grid is not None:
        community = await places.org(conn, grid["community_id"])
    elif community_id is not None:
        community = await _community(conn, community_id)
    else:  # the reporter's community, else the community of the staff member filing it
        for path in (person["org_path"] if person else None,
                     await _staff_path(conn, who)):
            found = await places.ancestor(conn, path, "community") if path else None
            if found:
                community = await places.org(conn, found)
                break
    street_id = street_path = None
    base = community["path"] if community else await _staff_path(conn, who)
    if base:
        street_id = await places.ancestor(conn, base, "street")
        street = await places.org(conn, street_id) if street_id else None
        street_path = street["path"] if street else None
    return Place(
        grid_id=grid["id"] if grid else None, grid_org_id=grid["org_id"] if grid else None,
        grid_path=grid["org_path"] if grid else None,
        community_id=community["id"] if community else None,
        community_path=community["path"] if community else None,
        street_id=street_id, street_path=street_path,
    )


async def _staff_path(conn: asyncpg.Connection, who: Principal) -> str | None:
    if not who.is_staff or who.org_id is None:
        return None
    org = await places.org(conn, who.org_id)
    return org["path"] if org else None


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


async def place_of_ticket(conn: asyncpg.Connection, grid_id: UUID | None,
                          community_id: UUID | None, street_id: UUID | None) -> Place:
    grid = await places.grid(conn, grid_id) if grid_id else None
    community = await places.org(conn, community_id) if community_id else None
    street = await places.org(conn, street_id) if street_id else None
    return Place(
        grid_id=grid_id if grid else None, grid_org_id=grid["org_id"] if grid else None,
        grid_path=grid["org_path"] if grid else None,
        community_id=community_id if community else None,
        community_path=community["path"] if community else None,
        street_id=street_id if street else None, street_path=street["path"] if street else None,
    )


async def ensure_target_in_scope(conn: asyncpg.Connection, who: Principal,
                                 holder: Holder) -> None:
    if not holder.org_path.startswith(await scope.scope_path(conn, who)):
        raise Invalid("只能在本组织范围内派单；超出范围请上报",
                      en="you can dispatch only within your own organisation; escalate instead")


async def preview(conn: asyncpg.Connection, who: Principal, lat: float | None,
                  lng: float | None, address: str | None) -> dict:
    """Where a matter at this place would go, from the read models kept here."""
    place = await place_of(conn, who, grid_id=None, lat=lat, lng=lng, address=address,
                           community_id=None, reporter_id=None)
    grid = await places.grid(conn, place.grid_id) if place.grid_id else None
    holder = first_holder(place)
    return {"grid_id": place.grid_id, "grid_code": grid["code"] if grid else None,
            "grid_name": grid["name"] if grid else None, "community_id": place.community_id,
            "street_id": place.street_id, "level": holder.level.value,
            "org_id": holder.org_id}
