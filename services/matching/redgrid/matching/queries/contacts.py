"""Reads of how to reach a resident (an order's contact, its read log) and of the ticket
category → service type map."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.matching.models import ContactReadEntry


async def of_order(conn: asyncpg.Connection, order_id: UUID) -> asyncpg.Record | None:
    """The order's contact: what the order holds (a ticket's reporter, the address placed
    with it), else the resident's name from the people read model and phone from the registry."""
    return await conn.fetchrow(
        "SELECT coalesce(o.contact_name, p.name) AS name, "
        "coalesce(o.contact_phone, c.phone) AS phone, o.address FROM orders o "
        "LEFT JOIN people p ON p.id = o.resident_person_id "
        "LEFT JOIN contacts c ON c.person_id = o.resident_person_id WHERE o.id = $1", order_id)


async def reads(conn: asyncpg.Connection, order_id: UUID) -> list[ContactReadEntry]:
    rows = await conn.fetch(
        "SELECT r.reader_id, r.roles, r.at, p.name AS reader_name FROM contact_reads r "
        "LEFT JOIN people p ON p.id = r.reader_id WHERE r.order_id = $1 ORDER BY r.id",
        order_id)
    return [ContactReadEntry.of(r) for r in rows]


async def of_ticket(conn: asyncpg.Connection, ticket_id: UUID) -> asyncpg.Record | None:
    return await conn.fetchrow("SELECT * FROM ticket_contacts WHERE ticket_id = $1", ticket_id)


async def service_of(conn: asyncpg.Connection, category: str | None,
                     title: str) -> tuple[str, list[str]] | None:
    """(service type, needs) of a ticket: the best-ranked keyword its title holds and every
    found keyword's needs, else the category's default; None: the category is no service."""
    rows = await conn.fetch(
        "SELECT keyword, service_type, needs FROM ticket_service_types "
        "WHERE category = $1 AND (keyword = '' OR strpos($2, keyword) > 0) "
        "ORDER BY keyword = '', rank, keyword", category, title)
    if not rows:
        return None
    found = [r for r in rows if r["keyword"]] or rows
    needs = list(dict.fromkeys(n for r in found for n in r["needs"]))
    return found[0]["service_type"], needs
