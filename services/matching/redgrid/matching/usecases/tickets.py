"""A resident's service need reported as a ticket becomes an order (docs/events.md, "tickets →"):
when a ticket of category service_need is accepted, an order is placed with source_ticket_id.
The community then agrees a time with the resident and hands it over as usual."""

from __future__ import annotations

from uuid import UUID

import asyncpg
from pydantic import BaseModel

from redgrid.common import logs
from redgrid.common.events import CloudEvent
from redgrid.common.ids import uuid7
from redgrid.common.masking import mask_text
from redgrid.matching.domain.orders import Status, Urgency
from redgrid.matching.queries import orders as queries
from redgrid.matching.store import orders as store
from redgrid.matching.usecases import steps

log = logs.get(__name__)
TICKET_ACCEPTED = "redgrid.tickets.ticket.accepted.v1"
SERVICE_NEED = "service_need"


class Place(BaseModel):
    lat: float | None = None
    lng: float | None = None


class TicketSeen(BaseModel):
    """What matching reads of a ticket snapshot (docs/events.md); other fields may come."""

    id: UUID
    version: int
    status: str
    category: str | None = None
    title: str
    number: str | None = None
    grid_id: UUID | None = None
    community_id: UUID | None = None
    reporter_person_id: UUID | None = None
    location: Place | None = None


def _uuid(value) -> UUID | None:
    return UUID(str(value)) if value else None


async def order_from_ticket(conn: asyncpg.Connection, event: CloudEvent) -> None:
    """Runs in the consumer's transaction, after the inbox claim; a second copy of the ticket
    (or a ticket accepted again after a reopen) finds its order already placed."""
    d = event.data
    if d.get("category") != SERVICE_NEED:
        return
    grid = await queries.grid(conn, _uuid(d.get("grid_id"))) if d.get("grid_id") else None
    community_id = _uuid(d.get("community_id")) or (grid["community_id"] if grid else None)
    if community_id is None:
        log.warning("ticket.no_community", ticket_id=d.get("id"))
        return  # nowhere to serve it: the ticket stays with whoever holds it
    community = await queries.org(conn, community_id)
    if community is None:
        raise LookupError(f"community {community_id} not known yet")  # retried: registry lags
    location = d.get("location") or {}
    at = event.time
    order = await store.insert(
        conn, id=uuid7(), status=Status.PLACED.value, service_type="general",
        title=mask_text(d.get("title") or "service need") or "service need",
        description=f"from ticket {d.get('number', '')}".strip(), needs=[],
        urgency=Urgency.NORMAL.value, community_id=community_id,
        grid_id=grid["id"] if grid else _uuid(d.get("grid_id")),
        branch_id=grid["org_id"] if grid and grid["org_id"] != community_id else None,
        org_path=grid["org_path"] if grid else community["path"],
        lat=location.get("lat"), lng=location.get("lng"),
        resident_person_id=_uuid(d.get("reporter_person_id")), placed_by=None,
        source_ticket_id=UUID(d["id"]), source_ticket_number=d.get("number"),
        placed_at=at, updated_at=at,
    )
    if order is None:
        return
    await steps.placed(conn, order, None, at, note=f"from ticket {d.get('number', d['id'])}")
