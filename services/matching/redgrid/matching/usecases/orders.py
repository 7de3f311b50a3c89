"""居民点单 and 社区交单: placing an order, the community's review (hand over or decline),
cancelling, and reading orders with their history."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import catalogue, db, readmodels, scope
from redgrid.common.auth import Principal, Role
from redgrid.common.errors import Forbidden, Invalid, NotFound
from redgrid.common.ids import uuid7
from redgrid.common.masking import mask_name, mask_text
from redgrid.matching.commands import Cancel, Decline, HandOver, PlaceOrder
from redgrid.matching.domain import orders as rules
from redgrid.matching.domain.orders import Status, Step
from redgrid.matching.models import Order, OrderPublic, OrderStep
from redgrid.matching.queries import orders as queries
from redgrid.matching.store import bookings
from redgrid.matching.store import orders as store
from redgrid.matching.usecases import steps

BRANCH_KINDS = {"grid_branch", "residential_branch", "functional_branch", "industry_branch",
                "joint_branch"}


async def _where(conn: asyncpg.Connection, cmd: PlaceOrder,
                 resident: UUID | None) -> asyncpg.Record:
    """The grid the service is for: named, found from the point or address, else the
    resident's own grid."""
    if cmd.grid_id is not None:
        grid = await queries.grid(conn, cmd.grid_id)
    else:
        grid = await readmodels.locate_grid(conn, cmd.lat, cmd.lng, cmd.address)
        if grid is None and resident is not None:
            person = await queries.person(conn, resident)
            if person is not None and person["grid_id"] is not None:
                grid = await queries.grid(conn, person["grid_id"])
    if grid is None or grid["status"] != "active":
        raise Invalid("请说明服务地点：所在网格、经纬度或网格内的地址",
                      en="say where: an active grid_id, a point (lat, lng) or an address in a grid")
    return grid


# Those who place an order for themselves (a co-building unit's account is no resident).
RESIDENTS = (Role.RESIDENT, Role.PARTY_MEMBER, Role.VOLUNTEER)


def _resident(cmd: PlaceOrder, who: Principal) -> UUID | None:
    if not who.is_staff and not who.has(*RESIDENTS):
        raise Forbidden("居民只能为自己下单；为他人下单请由工作人员代办",
                        en="residents place orders for themselves; staff place them for others")
    if cmd.resident_person_id is None:
        return None if who.is_staff else who.person_id
    if not who.is_staff and cmd.resident_person_id != who.person_id:
        raise Forbidden("居民只能为自己下单；为他人下单请由工作人员代办",
                        en="residents place orders for themselves; staff place them for others")
    return cmd.resident_person_id


async def place_order(cmd: PlaceOrder, who: Principal, pool: asyncpg.Pool,
                      now: datetime) -> OrderPublic:
    rules.check_window(cmd.window_start, cmd.window_end, now)
    resident = _resident(cmd, who)
    async with db.transaction(pool) as conn:
        grid = await _where(conn, cmd, resident)
        if who.is_staff and not scope.within(grid["org_path"],
                                             await scope.scope_path(conn, who)):
            raise NotFound("您的管辖范围内没有这个网格", en="no such grid in your scope")
        service_type = await catalogue.one(conn, cmd.service_type)
        needs = await catalogue.resolve(conn, cmd.needs if cmd.needs is not None
                                        else [service_type], "needs")
        order = await store.insert(
            conn, id=uuid7(), status=Status.PLACED.value, service_type=service_type,
            title=cmd.title, description=cmd.description, needs=needs,
            urgency=cmd.urgency.value, community_id=grid["community_id"], grid_id=grid["id"],
            branch_id=grid["org_id"] if grid["org_id"] != grid["community_id"] else None,
            org_path=grid["org_path"], lat=cmd.lat, lng=cmd.lng, address=cmd.address,
            resident_person_id=resident, placed_by=who.person_id,
            window_start=cmd.window_start, window_end=cmd.window_end,
            placed_at=now, updated_at=now,
        )
        await steps.placed(conn, order, who.person_id, now)
        return await steps.shown(conn, order, full=True, who=who)


async def _branch(conn: asyncpg.Connection, order: Order, branch_id: UUID) -> str:
    branch = await queries.org(conn, branch_id)
    community = await queries.org(conn, order.community_id)
    if (branch is None or community is None or not branch["active"]
            or branch["kind"] not in BRANCH_KINDS
            or not branch["path"].startswith(community["path"])):
        raise Invalid("所选党支部不是该订单所在社区的有效党支部",
                      en="branch_id is not an active party branch of the order's community")
    return branch["path"]


async def hand_over(order_id: UUID, cmd: HandOver, who: Principal, pool: asyncpg.Pool,
                    now: datetime) -> OrderPublic:
    """社区交单: reviewed; to the grid's branch, or the one named, to dispatch."""
    async with db.transaction(pool) as conn:
        order = await steps.for_staff(conn, who, order_id, *steps.REVIEWERS)
        rules.advance(order.status, Step.HANDED_OVER)
        changes = cmd.model_dump(exclude_none=True, exclude={"note", "branch_id"})
        if "urgency" in changes:
            changes["urgency"] = cmd.urgency.value
        if "service_type" in changes:
            changes["service_type"] = await catalogue.one(conn, cmd.service_type)
        if "needs" in changes:
            changes["needs"] = await catalogue.resolve(conn, cmd.needs or [], "needs")
        start = changes.get("window_start", order.window_start)
        end = changes.get("window_end", order.window_end)
        if start is None or end is None:
            raise Invalid("请先与居民约定服务时间（开始和结束时间）",
                          en="agree a time with the resident first: window_start and window_end")
        if "window_start" in changes or "window_end" in changes:
            rules.check_window(start, end, now)
        if cmd.branch_id is not None:
            changes.update(branch_id=cmd.branch_id,
                           org_path=await _branch(conn, order, cmd.branch_id))
        urgency = changes.get("urgency", order.urgency)
        order = await steps.take(conn, order, Step.HANDED_OVER, who.person_id, now,
                                 note=cmd.note, handed_over_at=now,
                                 dispatch_due_at=rules.dispatch_deadline(now, urgency), **changes)
        return await steps.shown(conn, order, full=False, who=who)


async def decline(order_id: UUID, cmd: Decline, who: Principal, pool: asyncpg.Pool,
                  now: datetime) -> OrderPublic:
    async with db.transaction(pool) as conn:
        order = await steps.for_staff(conn, who, order_id, *steps.REVIEWERS)
        order = await steps.take(conn, order, Step.DECLINED, who.person_id, now,
                                 reason=cmd.reason, closed_at=now)
        return await steps.shown(conn, order, full=False, who=who)


async def cancel(order_id: UUID, cmd: Cancel, who: Principal, pool: asyncpg.Pool,
                 now: datetime) -> OrderPublic:
    """The resident cancels until the service has begun; staff in scope, any open order."""
    async with db.transaction(pool) as conn:
        order = await steps.locked_visible(conn, who, order_id)
        own = order.resident_person_id == who.person_id
        staff = who.has(*steps.DISPATCHERS) and scope.within(
            order.org_path, await scope.scope_path(conn, who))
        if not (own or staff):
            raise Forbidden("只有下单居民或社区可以取消服务订单",
                            en="the resident or the community cancels an order")
        if own and not staff and order.status == Status.IN_PROGRESS:
            raise Forbidden("服务已开始，如需取消请联系社区",
                            en="the service has begun; ask the community to cancel it")
        rules.advance(order.status, Step.CANCELLED)
        await bookings.release(conn, order.id)
        await store.close_offer(conn, order.id, "withdrawn", now)
        order = await steps.take(conn, order, Step.CANCELLED, who.person_id, now,
                                 reason=cmd.reason, closed_at=now, offer_expires_at=None)
        return await steps.shown(conn, order, full=own, who=who)


async def get_order(order_id: UUID, who: Principal, pool: asyncpg.Pool,
                    now: datetime) -> OrderPublic:
    async with pool.acquire() as conn:
        order = await steps.visible(conn, who, await queries.get(conn, order_id))
        return await steps.shown(conn, order,
                                 full=await steps.sees_in_full(conn, who, order, now), who=who)


async def order_steps(order_id: UUID, who: Principal, pool: asyncpg.Pool,
                      now: datetime) -> list[OrderStep]:
    async with pool.acquire() as conn:
        order = await steps.visible(conn, who, await queries.get(conn, order_id))
        rows = await queries.steps(conn, order.id)
        if await steps.sees_in_full(conn, who, order, now):
            return rows
        return [r.model_copy(update={
            "note": mask_text(r.note), "reason": mask_text(r.reason),
            "actor_name": mask_name(r.actor_name) if r.by_person == order.resident_person_id
            else r.actor_name}) for r in rows]


async def list_orders(who: Principal, pool: asyncpg.Pool, *, mine: str | None,
                      status: str | None, community_id: UUID | None, grid_id: UUID | None,
                      after: UUID | None, limit: int, now: datetime) -> list[OrderPublic]:
    """mine=placed: the orders I placed; mine=assigned: offered to or taken by me or my teams;
    otherwise (staff) every order in my scope."""
    async with pool.acquire() as conn:
        filters = dict(status=status, community_id=community_id, grid_id=grid_id, after=after,
                       limit=limit, scope=None, resident=None, assignee=None, team_ids=[])
        if mine == "placed":
            filters["resident"] = who.person_id
        elif mine == "assigned":
            filters.update(assignee=who.person_id,
                           team_ids=await queries.teams_of(conn, who.person_id))
        elif who.is_staff:
            filters["scope"] = await scope.scope_path(conn, who)
        else:
            raise Forbidden("请选择查看我下的单（mine=placed）或派给我的单（mine=assigned）",
                            en="say mine=placed or mine=assigned; staff see their scope's orders")
        shown = []
        path = filters["scope"] if filters["scope"] else await steps.staff_path(conn, who)
        for row in await queries.page(conn, **filters):
            order = Order.of(row)
            full = await steps.sees_in_full(conn, who, order, now)
            allowed = rules.allowed_actions(order.status,
                                            await steps.relation(conn, who, order, path))
            shown.append(OrderPublic.of(order, full, row, allowed))
        return shown

