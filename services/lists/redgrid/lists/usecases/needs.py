"""The need list (需求清单): a community publishes needs by hand, or promotes a ticket or service
order it saw through events (a candidate); it edits and closes them."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import catalogue, db, outbox
from redgrid.common.auth import Principal, Role
from redgrid.common.errors import Conflict, Forbidden, Invalid, InvalidTransition
from redgrid.common.ids import uuid7
from redgrid.common.masking import mask_text
from redgrid.lists import events
from redgrid.lists.commands import NeedClose, NeedFromCandidate, NeedPublish, NeedUpdate
from redgrid.lists.domain import needs as rules
from redgrid.lists.domain.needs import ClaimStatus, NeedStatus
from redgrid.lists.domain.sources import is_candidate
from redgrid.lists.models import Need, Source
from redgrid.lists.queries import needs as queries
from redgrid.lists.queries import registry
from redgrid.lists.store import needs as store
from redgrid.lists.usecases import access, tracking
from redgrid.lists.usecases.naming import named


async def publish(conn: asyncpg.Connection, cmd: NeedPublish, who: Principal, now: datetime, *,
                  source: Source | None = None, resolution_id: UUID | None = None) -> Need:
    """Inside the caller's transaction (a resolution followed as a need publishes one too)."""
    path = await access.community(conn, who, cmd.community_id)
    need = await store.insert(
        conn, uuid7(), **cmd.model_dump(exclude={"category"}),
        category=await catalogue.one(conn, cmd.category, "category"), org_path=path, published_by=who.person_id,
        published_at=now, updated_at=now, source_kind=source.kind if source else None,
        source_id=source.id if source else None, resolution_id=resolution_id)
    await outbox.record(conn, [events.NEED_PUBLISHED.make(need.id, events.need(need), at=now)])
    return need


@named
async def publish_need(cmd: NeedPublish, who: Principal, pool: asyncpg.Pool,
                       now: datetime) -> Need:
    who.require(*access.MANAGERS)
    async with db.transaction(pool) as conn:
        return await publish(conn, cmd, who, now)


@named
async def promote(kind: str, source_id: UUID, cmd: NeedFromCandidate, who: Principal,
                  pool: asyncpg.Pool, now: datetime) -> Need:
    """A ticket or order the community saw becomes a need units can claim."""
    who.require(*access.MANAGERS)
    async with db.transaction(pool) as conn:
        source = await queries.source(conn, kind, source_id)
        if source is None or source.community_id is None:
            raise access.not_found(kind, source_id)
        await access.community(conn, who, source.community_id)
        if source.need_id is not None:
            raise Conflict("已转入需求清单",
                           en="this was promoted already", need_id=str(source.need_id))
        if not is_candidate(kind, source.status):
            raise InvalidTransition(f"该{'工单' if kind == 'ticket' else '服务订单'}已不能转为需求"
                                    "（尚未受理、已办结或已有人承接）",
                                    en=f"this {kind} is {source.status}: no longer a candidate")
        publish_cmd = NeedPublish(
            title=cmd.title or source.title, description=cmd.description,
            category=await catalogue.word_or(conn, source.category),
            community_id=source.community_id,
            quantity=cmd.quantity, unit_of_measure=cmd.unit_of_measure, due_on=cmd.due_on)
        return await publish(conn, publish_cmd, who, now, source=source)


async def _managed(conn: asyncpg.Connection, who: Principal, need_id: UUID) -> Need:
    need = await store.lock(conn, need_id)
    if need is None or not await access.manages(conn, who, need.org_path):
        raise access.not_found("need", need_id)
    return need


async def emit_change(conn: asyncpg.Connection, before: Need, need: Need, now: datetime,
                      kind=events.NEED_UPDATED) -> None:
    """The need's event (met when it just became met), and its resolutions follow."""
    if need.status == NeedStatus.MET and before.status != NeedStatus.MET:
        kind = events.NEED_MET
    await outbox.record(conn, [kind.make(need.id, events.need(need), at=now)])
    if need.status != before.status:
        await tracking.after_need(conn, need.id, need.status, now)


@named
async def update_need(need_id: UUID, cmd: NeedUpdate, who: Principal, pool: asyncpg.Pool,
                      now: datetime) -> Need:
    changes = cmd.model_dump(exclude_unset=True)
    async with db.transaction(pool) as conn:
        need = await _managed(conn, who, need_id)
        rules.check_editable(need.status)
        if not changes:
            return need
        quantity = changes.get("quantity", need.quantity)
        rules.check_new_quantity(quantity, need.claimed)
        status = rules.status_after(need.status, quantity, need.claimed, need.fulfilled)
        updated = await store.update(conn, need_id, **changes, status=status, updated_at=now,
                                     met_at=now if status == NeedStatus.MET else None)
        await emit_change(conn, need, updated, now)
        return updated


@named
async def close_need(need_id: UUID, cmd: NeedClose, who: Principal, pool: asyncpg.Pool,
                     now: datetime) -> Need:
    """Close a need that will not be met; claims still holding some of it are withdrawn."""
    async with db.transaction(pool) as conn:
        need = await _managed(conn, who, need_id)
        rules.check_editable(need.status)
        claimed, out = need.claimed, []
        for claim in await store.lock_holding_claims(conn, need_id):
            claim = await store.update_claim(conn, claim.id, status=ClaimStatus.WITHDRAWN,
                                             ended_at=now, reason="the need was closed")
            claimed -= claim.quantity
            out.append(events.CLAIM_WITHDRAWN.make(claim.id, events.claim(claim), at=now))
        await outbox.record(conn, out)
        closed = await store.update(conn, need_id, status=NeedStatus.CLOSED, claimed=claimed,
                                    closed_at=now, close_reason=cmd.reason, updated_at=now)
        await emit_change(conn, need, closed, now, events.NEED_CLOSED)
        return closed


def for_outsiders(need: Need) -> Need:
    """A need as a unit sees it: a phone number staff wrote in the description is masked."""
    return need.model_copy(update={"description": mask_text(need.description)})


@named
async def get_need(need_id: UUID, who: Principal, pool: asyncpg.Pool) -> Need:
    """Staff in scope; a unit serving the community or holding a claim on it."""
    async with pool.acquire() as conn:
        need = await queries.get(conn, need_id)
        if need is not None:
            if await access.sees(conn, who, need.org_path):
                return need
            unit = access.acting_unit_id(who)
            if unit and await queries.has_claimed(conn, need_id, unit):
                return for_outsiders(need)
            unit_row = await registry.unit(conn, unit) if unit else None
            if unit_row and await registry.serves(conn, unit_row, need.community_id):
                return for_outsiders(need)
        raise access.not_found("need", need_id)


@named
async def list_needs(who: Principal, pool: asyncpg.Pool, *, status: str | None,
                     community_id: UUID | None, before: UUID | None, limit: int) -> list[Need]:
    async with pool.acquire() as conn:
        if who.is_staff:
            return await queries.listing(conn, scope=await access.staff_scope(conn, who),
                                         communities=None, status=status,
                                         community_id=community_id, before=before, limit=limit)
        if not who.has(Role.UNIT):
            raise Forbidden("居民和党员请查看公开的需求公示栏",
                            en="residents and members read the public board (/v1/board/needs)")
        unit = await access.own_unit(conn, who)
        found = await queries.listing(conn, scope=None,
                                      communities=await registry.served_communities(conn, unit),
                                      status=status, community_id=community_id, before=before,
                                      limit=limit)
        return [for_outsiders(n) for n in found]


@named
async def list_candidates(who: Principal, pool: asyncpg.Pool, *, community_id: UUID | None,
                          kind: str | None, before: UUID | None, limit: int) -> list[Source]:
    async with pool.acquire() as conn:
        scope = await access.staff_scope(conn, who)
        if community_id is not None:
            await access.community(conn, who, community_id)
        if kind is not None and kind not in ("ticket", "order"):
            raise Invalid("类型只能是工单（ticket）或服务订单（order）",
                          en="kind is ticket or order")
        return await queries.candidates(conn, scope, community_id, kind, before, limit)
