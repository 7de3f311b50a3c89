"""What tickets takes from the registry: orgs (scope, streets' number prefixes), grids (routing)
and people (who works which grid), as local read models; never a call to the registry. And from
matching: the volunteer orders service needs became, whose outcome closes or returns them."""

from __future__ import annotations

import asyncpg

from redgrid.common import orgtree, readmodels
from redgrid.common.consumer import Consumer
from redgrid.common.events import CloudEvent
from redgrid.common.orgtree import OrgSeen
from redgrid.common.readmodels import GridSeen
from redgrid.tickets.domain.numbers import prefix_from_code
from redgrid.tickets.domain.snapshots import OrderSeen
from redgrid.tickets.queries.places import TREE
from redgrid.tickets.store import catalogue as store
from redgrid.tickets.usecases import service_orders

FROM_REGISTRY = Consumer("tickets", source="registry",
                         description="tickets keeps the registry's orgs, grids and people")


async def _moved(conn: asyncpg.Connection, old: str, new: str) -> None:
    for table, column in (("tickets", "org_path"), ("tickets", "area_path"),
                          ("visits", "area_path"), ("grids", "org_path")):
        await orgtree.rewrite_paths(conn, table, column, old, new)


@FROM_REGISTRY.on(*orgtree.ORG_EVENTS, data=OrgSeen)
async def apply_org(conn: asyncpg.Connection, event: CloudEvent, org: OrgSeen) -> None:
    TREE.clear()
    await orgtree.apply_org(conn, org, on_move=_moved)
    if org.kind == "street":
        await store.prefix_from_registry(conn, org.id, prefix_from_code(org.code, org.id),
                                         org.version)


@FROM_REGISTRY.on(*readmodels.GRID_EVENTS, data=GridSeen)
async def apply_grid(conn: asyncpg.Connection, event: CloudEvent, grid: GridSeen) -> None:
    TREE.clear()
    await readmodels.apply_grid(conn, grid)


readmodels.follow_people(FROM_REGISTRY)


FROM_MATCHING = Consumer("tickets", source="matching",
                         description="tickets brings back the outcome of the volunteer orders "
                                     "service needs became: resolved, rated, back in the queue")
_O = service_orders.ORDER_EVENTS
FROM_MATCHING.on(_O["placed"], data=OrderSeen)(service_orders.on_placed)
FROM_MATCHING.on(_O["completed"], data=OrderSeen)(service_orders.on_completed)
FROM_MATCHING.on(_O["rated"], data=OrderSeen)(service_orders.on_rated)
FROM_MATCHING.on(_O["cancelled"], _O["expired"], data=OrderSeen)(service_orders.on_ended)
