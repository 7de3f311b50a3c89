"""Reads of tickets: one with its file (steps, custody, attachments), a scope's list, likely
duplicates, the links between tickets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.tickets.domain.workflow import OPEN
from redgrid.tickets.models import Attachment, Custody, Mediation, MediationSession, Reporter
from redgrid.tickets.models import ContactRead, Step, Ticket

VISIBLE = "(t.org_path LIKE {0} || '%' OR t.area_path LIKE {0} || '%')"


async def get(conn: asyncpg.Connection, ticket_id: UUID) -> Ticket | None:
    return Ticket.of(await conn.fetchrow("SELECT * FROM tickets WHERE id = $1", ticket_id))


async def by_number(conn: asyncpg.Connection, number: str) -> Ticket | None:
    return Ticket.of(await conn.fetchrow("SELECT * FROM tickets WHERE number = $1", number))


async def by_external_ref(conn: asyncpg.Connection, channel: str, ref: str) -> Ticket | None:
    return Ticket.of(await conn.fetchrow(
        "SELECT * FROM tickets WHERE channel = $1 AND external_ref = $2", channel, ref))


async def reporter(conn: asyncpg.Connection, ticket_id: UUID) -> Reporter | None:
    return Reporter.of(await conn.fetchrow("SELECT * FROM reporters WHERE ticket_id = $1",
                                           ticket_id))


async def contact_reads(conn: asyncpg.Connection, ticket_id: UUID) -> list[ContactRead]:
    rows = await conn.fetch("SELECT reader_id, roles, at FROM contact_access WHERE ticket_id = $1 "
                            "ORDER BY at DESC, id DESC LIMIT 200", ticket_id)
    return [ContactRead.of(r) for r in rows]


async def steps(conn: asyncpg.Connection, ticket_id: UUID) -> list[Step]:
    rows = await conn.fetch("SELECT * FROM ticket_steps WHERE ticket_id = $1 ORDER BY id",
                            ticket_id)
    return [Step.of(r) for r in rows]


async def last_step(conn: asyncpg.Connection, ticket_id: UUID,
                    actions: tuple[str, ...]) -> Step | None:
    return Step.of(await conn.fetchrow(
        "SELECT * FROM ticket_steps WHERE ticket_id = $1 AND action = ANY($2::text[]) "
        "ORDER BY id DESC LIMIT 1",
        ticket_id, list(actions),
    ))


async def custody(conn: asyncpg.Connection, ticket_id: UUID) -> list[Custody]:
    rows = await conn.fetch("SELECT * FROM custody WHERE ticket_id = $1 ORDER BY id", ticket_id)
    return [Custody.of(r) for r in rows]


async def attachments(conn: asyncpg.Connection, ticket_id: UUID) -> list[Attachment]:
    rows = await conn.fetch("SELECT * FROM attachments WHERE ticket_id = $1 ORDER BY added_at",
                            ticket_id)
    return [Attachment.of(r) for r in rows]


async def mediation(conn: asyncpg.Connection, ticket_id: UUID) -> Mediation | None:
    row = await conn.fetchrow("SELECT * FROM mediations WHERE ticket_id = $1", ticket_id)
    if row is None:
        return None
    sessions = await conn.fetch(
        "SELECT * FROM mediation_sessions WHERE ticket_id = $1 ORDER BY held_at", ticket_id)
    return Mediation(**dict(row), sessions=[MediationSession.of(s) for s in sessions])


async def linked(conn: asyncpg.Connection, ticket: Ticket) -> list[dict]:
    rows = await conn.fetch(
        "SELECT id, number, status, CASE WHEN merged_into_id = $1 THEN 'merged_here' "
        "WHEN follows_id = $1 THEN 'follow_up' END AS relation FROM tickets "
        "WHERE merged_into_id = $1 OR follows_id = $1 "
        "UNION ALL SELECT id, number, status, 'merged_into' FROM tickets WHERE id = $2 "
        "UNION ALL SELECT id, number, status, 'follows' FROM tickets WHERE id = $3 "
        "ORDER BY number",
        ticket.id, ticket.merged_into_id, ticket.follows_id,
    )
    return [dict(r) for r in rows]


async def merged_children(conn: asyncpg.Connection, ticket_id: UUID) -> list[Ticket]:
    rows = await conn.fetch(
        "SELECT * FROM tickets WHERE merged_into_id = $1 AND status = 'merged' "
        "ORDER BY id FOR UPDATE", ticket_id)
    return [Ticket.of(r) for r in rows]


async def nearby_open(conn: asyncpg.Connection, category: str, since: datetime,
                      exclude: UUID | None = None) -> list[asyncpg.Record]:
    return await conn.fetch(
        "SELECT id, category, lat, lng, address, received_at FROM tickets "
        "WHERE category = $1 AND received_at >= $2 AND status = ANY($3::text[]) "
        "AND id IS DISTINCT FROM $4 ORDER BY received_at DESC LIMIT 500",
        category, since, ["received", *OPEN], exclude,
    )


@dataclass(frozen=True)
class Filters:
    status: str | None = None
    category: str | None = None
    channel: str | None = None
    kind: str | None = None
    grid_id: UUID | None = None
    community_id: UUID | None = None
    street_id: UUID | None = None
    assignee_id: UUID | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None


async def listing(conn: asyncpg.Connection, scope: str | None, reporter_id: UUID | None,
                  f: Filters, after: tuple[datetime, UUID] | None, limit: int) -> list[Ticket]:
    """Staff: their scope (held there or located there). Residents: what they reported."""
    rows = await conn.fetch(
        "SELECT t.* FROM tickets t WHERE "
        "($1::text IS NULL OR t.org_path LIKE $1 || '%' OR t.area_path LIKE $1 || '%') "
        "AND ($2::uuid IS NULL OR t.reporter_person_id = $2) "
        "AND ($3::text IS NULL OR t.status = $3) AND ($4::text IS NULL OR t.category = $4) "
        "AND ($5::text IS NULL OR t.channel = $5) AND ($6::text IS NULL OR t.kind = $6) "
        "AND ($7::uuid IS NULL OR t.grid_id = $7) AND ($8::uuid IS NULL OR t.community_id = $8) "
        "AND ($9::uuid IS NULL OR t.street_id = $9) "
        "AND ($10::uuid IS NULL OR t.assignee_id = $10) "
        "AND ($11::timestamptz IS NULL OR t.received_at >= $11) "
        "AND ($12::timestamptz IS NULL OR t.received_at < $12) "
        "AND ($13::timestamptz IS NULL OR (t.received_at, t.id) < ($13, $14)) "
        "ORDER BY t.received_at DESC, t.id DESC LIMIT $15",
        scope, reporter_id, f.status, f.category, f.channel, f.kind, f.grid_id, f.community_id,
        f.street_id, f.assignee_id, f.received_from, f.received_to,
        after[0] if after else None, after[1] if after else None, limit,
    )
    return [Ticket.of(r) for r in rows]
