"""What the notifications service takes from the other services' streams.

Every event of the four streams goes to the public log for webhooks (`intake.log_only`, kinds
added after this service included); the types of `audience.RULES` also to the notices their
rule calls for (`intake.notify`). Registry events keep the read models of orgs (with their
secretaries), grids, people and contact data, the tickets' internal contact events the phones of
callers without an account, and lists' need events the titles of needs. Each
handler returns the rows it adds; `intake.write` writes a batch's with one statement per table.
"""

from __future__ import annotations

import asyncpg

from redgrid.common import orgtree, readmodels
from redgrid.common.consumer import Consumer, Route
from redgrid.common.events import CloudEvent
from redgrid.common.orgtree import OrgSeen
from redgrid.common.readmodels import GridSeen, PersonSeen
from redgrid.notifications.domain.audience import RULES
from redgrid.notifications.domain.snapshots import CallerSeen, ContactSeen, NeedSeen, UnitSeen
from redgrid.notifications.queries.directory import DIRECTORY
from redgrid.notifications.store import directory
from redgrid.notifications.usecases import intake
from redgrid.notifications.usecases.intake import Writes

SERVICE = "notifications"
CONTACT_CHANGED = "redgrid.registry.contact.changed.v1"
CALLER_RECORDED = "redgrid.tickets.contact.recorded.v1"
NEED_EVENTS = [f"redgrid.lists.need.{v}.v1" for v in ("published", "claimed", "met", "closed")]
UNIT_EVENTS = [f"redgrid.registry.unit.{v}.v1" for v in ("registered", "updated")]


def _consumer(source: str, description: str) -> Consumer:
    """The types of `source` with a rule go to `intake.notify`, every other to the log."""
    notifying = {event_type: Route(model, intake.notify)
                 for event_type, (model, _) in RULES.items()
                 if event_type.startswith(f"redgrid.{source}.")}
    return Consumer(SERVICE, source, handlers=notifying, description=description,
                    fallback=intake.log_only, write=intake.write)


FROM_REGISTRY = _consumer("registry", "Orgs, grids, people and contact data; public log")
FROM_TICKETS = _consumer("tickets", "Tickets that call for notices; public log")
FROM_MATCHING = _consumer("matching", "Service orders that call for notices; public log")
FROM_LISTS = _consumer("lists", "Claims that call for notices, needs' titles; public log")
# Contact data travels on the registry's private stream, kept days (events.PRIVATE_ENTITIES).
FROM_REGISTRY_PRIVATE = Consumer(SERVICE, "registry", private=True,
                                 description="People's contact data (internal, never logged)")
ALL = [FROM_REGISTRY, FROM_TICKETS, FROM_MATCHING, FROM_LISTS, FROM_REGISTRY_PRIVATE]


@FROM_REGISTRY.on(*orgtree.ORG_EVENTS, data=OrgSeen)
async def on_org(conn: asyncpg.Connection, event: CloudEvent, org: OrgSeen) -> Writes:
    DIRECTORY.clear()  # who is who changed: resolve audiences afresh
    await orgtree.apply_org(conn, org, on_move=directory.rewrite_paths)
    await directory.set_secretary(conn, org.id, org.secretary_id, org.version)
    return await intake.logged(conn, event)


@FROM_REGISTRY.on(*readmodels.GRID_EVENTS, data=GridSeen)
async def on_grid(conn: asyncpg.Connection, event: CloudEvent, grid: GridSeen) -> Writes:
    DIRECTORY.clear()
    await readmodels.apply_grid(conn, grid)
    return await intake.logged(conn, event)


@FROM_REGISTRY.on(*readmodels.PERSON_EVENTS, data=PersonSeen)
async def on_person(conn: asyncpg.Connection, event: CloudEvent, person: PersonSeen) -> Writes:
    DIRECTORY.clear()
    await readmodels.apply_person(conn, person)
    return await intake.logged(conn, event)


@FROM_REGISTRY_PRIVATE.on(CONTACT_CHANGED, data=ContactSeen)
@FROM_REGISTRY.on(CONTACT_CHANGED, data=ContactSeen)
async def on_contact(conn: asyncpg.Connection, event: CloudEvent, contact: ContactSeen) -> None:
    """Internal: never logged, never in the public log. From the private stream; from the
    registry's own too while a registry from before the move still publishes there (a
    rolling upgrade): the version keeps the newer either way."""
    DIRECTORY.clear()
    await directory.save_contact(conn, contact.person_id, contact.phone, contact.email,
                                 contact.version)


@FROM_TICKETS.on(CALLER_RECORDED, data=CallerSeen)
async def on_caller(conn: asyncpg.Connection, event: CloudEvent, caller: CallerSeen) -> None:
    """Internal: never logged, never in the public log. It comes before the ticket's accepted
    event (the tickets service records it so), so the acceptance finds the phone."""
    DIRECTORY.clear()
    await directory.save_caller(conn, caller.ticket_id, caller.phone)


@FROM_REGISTRY.on(*UNIT_EVENTS, data=UnitSeen)
async def on_unit(conn: asyncpg.Connection, event: CloudEvent, unit: UnitSeen) -> Writes:
    """Which communities a unit serves: it hears of the needs they publish."""
    DIRECTORY.clear()
    await directory.save_unit(conn, unit.id, unit.community_ids, unit.version)
    return await intake.logged(conn, event)


@FROM_LISTS.on(*NEED_EVENTS, data=NeedSeen)
async def on_need(conn: asyncpg.Connection, event: CloudEvent, need: NeedSeen) -> Writes:
    """A need's title for the claims that name it; a published one also to its rule."""
    await directory.save_need(conn, need.id, need.title, need.version)
    if event.type in RULES:
        return await intake.notify(conn, event, need)
    return await intake.logged(conn, event)
