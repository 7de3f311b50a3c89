"""Service places (党群服务中心—党群服务站) and the "15-minute circle" they make."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import db, outbox, scope
from redgrid.common.auth import ADMINS, Principal
from redgrid.common.errors import Forbidden, NotFound
from redgrid.common.ids import uuid7
from redgrid.registry import events
from redgrid.registry.commands import PlaceCreate
from redgrid.registry.domain.places import walking_minutes
from redgrid.registry.models import Place, PlacePublic
from redgrid.registry.queries import names
from redgrid.registry.queries import places as queries
from redgrid.registry.store import places as store


def public(place: Place, minutes: float | None = None) -> PlacePublic:
    return PlacePublic(**place.model_dump(exclude={"org_path", "version"}),
                       walking_minutes=None if minutes is None else round(minutes, 1))


async def _emit(conn: asyncpg.Connection, place: Place) -> None:
    data = events.PlaceData(**place.model_dump(exclude={"org_path", "address"}))
    await outbox.record(conn, [events.PLACE_SAVED.make(place.id, data)])


async def create_place(cmd: PlaceCreate, who: Principal, pool: asyncpg.Pool) -> PlacePublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        path = await scope.ensure_within(conn, who, cmd.org_id)
        place = await store.insert(conn, uuid7(), **cmd.model_dump(), org_path=path)
        await _emit(conn, place)
        return await names.named(conn, public(place))


async def replace_place(place_id: UUID, cmd: PlaceCreate, who: Principal,
                        pool: asyncpg.Pool) -> PlacePublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        old = await queries.get(conn, place_id)
        if old is None:
            raise NotFound("未找到该服务场所", en="no such place")
        await scope.ensure_within(conn, who, old.org_id)
        path = await scope.ensure_within(conn, who, cmd.org_id)
        place = await store.replace(conn, place_id, **cmd.model_dump(), org_path=path)
        await _emit(conn, place)
        return await names.named(conn, public(place))


async def list_places(pool: asyncpg.Pool, org_id: UUID | None, kind: str | None,
                      after: UUID | None, limit: int) -> list[PlacePublic]:
    """Public: where residents can go, and when it is open."""
    async with pool.acquire() as conn:
        path = await scope.org_path(conn, org_id) if org_id else None
        found = await queries.listed(conn, path, kind, after, limit)
        return await names.all_named(conn, [public(p) for p in found])


async def nearby(pool: asyncpg.Pool, lat: float, lng: float, minutes: float) -> list[PlacePublic]:
    async with pool.acquire() as conn:
        candidates = await queries.around(conn, lat, lng, minutes)
        found = [(walking_minutes(lat, lng, p.lat, p.lng), p) for p in candidates]
        return await names.all_named(conn, [public(p, m) for m, p in
                                            sorted(found, key=lambda x: x[0]) if m <= minutes])


async def circle_coverage(org_id: UUID, minutes: float, who: Principal,
                          pool: asyncpg.Pool) -> dict:
    """Which grids of the subtree have a service place within `minutes` on foot."""
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看服务覆盖情况", en="staff read coverage")
    async with pool.acquire() as conn:
        path = await scope.ensure_within(conn, who, org_id)
        grids = await queries.grid_centres(conn, path)
        places = await queries.listed(conn, None, None, None, 100_000)
        org_name = (await names.lookup(conn, [org_id])).get(org_id)
    uncovered = []
    for g in grids:
        nearest = min((walking_minutes(g["center_lat"], g["center_lng"], p.lat, p.lng)
                       for p in places), default=None)
        if nearest is None or nearest > minutes:
            uncovered.append({"grid_id": str(g["id"]), "code": g["code"], "name": g["name"],
                              "nearest_minutes": None if nearest is None else round(nearest, 1)})
    covered = len(grids) - len(uncovered)
    return {
        "org_id": str(org_id), "org_name": org_name, "minutes": minutes,
        "grids_with_centre": len(grids),
        "covered": covered, "share": round(covered / len(grids), 3) if grids else None,
        "uncovered": uncovered,
    }
