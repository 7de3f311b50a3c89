"""Deadlines under a controllable clock: working days across 国庆 2026 (10-01..07, with the
make-up workday on Saturday 10-10), a reminder before the deadline, escalation grid → community →
street when overdue, with two replicas of the scanner running, and escalation by hand."""

from __future__ import annotations

import asyncio
from datetime import datetime
from uuid import UUID

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, run_service, stream_messages
from redgrid.tickets.main import spec as tickets_spec

from .conftest import BEIJING, count, milestones_at_odds

pytestmark = pytest.mark.asyncio(loop_scope="session")


def at(*args) -> datetime:
    return datetime(*args, tzinfo=BEIJING)


async def steps_of(world, ticket_id: str) -> list[CloudEvent]:
    msgs = await stream_messages(world.tickets.reader_url, "REDGRID_TICKETS",
                                 "redgrid.tickets.ticket.>")
    events = [CloudEvent.from_bytes(m.data) for m in msgs]
    return [e for e in events if e.subject == ticket_id]


async def verbs(world, ticket_id: str) -> list[str]:
    return [e.type.split(".")[3] for e in await steps_of(world, ticket_id)]


async def settle(world, ticket_id: str, expected: list[str]) -> list[str]:
    async def done():
        return await verbs(world, ticket_id) == expected

    try:
        await eventually(done, timeout=10, interval=0.1)
    finally:
        got = await verbs(world, ticket_id)
    await asyncio.sleep(0.4)  # several scanner passes later: nothing more
    assert await verbs(world, ticket_id) == got == expected
    return got


async def test_overdue_tickets_are_reminded_and_escalate_across_the_national_day(world):
    yh = world.yuhong
    office = world.admin(yh)
    world.clock.set(at(2026, 9, 29, 10, 0))  # Tuesday; 国庆 starts on Thursday
    t = await world.file({"appeal_kind": "complaint", "category": "environment",
                          "title": "垃圾桶破损", "grid_id": str(yh.grid), "accept": True}, office)
    # 3 working days: 09-30, 10-08, 10-09 -> due at the end of Friday 10-09
    assert datetime.fromisoformat(t["due_at"]) == at(2026, 10, 10)
    assert t["deadline_note"] is None and t["deadline_basis"] == "package"
    await world.step(t["id"], "dispatch", {}, office)
    await world.step(t["id"], "sign", {}, world.worker(yh))
    base = ["received", "accepted", "dispatched", "signed"]

    second = run_service(tickets_spec, world.extra["stack"], world.extra["database"],
                         clock=world.clock, deadline_scan_seconds=0.05)
    async with second:  # a second replica: each step must still happen exactly once
        world.clock.set(at(2026, 10, 8, 12, 0))
        await settle(world, t["id"], base)  # the holiday did not count: not due yet
        world.clock.set(at(2026, 10, 9, 1, 0))
        await settle(world, t["id"], base + ["reminded"])
        world.clock.set(at(2026, 10, 10, 0, 30))  # overdue: up to the community
        await settle(world, t["id"], base + ["reminded", "escalated"])
        events = await steps_of(world, t["id"])
        up = events[-1].data
        assert (up["level"], up["org_id"], up["escalation_level"]) == \
            ("community", str(yh.id), 1)
        assert up["step"]["by"] == "system" and up["assignee_id"] is None
        assert up["status"] == "dispatched"
        # the community gets 2 working days: Saturday 10-10 is a make-up workday but the
        # count starts the day after; 10-11 is a Sunday; 10-12 and 10-13 count
        assert datetime.fromisoformat(up["due_at"]) == at(2026, 10, 14)
        world.clock.set(at(2026, 10, 14, 0, 30))  # overdue again: up to the street
        await settle(world, t["id"], base + ["reminded", "escalated", "escalated"])
        world.clock.set(at(2026, 10, 20, 9, 0))  # the street is the top: reminded, no more
        await settle(world, t["id"],
                     base + ["reminded", "escalated", "escalated", "reminded"])
    events = await steps_of(world, t["id"])
    assert (events[-2].data["level"], events[-2].data["escalation_level"]) == ("street", 2)
    assert events[-2].data["org_id"] == str(world.street)
    r = await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=world.street_admin())
    file = r.json()
    assert [c["level"] for c in file["custody"]] == ["grid", "grid", "grid", "community",
                                                     "street"]
    assert file["ticket"]["overdue"] is True
    assert datetime.fromisoformat(file["ticket"]["first_due_at"]) == at(2026, 10, 10)
    # the scanner's escalations keep the milestones the figures count, like a step by hand
    assert await milestones_at_odds(world.tickets) == []
    # the community office no longer holds it, but still sees it (it is about its place)
    r = await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=office)
    assert r.status_code == 200
    await world.step(t["id"], "sign", {}, office, status=403)


async def test_emergencies_run_in_hours(world):
    world.clock.set(at(2026, 10, 1, 22, 0))  # a holiday night: hours still count
    t = await world.file({"appeal_kind": "help", "category": "public_safety",
                          "title": "燃气泄漏气味", "community_id": str(world.jianxi.id),
                          "accept": True}, world.admin(world.jianxi))
    assert t["emergency"] is True
    assert datetime.fromisoformat(t["due_at"]) == at(2026, 10, 2, 0, 0)


async def test_escalation_by_hand_needs_a_reason_and_a_right(world):
    jx = world.jianxi
    office = world.admin(jx)
    world.clock.set(at(2026, 10, 12, 9, 0))
    t = await world.file({"appeal_kind": "complaint", "category": "environment",
                          "title": "违章搭建", "grid_id": str(jx.grid), "accept": True}, office)
    await world.step(t["id"], "dispatch", {}, office)
    worker = world.worker(jx)
    await world.step(t["id"], "escalate", {}, worker, status=422)
    await world.step(t["id"], "escalate", {"reason": "x"}, world.as_("resident"), status=404)
    up = await world.step(t["id"], "escalate", {"reason": "涉及多部门, 网格无法解决"}, worker)
    assert (up["level"], up["escalation_level"], up["status"]) == ("community", 1, "dispatched")
    # the grid worker no longer holds it and may not escalate it again
    await world.step(t["id"], "escalate", {"reason": "again"}, worker, status=403)
    up = await world.step(t["id"], "escalate", {"reason": "需街道协调"}, office)
    assert up["level"] == "street"
    r = await world.tickets.client.post(f"/v1/tickets/{t['id']}/escalate",
                                        json={"reason": "higher"}, headers=world.street_admin())
    assert r.status_code == 409 and "最高层级" in r.json()["detail"]
    events = await steps_of(world, t["id"])
    assert events[-1].data["step"]["reason"] == "需街道协调"


async def test_beyond_the_calendar_deadlines_count_weekdays_and_say_so(world):
    world.clock.set(at(2027, 12, 30, 9, 0))  # no notice for 2027 or 2028 here
    t = await world.file({"appeal_kind": "help", "category": "other", "title": "咨询政策",
                          "community_id": str(world.yuhong.id), "accept": True},
                         world.admin(world.yuhong))
    assert "Monday-Friday" in t["deadline_note"]
    assert t["deadline_basis"] == "weekdays-fallback"
    # 5 weekdays after Thursday 2027-12-30: 12-31, 01-03, 01-04, 01-05, 01-06 (01-01 2028 is
    # a Saturday)
    assert datetime.fromisoformat(t["due_at"]) == at(2028, 1, 7)
    assert t["due_at_local"] == "2028-01-07T00:00:00+08:00"
    assert await count(world.tickets, "SELECT count(*) FROM tickets WHERE id = $1 "
                       "AND deadline_basis = 'weekdays-fallback'", UUID(t["id"])) == 1
