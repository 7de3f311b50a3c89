"""支部下单 and 党员接单: ranked candidates, dispatch (to a person, a team, or the best
candidate), accept, refuse, reassign; and the next offer when nobody answers.

Accepting books the assignee for the order's window. Two locks make it safe under any
concurrency: the order's row (so one order is accepted once) and the assignee's advisory lock
(so one person or team is never booked twice for overlapping times); both are taken in that
order everywhere, and the overlap check and the booking happen inside them.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db
from redgrid.common.auth import Principal
from redgrid.common.errors import Conflict, Forbidden, Invalid
from redgrid.matching.commands import Dispatch, Reassign, Refuse
from redgrid.matching.domain import orders as rules
from redgrid.matching.domain import scoring
from redgrid.matching.domain.orders import Step
from redgrid.matching.domain.schedule import LOCAL, weekly_segments, window_minutes
from redgrid.matching.models import Candidate, Order, OrderPublic
from redgrid.matching.queries import candidates as ranking
from redgrid.matching.queries import orders as queries
from redgrid.matching.store import bookings
from redgrid.matching.store import orders as store
from redgrid.matching.usecases import steps

MAX_CANDIDATES = 50


async def target(conn: asyncpg.Connection, order: Order, teams: bool = True) -> ranking.Target:
    community = await queries.org(conn, order.community_id)
    community_path = community["path"] if community else order.org_path
    parent = community_path.rstrip("/").rsplit("/", 1)[0] + "/"
    street_path = parent if parent != "/" else community_path
    lat, lng = order.lat, order.lng
    if (lat is None or lng is None) and order.grid_id is not None:
        grid = await queries.grid(conn, order.grid_id)
        if grid is not None:
            lat, lng = grid["center_lat"], grid["center_lng"]
    segments = (weekly_segments(order.window_start, order.window_end)
                if order.window_start and order.window_end else [])
    return ranking.Target(
        order_id=order.id, needs=order.needs, grid_id=order.grid_id,
        community_id=order.community_id, community_path=community_path,
        street_path=street_path, lat=lat, lng=lng, window_start=order.window_start,
        window_end=order.window_end, segments=segments,
        window_minutes=window_minutes(segments), resident_id=order.resident_person_id,
        teams=teams,
    )


def _booked(busy: asyncpg.Record) -> dict[str, str]:
    return {"booked_from": busy["starts_at"].isoformat(),
            "booked_until": busy["ends_at"].isoformat()}


def _candidate(r: ranking.Ranked) -> Candidate:
    return Candidate(kind=r.facts.kind, id=r.id, name=r.name, grid_id=r.grid_id,
                     grid_name=r.grid_name, score=round(scoring.score(r.facts), 4),
                     parts=scoring.explain(r.facts), kind_label=scoring.kind_of(r.facts),
                     reason=scoring.summary(r.facts))


async def candidates(order_id: UUID, who: Principal, pool: asyncpg.Pool, limit: int,
                     teams: bool = True) -> list[Candidate]:
    """The best people and teams for the order, best first, with the reason for each score."""
    who.require(*steps.DISPATCHERS)
    async with db.transaction(pool) as conn:
        order = await steps.visible(conn, who, await queries.get(conn, order_id))
        rows = await ranking.rank(conn, await target(conn, order, teams),
                                  min(limit, MAX_CANDIDATES))
        return [_candidate(r) for r in rows]


async def _chosen(conn: asyncpg.Connection, order: Order,
                  cmd: Dispatch) -> tuple[UUID | None, UUID | None]:
    """(person_id, team_id) the staff chose, checked: known, active, free at that time."""
    if cmd.auto:
        best = await ranking.rank(conn, await target(conn, order), 1)
        if not best:
            raise Conflict("该时段无空闲的合适人选，请指定人员或婉拒",
                           en="nobody suitable is free at that time; choose someone, or decline")
        return (best[0].id, None) if best[0].facts.kind == "person" else (None, best[0].id)
    if cmd.person_id is not None:
        person = await queries.person(conn, cmd.person_id)
        if person is None or person["status"] != "active":
            raise Invalid(f"人员 {cmd.person_id} 不在册或已停用",
                          en=f"person {cmd.person_id} is not an active member known here")
        if cmd.person_id == order.resident_person_id:
            raise Invalid("居民不能为自己的服务订单提供服务",
                          en="the resident cannot serve their own order")
    else:
        team = await queries.team(conn, cmd.team_id)
        if team is None or not team.active:
            raise Invalid(f"志愿服务队 {cmd.team_id} 不存在或已停用",
                          en=f"team {cmd.team_id} is not an active team known here")
    busy = await bookings.overlapping(conn, cmd.person_id, cmd.team_id, order.window_start,
                                      order.window_end)
    if busy is not None:
        raise Conflict("该人员（服务队）在这一时段已有安排",
                       en="already booked for an overlapping time", **_booked(busy))
    return cmd.person_id, cmd.team_id


async def _offer(conn: asyncpg.Connection, order: Order, step: Step, person_id: UUID | None,
                 team_id: UUID | None, by: UUID | None, now: datetime, round_offers: int,
                 reason: str | None = None, note: str | None = None) -> Order:
    expires = rules.offer_deadline(now, order.urgency, order.window_end)
    await store.add_offer(conn, order.id, person_id, team_id, by, now, expires)
    told = ({"previous_person_id": order.assignee_person_id,
             "previous_team_id": order.assignee_team_id} if step == Step.REASSIGNED else None)
    return await steps.take(
        conn, order, step, by, now, reason=reason, note=note, told=told,
        assignee_person_id=person_id,
        assignee_team_id=team_id, offer_expires_at=expires, round_offers=round_offers,
        dispatched_at=order.dispatched_at or now, dispatch_due_at=None, accepted_at=None,
    )


async def dispatch(order_id: UUID, cmd: Dispatch, who: Principal, pool: asyncpg.Pool,
                   now: datetime) -> OrderPublic:
    """支部下单: offer the order; it waits for an answer until the urgency's deadline."""
    async with db.transaction(pool) as conn:
        order = await steps.for_staff(conn, who, order_id, *steps.DISPATCHERS)
        rules.advance(order.status, Step.DISPATCHED)
        person_id, team_id = await _chosen(conn, order, cmd)
        order = await _offer(conn, order, Step.DISPATCHED, person_id, team_id, who.person_id,
                             now, round_offers=1, note=cmd.note)
        return await steps.shown(conn, order, full=False, who=who)


async def reassign(order_id: UUID, cmd: Reassign, who: Principal, pool: asyncpg.Pool,
                   now: datetime) -> OrderPublic:
    """Staff move an offered or accepted order to someone else; the booking is released."""
    async with db.transaction(pool) as conn:
        order = await steps.for_staff(conn, who, order_id, *steps.DISPATCHERS)
        rules.advance(order.status, Step.REASSIGNED)
        await store.close_offer(conn, order.id, "withdrawn", now)
        await bookings.release(conn, order.id)
        person_id, team_id = await _chosen(conn, order, cmd)
        order = await _offer(conn, order, Step.REASSIGNED, person_id, team_id, who.person_id,
                             now, round_offers=1, reason=cmd.reason, note=cmd.note)
        return await steps.shown(conn, order, full=False, who=who)


async def _as_assignee(conn: asyncpg.Connection, who: Principal, order_id: UUID) -> Order:
    order = await steps.locked_visible(conn, who, order_id)
    if not await steps.is_assignee(conn, who, order):
        raise Forbidden("只有被派单的人员或服务队可以接单或拒单",
                        en="only the person or team the order was offered to answers it")
    return order


def _clash(busy: asyncpg.Record) -> Conflict:
    """409 naming what the time is taken by: an order or a roster duty, and when."""
    start, end = busy["starts_at"].astimezone(LOCAL), busy["ends_at"].astimezone(LOCAL)
    what, en = (("服务订单", "an order") if busy["order_id"] is not None
                else ("值班排班", "a roster duty"))
    return Conflict(f"您在{start:%m月%d日 %H:%M}至{end:%H:%M}已有其他安排（{what}），"
                    "与本订单时段重叠",
                    en=f"you are booked for an overlapping time ({en}, "
                       f"{start.isoformat()} to {end.isoformat()})",
                    clash_order_id=str(busy["order_id"]) if busy["order_id"] else None,
                    clash_roster_id=str(busy["roster_id"]) if busy["roster_id"] else None,
                    **_booked(busy))


async def _book(conn: asyncpg.Connection, order: Order, who: Principal) -> None:
    """Book the assignee for the window. A team's order books the team and, as a person, the
    member who accepts it: their own orders and duties may not overlap it either way."""
    team_id = order.assignee_team_id
    person_id = who.person_id if team_id is not None else order.assignee_person_id
    if team_id is not None:
        await bookings.lock_assignee(conn, team_id)
    await bookings.lock_assignee(conn, person_id)  # always after the team's: no deadlock
    busy = await bookings.overlapping(conn, person_id, team_id, order.window_start,
                                      order.window_end)
    if busy is not None:
        raise _clash(busy)
    if team_id is not None:
        await bookings.book(conn, None, team_id, order.window_start, order.window_end,
                            order_id=order.id)
    await bookings.book(conn, person_id, None, order.window_start, order.window_end,
                        order_id=order.id)


async def accept(order_id: UUID, who: Principal, pool: asyncpg.Pool,
                 now: datetime) -> OrderPublic:
    """党员接单: the first to accept wins; the assignee is booked for the window."""
    async with db.transaction(pool) as conn:
        order = await _as_assignee(conn, who, order_id)
        rules.advance(order.status, Step.ACCEPTED)
        await _book(conn, order, who)
        await store.close_offer(conn, order.id, "accepted", now)
        order = await steps.take(conn, order, Step.ACCEPTED, who.person_id, now,
                                 accepted_at=now, offer_expires_at=None,
                                 assignee_person_id=who.person_id)
        return await steps.shown(conn, order, full=True, who=who)


async def offer_next(conn: asyncpg.Connection, order: Order, now: datetime,
                     reason: str) -> Order:
    """Nobody took it: the next best candidate not yet asked, or back to the community."""
    best = await ranking.rank(conn, await target(conn, order), 1)
    step = rules.next_after_no_answer(order.status, order.round_offers, bool(best))
    if step == Step.ESCALATED:
        community = await queries.org(conn, order.community_id)
        # back with the branch: its last offer was refused; still dispatched: it lapsed
        cause = (rules.EscalationCause.REFUSED if order.status == rules.Status.HANDED_OVER
                 else rules.EscalationCause.UNANSWERED)
        return await steps.take(
            conn, order, Step.ESCALATED, None, now, reason=reason, told={"cause": cause},
            assignee_person_id=None,
            assignee_team_id=None, offer_expires_at=None, dispatch_due_at=None,
            org_path=community["path"] if community else order.org_path)
    chosen = best[0]
    person_id, team_id = (chosen.id, None) if chosen.facts.kind == "person" else (None, chosen.id)
    return await _offer(conn, order, step, person_id, team_id, None, now,
                        round_offers=order.round_offers + 1, reason=reason)


async def refuse(order_id: UUID, cmd: Refuse, who: Principal, pool: asyncpg.Pool,
                 now: datetime) -> None:
    """The assignee declines; the order goes straight to the next candidate (or escalates)."""
    async with db.transaction(pool) as conn:
        order = await _as_assignee(conn, who, order_id)
        rules.advance(order.status, Step.REFUSED)
        await store.close_offer(conn, order.id, "refused", now)
        order = await steps.take(conn, order, Step.REFUSED, who.person_id, now,
                                 reason=cmd.reason, assignee_person_id=None,
                                 assignee_team_id=None, offer_expires_at=None)
        await offer_next(conn, order, now, f"declined by the previous assignee: {cmd.reason}")

