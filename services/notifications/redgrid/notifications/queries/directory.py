"""Who is behind an audience, how to reach them, and what they asked for (from the read
models of the registry and this service's own tables)."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common.cache import Ttl
from redgrid.notifications.domain.audience import (
    Audience,
    Caller,
    GridWorkers,
    NearestSecretaries,
    Person,
    Recipient,
    RecipientKind,
    Secretaries,
    TeamMembers,
    Unit,
    UnitsServing,
)
from redgrid.notifications.domain.channels import Channel, Preferences, parse_hhmm

ACTIVE = "p.status = 'active'"
# Who a grid's workers are, how to reach a person and what they asked for: read for every
# notice, changed rarely. Kept a few seconds; cleared when this process applies a registry
# event or a preference changes here (another replica sees the change within the TTL).
DIRECTORY = Ttl(seconds=5)


async def grid(conn: asyncpg.Connection, grid_id: UUID) -> asyncpg.Record | None:
    """A grid's name and its org path, from the grids read model."""
    return await conn.fetchrow("SELECT name, org_path FROM grids WHERE id = $1", grid_id)


async def names(conn: asyncpg.Connection, person_ids: list[UUID]) -> list[tuple[UUID, str]]:
    """Each person's name (from the people read model), in id order."""
    rows = await conn.fetch("SELECT id, name FROM people WHERE id = ANY($1::uuid[]) ORDER BY id",
                            person_ids)
    return [(r["id"], r["name"]) for r in rows]


async def _people(conn: asyncpg.Connection, sql: str, *args) -> list[Recipient]:
    return [Recipient(RecipientKind.PERSON, r["id"]) for r in await conn.fetch(sql, *args)]


async def grid_workers(conn: asyncpg.Connection, grid_id: UUID) -> list[Recipient]:
    sql = (
        "SELECT DISTINCT r.person_id AS id FROM person_roles r JOIN people p "
        f"ON p.id = r.person_id AND {ACTIVE} "
        "WHERE r.grid_id = $1 AND r.role IN ('grid_worker', 'grid_head') ORDER BY 1"
    )
    found = await _people(conn, sql, grid_id)
    if not found:  # a micro-grid without its own workers: its grid's workers
        parent = await conn.fetchval("SELECT parent_grid_id FROM grids WHERE id = $1", grid_id)
        if parent is not None:
            found = await _people(conn, sql, parent)
    return found


async def secretaries(conn: asyncpg.Connection, org_ids: tuple[UUID, ...],
                      grid_id: UUID | None) -> list[Recipient]:
    orgs = list(org_ids)
    if grid_id is not None:  # the grid's branch (or community, where it has no branch)
        grid_org = await conn.fetchval("SELECT org_id FROM grids WHERE id = $1", grid_id)
        if grid_org is not None:
            orgs.append(grid_org)
    return await _people(
        conn,
        "SELECT r.person_id AS id FROM person_roles r JOIN people p "
        f"ON p.id = r.person_id AND {ACTIVE} "
        "WHERE r.org_id = ANY($1::uuid[]) AND r.role = 'branch_secretary' "
        "UNION SELECT secretary_id FROM orgs WHERE id = ANY($1::uuid[]) "
        "AND secretary_id IS NOT NULL ORDER BY 1",
        orgs,
    )


async def team_members(conn: asyncpg.Connection, team_id: UUID) -> list[Recipient]:
    return await _people(conn, f"SELECT p.id FROM people p WHERE $1 = ANY(p.team_ids) AND {ACTIVE} "
                               "ORDER BY 1", team_id)


async def caller(conn: asyncpg.Connection, ticket_id: UUID) -> list[Recipient]:
    """A ticket's caller without an account, when there is a phone to reach them on."""
    found = await conn.fetchval("SELECT 1 FROM callers WHERE ticket_id = $1", ticket_id)
    return [Recipient(RecipientKind.CALLER, ticket_id)] if found else []


async def nearest_secretaries(conn: asyncpg.Connection,
                              path: tuple[UUID, ...]) -> list[Recipient]:
    """The holders of `branch_secretary` on the deepest org of `path` that has any."""
    return await _people(
        conn,
        "WITH held AS (SELECT r.person_id, array_position($1::uuid[], r.org_id) AS depth "
        "FROM person_roles r JOIN people p ON p.id = r.person_id AND p.status = 'active' "
        "WHERE r.org_id = ANY($1::uuid[]) AND r.role = 'branch_secretary') "
        "SELECT DISTINCT person_id AS id FROM held "
        "WHERE depth = (SELECT max(depth) FROM held) ORDER BY 1",
        list(path),
    )


async def units_serving(conn: asyncpg.Connection, community_id: UUID) -> list[Recipient]:
    rows = await conn.fetch("SELECT id FROM unit_communities "
                            "WHERE community_ids @> ARRAY[$1::uuid] ORDER BY id", community_id)
    return [Recipient(RecipientKind.UNIT, r["id"]) for r in rows]


async def resolve(conn: asyncpg.Connection, audience: Audience) -> list[Recipient]:
    return await DIRECTORY.get(("audience", audience), lambda: _resolve(conn, audience))


async def _resolve(conn: asyncpg.Connection, audience: Audience) -> list[Recipient]:
    match audience:
        case Person(id=person_id):
            return [Recipient(RecipientKind.PERSON, person_id)]
        case Unit(id=unit_id):
            return [Recipient(RecipientKind.UNIT, unit_id)]
        case GridWorkers(grid_id=grid_id):
            return await grid_workers(conn, grid_id)
        case Secretaries(org_ids=org_ids, grid_id=grid_id):
            return await secretaries(conn, org_ids, grid_id)
        case TeamMembers(team_id=team_id):
            return await team_members(conn, team_id)
        case Caller(ticket_id=ticket_id):
            return await caller(conn, ticket_id)
        case NearestSecretaries(path=path):
            return await nearest_secretaries(conn, path)
        case UnitsServing(community_id=community_id):
            return await units_serving(conn, community_id)
    raise TypeError(f"unknown audience {audience!r}")


async def addresses(conn: asyncpg.Connection, recipient: Recipient) -> dict[Channel, str]:
    """Where e-mail and SMS can reach a recipient (people; callers by SMS; units have the
    inbox)."""
    if recipient.kind == RecipientKind.CALLER:
        phone = await conn.fetchval("SELECT phone FROM callers WHERE ticket_id = $1",
                                    recipient.id)
        return {Channel.SMS: phone} if phone else {}
    if recipient.kind != RecipientKind.PERSON:
        return {}
    row = await conn.fetchrow("SELECT phone, email FROM contacts WHERE person_id = $1",
                              recipient.id)
    if row is None:
        return {}
    found = {Channel.EMAIL: row["email"], Channel.SMS: row["phone"]}
    return {channel: value for channel, value in found.items() if value}


async def reach(conn: asyncpg.Connection, recipient: Recipient, quiet_start: str,
                quiet_end: str) -> tuple[dict[Channel, str], Preferences]:
    """Where a recipient can be reached and what they want, in one round trip."""
    return await DIRECTORY.get(("reach", recipient, quiet_start, quiet_end),
                               lambda: _reach(conn, recipient, quiet_start, quiet_end))


async def _reach(conn: asyncpg.Connection, recipient: Recipient, quiet_start: str,
                 quiet_end: str) -> tuple[dict[Channel, str], Preferences]:
    row = await conn.fetchrow(
        "SELECT coalesce(c.phone, k.phone) AS phone, c.email, p.off, p.quiet_start, "
        "p.quiet_end FROM (SELECT 1) AS one "
        "LEFT JOIN contacts c ON $1 = 'person' AND c.person_id = $2 "
        "LEFT JOIN callers k ON $1 = 'caller' AND k.ticket_id = $2 "
        "LEFT JOIN preferences p ON p.recipient_kind = $1 AND p.recipient_id = $2",
        recipient.kind.value, recipient.id,
    )
    found = {Channel.EMAIL: row["email"], Channel.SMS: row["phone"]}
    addresses = {channel: value for channel, value in found.items() if value}
    return addresses, _preferences(row if row["off"] is not None else None, quiet_start,
                                   quiet_end)


async def preferences(conn: asyncpg.Connection, recipient: Recipient, quiet_start: str,
                      quiet_end: str) -> Preferences:
    row = await conn.fetchrow(
        "SELECT off, quiet_start, quiet_end FROM preferences "
        "WHERE recipient_kind = $1 AND recipient_id = $2",
        recipient.kind.value, recipient.id,
    )
    return _preferences(row, quiet_start, quiet_end)


def _preferences(row, quiet_start: str, quiet_end: str) -> Preferences:
    off = row["off"] if row else {}
    return Preferences(
        off={kind: frozenset(Channel(c) for c in channels) for kind, channels in off.items()},
        quiet_start=parse_hhmm(row["quiet_start"] if row and row["quiet_start"] else quiet_start),
        quiet_end=parse_hhmm(row["quiet_end"] if row and row["quiet_end"] else quiet_end),
    )


async def need_title(conn: asyncpg.Connection, need_id: UUID | None) -> str | None:
    if need_id is None:
        return None
    return await conn.fetchval("SELECT title FROM needs WHERE id = $1", need_id)


async def names_on_record(conn: asyncpg.Connection, data: dict) -> list[str]:
    """The names of the people an event's snapshot refers to (reporter, resident, assignee:
    its `…person_id` fields), as far as the registry's read model knows them: the detector
    masks them wherever they appear in its text."""
    ids = [v for k, v in data.items() if k.endswith("person_id") and v]
    if not ids:
        return []
    try:
        wanted = [UUID(str(v)) for v in ids]
    except ValueError:
        return []
    rows = await conn.fetch("SELECT name FROM people WHERE id = ANY($1::uuid[])", wanted)
    return [r["name"] for r in rows if r["name"]]
