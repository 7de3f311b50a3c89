"""民情工单 as an xlsx for superiors: the queue as the caller's scope and filters give it (newest
first, at most EXPORT_LIMIT rows), with the words an office reads and its unit's name."""

from __future__ import annotations

from datetime import datetime

import asyncpg

from redgrid.common.auth import Principal
from redgrid.common.clock import BEIJING, Clock
from redgrid.common.errors import Forbidden
from redgrid.common.sheet import csv_bytes, xlsx
from redgrid.tickets.domain.intake import CHANNEL_NAMES, Channel
from redgrid.tickets.domain.workflow import STATUS_NAMES, Status
from redgrid.tickets.models import TicketPublic
from redgrid.tickets.queries import catalogue, places
from redgrid.tickets.queries.tickets import Filters
from redgrid.tickets.usecases import reading

EXPORT_LIMIT = 5000
PAGE = 500
HEADERS = ("编号", "12345工单号", "诉求", "类别", "渠道", "网格", "承办单位", "承办人", "状态",
           "收到时间", "办理期限", "是否超期", "办结时间")


def _local(at: datetime | None) -> str | None:
    return at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M") if at else None


def _row(t: TicketPublic, categories: dict[str, str]) -> list[str | None]:
    return [t.number, t.external_ref, t.title, categories.get(t.category, t.category),
            CHANNEL_NAMES.get(Channel(t.channel), t.channel), t.grid_name,
            t.org_name or t.department, t.assignee_name,
            STATUS_NAMES.get(Status(t.status), t.status), _local(t.received_at),
            _local(t.due_at), "是" if t.overdue else "否", _local(t.resolved_at)]


async def _all(who: Principal, pool: asyncpg.Pool, clock: Clock, f: Filters) -> list[TicketPublic]:
    rows: list[TicketPublic] = []
    after = None
    while len(rows) < EXPORT_LIMIT:
        page = await reading.list_tickets(who, pool, clock, f, after, PAGE)
        rows += page
        if len(page) < PAGE:
            break
        after = (page[-1].received_at, page[-1].id)
    return rows[:EXPORT_LIMIT]


async def tickets_xlsx(who: Principal, pool: asyncpg.Pool, clock: Clock, f: Filters) -> bytes:
    if not who.is_staff:
        raise Forbidden("导出工单限工作人员", en="only staff export tickets")
    rows = await _all(who, pool, clock, f)
    async with pool.acquire() as conn:
        categories = {c.code: c.name for c in await catalogue.categories(conn)}
        org = await places.org(conn, who.org_id) if who.org_id else None
    return xlsx("民情工单明细", org.name if org else "全市", clock.now().astimezone(BEIJING),
                HEADERS, [_row(t, categories) for t in rows])


async def tickets_csv(who: Principal, pool: asyncpg.Pool, clock: Clock, f: Filters) -> bytes:
    """The same rows as the xlsx, as CSV with a UTF-8 BOM (domain/sheet.py)."""
    if not who.is_staff:
        raise Forbidden("导出工单限工作人员", en="only staff export tickets")
    rows = await _all(who, pool, clock, f)
    async with pool.acquire() as conn:
        categories = {c.code: c.name for c in await catalogue.categories(conn)}
    return csv_bytes(HEADERS, [_row(t, categories) for t in rows])
