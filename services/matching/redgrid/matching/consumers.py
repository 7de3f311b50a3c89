"""What matching takes from other services: the registry's orgs, grids (and their merges and
splits: open orders re-homed), people, teams and 双报到 (its candidates and their places), and the
tickets service's accepted service needs."""

from __future__ import annotations

import asyncpg

from redgrid.common import catalogue, lineage, orgtree, readmodels
from redgrid.common.consumer import Consumer
from redgrid.common.events import CloudEvent
from redgrid.common.lineage import LineageSeen
from redgrid.common.readmodels import GridSeen
from redgrid.matching.domain.snapshots import (
    ContactSeen,
    DualReportSeen,
    TeamSeen,
    TicketContactSeen,
    TicketSeen,
)
from redgrid.matching.store import registry
from redgrid.matching.usecases import contact, regrid
from redgrid.matching.usecases.tickets import TICKET_ACCEPTED, TICKET_CONTACT, order_from_ticket

TEAM_EVENTS = [f"redgrid.registry.team.{v}.v1" for v in ("created", "updated")]
DUAL_REPORT_EVENTS = [f"redgrid.registry.dual_report.{v}.v1" for v in ("registered", "ended")]
CONTACT_CHANGED = "redgrid.registry.contact.changed.v1"

FROM_REGISTRY = Consumer("matching", source="registry",
                         description="Matching keeps the registry's orgs, grids, people, teams, "
                                     "双报到 registrations, contact data and the catalogue of "
                                     "service types: its candidates, their places and skills, "
                                     "and how an assignee reaches a resident")
orgtree.follow_orgs(FROM_REGISTRY, on_move=registry.rewrite_paths)
readmodels.follow_people(FROM_REGISTRY, catalogue=True)
catalogue.follow(FROM_REGISTRY)


@FROM_REGISTRY.on(*readmodels.GRID_EVENTS, data=GridSeen)
async def on_grid(conn: asyncpg.Connection, event: CloudEvent, grid: GridSeen) -> None:
    await readmodels.apply_grid(conn, grid)
    await regrid.after_grid(conn, grid.id, event.time)  # a successor a lineage waited for


@FROM_REGISTRY.on(*lineage.LINEAGE_EVENTS, data=LineageSeen)
async def on_lineage(conn: asyncpg.Connection, event: CloudEvent, seen: LineageSeen) -> None:
    """Grids merged or split (网格调整): their open orders move to the successors."""
    await regrid.follow_lineage(conn, event.type, seen.from_ids, seen.to_ids, seen.reason,
                                event.time)


@FROM_REGISTRY.on(*TEAM_EVENTS, data=TeamSeen)
async def on_team(conn: asyncpg.Connection, event: CloudEvent, team: TeamSeen) -> None:
    await registry.apply_team(conn, team)


@FROM_REGISTRY.on(*DUAL_REPORT_EVENTS, data=DualReportSeen)
async def on_dual_report(conn: asyncpg.Connection, event: CloudEvent,
                         report: DualReportSeen) -> None:
    await registry.apply_dual_report(conn, report)


# Contact data travels on the registry's private stream (events.PRIVATE_ENTITIES); from the
# registry's own stream too while a registry from before the move still publishes there.
FROM_REGISTRY_PRIVATE = Consumer("matching", "registry", private=True,
                                 description="Residents' contact data, for the assignee of an "
                                             "accepted order (internal, never logged)")
FROM_REGISTRY_PRIVATE.on(CONTACT_CHANGED, data=ContactSeen)(contact.on_contact)
FROM_REGISTRY.on(CONTACT_CHANGED, data=ContactSeen)(contact.on_contact)

FROM_TICKETS = Consumer("matching", source="tickets",
                        description="Matching places an order for every accepted service need, "
                                    "with the reporter's contact tickets shares")
FROM_TICKETS.on(TICKET_ACCEPTED, data=TicketSeen)(order_from_ticket)
FROM_TICKETS.on(TICKET_CONTACT, data=TicketContactSeen)(contact.on_ticket_contact)

ALL = [FROM_REGISTRY, FROM_TICKETS, FROM_REGISTRY_PRIVATE]
