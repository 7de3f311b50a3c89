"""What every step of an order shares: the transition check, the new version, the step's
record and its event, all in the caller's transaction; and who may see or touch an order."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg
from structlog.contextvars import get_contextvars

from redgrid.common import outbox, scope
from redgrid.common.auth import Principal, Role
from redgrid.common.errors import NotFound
from redgrid.common.masking import mask_text
from redgrid.common.orgtree import path_ids
from redgrid.matching import events
from redgrid.matching.domain.orders import (
    Relation,
    Step,
    advance,
    allowed_actions,
    contact_open,
)
from redgrid.matching.models import Order, OrderBase, OrderPublic
from redgrid.matching.queries import orders as queries
from redgrid.matching.store import orders as store

DISPATCHERS = (Role.BRANCH_SECRETARY, Role.COMMUNITY_ADMIN, Role.STREET_ADMIN, Role.SYSTEM)
REVIEWERS = (Role.COMMUNITY_ADMIN, Role.STREET_ADMIN, Role.SYSTEM)


def order_data(order: Order, by: UUID | None, reason: str | None,
               note: str | None, told: dict | None = None) -> events.OrderData:
    """`told`: the step's other fields (events.StepData: cause, previous_person_id, …)."""
    shared = order.model_dump(include=set(OrderBase.model_fields))
    return events.OrderData(
        **{**shared, "title": mask_text(order.title)}, org_path=path_ids(order.org_path),
        step=events.StepData(by=by, reason=mask_text(reason), note=mask_text(note),
                             **(told or {})),
    )


def correlation() -> str | None:
    """The request's (or the consumed event's) correlation id, carried on to our events."""
    return get_contextvars().get("correlation_id")


async def emit(conn: asyncpg.Connection, order: Order, step: Step, by: UUID | None,
               reason: str | None, note: str | None, at: datetime,
               told: dict | None = None) -> None:
    await store.record_step(conn, order, step.value, by, reason, note, at)
    event = events.ORDER[step].make(order.id, order_data(order, by, reason, note, told), at=at,
                                    correlation_id=correlation())
    await outbox.record(conn, [event])


async def take(conn: asyncpg.Connection, order: Order, step: Step, by: UUID | None,
               at: datetime, reason: str | None = None, note: str | None = None,
               told: dict | None = None, **fields) -> Order:
    """One step of the 五单制: 409 unless it may follow the order's status. `told`: what
    the step's event says besides by, reason and note (events.StepData)."""
    status = advance(order.status, step)
    order = await store.step(conn, order.id, at, status=status.value, **fields)
    await emit(conn, order, step, by, reason, note, at, told)
    return order


async def placed(conn: asyncpg.Connection, order: Order, by: UUID | None, at: datetime,
                 note: str | None = None) -> None:
    await emit(conn, order, Step.PLACED, by, None, note, at)


async def shown(conn: asyncpg.Connection, order: Order, full: bool,
                who: Principal) -> OrderPublic:
    """The answer for an order: with the names beside its ids, masked unless `full`, and the
    steps `who` may take on it now."""
    return OrderPublic.of(order, full, await queries.names(conn, order.id),
                          allowed_actions(order.status, await relation(conn, who, order)))


async def relation(conn: asyncpg.Connection, who: Principal, order: Order,
                   path: str | None | bool = False) -> Relation:
    """How `who` stands to an order, for the steps offered (`path`: their staff path if the
    caller looked it up already for a page of orders)."""
    if path is False:
        path = await staff_path(conn, who)
    in_scope = isinstance(path, str) and scope.within(order.org_path, path)
    return Relation(own=order.resident_person_id is not None
                    and order.resident_person_id == who.person_id,
                    assignee=await is_assignee(conn, who, order),
                    reviewer=in_scope and who.has(*REVIEWERS),
                    dispatcher=in_scope and who.has(*DISPATCHERS),
                    unattended=order.resident_person_id is None)


async def staff_path(conn: asyncpg.Connection, who: Principal) -> str | None:
    """The subtree a staff member may see, or None for everyone else."""
    return await scope.scope_path(conn, who) if who.is_staff else None


async def in_team(conn: asyncpg.Connection, who: Principal, team_id: UUID | None) -> bool:
    if team_id is None:
        return False
    team = await queries.team(conn, team_id)
    return team is not None and (who.person_id in team.member_ids
                                 or who.person_id == team.leader_id)


async def is_assignee(conn: asyncpg.Connection, who: Principal, order: Order) -> bool:
    if order.assignee_team_id is not None:
        return await in_team(conn, who, order.assignee_team_id)
    return order.assignee_person_id == who.person_id


def ended_at(order: Order) -> datetime | None:
    """When the order's life ended for its assignee: the service done, or the order closed."""
    return order.completed_at or order.closed_at


async def sees_in_full(conn: asyncpg.Connection, who: Principal, order: Order,
                       now: datetime | None = None) -> bool:
    """The resident, and the person who took the order (to find the door), see the address;
    the assignee for the order's life plus a day (rules.CONTACT_AFTER) when `now` is given."""
    if order.resident_person_id == who.person_id:
        return True
    if order.accepted_at is None or not await is_assignee(conn, who, order):
        return False
    return now is None or contact_open(order.accepted_at, ended_at(order), now)


async def visible(conn: asyncpg.Connection, who: Principal, order: Order | None) -> Order:
    """The order if `who` may see it: its resident, its assignee, staff in scope; else 404."""
    if order is not None:
        if order.resident_person_id == who.person_id or await is_assignee(conn, who, order):
            return order
        path = await staff_path(conn, who)
        if path is not None and scope.within(order.org_path, path):
            return order
    raise NotFound("未找到该服务订单，或不在您的管辖范围内",
                   en="no such order, or not yours to see")


async def for_staff(conn: asyncpg.Connection, who: Principal, order_id: UUID,
                    *roles: Role) -> Order:
    """Lock an order that `who`, holding one of `roles`, may act on in their scope."""
    who.require(*roles)
    order = await store.lock(conn, order_id)
    path = await scope.scope_path(conn, who)
    if order is None or not scope.within(order.org_path, path):
        raise NotFound("未找到该服务订单，或不在您的管辖范围内",
                       en="no such order, or not yours to see")
    return order


async def locked_visible(conn: asyncpg.Connection, who: Principal, order_id: UUID) -> Order:
    return await visible(conn, who, await store.lock(conn, order_id))
