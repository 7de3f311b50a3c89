"""Service needs served by matching's orders (五单制): the reporter's contact shared with matching
when the ticket is accepted (an internal event), and the order's outcome brought back onto the
ticket: done → resolved with the service record on its timeline, rated → the rating offered as
its 回访, cancelled or expired → back in the office's queue with the reason."""

from __future__ import annotations

from datetime import datetime

import asyncpg

from redgrid.common import logs
from redgrid.common.events import CloudEvent
from redgrid.tickets import events
from redgrid.tickets.domain import workflow
from redgrid.tickets.domain.snapshots import OrderSeen
from redgrid.tickets.models import Reporter, Ticket
from redgrid.tickets.queries import tickets as queries
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases.common import SYSTEM, emit

log = logs.get(__name__)
# The categories matching places orders for (its ticket_service_types map): only their
# reporters' contacts are shared.
SERVICE_CATEGORIES = frozenset({"service_need"})
ORDER_EVENTS = {verb: f"redgrid.matching.order.{verb}.v1"
                for verb in ("placed", "completed", "rated", "cancelled", "expired")}


def contact_shared(t: Ticket, reporter: Reporter | None,
                   correlation_id: str | None = None) -> list[CloudEvent]:
    """The contact event of an accepted service need (none for other categories)."""
    if t.category not in SERVICE_CATEGORIES:
        return []
    data = events.ContactData(ticket_id=t.id, name=reporter.name if reporter else None,
                              phone=reporter.phone if reporter else None,
                              address=(reporter.address if reporter else None) or t.address)
    return [events.CONTACT_SHARED.make(t.id, data, at=t.updated_at,
                                       correlation_id=correlation_id)]


async def share_contact(conn: asyncpg.Connection, t: Ticket) -> list[CloudEvent]:
    return contact_shared(t, await queries.reporter(conn, t.id))


def _hours(hours: float | None) -> str:
    return f"{hours:g} 小时" if hours is not None else "—"


async def _ticket(conn: asyncpg.Connection, order: OrderSeen) -> Ticket | None:
    if order.source_ticket_id is None:
        return None
    t = await store.lock(conn, order.source_ticket_id)
    if t is None:
        log.warning("order.ticket_unknown", order_id=str(order.id),
                    ticket_id=str(order.source_ticket_id))
    return t


async def _timeline(conn: asyncpg.Connection, t: Ticket, action: str, order: OrderSeen,
                    at: datetime, *, note: str, reason: str | None = None,
                    **data: object) -> None:
    """A step of the order on the ticket's timeline; the ticket's status does not move."""
    await store.set_service_order(conn, t.id, order.id, order.status)
    await store.add_step(conn, t.id, action, t.status, t.status, by_person=None,
                         by_roles=[SYSTEM], at=at, reason=reason, note=note,
                         data={"order_id": str(order.id), **data})


async def on_placed(conn: asyncpg.Connection, event: CloudEvent, order: OrderSeen) -> None:
    t = await _ticket(conn, order)
    if t is not None:
        await _timeline(conn, t, "service_ordered", order, event.time,
                        note=f"已转为志愿服务订单（{order.service_type}），由社区约定时间、支部派单")


async def on_completed(conn: asyncpg.Connection, event: CloudEvent, order: OrderSeen) -> None:
    """The service done: the ticket resolved (办结) with the service record, unless the office
    has resolved it already (then the record goes on its timeline only)."""
    t = await _ticket(conn, order)
    if t is None:
        return
    record = f"志愿服务已完成：{order.service_type}，服务 {_hours(order.hours)}"
    data = {"hours": order.hours, "assignee_person_id": str(order.assignee_person_id or ""),
            "assignee_team_id": str(order.assignee_team_id or "")}
    after = workflow.served(t.status)
    if after is None:
        await _timeline(conn, t, "service_completed", order, event.time, note=record, **data)
        return
    await store.set_service_order(conn, t.id, order.id, order.status)
    updated = await store.update(conn, t.id, event.time, status=after, resolution=record,
                                 resolved_at=event.time, remind_at=None)
    await store.end_custody(conn, t.id, event.time)
    await store.add_step(conn, t.id, workflow.Action.RESOLVE, t.status, after, by_person=None,
                         by_roles=[SYSTEM], at=event.time, note=record,
                         data={"order_id": str(order.id), **data})
    await emit(conn, updated, workflow.VERBS[workflow.Action.RESOLVE], SYSTEM, note=record)


async def on_rated(conn: asyncpg.Connection, event: CloudEvent, order: OrderSeen) -> None:
    """民意评单: the resident's rating on the timeline, offered to the office as its 回访."""
    t = await _ticket(conn, order)
    if t is not None:
        await _timeline(conn, t, "service_rated", order, event.time,
                        note=f"居民评价志愿服务 {order.rating} 分（1-5），可作回访满意度参考",
                        rating=order.rating)


async def on_ended(conn: asyncpg.Connection, event: CloudEvent, order: OrderSeen) -> None:
    """Cancelled or expired: the ticket back in the office's queue, with the reason."""
    t = await _ticket(conn, order)
    if t is None:
        return
    what = "已取消" if order.status == "cancelled" else "已过期（服务时段内无人接单）"
    reason = order.step.reason or what
    note = f"志愿服务订单{what}，工单退回办理单位待办队列"
    await _timeline(conn, t, "service_returned", order, event.time, note=note, reason=reason)
