"""Co-building agreements (共建协议) between a unit and a community: while one is active the unit
serves the community here (it may offer to it and claim its needs), whatever the registry says."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox
from redgrid.common.auth import Principal
from redgrid.common.errors import Conflict, Forbidden, Invalid, InvalidTransition
from redgrid.common.ids import uuid7
from redgrid.lists import events
from redgrid.lists.commands import AgreementSign
from redgrid.lists.domain.meetings import AgreementStatus
from redgrid.lists.models import Agreement
from redgrid.lists.queries import meetings as queries
from redgrid.lists.queries import registry
from redgrid.lists.store import meetings as store
from redgrid.lists.usecases import access
from redgrid.lists.usecases.naming import named


@named
async def sign_agreement(cmd: AgreementSign, who: Principal, pool: asyncpg.Pool,
                         now: datetime) -> Agreement:
    who.require(*access.MANAGERS)
    if cmd.valid_until is not None and cmd.valid_until < cmd.signed_on:
        raise Invalid("协议有效期截止日不能早于签订日", en="valid_until comes before signed_on")
    async with db.transaction(pool) as conn:
        path = await access.community(conn, who, cmd.community_id)
        if await registry.unit(conn, cmd.unit_id) is None:
            raise Invalid(f"未找到共建单位 {cmd.unit_id}",
                          en=f"unit {cmd.unit_id} is not known here")
        agreement = await store.insert_agreement(conn, uuid7(), **cmd.model_dump(),
                                                 org_path=path, created_at=now)
        if agreement is None:
            raise Conflict("该单位与该社区已有有效的共建协议",
                           en="this unit and community have an active agreement already")
        await outbox.record(conn, [events.AGREEMENT_SIGNED.make(
            agreement.id, events.agreement(agreement), at=now)])
        return await queries.agreement(conn, agreement.id)


@named
async def end_agreement(agreement_id: UUID, who: Principal, pool: asyncpg.Pool,
                        now: datetime) -> Agreement:
    async with db.transaction(pool) as conn:
        agreement = await store.lock_agreement(conn, agreement_id)
        if agreement is None or not await access.manages(conn, who, agreement.org_path):
            raise access.not_found("agreement", agreement_id)
        if agreement.status != AgreementStatus.ACTIVE:
            raise InvalidTransition("该共建协议已终止", en="this agreement has ended already")
        agreement = await store.update_agreement(conn, agreement_id, status=AgreementStatus.ENDED,
                                                 ended_on=now.date())
        await outbox.record(conn, [events.AGREEMENT_ENDED.make(
            agreement.id, events.agreement(agreement), at=now)])
        return await queries.agreement(conn, agreement.id)


@named
async def get_agreement(agreement_id: UUID, who: Principal, pool: asyncpg.Pool) -> Agreement:
    async with pool.acquire() as conn:
        agreement = await queries.agreement(conn, agreement_id)
        if agreement is None or not (access.acting_unit_id(who) == agreement.unit_id
                                     or await access.sees(conn, who, agreement.org_path)):
            raise access.not_found("agreement", agreement_id)
        return agreement


@named
async def list_agreements(who: Principal, pool: asyncpg.Pool, *, community_id: UUID | None,
                          status: str | None, before: UUID | None,
                          limit: int) -> list[Agreement]:
    async with pool.acquire() as conn:
        own = access.acting_unit_id(who)
        if who.is_staff:
            path, unit = await access.staff_scope(conn, who), None
        elif own is not None:
            path, unit = None, own
        else:
            raise Forbidden("只有共建单位和工作人员可以查看共建协议",
                            en="co-building units and staff read agreements")
        return await queries.agreements(conn, scope=path, unit_id=unit,
                                        community_id=community_id, status=status,
                                        before=before, limit=limit)
