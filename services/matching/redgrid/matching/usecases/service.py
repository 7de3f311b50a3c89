"""The service itself and 民意评单: started, completed with its hours (entered in the ledger,
counted for the member's 双报到 community), rated by the resident."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox, scope
from redgrid.common.auth import Principal
from redgrid.common.errors import Forbidden, Invalid
from redgrid.common.ids import uuid7
from redgrid.matching import events
from redgrid.matching.commands import Complete, Rate
from redgrid.matching.domain import orders as rules
from redgrid.matching.domain import points
from redgrid.matching.domain.orders import Step
from redgrid.matching.models import Order, OrderPublic, PointsBase
from redgrid.matching.queries import orders as queries
from redgrid.matching.store import bookings, ledger
from redgrid.matching.usecases import steps


async def _staff_in_scope(conn: asyncpg.Connection, who: Principal, order: Order) -> bool:
    return who.has(*steps.DISPATCHERS) and scope.within(order.org_path,
                                                         await scope.scope_path(conn, who))


async def start(order_id: UUID, who: Principal, pool: asyncpg.Pool, now: datetime, *,
                margin: timedelta) -> OrderPublic:
    """The service begins: by the assignee, not earlier than `margin` before the window."""
    async with db.transaction(pool) as conn:
        order = await steps.locked_visible(conn, who, order_id)
        if not await steps.is_assignee(conn, who, order):
            raise Forbidden("由接单人开始服务", en="the person who took the order starts it")
        rules.advance(order.status, Step.STARTED)
        rules.check_start(now, order.window_start, margin)
        order = await steps.take(conn, order, Step.STARTED, who.person_id, now, started_at=now)
        return await steps.shown(conn, order, full=True, who=who)


async def award(conn: asyncpg.Connection, order: Order, *, person_id: UUID | None = None,
                team_id: UUID | None = None, kind: str, hours: Decimal, pts: int,
                at: datetime) -> None:
    """One ledger entry and its event; a member registered by 双报到 earns for that community."""
    home = await queries.dual_report_community(conn, person_id) if person_id else None
    entry = await ledger.append(
        conn, uuid7(), person_id=person_id, team_id=team_id, order_id=order.id, kind=kind,
        hours=hours, points=pts, community_id=points.credited_community(order.community_id, home),
        dual_report=home is not None, at=at)
    data = events.PointsData(**entry.model_dump(include=set(PointsBase.model_fields)))
    await outbox.record(conn, [events.POINTS_AWARDED.make(entry.id, data, at=at,
                                                          correlation_id=steps.correlation())])


async def _participants(conn: asyncpg.Connection, order: Order, named: list[UUID]) -> list[UUID]:
    if order.assignee_team_id is None:
        if set(named) - {order.assignee_person_id}:
            raise Invalid("只有服务队承接的订单才填写参与人员",
                          en="participant_ids are for team orders")
        return [order.assignee_person_id]
    team = await queries.team(conn, order.assignee_team_id)
    members = set(team.member_ids) | {team.leader_id} if team else set()
    if set(named) - members:
        raise Invalid("参与人员须是该服务队的成员", en="every participant is a member of the team")
    return list(dict.fromkeys(named)) or [order.assignee_person_id]


async def complete(order_id: UUID, cmd: Complete, who: Principal, pool: asyncpg.Pool,
                   now: datetime, *, margin: timedelta) -> OrderPublic:
    """Done: the hours go into the ledger for the assignee (a team and each participant);
    not before the window (less `margin`), nor more hours than the window (plus `margin`)."""
    async with db.transaction(pool) as conn:
        order = await steps.locked_visible(conn, who, order_id)
        if not (await steps.is_assignee(conn, who, order)
                or await _staff_in_scope(conn, who, order)):
            raise Forbidden("由接单人或其党支部登记服务完成",
                            en="the assignee, or their branch, records the service as done")
        rules.advance(order.status, Step.COMPLETED)
        rules.check_hours(cmd.hours)
        rules.check_start(now, order.window_start, margin)
        rules.check_service_hours(cmd.hours, order.window_start, order.window_end, margin)
        hours = Decimal(str(cmd.hours)).quantize(Decimal("0.01"))
        people = await _participants(conn, order, cmd.participant_ids)
        await bookings.release(conn, order.id)
        order = await steps.take(conn, order, Step.COMPLETED, who.person_id, now,
                                 note=cmd.note, hours=hours, completed_at=now)
        pts = points.service_points(hours)
        if order.assignee_team_id is not None:
            await award(conn, order, team_id=order.assignee_team_id, kind="service", hours=hours,
                        pts=pts, at=now)
            await ledger.count_done(conn, order.assignee_team_id, "team", hours)
        for person_id in people:
            await award(conn, order, person_id=person_id, kind="service", hours=hours, pts=pts,
                        at=now)
            await ledger.count_done(conn, person_id, "person", hours)
        return await steps.shown(conn, order, full=await steps.sees_in_full(conn, who, order), who=who)


async def rate(order_id: UUID, cmd: Rate, who: Principal, pool: asyncpg.Pool,
               now: datetime) -> OrderPublic:
    """民意评单: the resident rates; for an order placed without an account, the community
    records the rating it collected on its follow-up call (回访)."""
    async with db.transaction(pool) as conn:
        order = await steps.locked_visible(conn, who, order_id)
        own = order.resident_person_id is not None and order.resident_person_id == who.person_id
        if not own and not (order.resident_person_id is None
                            and await _staff_in_scope(conn, who, order)):
            raise Forbidden("由下单居民评价服务", en="the resident rates the service")
        order = await steps.take(conn, order, Step.RATED, who.person_id, now,
                                 rating=cmd.rating, comment=cmd.comment, rated_at=now,
                                 closed_at=now)
        holder, kind = ((order.assignee_team_id, "team") if order.assignee_team_id
                        else (order.assignee_person_id, "person"))
        await ledger.count_rating(conn, holder, kind, cmd.rating)
        bonus = points.rating_bonus(cmd.rating)
        if bonus:
            await award(conn, order, person_id=holder if kind == "person" else None,
                        team_id=holder if kind == "team" else None, kind="rating_bonus",
                        hours=Decimal(0), pts=bonus, at=now)
        return await steps.shown(conn, order, full=own, who=who)
