"""六上门 visit logs: who visited which household for what; what a visit finds becomes tickets
(channel door_visit), filed in the same transaction and linked to the visit."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, scope
from redgrid.common.auth import STAFF, Principal, Role
from redgrid.common.clock import Clock
from redgrid.common.errors import Forbidden, Invalid, NotFound
from redgrid.common.ids import uuid7
from redgrid.tickets import commands
from redgrid.tickets.domain.intake import Channel
from redgrid.tickets.models import Visit, VisitPublic
from redgrid.tickets.usecases import photos
from redgrid.tickets.usecases.intake import file_in
from redgrid.tickets.usecases.routing import place_of


async def record_visit(cmd: commands.VisitCreate, who: Principal, pool: asyncpg.Pool,
                       clock: Clock, kept: photos.Photos | None = None) -> VisitPublic:
    if not who.is_staff:
        raise Forbidden("grid workers and branch staff log visits")
    if cmd.grid_id is None and cmd.community_id is None:
        raise Invalid("a visit is in a grid (grid_id) or a community (community_id)")
    now = clock.now()
    async with db.transaction(pool) as conn:
        place = await place_of(conn, who, grid_id=cmd.grid_id, lat=None, lng=None,
                               address=None, community_id=cmd.community_id, reporter_id=None)
        if not place.area_path.startswith(await scope.scope_path(conn, who)):
            raise NotFound("no such grid or community in your scope")
        visit_id = uuid7()
        ticket_ids = []
        for finding in cmd.findings:
            ticket = await file_in(conn, commands.TicketCreate(
                channel=Channel.DOOR_VISIT, appeal_kind=finding.appeal_kind,
                category=finding.category, title=finding.title,
                description=finding.description, grid_id=place.grid_id,
                community_id=None if place.grid_id else place.community_id,
                address=cmd.household, accept=True, photo_ids=finding.photo_ids), who, now,
                visit_id=visit_id)
            ticket_ids.append(ticket.id)
        row = await conn.fetchrow(
            "INSERT INTO visits (id, kind, community_id, grid_id, area_path, visitor_id, "
            "household, visited_at, note, ticket_ids, recorded_at) "
            "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING *",
            visit_id, cmd.kind, place.community_id, place.grid_id, place.area_path,
            who.person_id, cmd.household, cmd.visited_at, cmd.note, ticket_ids, now)
        await photos.claim(conn, cmd.photo_ids, who, visit_id=visit_id, action="visit")
        shown = VisitPublic.of(Visit.of(row))
        return (await _with_photos(conn, [shown], kept, now))[0] if kept else shown


async def list_visits(who: Principal, pool: asyncpg.Pool, kind: str | None,
                      since: datetime | None, until: datetime | None,
                      after: tuple[datetime, UUID] | None, limit: int,
                      kept: photos.Photos | None = None,
                      now: datetime | None = None) -> list[VisitPublic]:
    if not who.has(*STAFF):
        raise Forbidden("staff read visit logs")
    async with pool.acquire() as conn:
        path = await scope.scope_path(conn, who)
        rows = await conn.fetch(
            "SELECT * FROM visits WHERE area_path LIKE $1 || '%' "
            "AND ($2::text IS NULL OR kind = $2) AND ($3::timestamptz IS NULL OR visited_at >= $3) "
            "AND ($4::timestamptz IS NULL OR visited_at < $4) "
            "AND ($5::timestamptz IS NULL OR (visited_at, id) < ($5, $6)) "
            "ORDER BY visited_at DESC, id DESC LIMIT $7",
            path, kind, since, until, after[0] if after else None, after[1] if after else None,
            limit)
        shown = [VisitPublic.of(Visit.of(r)) for r in rows]
        return await _with_photos(conn, shown, kept, now) if kept else shown


async def _with_photos(conn: asyncpg.Connection, visits: list[VisitPublic],
                       kept: photos.Photos, now: datetime) -> list[VisitPublic]:
    found = await photos.of_visits(conn, [v.id for v in visits], kept, now)
    return [v.model_copy(update={"photos": found.get(v.id, [])}) for v in visits]


async def visit_counts(who: Principal, pool: asyncpg.Pool, since: datetime | None,
                       until: datetime | None) -> dict[str, int]:
    who.require(*STAFF, Role.SYSTEM)
    async with pool.acquire() as conn:
        path = await scope.scope_path(conn, who)
        rows = await conn.fetch(
            "SELECT kind, count(*) AS n FROM visits WHERE area_path LIKE $1 || '%' "
            "AND ($2::timestamptz IS NULL OR visited_at >= $2) "
            "AND ($3::timestamptz IS NULL OR visited_at < $3) GROUP BY kind",
            path, since, until)
        return {r["kind"]: r["n"] for r in rows}
