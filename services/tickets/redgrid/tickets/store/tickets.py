"""Writes to tickets: numbers, the ticket row, its steps (the timeline), custody, attachments,
the reporter's data and its erasure."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common.masking import mask_text
from redgrid.tickets.models import Attachment, NewTicket, Ticket


async def next_sequence(conn: asyncpg.Connection, street_id: UUID, year: int,
                        count: int = 1) -> int:
    """Take `count` numbers of (street, year); returns the last. The row stays locked until the
    transaction commits, so concurrent ones queue there and a rollback gives them back."""
    return await conn.fetchval(
        "INSERT INTO ticket_counters (street_id, year, last) VALUES ($1, $2, $3) "
        "ON CONFLICT (street_id, year) DO UPDATE SET last = ticket_counters.last + $3 "
        "RETURNING last",
        street_id, year, count,
    )



async def lock_external_ref(conn: asyncpg.Connection, channel: str, ref: str) -> None:
    """Serialise filings of the same external order, so the second one finds the first."""
    await conn.execute("SELECT pg_advisory_xact_lock(hashtext('tickets.ext'), hashtext($1))",
                       f"{channel}:{ref}")


# An attachment's fields made when it is shown (signed URLs), not columns of its row.
SHOWN_ONLY = {"thumb_url", "url_expires_at"}


async def file(conn: asyncpg.Connection, new: list[NewTicket]) -> list[Ticket]:
    """New tickets with their first steps, custody, reporters and attachments (and the file of
    a mediation): one statement for a whole batch (the intake is the hot path; a statement
    per ticket made a batch's length grow with its size). Rows go as JSON, one array per
    table; the tickets come back in the given order."""
    tickets = [n.ticket.model_dump() for n in new]
    steps = [dict(ticket_id=n.ticket.id, action="receive", from_status=None,
                  to_status=n.ticket.status, by_person=n.by_person, by_roles=n.by_roles,
                  reason=None, note=None, at=n.ticket.received_at, data=n.receipt)
             for n in new]
    custody = [dict(ticket_id=n.ticket.id, level=n.ticket.level, org_id=n.ticket.org_id,
                    department=n.ticket.department, assignee_id=None,
                    from_at=n.ticket.received_at, reason="intake") for n in new]
    reporters = [n.reporter.model_dump() for n in new if n.reporter is not None]
    attachments = [a.model_dump(exclude=SHOWN_ONLY) | {"ticket_id": n.ticket.id, "action": "receive"}
                   for n in new for a in n.attachments]

    def insert(table: str, rows: list[dict], param: int) -> str:
        cols = ", ".join(rows[0]) if rows else "ticket_id"
        return (f"INSERT INTO {table} ({cols}) SELECT {cols} "
                f"FROM jsonb_populate_recordset(NULL::{table}, ${param}::jsonb)")

    sql = (f"WITH t AS ({insert('tickets', tickets, 1)} RETURNING *), "
           f"s AS ({insert('ticket_steps', steps, 2)}), "
           f"c AS ({insert('custody', custody, 3)}), "
           f"r AS ({insert('reporters', reporters, 4)}), "
           f"a AS ({insert('attachments', attachments, 5)}), "
           "m AS (INSERT INTO mediations (ticket_id) SELECT id FROM t WHERE kind = 'mediation') "
           "SELECT * FROM t")
    rows = {r["id"]: r for r in await conn.fetch(sql, tickets, steps, custody, reporters,
                                                 attachments)}
    return [Ticket.of(rows[t["id"]]) for t in tickets]


async def claim_due(conn: asyncpg.Connection, now: datetime, *, statuses: list[str],
                    max_escalations: int, batch: int) -> list[Ticket]:
    """Open tickets to remind or to escalate now, locked (other replicas skip them)."""
    rows = await conn.fetch(
        "SELECT * FROM tickets WHERE status = ANY($1::text[]) "
        "AND ((remind_at IS NOT NULL AND remind_at <= $2) "
        "     OR (due_at <= $2 AND level <> 'street' AND escalation_level < $3)) "
        "ORDER BY due_at LIMIT $4 FOR UPDATE SKIP LOCKED",
        statuses, now, max_escalations, batch)
    return [Ticket.of(r) for r in rows]


async def claim_to_anonymise(conn: asyncpg.Connection, closed_before: datetime,
                             batch: int) -> list[Ticket]:
    """Closed or rejected tickets past retention, not yet anonymised, locked."""
    rows = await conn.fetch(
        "SELECT * FROM tickets WHERE anonymised_at IS NULL "
        "AND closed_at IS NOT NULL AND closed_at < $1 AND status IN ('closed', 'rejected') "
        "ORDER BY closed_at LIMIT $2 FOR UPDATE SKIP LOCKED", closed_before, batch)
    return [Ticket.of(r) for r in rows]


async def lock_held_in(conn: asyncpg.Connection, grid_ids: list[UUID],
                       statuses: list[str]) -> list[Ticket]:
    """The tickets of these grids still waiting or being handled, locked, oldest first."""
    rows = await conn.fetch(
        "SELECT * FROM tickets WHERE grid_id = ANY($1::uuid[]) AND status = ANY($2::text[]) "
        "ORDER BY id FOR UPDATE", grid_ids, statuses)
    return [Ticket.of(r) for r in rows]


async def lock(conn: asyncpg.Connection, ticket_id: UUID) -> Ticket | None:
    return Ticket.of(await conn.fetchrow("SELECT * FROM tickets WHERE id = $1 FOR UPDATE",
                                         ticket_id))


async def update(conn: asyncpg.Connection, ticket_id: UUID, now: datetime, **fields) -> Ticket:
    """Change a ticket; every change is a new version (the snapshot's)."""
    sets = "".join(f"{k} = ${i}, " for i, k in enumerate(fields, start=3))
    row = await conn.fetchrow(
        f"UPDATE tickets SET {sets}version = version + 1, updated_at = $2 "
        "WHERE id = $1 RETURNING *",
        ticket_id, now, *fields.values(),
    )
    return Ticket.of(row)


async def add_step(conn: asyncpg.Connection, ticket_id: UUID, action: str,
                   from_status: str | None, to_status: str, *, by_person: UUID | None,
                   by_roles: list[str], at: datetime, reason: str | None = None,
                   note: str | None = None, data: dict | None = None) -> None:
    await conn.execute(
        "INSERT INTO ticket_steps (ticket_id, action, from_status, to_status, by_person, "
        "by_roles, reason, note, data, at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)",
        ticket_id, action, from_status, to_status, by_person, by_roles, reason, note,
        data or {}, at,
    )


async def hand_over(conn: asyncpg.Connection, ticket_id: UUID, at: datetime, *, level: str,
                    org_id: UUID | None, department: str | None, assignee_id: UUID | None,
                    reason: str) -> None:
    """Close the current custody and open the next: who holds the ticket from when."""
    await conn.execute(
        "UPDATE custody SET to_at = $2 WHERE ticket_id = $1 AND to_at IS NULL", ticket_id, at)
    await conn.execute(
        "INSERT INTO custody (ticket_id, level, org_id, department, assignee_id, from_at, "
        "reason) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        ticket_id, level, org_id, department, assignee_id, at, reason,
    )


async def end_custody(conn: asyncpg.Connection, ticket_id: UUID, at: datetime) -> None:
    await conn.execute(
        "UPDATE custody SET to_at = $2 WHERE ticket_id = $1 AND to_at IS NULL", ticket_id, at)




async def set_parties(conn: asyncpg.Connection, ticket_id: UUID, parties: list[dict]) -> None:
    await conn.execute("UPDATE mediations SET parties = $2 WHERE ticket_id = $1", ticket_id,
                       parties)


async def add_session(conn: asyncpg.Connection, session_id: UUID, ticket_id: UUID,
                      held_at: datetime, *, place: str | None, mediator_ids: list[UUID],
                      note: str, recorded_by: UUID | None) -> None:
    await conn.execute(
        "INSERT INTO mediation_sessions (id, ticket_id, held_at, place, mediator_ids, note, "
        "recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        session_id, ticket_id, held_at, place, mediator_ids, note, recorded_by)


async def conclude(conn: asyncpg.Connection, ticket_id: UUID, outcome: str, agreement: str,
                   at: datetime) -> None:
    """A mediation's outcome: agreed, failed or referred."""
    await conn.execute(
        "UPDATE mediations SET outcome = $2, agreement = $3, concluded_at = $4 "
        "WHERE ticket_id = $1", ticket_id, outcome, agreement, at)


async def add_attachment(conn: asyncpg.Connection, attachment_id: UUID, ticket_id: UUID,
                         by: UUID, at: datetime, **meta) -> Attachment:
    row = await conn.fetchrow(
        "INSERT INTO attachments (id, ticket_id, name, content_type, size, sha256, url, "
        "added_by, added_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING *",
        attachment_id, ticket_id, meta["name"], meta["content_type"], meta["size"],
        meta.get("sha256"), meta.get("url"), by, at,
    )
    return Attachment.of(row)


async def log_contact_access(conn: asyncpg.Connection, ticket_id: UUID, reader_id: UUID,
                             roles: list[str], at: datetime, subject: str = "reporter") -> None:
    await conn.execute(
        "INSERT INTO contact_access (ticket_id, reader_id, roles, at, subject) "
        "VALUES ($1,$2,$3,$4,$5)",
        ticket_id, reader_id, roles, at, subject,
    )


# Free text in a ticket's file that may hold a phone number: (table, its key, the column
# naming the ticket, the text columns).
FREE_TEXT = (
    ("tickets", "id", "id", ("resolution", "response")),
    ("ticket_steps", "id", "ticket_id", ("reason", "note")),
    ("mediations", "ticket_id", "ticket_id", ("agreement",)),
    ("mediation_sessions", "id", "ticket_id", ("note",)),
)


async def anonymise(conn: asyncpg.Connection, ticket_id: UUID, at: datetime, *,
                    address: str | None, description: str, title: str) -> None:
    """Retention: the reporter's data goes, the place is cut to the building, phone numbers in
    the file's free text (resolution, response, steps' reasons, notes and data, the mediation's
    agreement and sessions) are masked; the file stays."""
    await conn.execute(
        "UPDATE reporters SET name = NULL, phone = NULL, address = NULL WHERE ticket_id = $1",
        ticket_id)
    await conn.execute(
        "UPDATE mediations SET parties = (SELECT coalesce(jsonb_agg(jsonb_build_object("
        "'role', p->>'role')), '[]') FROM jsonb_array_elements(parties) p) WHERE ticket_id = $1",
        ticket_id)
    await conn.execute(
        "UPDATE tickets SET address = $2, description = $3, title = $4, anonymised_at = $5 "
        "WHERE id = $1",
        ticket_id, address, description, title, at)
    for table, key, owner, columns in FREE_TEXT:
        rows = await conn.fetch(
            f"SELECT {key}, {', '.join(columns)} FROM {table} WHERE {owner} = $1", ticket_id)
        for row in rows:
            masked = [mask_text(row[c]) for c in columns]
            if masked != [row[c] for c in columns]:
                sets = ", ".join(f"{c} = ${i}" for i, c in enumerate(columns, start=2))
                await conn.execute(f"UPDATE {table} SET {sets} WHERE {key} = $1",
                                   row[key], *masked)
    # what a step recorded beside it (the response as published, a reason's words): its JSON
    # text masked as a whole, which leaves it valid JSON
    for step in await conn.fetch("SELECT id, data::text AS data FROM ticket_steps "
                                 "WHERE ticket_id = $1 AND data IS NOT NULL", ticket_id):
        if (masked := mask_text(step["data"])) != step["data"]:
            await conn.execute("UPDATE ticket_steps SET data = ($2::text)::jsonb WHERE id = $1",
                               step["id"], masked)


async def set_service_order(conn: asyncpg.Connection, ticket_id: UUID, order_id: UUID,
                            status: str) -> None:
    """The volunteer order a service need became, and how it stands: beside the ticket, no new
    version (the order's own events say it; the timeline records it)."""
    await conn.execute(
        "UPDATE tickets SET service_order_id = $2, service_order_status = $3 WHERE id = $1",
        ticket_id, order_id, status)
