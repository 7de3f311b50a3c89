"""The volunteer learns where to go: the assignee of an accepted order reads the resident's
name, phone and address for the order's life plus a day, each read logged; masked after. How
to reach residents comes from the registry (contact.changed) and, for ticket-born orders, from
tickets (contact.shared): both internal events the city never reads."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, scope
from redgrid.common.auth import Principal
from redgrid.common.clock import local_iso
from redgrid.common.errors import Forbidden, NotFound
from redgrid.common.events import CloudEvent
from redgrid.common.masking import mask_address, mask_name, mask_phone
from redgrid.matching.domain.orders import contact_open, contact_until
from redgrid.matching.domain.snapshots import ContactSeen, TicketContactSeen
from redgrid.matching.models import ContactReadEntry, Order, OrderContact
from redgrid.matching.queries import contacts as queries
from redgrid.matching.queries import orders as order_queries
from redgrid.matching.store import contacts as store
from redgrid.matching.usecases import steps


def _answer(order: Order, found: asyncpg.Record, full: bool) -> OrderContact:
    until = contact_until(order.accepted_at, steps.ended_at(order))
    name, phone, address = found["name"], found["phone"], found["address"]
    if not full:
        name, phone, address = mask_name(name), mask_phone(phone), mask_address(address)
    return OrderContact(order_id=order.id, name=name, phone=phone, address=address,
                        masked=not full, until=until, until_local=local_iso(until))


async def read_contact(order_id: UUID, who: Principal, pool: asyncpg.Pool,
                       now: datetime) -> OrderContact:
    """For the member who accepted the order (or a member of the team that did): in full and
    logged while the order runs and a day after; masked (and not logged) before or after."""
    async with db.transaction(pool) as conn:
        order = await steps.visible(conn, who, await order_queries.get(conn, order_id))
        if order.accepted_at is None or not await steps.is_assignee(conn, who, order):
            raise Forbidden("接单后，由接单人查看居民的联系方式",
                            en="the assignee reads the resident's contact once they accept")
        full = contact_open(order.accepted_at, steps.ended_at(order), now)
        if full:
            await store.log_read(conn, order.id, who.person_id,
                                 sorted(r.value for r in who.roles), now)
        return _answer(order, await queries.of_order(conn, order.id), full)


async def contact_reads(order_id: UUID, who: Principal,
                        pool: asyncpg.Pool) -> list[ContactReadEntry]:
    """Who read the order's contact, and when: for staff of its scope."""
    who.require(*steps.DISPATCHERS)
    async with pool.acquire() as conn:
        order = await order_queries.get(conn, order_id)
        path = await scope.scope_path(conn, who)
        if order is None or not scope.within(order.org_path, path):
            raise NotFound("未找到该服务订单，或不在您的管辖范围内",
                           en="no such order, or not yours to see")
        return await queries.reads(conn, order_id)


async def on_contact(conn: asyncpg.Connection, event: CloudEvent, contact: ContactSeen) -> None:
    """The registry's contact data (consumer's transaction, after the inbox claim)."""
    await store.apply_contact(conn, contact.person_id, contact.phone, contact.version)


async def on_ticket_contact(conn: asyncpg.Connection, event: CloudEvent,
                            contact: TicketContactSeen) -> None:
    """A service-need ticket's reporter: kept, and put on its order if placed already."""
    await store.save_ticket_contact(conn, contact.ticket_id, name=contact.name,
                                    phone=contact.phone, address=contact.address,
                                    at=event.time)
