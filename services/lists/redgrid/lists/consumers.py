"""What the lists take from other services' streams, applied idempotently (the Consumer's inbox)
and order-proof (a snapshot applies only when its version is newer than the one kept).

- registry: organisations and people (shared read models), co-building units, volunteer teams;
- tickets: every step's snapshot; an accepted ticket of a community is a candidate need, and a
  resolution followed as a ticket takes its status from it;
- matching: every service order's snapshot; an order not (yet) taken is a candidate need.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from functools import wraps
from uuid import UUID

import asyncpg

from redgrid.common import orgtree, readmodels
from redgrid.common.consumer import Consumer, Unprocessable
from redgrid.common.events import CloudEvent
from redgrid.lists.domain.sources import SourceKind
from redgrid.lists.store import readmodels as store
from redgrid.lists.usecases import tracking

UNIT_EVENTS = [f"redgrid.registry.unit.{v}.v1" for v in ("registered", "updated")]
TEAM_EVENTS = [f"redgrid.registry.team.{v}.v1" for v in ("created", "updated")]
TICKET_VERBS = ("received", "accepted", "dispatched", "signed", "bounced", "started", "resolved",
                "published", "followed_up", "closed", "rejected", "merged", "reopened",
                "escalated", "reminded", "recollected")
ORDER_VERBS = ("placed", "handed_over", "declined_by_community", "dispatched", "accepted",
               "refused", "started", "completed", "rated", "cancelled", "expired", "escalated",
               "reassigned")
TICKET_EVENTS = [f"redgrid.tickets.ticket.{v}.v1" for v in TICKET_VERBS]
ORDER_EVENTS = [f"redgrid.matching.order.{v}.v1" for v in ORDER_VERBS]

FROM_REGISTRY = Consumer("lists", source="registry",
                         description="lists keeps organisations, co-building units and teams")
FROM_TICKETS = Consumer("lists", source="tickets",
                        description="lists keeps tickets as candidate needs and for resolutions")
FROM_MATCHING = Consumer("lists", source="matching",
                         description="lists keeps service orders as candidate needs")
orgtree.follow_orgs(FROM_REGISTRY, on_move=store.rewrite_all_paths)
readmodels.follow_people(FROM_REGISTRY)  # whose name an answer shows beside their id

Handler = Callable[[asyncpg.Connection, CloudEvent], Awaitable[None]]


def snapshot(handler: Handler) -> Handler:
    """A snapshot missing what we need can never be applied: dead-letter it, don't retry."""

    @wraps(handler)
    async def apply(conn: asyncpg.Connection, event: CloudEvent) -> None:
        try:
            await handler(conn, event)
        except (KeyError, TypeError, ValueError) as exc:
            raise Unprocessable(f"{event.type}: {exc!r}") from exc

    return apply


def _uuid(value) -> UUID | None:
    return UUID(str(value)) if value else None


def _when(value) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@FROM_REGISTRY.on(*UNIT_EVENTS)
@snapshot
async def apply_unit(conn: asyncpg.Connection, event: CloudEvent) -> None:
    d = event.data
    path = await orgtree.local_path(conn, d["org_path"])  # through the tree as known here
    await store.upsert_unit(conn, UUID(d["id"]), d["name"], d["kind"], UUID(d["org_id"]), path,
                            [UUID(c) for c in d.get("community_ids") or []], d["version"])


@FROM_REGISTRY.on(*TEAM_EVENTS)
@snapshot
async def apply_team(conn: asyncpg.Connection, event: CloudEvent) -> None:
    d = event.data
    path = await orgtree.local_path(conn, d["org_path"])
    await store.upsert_team(conn, UUID(d["id"]), d["name"], UUID(d["org_id"]), path,
                            _uuid(d.get("leader_id")),
                            d.get("active", True), d["version"])


@FROM_TICKETS.on(*TICKET_EVENTS)
@snapshot
async def apply_ticket(conn: asyncpg.Connection, event: CloudEvent) -> None:
    d = event.data
    ticket_id = UUID(d["id"])
    path = await orgtree.local_path(conn, d.get("org_path") or [])
    newest = await store.upsert_source(
        conn, SourceKind.TICKET, ticket_id, d.get("number"), d["title"], d.get("category"),
        d["status"], _uuid(d.get("community_id")), path,
        d["version"], _when(d.get("updated_at")))
    if newest:
        await tracking.after_ticket(conn, ticket_id, d["status"], event.time)


@FROM_MATCHING.on(*ORDER_EVENTS)
@snapshot
async def apply_order(conn: asyncpg.Connection, event: CloudEvent) -> None:
    d = event.data
    path = await orgtree.local_path(conn, d.get("org_path") or [])
    await store.upsert_source(
        conn, SourceKind.ORDER, UUID(d["id"]), None, d["title"], d.get("service_type"),
        d["status"], _uuid(d.get("community_id")), path,
        d["version"], _when(d.get("updated_at")))


ALL = [FROM_REGISTRY, FROM_TICKETS, FROM_MATCHING]
