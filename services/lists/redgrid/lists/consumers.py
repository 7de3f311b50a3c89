"""What the lists take from other services' streams, applied idempotently (the Consumer's inbox)
and order-proof (a snapshot applies only when its version is newer than the one kept).

- registry: organisations and people (shared read models), co-building units, volunteer teams,
  the catalogue of service types;
- tickets: every step's snapshot; an accepted ticket of a community is a candidate need, and a
  resolution followed as a ticket takes its status from it;
- matching: every service order's snapshot; an order not (yet) taken is a candidate need.
"""

from __future__ import annotations

import asyncpg

from redgrid.common import catalogue, orgtree, readmodels
from redgrid.common.consumer import Consumer
from redgrid.common.events import CloudEvent
from redgrid.lists.domain.snapshots import OrderSeen, TeamSeen, TicketSeen, UnitSeen
from redgrid.lists.domain.sources import SourceKind
from redgrid.lists.store import readmodels as store
from redgrid.lists.usecases import tracking

UNIT_EVENTS = [f"redgrid.registry.unit.{v}.v1" for v in ("registered", "updated")]
TEAM_EVENTS = [f"redgrid.registry.team.{v}.v1" for v in ("created", "updated")]
TICKET_VERBS = ("received", "accepted", "dispatched", "signed", "bounced", "started", "resolved",
                "published", "followed_up", "closed", "rejected", "merged", "reopened",
                "escalated", "reminded", "recollected", "rehomed")
ORDER_VERBS = ("placed", "handed_over", "declined_by_community", "dispatched", "accepted",
               "refused", "started", "completed", "rated", "cancelled", "expired", "escalated",
               "reassigned", "rehomed")
TICKET_EVENTS = [f"redgrid.tickets.ticket.{v}.v1" for v in TICKET_VERBS]
ORDER_EVENTS = [f"redgrid.matching.order.{v}.v1" for v in ORDER_VERBS]

FROM_REGISTRY = Consumer("lists", source="registry",
                         description="lists keeps organisations, co-building units, teams and "
                                     "the catalogue of service types")
FROM_TICKETS = Consumer("lists", source="tickets",
                        description="lists keeps tickets as candidate needs and for resolutions")
FROM_MATCHING = Consumer("lists", source="matching",
                         description="lists keeps service orders as candidate needs")
orgtree.follow_orgs(FROM_REGISTRY, on_move=store.rewrite_all_paths)
readmodels.follow_people(FROM_REGISTRY, catalogue=True)  # whose name an answer shows
catalogue.follow(FROM_REGISTRY)  # the words of needs' categories and resources' services


@FROM_REGISTRY.on(*UNIT_EVENTS, data=UnitSeen)
async def apply_unit(conn: asyncpg.Connection, event: CloudEvent, unit: UnitSeen) -> None:
    path = await orgtree.local_path(conn, unit.org_path)  # through the tree as known here
    await store.upsert_unit(conn, unit, path)


@FROM_REGISTRY.on(*TEAM_EVENTS, data=TeamSeen)
async def apply_team(conn: asyncpg.Connection, event: CloudEvent, team: TeamSeen) -> None:
    path = await orgtree.local_path(conn, team.org_path)
    await store.upsert_team(conn, team, path)


@FROM_TICKETS.on(*TICKET_EVENTS, data=TicketSeen)
async def apply_ticket(conn: asyncpg.Connection, event: CloudEvent, ticket: TicketSeen) -> None:
    path = await orgtree.local_path(conn, ticket.org_path)
    newest = await store.upsert_source(
        conn, SourceKind.TICKET, ticket.id, number=ticket.number, title=ticket.title,
        category=ticket.category, status=ticket.status, community_id=ticket.community_id,
        org_path=path, version=ticket.version, updated_at=ticket.updated_at)
    if newest:
        await tracking.after_ticket(conn, ticket.id, ticket.status, event.time)


@FROM_MATCHING.on(*ORDER_EVENTS, data=OrderSeen)
async def apply_order(conn: asyncpg.Connection, event: CloudEvent, order: OrderSeen) -> None:
    path = await orgtree.local_path(conn, order.org_path)
    await store.upsert_source(
        conn, SourceKind.ORDER, order.id, number=None, title=order.title,
        category=order.service_type, status=order.status, community_id=order.community_id,
        org_path=path, version=order.version, updated_at=order.updated_at)


ALL = [FROM_REGISTRY, FROM_TICKETS, FROM_MATCHING]
