"""Reads of tickets: one with its file (steps, custody, attachments), a scope's list, likely
duplicates, the links between tickets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import geo
from redgrid.tickets.domain import duplicates
from redgrid.tickets.domain.workflow import OPEN
from redgrid.tickets.models import (
    Attachment,
    ContactRead,
    Custody,
    Mediation,
    MediationSession,
    Reporter,
    Step,
    Ticket,
)

VISIBLE = "(t.org_path LIKE {0} || '%' OR t.area_path LIKE {0} || '%')"


# The names a ticket's answer shows beside its ids (models.NAMES and its possible duplicates),
# joined from the read models to a query's tickets `t`: a missing row gives a null name.
NAMES = (
    "g.name AS grid_name, co.name AS community_name, so.name AS street_name, "
    "o.name AS org_name, a.name AS assignee_name, "
    "(SELECT jsonb_agg(jsonb_build_object('id', d.id, 'number', d.number, 'title', d.title) "
    "  ORDER BY d.number) FROM tickets d WHERE d.id = ANY(t.possible_duplicates)) AS duplicates")
NAMES_JOINED = (
    "LEFT JOIN grids g ON g.id = t.grid_id LEFT JOIN orgs co ON co.id = t.community_id "
    "LEFT JOIN orgs so ON so.id = t.street_id LEFT JOIN orgs o ON o.id = t.org_id "
    "LEFT JOIN people a ON a.id = t.assignee_id")


async def names(conn: asyncpg.Connection, ticket_id: UUID) -> asyncpg.Record | None:
    """The names beside one ticket's ids (models.TicketPublic.of takes them)."""
    return await conn.fetchrow(f"SELECT {NAMES} FROM tickets t {NAMES_JOINED} WHERE t.id = $1",
                               ticket_id)


async def get(conn: asyncpg.Connection, ticket_id: UUID) -> Ticket | None:
    return Ticket.of(await conn.fetchrow("SELECT * FROM tickets WHERE id = $1", ticket_id))


async def by_number(conn: asyncpg.Connection, number: str) -> Ticket | None:
    return Ticket.of(await conn.fetchrow("SELECT * FROM tickets WHERE number = $1", number))


async def by_external_ref(conn: asyncpg.Connection, channel: str, ref: str) -> Ticket | None:
    return Ticket.of(await conn.fetchrow(
        "SELECT * FROM tickets WHERE channel = $1 AND external_ref = $2", channel, ref))


async def with_reporters(conn: asyncpg.Connection,
                         ticket_ids: list[UUID]) -> dict[UUID, tuple[Ticket, Reporter | None]]:
    """Tickets and their reporters, by id, in one round trip."""
    if not ticket_ids:
        return {}
    rows = await conn.fetch(
        "SELECT t.*, to_jsonb(r) AS reporter FROM tickets t "
        "LEFT JOIN reporters r ON r.ticket_id = t.id WHERE t.id = ANY($1::uuid[])", ticket_ids)
    out = {}
    for row in rows:
        values = dict(row)
        found = values.pop("reporter")
        out[row["id"]] = (Ticket.of(values), Reporter.model_validate(found) if found else None)
    return out


async def reporter(conn: asyncpg.Connection, ticket_id: UUID) -> Reporter | None:
    return Reporter.of(await conn.fetchrow("SELECT * FROM reporters WHERE ticket_id = $1",
                                           ticket_id))


async def contact_reads(conn: asyncpg.Connection, ticket_id: UUID) -> list[ContactRead]:
    rows = await conn.fetch("SELECT reader_id, roles, at, subject FROM contact_access WHERE ticket_id = $1 "
                            "ORDER BY at DESC, id DESC LIMIT 200", ticket_id)
    return [ContactRead.of(r) for r in rows]


async def steps(conn: asyncpg.Connection, ticket_id: UUID,
                reporter_id: UUID | None) -> list[Step]:
    """The timeline with names: the actor's only when they acted with a staff role and are not
    the reporter (a resident's name is personal data); the orgs a dispatch's data names."""
    rows = await conn.fetch(
        "SELECT s.*, p.name AS actor_name, fo.name AS from_org_name, bo.name AS by_org_name, "
        "tor.name AS to_org_name FROM ticket_steps s "
        "LEFT JOIN people p ON p.id = s.by_person AND s.by_person IS DISTINCT FROM $2 "
        "  AND NOT s.by_roles <@ ARRAY['resident']::text[] "
        "LEFT JOIN orgs fo ON fo.id = (s.data->>'from_org_id')::uuid "
        "LEFT JOIN orgs bo ON bo.id = (s.data->>'by_org_id')::uuid "
        "LEFT JOIN orgs tor ON tor.id = (s.data->>'to_org_id')::uuid "
        "WHERE s.ticket_id = $1 ORDER BY s.id", ticket_id, reporter_id)
    return [Step.of(r) for r in rows]


async def last_step(conn: asyncpg.Connection, ticket_id: UUID,
                    actions: tuple[str, ...]) -> Step | None:
    return Step.of(await conn.fetchrow(
        "SELECT * FROM ticket_steps WHERE ticket_id = $1 AND action = ANY($2::text[]) "
        "ORDER BY id DESC LIMIT 1",
        ticket_id, list(actions),
    ))


async def custody(conn: asyncpg.Connection, ticket_id: UUID) -> list[Custody]:
    rows = await conn.fetch(
        "SELECT c.*, o.name AS org_name, p.name AS assignee_name FROM custody c "
        "LEFT JOIN orgs o ON o.id = c.org_id LEFT JOIN people p ON p.id = c.assignee_id "
        "WHERE c.ticket_id = $1 ORDER BY c.id", ticket_id)
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


async def has_sessions(conn: asyncpg.Connection, ticket_id: UUID) -> bool:
    """Has a session of the mediation been recorded?"""
    return bool(await conn.fetchval(
        "SELECT 1 FROM mediation_sessions WHERE ticket_id = $1 LIMIT 1", ticket_id))


async def mediated_by(conn: asyncpg.Connection, ticket_id: UUID, person_id: UUID) -> bool:
    """Did `person_id` mediate a session of the ticket?"""
    return bool(await conn.fetchval(
        "SELECT 1 FROM mediation_sessions WHERE ticket_id = $1 AND $2 = ANY(mediator_ids)",
        ticket_id, person_id))


async def mediation_outcome(conn: asyncpg.Connection, ticket_id: UUID) -> str | None:
    return await conn.fetchval("SELECT outcome FROM mediations WHERE ticket_id = $1", ticket_id)


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


# The two ways another open ticket may be at the same place (duplicates.same_place), each a
# statement its index serves even in a generic plan: a point near this one (tickets_near_cell:
# the cells around it, then the great-circle distance, a metre looser than duplicates.py's),
# or, for a ticket without a point, an address (tickets_address_only); duplicates.py decides
# exactly.
_OPEN_OF_CATEGORY = (
    "SELECT id, category, lat, lng, address, received_at FROM tickets "
    "WHERE category = $1 AND received_at >= $2 AND status = ANY($3::text[]) "
    "AND id IS DISTINCT FROM $4 AND ")
_NEAR_POINT = (
    "near_cell = cells.cell "
    "AND 2 * $8::float8 * asin(sqrt(sin(radians(lat - $6::float8) / 2) ^ 2 "
    "    + cos(radians($6::float8)) * cos(radians(lat)) "
    "    * sin(radians(lng - $7::float8) / 2) ^ 2)) <= $9::float8")
_ADDRESS_ONLY = "lat IS NULL AND address IS NOT NULL"
_ANY_ADDRESS = "address IS NOT NULL"


async def nearby_open(conn: asyncpg.Connection, category: str, since: datetime, *,
                      lat: float | None, lng: float | None, address: str | None,
                      exclude: UUID | None = None) -> list[asyncpg.Record]:
    """Open tickets of the category that may be at the same place, the most recent first:
    twice as many as a new matter flags (duplicates.FLAGGED), so that a hotspot reported a
    thousand times stays cheap. Distances are measured here, and only near tickets are sent
    and decoded."""
    args = [category, since, ["received", *OPEN], exclude]
    near_point = lat is not None and lng is not None
    if near_point:
        args += [duplicates.cells_around(lat, lng), lat, lng, geo.EARTH_RADIUS_M,
                 duplicates.NEAR_METRES + 1.0]
    limit = f"${len(args) + 1}"

    def recent(way: str) -> str:
        return f"({_OPEN_OF_CATEGORY}{way} ORDER BY received_at DESC, id DESC LIMIT {limit})"

    if near_point:
        branches = [f"(SELECT near.* FROM unnest($5::bigint[]) cells (cell) "
                    f"CROSS JOIN LATERAL {recent(_NEAR_POINT)} near)"]
        if address:
            branches.append(recent(_ADDRESS_ONLY))
    elif address:
        branches = [recent(_ANY_ADDRESS)]  # no point here: any other's address may match
    else:
        return []
    return await conn.fetch(
        f"SELECT * FROM ({' UNION ALL '.join(branches)}) near "
        f"ORDER BY received_at DESC, id DESC LIMIT {limit}", *args, 2 * duplicates.FLAGGED)


async def open_near(conn: asyncpg.Connection, category: str, since: datetime, *, lat: float,
                    lng: float, metres: float, limit: int) -> list[asyncpg.Record]:
    """Open, numbered tickets of the category received since then within `metres` of the
    point (cells around it: metres must stay under a cell's size), the most recent first:
    only what a resident may be shown of them (number, title, status, point)."""
    args = [category, since, ["received", *OPEN], None, duplicates.cells_around(lat, lng), lat,
            lng, geo.EARTH_RADIUS_M, metres, limit]
    return await conn.fetch(
        "SELECT near.number, near.title, near.status, near.lat, near.lng "
        "FROM unnest($5::bigint[]) cells (cell) CROSS JOIN LATERAL ("
        "SELECT number, title, status, lat, lng, received_at, id FROM tickets "
        "WHERE category = $1 AND received_at >= $2 AND status = ANY($3::text[]) "
        f"AND id IS DISTINCT FROM $4 AND number IS NOT NULL AND {_NEAR_POINT} "
        "ORDER BY received_at DESC, id DESC LIMIT $10) near "
        "ORDER BY near.received_at DESC, near.id DESC LIMIT $10", *args)


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
    q: str | None = None  # a number, title text, or the reporter's phone or name
    deadline: str | None = None  # deadlines.DeadlineState


@dataclass(frozen=True)
class Search:
    """How the list reads `q` and the deadline state for this caller (usecases/reading.py)."""

    text: str | None = None
    # The reporter's phone and name are searched only in the tickets whose reporter the caller
    # may see in full (permissions.sees_reporter): held in this subtree, or assigned to them.
    reporters_held_in: str | None = None
    assignee: UUID | None = None
    deadline: bool = False  # only unsettled tickets due in [due_from, due_before)
    due_from: datetime | None = None
    due_before: datetime | None = None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# q: the number or a phone as ASCII substrings (their trigram indexes), the title and a name
# through search_key's hex (migrations/0021_search.sql), each hex match checked on the text. A
# reporter's phone or name only where Search allows it ($17, $18); titles are shown masked to
# the others, so for them a run of five digits (a phone, an ID written in the title) finds no
# title.
_SEARCHED = (
    "($16::text IS NULL OR t.id IN ("
    "SELECT s.id FROM tickets s WHERE s.number ILIKE $19 OR (search_key(s.title) LIKE "
    "  '%' || search_key($16) || '%' AND strpos(lower(s.title), lower($16)) > 0 "
    "  AND ($17::text IS NOT NULL OR $16 !~ '[0-9]{5}')) "
    "UNION SELECT r.ticket_id FROM reporters r JOIN tickets h ON h.id = r.ticket_id "
    "WHERE (r.phone LIKE $19 OR (search_key(r.name) LIKE '%' || search_key($16) || '%' "
    "  AND strpos(lower(r.name), lower($16)) > 0)) "
    "AND (h.assignee_id = $18 OR h.org_path LIKE $17 || '%'))) ")
_DUE = (
    "AND (NOT $20::boolean OR (t.due_at IS NOT NULL AND t.resolved_at IS NULL "
    "AND t.status <> ALL(ARRAY['rejected', 'merged']) "
    "AND ($21::timestamptz IS NULL OR t.due_at >= $21) "
    "AND ($22::timestamptz IS NULL OR t.due_at < $22))) ")


async def listing(conn: asyncpg.Connection, scope: str | None, reporter_id: UUID | None,
                  f: Filters, after: tuple[datetime, UUID] | None,
                  limit: int, search: Search = Search()) -> list[asyncpg.Record]:
    """Staff: their scope (held there or located there). Residents: what they reported. The
    rows as they are with the names beside their ids (TicketPublic.of reads them), joined to
    the page only, so that the page's plan stays the one described below.

    Runs in the caller's transaction, planned for its values every time: which index is best
    depends on them (a street's list walks tickets_received and stops at the page's end, a
    grid's reads its thousand rows by path and sorts them, a rare status or one grid has an
    index of its own, a search reads its matches from the trigram indexes), while the generic
    plan PostgreSQL keeps after five runs of a prepared statement walks tickets_received for
    every one of them (measured at a million tickets: a grid's page 40 ms, a community's work
    in progress 300 ms)."""
    if not conn.is_in_transaction():
        raise RuntimeError("listing() runs inside the use case's transaction")
    await conn.execute("SET LOCAL plan_cache_mode = force_custom_plan")
    return await conn.fetch(
        f"SELECT t.*, {NAMES} FROM (SELECT t.* FROM tickets t WHERE "
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
        f"AND {_SEARCHED}{_DUE}"
        "ORDER BY t.received_at DESC, t.id DESC LIMIT $15) t "
        f"{NAMES_JOINED} ORDER BY t.received_at DESC, t.id DESC",
        scope, reporter_id, f.status, f.category, f.channel, f.kind, f.grid_id, f.community_id,
        f.street_id, f.assignee_id, f.received_from, f.received_to,
        after[0] if after else None, after[1] if after else None, limit,
        search.text, search.reporters_held_in, search.assignee,
        _like(search.text) if search.text else None,
        search.deadline, search.due_from, search.due_before,
    )
