"""Claims on needs (精准接单): a co-building unit claims part or all of a need; the community
confirms or declines; the unit may withdraw; the community records it fulfilled.

However many claim at once, a need is never claimed beyond its quantity: every claim first locks
the need's row, so claims on one need queue and each sees what the one before it left (and the
table's check constraint would refuse an over-claim even if a use case forgot).
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox
from redgrid.common.auth import Principal
from redgrid.common.errors import Conflict, Forbidden, Invalid
from redgrid.common.ids import uuid7
from redgrid.lists import events
from redgrid.lists.commands import ClaimMake
from redgrid.lists.domain import needs as rules
from redgrid.lists.domain.needs import ClaimStatus
from redgrid.lists.domain.resources import OffererKind, ResourceStatus
from redgrid.lists.models import Claim, Need
from redgrid.lists.queries import needs as queries
from redgrid.lists.queries import registry
from redgrid.lists.queries import resources as resource_queries
from redgrid.lists.store import needs as store
from redgrid.lists.store import resources as resource_store
from redgrid.lists.usecases import access
from redgrid.lists.usecases.naming import named
from redgrid.lists.usecases.needs import emit_change

STAMP = {ClaimStatus.CONFIRMED: "confirmed_at", ClaimStatus.FULFILLED: "fulfilled_at",
         ClaimStatus.DECLINED: "ended_at", ClaimStatus.WITHDRAWN: "ended_at"}
EVENT = {ClaimStatus.CONFIRMED: events.CLAIM_CONFIRMED,
         ClaimStatus.DECLINED: events.CLAIM_DECLINED,
         ClaimStatus.WITHDRAWN: events.CLAIM_WITHDRAWN,
         ClaimStatus.FULFILLED: events.CLAIM_FULFILLED}


async def _claimant(conn: asyncpg.Connection, who: Principal, need: Need,
                    unit_id: UUID | None) -> UUID:
    """The unit that claims: the token's own unit, or one that community staff record."""
    if access.acting_unit_id(who) is not None:
        unit = await access.serving_unit(conn, who, need.community_id)
        if unit_id not in (None, unit.id):
            raise Forbidden("共建单位只能为本单位认领", en="a unit claims only for itself")
        return unit.id
    if not await access.manages(conn, who, need.org_path):
        if who.is_staff:
            raise access.not_found("need", need.id)
        raise Forbidden("需求由共建单位认领", en="co-building units claim needs")
    if unit_id is None:
        raise Invalid("工作人员代为登记认领时，请指定认领单位",
                      en="staff recording a claim name the unit_id")
    if await registry.unit(conn, unit_id) is None:
        raise Invalid(f"未找到共建单位 {unit_id}", en=f"unit {unit_id} is not known here")
    return unit_id


async def _check_resource(conn: asyncpg.Connection, resource_id: UUID, unit_id: UUID) -> None:
    resource = await resource_queries.get(conn, resource_id)
    if (resource is None or resource.offerer_kind != OffererKind.UNIT
            or resource.offerer_id != unit_id or resource.status != ResourceStatus.OFFERED):
        raise Invalid("所选资源须是认领单位仍在提供的资源",
                      en="resource_id names an offer of the claiming unit that still stands")


@named
async def make_claim(need_id: UUID, cmd: ClaimMake, who: Principal, pool: asyncpg.Pool,
                     now: datetime) -> Claim:
    async with db.transaction(pool) as conn:
        need = await store.lock(conn, need_id)
        if need is None:
            raise access.not_found("need", need_id)
        unit_id = await _claimant(conn, who, need, cmd.unit_id)
        rules.check_claim(need.status, need.quantity, need.claimed, cmd.quantity)
        if cmd.resource_id is not None:
            await _check_resource(conn, cmd.resource_id, unit_id)
        if await queries.live_claim(conn, need_id, unit_id) is not None:
            raise Conflict("该单位已认领此需求；如需重新认领，请先撤回原认领",
                           en="this unit holds a claim on this need already; withdraw it to claim "
                              "anew")
        claim = await store.insert_claim(
            conn, uuid7(), need_id=need_id, unit_id=unit_id, resource_id=cmd.resource_id,
            quantity=cmd.quantity, note=cmd.note, community_id=need.community_id,
            org_path=need.org_path, made_by=who.person_id, made_at=now)
        claimed = need.claimed + cmd.quantity
        updated = await store.update(
            conn, need_id, claimed=claimed, updated_at=now,
            status=rules.status_after(need.status, need.quantity, claimed, need.fulfilled))
        await outbox.record(conn, [events.CLAIM_MADE.make(claim.id, events.claim(claim), at=now)])
        await emit_change(conn, need, updated, now, events.NEED_CLAIMED)
        return claim


async def _may_step(conn: asyncpg.Connection, who: Principal, claim: Claim, step: str) -> None:
    if await access.manages(conn, who, claim.org_path):
        return
    if access.acting_unit_id(who) == claim.unit_id:
        if step == "withdraw":
            return
        raise Forbidden("认领由社区确认、婉拒和登记兑现",
                        en="the community confirms, declines and fulfils claims")
    raise access.not_found("claim", claim.id)


@named
async def step_claim(claim_id: UUID, step: str, who: Principal, pool: asyncpg.Pool,
                     now: datetime, reason: str | None = None) -> Claim:
    """confirm, decline, withdraw or fulfil a claim; the need's counts follow."""
    async with db.transaction(pool) as conn:
        found = await queries.claim(conn, claim_id)
        if found is None:
            raise access.not_found("claim", claim_id)
        need = await store.lock(conn, found.need_id)  # the need first, as make_claim does
        claim = await store.lock_claim(conn, claim_id)
        await _may_step(conn, who, claim, step)
        after = rules.claim_step(claim.status, step)
        claim = await store.update_claim(conn, claim_id, status=after, reason=reason,
                                         **{STAMP[after]: now})
        await outbox.record(conn, [EVENT[after].make(claim.id, events.claim(claim), at=now)])
        claimed, fulfilled = rules.counts_after_step(need.claimed, need.fulfilled,
                                                     claim.quantity, after)
        if (claimed, fulfilled) != (need.claimed, need.fulfilled):
            status = rules.status_after(need.status, need.quantity, claimed, fulfilled)
            updated = await store.update(conn, need.id, claimed=claimed, fulfilled=fulfilled,
                                         status=status, updated_at=now,
                                         met_at=now if status == "met" else None)
            await emit_change(conn, need, updated, now)
        if after == ClaimStatus.FULFILLED and claim.resource_id is not None:
            await resource_store.mark_used(conn, claim.resource_id, now)
        return claim


@named
async def get_claim(claim_id: UUID, who: Principal, pool: asyncpg.Pool) -> Claim:
    async with pool.acquire() as conn:
        claim = await queries.claim(conn, claim_id)
        if claim is None or not (access.acting_unit_id(who) == claim.unit_id
                                 or await access.sees(conn, who, claim.org_path)):
            raise access.not_found("claim", claim_id)
        return claim


@named
async def list_claims(who: Principal, pool: asyncpg.Pool, *, need_id: UUID | None,
                      unit_id: UUID | None, status: str | None, before: UUID | None,
                      limit: int) -> list[Claim]:
    """Staff see the claims in their subtree; a unit its own."""
    async with pool.acquire() as conn:
        own = access.acting_unit_id(who)
        if who.is_staff:
            scope = await access.staff_scope(conn, who)
        elif own is not None:
            scope, unit_id = None, own
        else:
            raise Forbidden("只有共建单位和工作人员可以查看认领",
                            en="co-building units and staff read claims")
        return await queries.claims(conn, need_id=need_id, scope=scope, unit_id=unit_id,
                                    status=status, before=before, limit=limit)
