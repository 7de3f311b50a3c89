"""A resident's service need reported as a ticket becomes an order (docs/events.md, "tickets →"):
when a ticket of a category the map names (ticket_service_types: service_need) is accepted, an
order is placed with source_ticket_id, its service type and needs from the map, its address and
contact from the reporter tickets shares (contact.shared). The community then agrees a time with
the resident and hands it over as usual."""

from __future__ import annotations

import asyncpg

from redgrid.common import logs
from redgrid.common.consumer import Transient
from redgrid.common.events import CloudEvent
from redgrid.common.ids import uuid7
from redgrid.common.masking import mask_text
from redgrid.matching.domain.orders import Status, Urgency
from redgrid.matching.domain.snapshots import Place, TicketSeen
from redgrid.matching.queries import contacts
from redgrid.matching.queries import orders as queries
from redgrid.matching.store import orders as store
from redgrid.matching.usecases import steps

log = logs.get(__name__)
TICKET_ACCEPTED = "redgrid.tickets.ticket.accepted.v1"
TICKET_CONTACT = "redgrid.tickets.contact.shared.v1"
TITLE = "服务需求"  # a ticket without a title of its own


def from_ticket(ticket: TicketSeen) -> str:
    """What the order says of its ticket: 来自工单 DZ-2026-000123."""
    return f"来自工单 {ticket.number or ticket.id}"


async def order_from_ticket(conn: asyncpg.Connection, event: CloudEvent,
                            ticket: TicketSeen) -> None:
    """Runs in the consumer's transaction, after the inbox claim; a second copy of the ticket
    (or a ticket accepted again after a reopen) finds its order already placed."""
    service = await contacts.service_of(conn, ticket.category, ticket.title or "")
    if service is None:
        return  # not a service need
    grid = await queries.grid(conn, ticket.grid_id) if ticket.grid_id else None
    community_id = ticket.community_id or (grid["community_id"] if grid else None)
    if community_id is None:
        log.warning("ticket.no_community", ticket_id=str(ticket.id))
        return  # nowhere to serve it: the ticket stays with whoever holds it
    community = await queries.org(conn, community_id)
    if community is None:
        raise Transient(f"community {community_id} not known yet")  # the registry lags
    reporter = await contacts.of_ticket(conn, ticket.id)
    location = ticket.location or Place()
    at = event.time
    service_type, needs = service
    order = await store.insert(
        conn, id=uuid7(), status=Status.PLACED.value, service_type=service_type,
        title=mask_text(ticket.title or TITLE) or TITLE, description=from_ticket(ticket),
        needs=needs, urgency=Urgency.NORMAL.value, community_id=community_id,
        grid_id=grid["id"] if grid else ticket.grid_id,
        branch_id=grid["org_id"] if grid and grid["org_id"] != community_id else None,
        org_path=grid["org_path"] if grid else community["path"],
        lat=location.lat, lng=location.lng,
        address=reporter["address"] if reporter else None,
        contact_name=reporter["name"] if reporter else None,
        contact_phone=reporter["phone"] if reporter else None,
        resident_person_id=ticket.reporter_person_id, placed_by=None,
        source_ticket_id=ticket.id, source_ticket_number=ticket.number,
        placed_at=at, updated_at=at,
    )
    if order is None:
        return
    await steps.placed(conn, order, None, at, note=from_ticket(ticket))
