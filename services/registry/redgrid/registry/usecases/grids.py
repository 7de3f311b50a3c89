"""Grids: draw, change, merge (大中街道: 185 into 106), split; people and micro-grids re-homed,
lineage kept."""

from __future__ import annotations

from typing import NamedTuple
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox, scope
from redgrid.common.auth import ADMINS, Principal
from redgrid.common.errors import Conflict, Forbidden, Invalid, NotFound
from redgrid.common.events import CloudEvent
from redgrid.common.ids import uuid7
from redgrid.common.orgtree import path_ids
from redgrid.registry import events
from redgrid.registry.commands import GridCreate, GridMerge, GridPart, GridSplit, GridUpdate
from redgrid.registry.domain import grids as rules
from redgrid.registry.domain.orgs import BRANCHES, OrgKind
from redgrid.registry.models import Grid, GridPublic, LineageStep
from redgrid.registry.queries import grids as queries
from redgrid.registry.queries import names
from redgrid.registry.queries import orgs as org_queries
from redgrid.registry.store import grids as store
from redgrid.registry.usecases.people import emit_person


def grid_data(grid: Grid) -> events.GridData:
    return events.GridData(
        id=grid.id, code=grid.code, name=grid.name, kind=grid.kind,
        parent_grid_id=grid.parent_grid_id, community_id=grid.community_id,
        branch_id=grid.branch_id, org_id=grid.branch_id or grid.community_id,
        org_path=path_ids(grid.org_path), layers=grid.layers, area=grid.area,
        center_lat=grid.center_lat, center_lng=grid.center_lng, address_keys=grid.address_keys,
        households=grid.households, population=grid.population, status=grid.status,
        version=grid.version,
    )


async def _public(conn: asyncpg.Connection, *grids: Grid) -> list[GridPublic]:
    return await names.all_named(conn, grids)


def _event(kind, grid: Grid) -> CloudEvent:
    return kind.make(grid.id, grid_data(grid))


async def _placement(conn: asyncpg.Connection, who: Principal, community_id: UUID,
                     branch_id: UUID | None) -> str:
    """Check the community (and branch) and return the path the grid's scope hangs on."""
    path = await scope.ensure_within(conn, who, community_id)
    community = await org_queries.get(conn, community_id)
    if community is None or community.kind != OrgKind.COMMUNITY:
        raise Invalid("网格须归属一个社区，请选择所属社区",
                      en="a grid belongs to a community (community_id)")
    if branch_id is None:
        return path
    branch = await org_queries.get(conn, branch_id)
    if branch is None or branch.kind not in BRANCHES or not branch.path.startswith(path):
        raise Invalid("网格党支部须是同一社区的党支部",
                      en="the grid's branch is a branch of the same community")
    return branch.path


async def _unique_code(conn: asyncpg.Connection, code: str) -> None:
    if await queries.code_taken(conn, code):
        raise Conflict(f"网格编码 {code} 已被使用", en=f"a grid with code {code} exists")


async def _refuse_overlap(conn: asyncpg.Connection, areas: list[list[list[float]] | None],
                          besides: list[UUID]) -> None:
    """Each area against the active grids (besides those being redrawn) and against the others
    drawn in the same request."""
    drawn = [a for a in areas if a]
    for i, area in enumerate(drawn):
        near = await queries.drawn_near(conn, area, besides)
        siblings = [_Drawn(area=a, id=None, code=f"第{j + 1}块", name="本次所画")
                    for j, a in enumerate(drawn) if j > i]
        rules.refuse_overlap(rules.overlapping(area, near + siblings))


class _Drawn(NamedTuple):
    """A part being drawn in the same split, named for the refusal."""

    area: list[list[float]]
    id: UUID | None
    code: str
    name: str


async def create_grid(cmd: GridCreate, who: Principal, pool: asyncpg.Pool) -> GridPublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        return (await _public(conn, await draw_grid(conn, cmd, who)))[0]


async def draw_grid(conn: asyncpg.Connection, cmd: GridCreate, who: Principal) -> Grid:
    """A new grid's checks, row and event inside the caller's transaction: one grid (POST
    /v1/grids) or each row of an import (usecases.imports)."""
    org_path = await _placement(conn, who, cmd.community_id, cmd.branch_id)
    parent = await queries.get(conn, cmd.parent_grid_id) if cmd.parent_grid_id else None
    if cmd.parent_grid_id and parent is None:
        raise Invalid("上级网格不存在", en="the parent grid does not exist")
    rules.check_micro(cmd.kind, rules.GridKind(parent.kind) if parent else None,
                      parent.community_id if parent else None, cmd.community_id)
    await _unique_code(conn, cmd.code)
    if cmd.kind == rules.GridKind.COMPREHENSIVE and not cmd.allow_overlap:
        await _refuse_overlap(conn, [cmd.area], [])
    grid = await store.insert(conn, uuid7(), **cmd.model_dump(exclude={"allow_overlap"}),
                              org_path=org_path)
    await outbox.record(conn, [_event(events.GRID_CREATED, grid)])
    return grid


async def _grid_in_scope(conn: asyncpg.Connection, who: Principal, grid_id: UUID) -> Grid:
    grid = await queries.get(conn, grid_id)
    if grid is None or not scope.within(grid.org_path, await scope.scope_path(conn, who)):
        raise NotFound(f"未找到网格 {grid_id}", en=f"grid {grid_id} not found")
    return grid


async def update_grid(grid_id: UUID, cmd: GridUpdate, who: Principal,
                      pool: asyncpg.Pool) -> GridPublic:
    who.require(*ADMINS)
    changes = cmd.model_dump(exclude_unset=True, exclude={"allow_overlap"})
    async with db.transaction(pool) as conn:
        grid = await _grid_in_scope(conn, who, grid_id)
        (grid,) = await store.lock(conn, [grid_id])
        if grid.status != "active":
            raise Conflict("该网格已撤销，不能再修改", en="a retired grid does not change")
        if (cmd.area and grid.kind == rules.GridKind.COMPREHENSIVE and not cmd.allow_overlap):
            await _refuse_overlap(conn, [cmd.area], [grid.id])
        if "branch_id" in changes:
            changes["org_path"] = await _placement(conn, who, grid.community_id, cmd.branch_id)
        if changes:
            grid = await store.update(conn, grid_id, **changes)
            await outbox.record(conn, [_event(events.GRID_UPDATED, grid)])
        return (await _public(conn, grid))[0]


async def _new_part(conn: asyncpg.Connection, who: Principal, part: GridPart,
                    model: Grid) -> Grid:
    await _unique_code(conn, part.code)
    org_path = await _placement(conn, who, model.community_id, part.branch_id)
    return await store.insert(
        conn, uuid7(), code=part.code, name=part.name, kind=rules.GridKind.COMPREHENSIVE,
        parent_grid_id=None, community_id=model.community_id, branch_id=part.branch_id,
        org_path=org_path, layers=model.layers, area=part.area, center_lat=part.center_lat,
        center_lng=part.center_lng, address_keys=part.address_keys, households=None,
        population=None,
    )


async def _close(conn: asyncpg.Connection, old: list[UUID], lineage_kind, change: str,
                 new: list[Grid], reason: str | None, who: Principal, moved: list[UUID],
                 reparented: list[Grid]) -> None:
    retired = await store.retire(conn, old)
    await store.add_lineage(conn, change, old, [g.id for g in new], reason, who.person_id)
    out = [_event(events.GRID_CREATED, g) for g in new]
    out += [_event(events.GRID_RETIRED, g) for g in retired]
    out += [_event(events.GRID_UPDATED, g) for g in reparented]
    out.append(lineage_kind.make(new[0].id if change == "merge" else old[0], events.GridLineage(
        from_ids=old, to_ids=[g.id for g in new], reason=reason, rehomed_people=len(moved))))
    await outbox.record(conn, out)
    for person_id in moved:
        await emit_person(conn, person_id)


async def merge_grids(cmd: GridMerge, who: Principal, pool: asyncpg.Pool) -> GridPublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        for grid_id in cmd.grid_ids:
            await _grid_in_scope(conn, who, grid_id)
        grids = await store.lock(conn, cmd.grid_ids)
        if len(grids) != len(set(cmd.grid_ids)):
            raise Invalid("所选网格有重复或不存在", en="a grid is named twice or does not exist")
        rules.check_merge([g.model_dump() for g in grids])
        if not cmd.allow_overlap:
            await _refuse_overlap(conn, [cmd.into.area], [g.id for g in grids])
        merged = await _new_part(conn, who, cmd.into, grids[0])
        old = [g.id for g in grids]
        moved = await store.rehome_people(conn, old, merged.id)
        reparented = await store.reparent_micro(conn, old, merged.id)
        await _close(conn, old, events.GRIDS_MERGED, "merge", [merged], cmd.reason, who, moved,
                     reparented)
        return (await _public(conn, merged))[0]


async def split_grid(grid_id: UUID, cmd: GridSplit, who: Principal,
                     pool: asyncpg.Pool) -> list[GridPublic]:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        await _grid_in_scope(conn, who, grid_id)
        (grid,) = await store.lock(conn, [grid_id])
        rules.check_split(grid.model_dump(), len(cmd.parts))
        if grid.kind != rules.GridKind.COMPREHENSIVE:
            raise Invalid("只能拆分综合网格；微网格请重新划定范围",
                          en="split comprehensive grids; a micro-grid is redrawn instead")
        if not cmd.allow_overlap:
            await _refuse_overlap(conn, [p.area for p in cmd.parts], [grid_id])
        parts = [await _new_part(conn, who, part, grid) for part in cmd.parts]
        moved: list[UUID] = []
        for part, new in list(zip(cmd.parts, parts, strict=True))[1:]:
            if part.person_ids:
                moved += await store.rehome_people(conn, [grid_id], new.id, part.person_ids)
        moved += await store.rehome_people(conn, [grid_id], parts[0].id)
        reparented = await store.reparent_micro(conn, [grid_id], parts[0].id)
        await _close(conn, [grid_id], events.GRID_SPLIT, "split", parts, cmd.reason, who,
                     list(dict.fromkeys(moved)), reparented)
        return await _public(conn, *parts)


async def get_grid(grid_id: UUID, who: Principal, pool: asyncpg.Pool) -> GridPublic:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看网格", en="staff read grids")
    async with pool.acquire() as conn:
        return (await _public(conn, await _grid_in_scope(conn, who, grid_id)))[0]


async def list_grids(who: Principal, pool: asyncpg.Pool, community_id: UUID | None,
                     kind: str | None, status: str | None, after: tuple[str, UUID] | None,
                     limit: int) -> list[GridPublic]:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看网格", en="staff read grids")
    async with pool.acquire() as conn:
        path = await scope.scope_path(conn, who)
        return await queries.in_scope(conn, path, community_id, kind, status, after, limit)


async def grid_lineage(grid_id: UUID, who: Principal, pool: asyncpg.Pool) -> list[LineageStep]:
    async with pool.acquire() as conn:
        await _grid_in_scope(conn, who, grid_id)
        return await names.all_named(conn, await queries.lineage(conn, grid_id))


async def locate_grid(who: Principal, pool: asyncpg.Pool, lat: float | None, lng: float | None,
                      address: str | None) -> GridPublic:
    if not who.is_staff:  # as every other read of grids (a volunteer's token has an org too)
        raise Forbidden("只有工作人员可以查看网格", en="staff read grids")
    if lat is None and lng is None and not address:
        raise Invalid("请提供经纬度或地址", en="give lat and lng, or an address")
    if (lat is None) != (lng is None):
        raise Invalid("经度和纬度须同时提供", en="give both lat and lng")
    async with pool.acquire() as conn:
        grid = await queries.locate(conn, await scope.scope_path(conn, who), lat, lng, address)
        if grid is None:
            raise NotFound("该位置不在任何网格内", en="no grid covers that place")
        return (await _public(conn, grid))[0]
