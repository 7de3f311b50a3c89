"""Routing a matter: the first of the ordered ways below that finds its place (a grid from the
registry's read model here, else a community's queue) gives it; the rules are in
domain/routing.py, the reads in queries/places.py."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from uuid import UUID

import asyncpg

from redgrid.common import scope
from redgrid.common.auth import Principal
from redgrid.common.errors import Invalid
from redgrid.tickets.domain import routing
from redgrid.tickets.domain.routing import Grid, Holder, Org, Place, Where
from redgrid.tickets.queries import places

Way = Callable[[asyncpg.Connection, Principal, Where], Awaitable[Place | None]]


async def named_grid(conn: asyncpg.Connection, who: Principal, where: Where) -> Place | None:
    """The grid the matter names: an active one known here, or a 422."""
    if where.grid_id is None:
        return None
    grid = routing.active_grid(await places.grid(conn, where.grid_id), where.grid_id)
    return await _in_grid(conn, who, grid)


async def located_grid(conn: asyncpg.Connection, who: Principal, where: Where) -> Place | None:
    """The grid holding its point, else the grid whose address key its address holds."""
    if not where.located:
        return None
    grid = await places.locate(conn, where.lat, where.lng, where.address)
    return await _in_grid(conn, who, grid) if grid else None


async def reporters_grid(conn: asyncpg.Connection, who: Principal,
                         where: Where) -> Place | None:
    """The reporter's own grid, when the matter does not say where it is."""
    if where.located or where.reporter_id is None:
        return None
    home = await places.home(conn, where.reporter_id)
    grid = await places.grid(conn, home.grid_id) if home and home.grid_id else None
    return await _in_grid(conn, who, grid) if grid else None


async def named_community(conn: asyncpg.Connection, who: Principal,
                          where: Where) -> Place | None:
    """The community's queue the matter names: a community known here, or a 422."""
    if where.community_id is None:
        return None
    org = routing.a_community(await places.org(conn, where.community_id), where.community_id)
    return await _completed(conn, who, None, org)


async def reporters_community(conn: asyncpg.Connection, who: Principal,
                              where: Where) -> Place | None:
    """The queue of the community the reporter is registered in."""
    home = await places.home(conn, where.reporter_id) if where.reporter_id else None
    path = home.org_path if home else None
    community = await places.ancestor(conn, path, "community") if path else None
    return await _completed(conn, who, None, community) if community else None


async def staffs_community(conn: asyncpg.Connection, who: Principal,
                           where: Where) -> Place | None:
    """The queue of the community of the staff member filing it."""
    path = await _staff_path(conn, who)
    community = await places.ancestor(conn, path, "community") if path else None
    return await _completed(conn, who, None, community) if community else None


async def staffs_street(conn: asyncpg.Connection, who: Principal, where: Where) -> Place:
    """Nothing known of its place: the street of the staff member filing it, else the city."""
    return await _completed(conn, who, None, None)


# In this order: what the matter says, then who reports it, then who files it.
WAYS: tuple[Way, ...] = (named_grid, located_grid, reporters_grid, named_community,
                         reporters_community, staffs_community, staffs_street)


async def place_of(conn: asyncpg.Connection, who: Principal, where: Where) -> Place:
    for way in WAYS:
        place = await way(conn, who, where)
        if place is not None:
            return place
    raise AssertionError("staffs_street always finds a place")


async def _in_grid(conn: asyncpg.Connection, who: Principal, grid: Grid) -> Place:
    return await _completed(conn, who, grid, await places.org(conn, grid.community_id))


async def _completed(conn: asyncpg.Connection, who: Principal, grid: Grid | None,
                     community: Org | None) -> Place:
    """The place with its street: its community's, else the filing staff member's."""
    base = community.path if community else await _staff_path(conn, who)
    street = await places.ancestor(conn, base, "street") if base else None
    return Place.of(grid, community, street)


async def _staff_path(conn: asyncpg.Connection, who: Principal) -> str | None:
    if not who.is_staff or who.org_id is None:
        return None
    org = await places.org(conn, who.org_id)
    return org.path if org else None


async def place_of_ticket(conn: asyncpg.Connection, grid_id: UUID | None,
                          community_id: UUID | None, street_id: UUID | None) -> Place:
    """A filed ticket's place, as the read models know it now."""
    grid = await places.grid(conn, grid_id) if grid_id else None
    community = await places.org(conn, community_id) if community_id else None
    street = await places.org(conn, street_id) if street_id else None
    return Place.of(grid, community, street)


async def ensure_target_in_scope(conn: asyncpg.Connection, who: Principal,
                                 holder: Holder) -> None:
    if not holder.org_path.startswith(await scope.scope_path(conn, who)):
        raise Invalid("只能在本组织范围内派单；超出范围请上报",
                      en="you can dispatch only within your own organisation; escalate instead")


async def preview(conn: asyncpg.Connection, who: Principal, lat: float | None,
                  lng: float | None, address: str | None) -> dict:
    """Where a matter at this place would go, from the read models kept here."""
    place = await place_of(conn, who, Where(lat=lat, lng=lng, address=address))
    grid = await places.grid(conn, place.grid_id) if place.grid_id else None
    holder = routing.first_holder(place)
    return {"grid_id": place.grid_id, "grid_code": grid.code if grid else None,
            "grid_name": grid.name if grid else None, "community_id": place.community_id,
            "street_id": place.street_id, "level": holder.level.value,
            "org_id": holder.org_id}
