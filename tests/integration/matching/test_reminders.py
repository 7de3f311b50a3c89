"""Reminders before a booked time (redgrid.matching.reminder.due): an accepted order's window
and a roster duty, each reminded once however many replicas look at the same moment; nothing
before the lead, nothing for an order no longer accepted."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from uuid import UUID

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, stream_messages
from redgrid.matching.usecases.reminders import remind_once

from .conftest import at, call
from .test_sweep import members, place

pytestmark = pytest.mark.asyncio(loop_scope="session")
LEAD = timedelta(hours=2)
REPLICAS = 6


async def accepted(street, member: UUID, day: int, hour: float) -> str:
    oid = await place(street, "escort", day, hour)
    await call(street.h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary,
               {"person_id": str(member)})
    await call(street.h, "POST", f"/v1/orders/{oid}/accept", street.person(member, "volunteer"),
               {})
    return oid


async def rounds(pool, now) -> int:
    """As many replicas' rounds as REPLICAS, at the same moment."""
    return sum(await asyncio.gather(*(remind_once(pool, now, LEAD) for _ in range(REPLICAS))))


async def reminders_on_stream(h) -> list[CloudEvent]:
    msgs = await stream_messages(h.reader_url, "REDGRID_MATCHING",
                                 "redgrid.matching.reminder.due")
    return [CloudEvent.from_bytes(m.data) for m in msgs]


async def test_each_booking_is_reminded_once_whatever_the_replicas(street):
    h = street.h
    a, b, c = await members(street, 3, "escort")
    soon = await accepted(street, a, 3, 9)  # day 3, 09:00-11:00
    later = await accepted(street, b, 3, 15)
    cancelled = await accepted(street, b, 3, 10)
    await call(h, "POST", f"/v1/orders/{cancelled}/cancel", street.admin, {"reason": "居民已住院"})
    roster = await call(h, "POST", "/v1/rosters", street.admin, {
        "title": "法律门诊值班", "community_id": str(street.yuhong), "frequency": "weekly",
        "weekday": at(3, 0).isoweekday(), "start_time": "09:30", "end_time": "11:30",
        "starts_on": at(3, 0).date().isoformat(), "ends_on": at(3, 0).date().isoformat(),
        "rota": [str(c)]}, expect=201)

    pool = h.runtime.pool
    assert await rounds(pool, at(3, 6)) == 0  # three hours before: not yet
    assert await rounds(pool, at(3, 7.5)) == 2  # the order at 09:00 and the duty at 09:30
    assert await rounds(pool, at(3, 8)) == 0  # reminded already
    assert await rounds(pool, at(3, 13.5)) == 1  # the order at 15:00

    events = await eventually(lambda: _at_least(reminders_on_stream(h), 3))
    by_subject = {(e.data["subject"], e.data.get("order_id") or e.data["roster_id"]): e
                  for e in events}
    assert len(events) == 3 == len(by_subject)
    order = by_subject[("order", soon)].data
    assert order["person_id"] == str(a) and order["title"] == "需要帮助"
    assert datetime.fromisoformat(order["starts_at"]) == at(3, 9)
    duty = by_subject[("duty", roster["roster"]["id"])].data
    assert duty["person_id"] == str(c) and duty["title"] == "法律门诊值班"
    assert ("order", later) in by_subject and ("order", cancelled) not in by_subject
    async with pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM reminders") == 3


async def _at_least(found, n: int):
    events = await found
    return events if len(events) >= n else None
