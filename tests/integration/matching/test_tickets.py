"""A service need reported as a ticket becomes an order (docs/events.md, "tickets →").

The tickets service is built in parallel, so these tests publish the documented ticket snapshot
onto the real REDGRID_TICKETS stream themselves (conftest.Announcer.ticket), and matching's
real consumer takes it from there."""

from __future__ import annotations

from uuid import UUID

import pytest

from redgrid.common.ids import uuid7

from .conftest import START, call, known, window

pytestmark = pytest.mark.asyncio(loop_scope="session")


def ticket(street, category: str = "service_need", **extra) -> dict:
    ticket_id = uuid7()
    return {
        "id": str(ticket_id), "number": "DZ-2026-000123", "version": 2, "status": "accepted",
        "channel": "hotline", "appeal_kind": "help", "category": category,
        "title": "独居老人需要每周买菜", "grid_id": str(street.grid),
        "community_id": str(street.yuhong), "street_id": str(street.street),
        "org_id": str(street.branch),
        "org_path": [str(street.street), str(street.yuhong), str(street.branch)],
        "level": "grid", "department": None, "assignee_id": None,
        "reporter_person_id": str(uuid7()), "due_at": None, "escalation_level": 0,
        "external_ref": "12345-0001", "location": {"lat": 33.2001, "lng": 120.4608},
        "occurred_at": START.isoformat(), "updated_at": START.isoformat(),
        "step": {"by": str(uuid7()), "reason": None, "note": None}, **extra}


async def test_an_accepted_service_need_becomes_an_order_once(street):
    h = street.h
    need = ticket(street)
    event_id = uuid7()
    await street.reg.ticket("accepted", need, event_id=event_id)
    await street.reg.ticket("accepted", need, event_id=event_id)  # redelivered
    await street.reg.ticket("accepted", {**need, "version": 5})  # accepted again after a reopen
    await street.reg.ticket("received", ticket(street))  # not accepted yet: nothing
    await street.reg.ticket("accepted", ticket(street, category="road_repair"))  # not a service
    marker = ticket(street, title="marker")
    await street.reg.ticket("accepted", marker)
    await known(h, "SELECT count(*) FROM orders WHERE source_ticket_id = $1",
                UUID(marker["id"]), expect=1)
    async with h.runtime.pool.acquire() as conn:
        rows = await conn.fetch("SELECT * FROM orders WHERE source_ticket_id IS NOT NULL")
    assert len(rows) == 2
    order = next(r for r in rows if r["source_ticket_id"] == UUID(need["id"]))
    assert order["status"] == "placed" and order["placed_by"] is None
    assert order["resident_person_id"] == UUID(need["reporter_person_id"])
    assert order["grid_id"] == street.grid and order["community_id"] == street.yuhong
    assert order["window_start"] is None  # the community agrees a time with the resident
    # "独居老人需要每周买菜": the map's keywords name the service (买菜 → 代办) and the needs
    assert order["service_type"] == "代办" and order["needs"] == ["代办", "助老"]
    assert order["description"] == "来自工单 DZ-2026-000123"

    oid = str(order["id"])
    resident = street.person(UUID(need["reporter_person_id"]))
    seen = await call(h, "GET", f"/v1/orders/{oid}", resident)
    assert seen["source_ticket_id"] == need["id"]
    r = await h.client.post(f"/v1/orders/{oid}/hand-over", json={}, headers=street.admin)
    assert r.status_code == 422 and "服务时间" in r.json()["detail"]
    handed = await call(h, "POST", f"/v1/orders/{oid}/hand-over", street.admin, {
        "service_type": "errands", "needs": ["errands", "elderly_care"], **window(2, 16)})
    assert handed["needs"] == ["代办", "助老"] and handed["window_start"]  # the catalogue's words
    steps = await call(h, "GET", f"/v1/orders/{oid}/steps", street.admin)
    assert steps[0]["note"] == "来自工单 DZ-2026-000123" and steps[0]["by_person"] is None
