"""A resident's service need reported as a ticket becomes an order (docs/events.md, "tickets →"):
when a ticket of category service_need is accepted, an order is placed with source_ticket_id.
The community then agrees a time with the resident and hands it over as usual."""

from __future__ import annotations

import asyncpg

from redgrid.common import logs
from redgrid.common.consumer import Transient
from redgrid.common.events import CloudEvent
from redgrid.common.ids import uuid7
from redgrid.common.masking import mask_text
from redgrid.matching.domain.orders import Status, Urgency
from redgrid.matching.domain.snapshots import Place, TicketSeen
from redgrid.matching.queries import orders as queries
from redgrid.matching.store import orders as store
from redgrid.matching.usecases import steps

log = logs.get(__name__)
TICKET_ACCEPTED = "redgrid.tickets.ticket.accepted.v1"
SERVICE_NEED = "service_need"


async def order_from_ticket(conn: asyncpg.Connection, event: CloudEvent,
                            ticket: TicketSeen) -> None:
    """Runs in the consumer's transaction, after the inbox claim; a second copy of the ticket
    (or a ticket accepted again after a reopen) finds its order already placed."""
    if ticket.category != SERVICE_NEED:
        return
    grid = await queries.grid(conn, ticket.grid_id) if ticket.grid_id else None
    community_id = ticket.community_id or (grid["community_id"] if grid else None)
    if community_id is None:
        log.warning("ticket.no_community", ticket_id=str(ticket.id))
        return  # nowhere to serve it: the ticket stays with whoever holds it
    community = await queries.org(conn, community_id)
    if community is None:
        raise Transient(f"community {community_id} not known yet")  # the registry lags
    location = ticket.location or Place()
    at = event.time
    order = await store.insert(
        conn, id=uuid7(), status=Status.PLACED.value, service_type="综合服务",
        title=mask_text(ticket.title or "service need") or "service need",
        description=f"from ticket {ticket.number or ''}".strip(), needs=[],
        urgency=Urgency.NORMAL.value, community_id=community_id,
        grid_id=grid["id"] if grid else ticket.grid_id,
        branch_id=grid["org_id"] if grid and grid["org_id"] != community_id else None,
        org_path=grid["org_path"] if grid else community["path"],
        lat=location.lat, lng=location.lng,
        resident_person_id=ticket.reporter_person_id, placed_by=None,
        source_ticket_id=ticket.id, source_ticket_number=ticket.number,
        placed_at=at, updated_at=at,
    )
    if order is None:
        return
    await steps.placed(conn, order, None, at, note=f"from ticket {ticket.number or ticket.id}")
