"""Writes of how to reach a resident: the registry's contact data, a ticket's reporter as
tickets shares it (copied onto its order), and the log of every read."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg


async def apply_contact(conn: asyncpg.Connection, person_id: UUID, phone: str | None,
                        version: int) -> None:
    """The registry's contact data; an older version never overwrites a newer one."""
    await conn.execute(
        "INSERT INTO contacts (person_id, phone, version) VALUES ($1, $2, $3) "
        "ON CONFLICT (person_id) DO UPDATE SET phone = $2, version = $3 "
        "WHERE contacts.version < $3", person_id, phone, version)


async def save_ticket_contact(conn: asyncpg.Connection, ticket_id: UUID, *, name: str | None,
                              phone: str | None, address: str | None, at: datetime) -> None:
    """Kept by ticket, and copied onto the order the ticket became if it is placed already."""
    await conn.execute(
        "INSERT INTO ticket_contacts (ticket_id, name, phone, address, at) "
        "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (ticket_id) DO UPDATE "
        "SET name = $2, phone = $3, address = $4, at = $5 WHERE ticket_contacts.at <= $5",
        ticket_id, name, phone, address, at)
    await conn.execute(
        "UPDATE orders SET contact_name = $2, contact_phone = $3, "
        "address = coalesce($4, address) WHERE source_ticket_id = $1",
        ticket_id, name, phone, address)


async def log_read(conn: asyncpg.Connection, order_id: UUID, reader_id: UUID,
                   roles: list[str], at: datetime) -> None:
    await conn.execute(
        "INSERT INTO contact_reads (order_id, reader_id, roles, at) VALUES ($1, $2, $3, $4)",
        order_id, reader_id, roles, at)
