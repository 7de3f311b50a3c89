"""The resource list (资源清单): offers by co-building units, volunteer teams and members.

A unit offers and edits only its own (its token's unit); a member only their own; a team's
leader the team's; community staff record and keep any offer made to their communities.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import catalogue, db, outbox
from redgrid.common.auth import Principal, Role
from redgrid.common.errors import Forbidden, Invalid
from redgrid.common.ids import uuid7
from redgrid.lists import events
from redgrid.lists.commands import ResourceOffer, ResourceUpdate
from redgrid.lists.domain import resources as rules
from redgrid.lists.domain.resources import OffererKind, ResourceStatus
from redgrid.lists.models import Resource
from redgrid.lists.queries import registry
from redgrid.lists.queries import resources as queries
from redgrid.lists.store import resources as store
from redgrid.lists.usecases import access
from redgrid.lists.usecases.naming import named


async def _offerer(conn: asyncpg.Connection, who: Principal,
                   cmd: ResourceOffer) -> tuple[OffererKind, UUID, str]:
    """Who offers, and the path of the community it is offered to (checked for that offerer)."""
    kind, offerer_id = cmd.offerer_kind, cmd.offerer_id
    if who.has(*access.MANAGERS):
        if kind is None or offerer_id is None:
            raise Invalid("工作人员代为登记资源时，请指定提供方类型和提供方",
                          en="staff recording an offer name its offerer_kind and offerer_id")
        if kind == OffererKind.UNIT and await registry.unit(conn, offerer_id) is None:
            raise Invalid(f"未找到共建单位 {offerer_id}", en=f"unit {offerer_id} is not known here")
        if kind == OffererKind.TEAM and await registry.team(conn, offerer_id) is None:
            raise Invalid(f"未找到志愿服务队 {offerer_id}",
                          en=f"team {offerer_id} is not known here")
        return kind, offerer_id, await access.community(conn, who, cmd.community_id)
    if who.has(Role.UNIT) and kind in (None, OffererKind.UNIT):
        unit = await access.serving_unit(conn, who, cmd.community_id)
        if offerer_id not in (None, unit.id):
            raise Forbidden("共建单位只能提供本单位的资源",
                            en="a unit offers only its own resources")
        return OffererKind.UNIT, unit.id, await access.known_community(conn, cmd.community_id)
    if kind == OffererKind.TEAM:
        team = await registry.team(conn, offerer_id) if offerer_id else None
        if team is None or not team.active or team.leader_id != who.person_id:
            raise Forbidden("服务队的资源由队长提供",
                            en="a team's leader offers the team's resources")
        return kind, team.id, await access.known_community(conn, cmd.community_id)
    if kind in (None, OffererKind.PERSON) and offerer_id in (None, who.person_id):
        return OffererKind.PERSON, who.person_id, await access.known_community(
            conn, cmd.community_id)
    raise Forbidden("您只能提供本人的资源", en="you offer only your own resources")


@named
async def offer_resource(cmd: ResourceOffer, who: Principal, pool: asyncpg.Pool,
                         now: datetime) -> Resource:
    rules.check_window(cmd.available_from, cmd.available_until)
    async with db.transaction(pool) as conn:
        kind, offerer_id, path = await _offerer(conn, who, cmd)
        resource = await store.insert(
            conn, uuid7(), **cmd.model_dump(exclude={"offerer_kind", "offerer_id",
                                                     "service_types"}),
            service_types=await catalogue.resolve(conn, cmd.service_types, "service_types"),
            offerer_kind=kind, offerer_id=offerer_id, org_path=path, offered_at=now,
            updated_at=now)
        await outbox.record(conn, [events.RESOURCE_OFFERED.make(
            resource.id, events.resource(resource), at=now)])
        return resource


async def _is_offerer(conn: asyncpg.Connection, who: Principal, resource: Resource) -> bool:
    if resource.offerer_kind == OffererKind.UNIT:
        return access.acting_unit_id(who) == resource.offerer_id
    if resource.offerer_kind == OffererKind.PERSON:
        return who.person_id == resource.offerer_id
    team = await registry.team(conn, resource.offerer_id)
    return team is not None and team.leader_id == who.person_id


async def _editable(conn: asyncpg.Connection, who: Principal, resource_id: UUID) -> Resource:
    resource = await store.lock(conn, resource_id)
    if resource is None or not (await _is_offerer(conn, who, resource)
                                or await access.manages(conn, who, resource.org_path)):
        raise access.not_found("resource", resource_id)
    return resource


@named
async def update_resource(resource_id: UUID, cmd: ResourceUpdate, who: Principal,
                          pool: asyncpg.Pool, now: datetime) -> Resource:
    changes = cmd.model_dump(exclude_unset=True)
    async with db.transaction(pool) as conn:
        resource = await _editable(conn, who, resource_id)
        rules.check_editable(resource.status)
        merged = resource.model_copy(update=changes)
        rules.check_window(merged.available_from, merged.available_until)
        rules.check_quantity(merged.quantity, resource.used)
        if not changes:
            return resource
        if "service_types" in changes:
            changes["service_types"] = await catalogue.resolve(conn, cmd.service_types,
                                                               "service_types")
        resource = await store.update(conn, resource_id, **changes, updated_at=now)
        await outbox.record(conn, [events.RESOURCE_UPDATED.make(
            resource.id, events.resource(resource), at=now)])
        return resource


@named
async def withdraw_resource(resource_id: UUID, who: Principal, pool: asyncpg.Pool,
                            now: datetime) -> Resource:
    async with db.transaction(pool) as conn:
        resource = await _editable(conn, who, resource_id)
        rules.check_editable(resource.status)
        resource = await store.update(conn, resource_id, status=ResourceStatus.WITHDRAWN,
                                      withdrawn_at=now, updated_at=now)
        await outbox.record(conn, [events.RESOURCE_WITHDRAWN.make(
            resource.id, events.resource(resource), at=now)])
        return resource


@named
async def get_resource(resource_id: UUID, who: Principal, pool: asyncpg.Pool) -> Resource:
    async with pool.acquire() as conn:
        resource = await queries.get(conn, resource_id)
        if resource is None or not (await _is_offerer(conn, who, resource)
                                    or await access.sees(conn, who, resource.org_path)):
            raise access.not_found("resource", resource_id)
        return resource


@named
async def list_resources(who: Principal, pool: asyncpg.Pool, *, community_id: UUID | None,
                         kind: str | None, status: str | None, unit_id: UUID | None,
                         before: UUID | None, limit: int) -> list[Resource]:
    """Staff see their subtree's list; a unit or a member sees their own offers."""
    async with pool.acquire() as conn:
        if who.is_staff:
            return await queries.listing(conn, scope=await access.staff_scope(conn, who),
                                         offerer=None, community_id=community_id, kind=kind,
                                         status=status, unit_id=unit_id, before=before,
                                         limit=limit)
        unit = access.acting_unit_id(who)
        offerer = (OffererKind.UNIT, unit) if unit else (OffererKind.PERSON, who.person_id)
        return await queries.listing(conn, scope=None, offerer=offerer,
                                     community_id=community_id, kind=kind, status=status,
                                     unit_id=None, before=before, limit=limit)
