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
from redgrid.tickets.domain.routing import Where
from redgrid.tickets.models import VisitPublic
from redgrid.tickets.queries import visits as queries
from redgrid.tickets.store import visits as store
from redgrid.tickets.usecases import photos
from redgrid.tickets.usecases.intake import Intake, file_in
from redgrid.tickets.usecases.routing import place_of


async def record_visit(cmd: commands.VisitCreate, who: Principal, pool: asyncpg.Pool,
                       clock: Clock, kept: photos.Photos | None = None) -> VisitPublic:
    if not who.is_staff:
        raise Forbidden("只有网格员和支部工作人员可以登记走访",
                        en="grid workers and branch staff log visits")
    if cmd.grid_id is None and cmd.community_id is None:
        raise Invalid("请指定走访所在的网格或社区",
                      en="a visit is in a grid (grid_id) or a community (community_id)")
    now = clock.now()
    async with db.transaction(pool) as conn:
        place = await place_of(conn, who, Where(grid_id=cmd.grid_id,
                                                community_id=cmd.community_id))
        if not place.area_path.startswith(await scope.scope_path(conn, who)):
            raise NotFound("您的管辖范围内没有这个网格或社区",
                           en="no such grid or community in your scope")
        visit_id = uuid7()
        ticket_ids = []
        for finding in cmd.findings:
            ticket = await file_in(conn, Intake(commands.TicketCreate(
                channel=Channel.DOOR_VISIT, appeal_kind=finding.appeal_kind,
                category=finding.category, title=finding.title,
                description=finding.description, grid_id=place.grid_id,
                community_id=None if place.grid_id else place.community_id,
                address=cmd.household, accept=True, photo_ids=finding.photo_ids), who, now,
                visit_id=visit_id))
            ticket_ids.append(ticket.id)
        visit = await store.insert(
            conn, visit_id, kind=cmd.kind, community_id=place.community_id,
            grid_id=place.grid_id, area_path=place.area_path, visitor_id=who.person_id,
            household=cmd.household, visited_at=cmd.visited_at, note=cmd.note,
            ticket_ids=ticket_ids, recorded_at=now)
        await photos.claim(conn, cmd.photo_ids, who, visit_id=visit_id, action="visit")
        shown = VisitPublic.of(visit)
        return (await _with_photos(conn, [shown], kept, now))[0] if kept else shown


async def list_visits(who: Principal, pool: asyncpg.Pool, *, kind: str | None,
                      since: datetime | None, until: datetime | None,
                      after: tuple[datetime, UUID] | None, limit: int,
                      kept: photos.Photos | None = None,
                      now: datetime | None = None) -> list[VisitPublic]:
    if not who.has(*STAFF):
        raise Forbidden("只有工作人员可以查看走访记录", en="staff read visit logs")
    async with pool.acquire() as conn:
        visits = await queries.listing(conn, await scope.scope_path(conn, who), kind=kind,
                                       since=since, until=until, after=after, limit=limit)
        shown = [VisitPublic.of(v) for v in visits]
        return await _with_photos(conn, shown, kept, now) if kept else shown


async def _with_photos(conn: asyncpg.Connection, visits: list[VisitPublic],
                       kept: photos.Photos, now: datetime) -> list[VisitPublic]:
    found = await photos.of_visits(conn, [v.id for v in visits], kept, now)
    return [v.model_copy(update={"photos": found.get(v.id, [])}) for v in visits]


async def visit_counts(who: Principal, pool: asyncpg.Pool, since: datetime | None,
                       until: datetime | None) -> dict[str, int]:
    who.require(*STAFF, Role.SYSTEM)
    async with pool.acquire() as conn:
        return await queries.counts(conn, await scope.scope_path(conn, who), since, until)
