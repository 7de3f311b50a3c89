"""The holiday calendar as data (issue 17), against PostgreSQL and NATS with a manual clock: a
year without a notice is an alarm and marks the deadlines counted without it; loading it (PUT
/v1/calendar/{year}) recounts those of open tickets once, with a timeline entry, custody and
escalations kept, with two replicas running; every replica then counts with it; a clerk asks
when something is due."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from uuid import UUID

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, run_service, stream_messages
from redgrid.tickets.domain.calendar import CURRENT, Basis
from redgrid.tickets.main import spec as tickets_spec
from redgrid.tickets.usecases import calendar_alarm

from .conftest import BEIJING, count

pytestmark = pytest.mark.asyncio(loop_scope="session")
DEMO = Path(tickets_spec.migrations).parent / "calendars"


def at(*args) -> datetime:
    return datetime(*args, tzinfo=BEIJING)


def demo_year(year: int) -> dict:
    data = json.loads((DEMO / f"{year}.json").read_text(encoding="utf-8"))
    return {k: data[k] for k in ("days_off", "working_days", "source")}


async def rescheduled(world, ticket_id: str) -> list[CloudEvent]:
    msgs = await stream_messages(world.tickets.reader_url, "REDGRID_TICKETS",
                                 "redgrid.tickets.ticket.rescheduled")
    return [e for e in (CloudEvent.from_bytes(m.data) for m in msgs) if e.subject == ticket_id]


async def test_a_missing_year_is_an_alarm_and_loading_it_recounts_open_deadlines_once(world):
    yh, api = world.yuhong, world.tickets.client
    office = world.admin(yh)
    world.clock.set(at(2027, 2, 3, 10, 0))  # a Wednesday before 春节 2027; no notice loaded
    r = await api.get("/readyz")
    assert r.status_code == 200 and "2027" in r.json()["warnings"]["holiday_calendar"]
    assert calendar_alarm.check(world.tickets.runtime, "tickets") == [2027, 2028]
    metrics = (await api.get("/metrics")).text
    assert 'redgrid_calendar_years_missing{service="tickets"} 2.0' in metrics

    plain = await world.file({"appeal_kind": "complaint", "category": "environment",
                              "title": "楼道堆物", "grid_id": str(yh.grid), "accept": True},
                             office)
    # 3 working days, Mon-Fri less the law's 除夕 and 初一-初三: 02-04, 02-09, 02-10
    assert datetime.fromisoformat(plain["due_at"]) == at(2027, 2, 11)
    assert plain["deadline_basis"] == "weekdays-fallback" and plain["deadline_note"]
    assert plain["due_at_local"] == "2027-02-11T00:00:00+08:00"
    up = await world.file({"appeal_kind": "complaint", "category": "environment",
                           "title": "路灯不亮", "grid_id": str(yh.grid), "accept": True}, office)
    await world.step(up["id"], "dispatch", {}, office)
    up = await world.step(up["id"], "escalate", {"reason": "需社区协调"}, world.worker(yh))
    assert up["escalation_level"] == 1 and up["deadline_basis"] == "weekdays-fallback"
    custody_before = await count(world.tickets, "SELECT count(*) FROM custody "
                                 "WHERE ticket_id = $1", UUID(up["id"]))

    second = run_service(tickets_spec, world.extra["stack"], world.extra["database"],
                         clock=world.clock, deadline_scan_seconds=0.05)
    async with second as replica:
        # a bad notice: 422 in Chinese, nothing stored
        bad = {"days_off": ["2027-02-05", "2026-12-31"], "working_days": ["2027-02-05"]}
        r = await api.put("/v1/calendar/2027", json=bad, headers=world.street_admin())
        assert r.status_code == 422 and "不在 2027 年内" in r.json()["detail"], r.text
        r = await api.put("/v1/calendar/2027", json=demo_year(2027), headers=office)
        assert r.status_code == 403  # a community office may not load the city's calendar
        assert await count(world.tickets, "SELECT count(*) FROM calendar_years") == 0

        r = await api.put("/v1/calendar/2027", json=demo_year(2027),
                          headers=world.street_admin())
        assert r.status_code == 200, r.text
        loaded = r.json()
        assert (loaded["basis"], loaded["rescheduled"]) == ("calendar", 2)
        assert loaded["loaded"]["loaded_by"] is not None and loaded["loaded"]["version"] == 1
        CURRENT.replace([])  # as a replica that has not heard of it yet: the event tells it
        await eventually(lambda: CURRENT.basis_of(2027) == Basis.CALENDAR, timeout=10)
        # the same notice again, through the other replica: nothing more to recount
        r = await replica.client.put("/v1/calendar/2027", json=demo_year(2027),
                                     headers=world.system())
        assert r.status_code == 200 and r.json()["rescheduled"] == 0
        assert r.json()["loaded"]["version"] == 2
        r = await replica.client.get("/v1/calendar/working-days",
                                     params={"from": "2027-02-04", "days": 3}, headers=office)
        assert r.json()["due_at_local"] == "2027-02-16T00:00:00+08:00"
        assert r.json()["basis"] == "calendar"

    file = (await api.get(f"/v1/tickets/{plain['id']}", headers=office)).json()
    t = file["ticket"]
    # 02-05..02-10 off as loaded: 02-04, 02-11, 02-12
    assert datetime.fromisoformat(t["due_at"]) == at(2027, 2, 13)
    assert datetime.fromisoformat(t["first_due_at"]) == at(2027, 2, 13)
    assert (t["deadline_basis"], t["deadline_note"]) == ("calendar", None)
    steps = [s for s in file["timeline"] if s["action"] == "reschedule"]
    assert len(steps) == 1 and steps[0]["note"] == "节假日安排更新，期限重算"
    assert steps[0]["data"]["due_at_before"].startswith("2027-02-11")
    assert len(await rescheduled(world, plain["id"])) == 1

    file = (await api.get(f"/v1/tickets/{up['id']}", headers=world.street_admin())).json()
    t = file["ticket"]
    # the community's 2 working days from the escalation: 02-04, 02-11
    assert datetime.fromisoformat(t["due_at"]) == at(2027, 2, 12)
    assert t["first_due_at"] == up["first_due_at"]  # the grid's deadline is history
    assert (t["level"], t["escalation_level"], t["status"]) == ("community", 1, "dispatched")
    assert len(file["custody"]) == custody_before
    assert [s["action"] for s in file["timeline"]].count("reschedule") == 1
    assert len(await rescheduled(world, up["id"])) == 1
    r = await api.get("/readyz")
    assert "2027" not in r.json()["warnings"]["holiday_calendar"]  # 2028 still to come


async def test_a_clerk_asks_when_something_is_due(world):
    api, office = world.tickets.client, world.admin(world.yuhong)
    r = await api.get("/v1/calendar/working-days", params={"from": "2026-09-29", "days": 3},
                      headers=office)
    body = r.json()
    assert (body["due_at_local"], body["basis"]) == ("2026-10-10T00:00:00+08:00", "package")
    assert body["due_at"].startswith("2026-10-09T16:00:00")
    r = await api.get("/v1/calendar/working-days",
                      params={"from": "2026-10-01T22:00:00+08:00", "hours": 2}, headers=office)
    assert (r.json()["due_at_local"], r.json()["basis"]) == ("2026-10-02T00:00:00+08:00", "hours")
    r = await api.get("/v1/calendar/working-days", params={"from": "2026-09-29"},
                      headers=office)
    assert r.status_code == 422 and "days" in r.json()["detail"]
    r = await api.get("/v1/calendar/working-days", params={"from": "2026-09-29", "days": 3},
                      headers=world.as_("resident"))
    assert r.status_code == 403
    r = await api.get("/v1/calendar/2026", headers=office)
    assert r.json()["basis"] == "package" and "2026-10-10" in r.json()["working_days"]
