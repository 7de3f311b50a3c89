"""What the notifications service takes from the other services' streams.

Every event of the four streams goes through `on_event` (public log for webhooks, then the
notices it calls for); registry events also keep the read models of orgs (with their
secretaries), grids, people and contact data, and lists' need events the titles of needs.
Handlers are keyed on the types and fields of docs/events.md only.
"""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import orgtree, readmodels
from redgrid.common.consumer import Consumer, Handler
from redgrid.common.events import CloudEvent
from redgrid.notifications.domain import snapshots
from redgrid.notifications.domain.audience import TYPES
from redgrid.notifications.queries.directory import DIRECTORY
from redgrid.notifications.store import directory
from redgrid.notifications.usecases import intake

SERVICE = "notifications"
CONTACT_CHANGED = "redgrid.registry.contact.changed.v1"
NEED_EVENTS = [f"redgrid.lists.need.{v}.v1" for v in ("published", "claimed", "met", "closed")]


def _consumer(source: str, description: str) -> Consumer:
    # The public log for webhooks wants every event, kinds added after this service included.
    return Consumer(SERVICE, source, fallback=intake.on_event, description=description,
                    gathered=intake.gathered)


async def _org(conn: asyncpg.Connection, event: CloudEvent) -> None:
    await orgtree.apply_org(conn, event, on_move=directory.rewrite_paths)
    d = event.data
    await directory.set_secretary(conn, UUID(d["id"]),
                                  UUID(d["secretary_id"]) if d.get("secretary_id") else None,
                                  d["version"])


async def _contact(conn: asyncpg.Connection, event: CloudEvent) -> None:
    DIRECTORY.clear()
    d = event.data  # internal: never logged, never in the public log
    await directory.save_contact(conn, UUID(d["person_id"]), d.get("phone"), d.get("email"),
                                 d["version"])


async def _need(conn: asyncpg.Connection, event: CloudEvent) -> None:
    d = event.data
    await directory.save_need(conn, UUID(d["id"]), d.get("title") or "", d["version"])


def _then_intake(apply: Handler) -> Handler:
    async def handle(conn: asyncpg.Connection, event: CloudEvent) -> None:
        DIRECTORY.clear()  # who is who changed: resolve audiences afresh
        await apply(conn, event)
        await intake.on_event(conn, event)

    handle.__name__ = apply.__name__
    return handle


FROM_REGISTRY = _consumer("registry", "Orgs, grids, people and contact data; public log")
FROM_REGISTRY.on(*orgtree.ORG_EVENTS)(_then_intake(_org))
FROM_REGISTRY.on(*readmodels.GRID_EVENTS)(_then_intake(readmodels.apply_grid))
FROM_REGISTRY.on(*readmodels.PERSON_EVENTS)(_then_intake(readmodels.apply_person))
FROM_REGISTRY.on(CONTACT_CHANGED)(_contact)  # never in the public log

FROM_TICKETS = _consumer("tickets", "Tickets that call for notices; public log")
FROM_MATCHING = _consumer("matching", "Service orders that call for notices; public log")
FROM_LISTS = _consumer("lists", "Claims that call for notices, needs' titles; public log")
FROM_LISTS.on(*NEED_EVENTS, data=snapshots.NeedSeen)(_then_intake(_need))
for consumer in (FROM_TICKETS, FROM_MATCHING, FROM_LISTS):
    for event_type in (t for t in TYPES if t.split(".")[1] == consumer.source):
        consumer.on(event_type, data=snapshots.BY_ENTITY[event_type.split(".")[2]])(
            intake.on_event)

ALL = [FROM_REGISTRY, FROM_TICKETS, FROM_MATCHING, FROM_LISTS]
