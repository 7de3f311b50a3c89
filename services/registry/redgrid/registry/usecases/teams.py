"""Volunteer teams (志愿服务队): formed by a community, with skills and members."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import catalogue, db, outbox, scope
from redgrid.common.auth import ADMINS, Principal
from redgrid.common.errors import Forbidden, NotFound
from redgrid.common.ids import uuid7
from redgrid.common.orgtree import path_ids
from redgrid.registry import events
from redgrid.registry.commands import TeamCreate, TeamJoin, TeamUpdate
from redgrid.registry.models import Team, TeamPublic
from redgrid.registry.queries import names
from redgrid.registry.queries import teams as queries
from redgrid.registry.store import people as people_store
from redgrid.registry.store import teams as store
from redgrid.registry.usecases.people import emit_person, managed_person


async def _emit(conn: asyncpg.Connection, kind, team_id: UUID) -> TeamPublic:
    """The team's event; returns the team as answered, with its names."""
    team = await queries.get(conn, team_id)
    data = events.TeamData(**team.model_dump(exclude={"org_path"}),
                           org_path=path_ids(team.org_path))
    await outbox.record(conn, [kind.make(team.id, data)])
    return await names.named(conn, team)


async def _team_in_scope(conn: asyncpg.Connection, who: Principal, team_id: UUID) -> Team:
    team = await store.lock(conn, team_id)
    if team is None or not scope.within(team.org_path, await scope.scope_path(conn, who)):
        raise NotFound(f"未找到志愿服务队 {team_id}", en=f"team {team_id} not found")
    return team


async def create_team(cmd: TeamCreate, who: Principal, pool: asyncpg.Pool) -> TeamPublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        path = await scope.ensure_within(conn, who, cmd.org_id)
        if cmd.leader_id:
            await managed_person(conn, who, cmd.leader_id)
        team_id = uuid7()
        await store.insert(conn, team_id, **cmd.model_dump(exclude={"skills"}), org_path=path,
                           skills=await catalogue.resolve(conn, cmd.skills))
        if cmd.leader_id:
            await _join(conn, who, team_id, cmd.leader_id)
        return await _emit(conn, events.TEAM_CREATED, team_id)


async def update_team(team_id: UUID, cmd: TeamUpdate, who: Principal,
                      pool: asyncpg.Pool) -> TeamPublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        await _team_in_scope(conn, who, team_id)
        changes = cmd.model_dump(exclude_unset=True)
        if changes.get("leader_id"):  # the same rule as for a member
            await managed_person(conn, who, changes["leader_id"])
        if "skills" in changes:
            changes["skills"] = await catalogue.resolve(conn, cmd.skills)
        if changes:
            await store.update(conn, team_id, **changes)
        return await _emit(conn, events.TEAM_UPDATED, team_id)


async def _join(conn: asyncpg.Connection, who: Principal, team_id: UUID, person_id: UUID) -> None:
    await managed_person(conn, who, person_id)
    if await store.join(conn, team_id, person_id):
        await people_store.bump(conn, person_id)
        await emit_person(conn, person_id)


async def add_member(team_id: UUID, cmd: TeamJoin, who: Principal,
                     pool: asyncpg.Pool) -> TeamPublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        await _team_in_scope(conn, who, team_id)
        await _join(conn, who, team_id, cmd.person_id)
        await store.update(conn, team_id)
        return await _emit(conn, events.TEAM_UPDATED, team_id)


async def remove_member(team_id: UUID, person_id: UUID, who: Principal,
                        pool: asyncpg.Pool) -> TeamPublic:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        await _team_in_scope(conn, who, team_id)
        if not await store.leave(conn, team_id, person_id):
            raise NotFound("此人不在该志愿服务队中", en="that person is not in the team")
        await people_store.bump(conn, person_id)
        await emit_person(conn, person_id)
        await store.update(conn, team_id)
        return await _emit(conn, events.TEAM_UPDATED, team_id)


async def get_team(team_id: UUID, who: Principal, pool: asyncpg.Pool) -> TeamPublic:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看志愿服务队", en="staff read teams")
    async with pool.acquire() as conn:
        await _team_in_scope(conn, who, team_id)
        return await names.named(conn, await queries.get(conn, team_id))


async def list_teams(who: Principal, pool: asyncpg.Pool, skill: str | None, after: UUID | None,
                     limit: int) -> list[TeamPublic]:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看志愿服务队", en="staff read teams")
    async with pool.acquire() as conn:
        found = await queries.in_scope(conn, await scope.scope_path(conn, who), skill, after,
                                       limit)
        return await names.all_named(conn, found)
