"""A service need closes its loop across three real services (issue 21): a 12345 caller's
service need, filed and accepted at the grid, becomes a volunteer order in matching with its
service type, needs and the caller's contact; the member who accepts reads the address and phone
(each read logged, masked a day after the service); the service done resolves the ticket with the
record on its timeline, the rating offered as its 回访; a cancelled order puts its ticket back in
the office's queue with the reason; a redelivered order event changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest

from redgrid.common import streams
from redgrid.common.clock import ManualClock
from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, nats_connect, run_service
from redgrid.matching.main import spec as matching_spec
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.main import spec as tickets_spec

from ..notifications.conftest import build_city

pytestmark = pytest.mark.asyncio(loop_scope="session")
CALLER = {"name": "赵六", "phone": "13912345678", "address": "育红路8号3单元201室"}


@pytest.fixture(scope="module")
async def city(stack, clean_nats):
    database = await stack.new_database()
    now = datetime.now(UTC).replace(microsecond=0)
    clock = ManualClock(now)  # matching's: the service's window is reached by moving it
    nc = await nats_connect(stack.nats_url_as("admin"))
    async with run_service(registry_spec, stack, database) as registry:
        for service in ("tickets", "matching"):  # each consumes the other's stream
            await streams.ensure(nc.jetstream(),
                                 streams.service_stream(service, registry.settings))
        async with run_service(tickets_spec, stack, database) as tickets, \
                run_service(matching_spec, stack, database, clock=clock) as matching:
            place = await build_city(registry)

            async def caught_up():
                async with matching.runtime.pool.acquire() as conn:
                    return (await conn.fetchval("SELECT count(*) FROM people") >= 7
                            and await conn.fetchval("SELECT count(*) FROM grids") == 1)

            await eventually(caught_up, timeout=20)
            yield dict(registry=registry, tickets=tickets, matching=matching, clock=clock,
                       nc=nc, **place)
    await nc.close()


async def call(h, method: str, path: str, headers: dict, body: dict | None = None,
               expect: int = 200) -> dict | list:
    r = await h.client.request(method, path, json=body, headers=headers)
    assert r.status_code == expect, (path, r.status_code, r.text)
    return r.json() if r.content else {}


async def ordered(city, title: str) -> tuple[str, dict]:
    """A hotline caller's service need filed and accepted at once by the grid worker; the
    order matching placed for it."""
    t, m = city["tickets"], city["matching"]
    worker = t.auth("grid_worker", org=city["branch"], person=city["people"]["worker"])
    ticket = await call(t, "POST", "/v1/tickets", worker, {
        "channel": "hotline", "appeal_kind": "help", "category": "service_need",
        "title": title, "grid_id": str(city["grid"]), "reporter": CALLER, "accept": True},
        expect=201)

    async def placed():
        async with m.runtime.pool.acquire() as conn:
            return await conn.fetchrow("SELECT * FROM orders WHERE source_ticket_id = $1",
                                       UUID(ticket["id"]))

    order = await eventually(placed, timeout=20)
    return ticket["id"], dict(order)


async def timeline(city, ticket_id: str) -> list[dict]:
    t = city["tickets"]
    admin = t.auth("community_admin", org=city["community"])
    return (await call(t, "GET", f"/v1/tickets/{ticket_id}", admin))["timeline"]


async def steps_named(city, ticket_id: str, action: str) -> list[dict]:
    return [s for s in await timeline(city, ticket_id) if s["action"] == action]


async def taken(city, order_id: str) -> dict:
    """Handed over for tomorrow 09:00-11:00 (Beijing), dispatched to the member, accepted."""
    m, clock = city["matching"], city["clock"]
    admin = m.auth("community_admin", org=city["community"])
    start = (clock.now() + timedelta(days=1)).replace(hour=1, minute=0, second=0)  # 09:00 +08
    await call(m, "POST", f"/v1/orders/{order_id}/hand-over", admin, {
        "window_start": start.isoformat(),
        "window_end": (start + timedelta(hours=2)).isoformat()})
    await call(m, "POST", f"/v1/orders/{order_id}/dispatch", admin,
               {"person_id": str(city["people"]["member"])})
    return dict(start=start)


async def test_the_volunteer_finds_the_door_and_the_done_service_resolves_the_ticket(city):
    m, t, clock = city["matching"], city["tickets"], city["clock"]
    ticket_id, order = await ordered(city, "独居老人需要助餐")
    # the category map: 助餐 names the service; 老人 adds 助老; the caller's contact came along
    assert order["service_type"] == "助餐" and order["needs"] == ["助餐", "助老"]
    assert order["description"].startswith("来自工单 ")
    await eventually(lambda: steps_named(city, ticket_id, "service_ordered"), timeout=20)
    oid = str(order["id"])

    member = m.auth("party_member", person=city["people"]["member"])
    window = await taken(city, oid)
    r = await m.client.get(f"/v1/orders/{oid}/contact", headers=member)
    assert r.status_code == 403 and "接单后" in r.json()["detail"]  # offered, not yet accepted
    accepted = await call(m, "POST", f"/v1/orders/{oid}/accept", member)
    assert accepted["address"] == CALLER["address"]

    contact = await call(m, "GET", f"/v1/orders/{oid}/contact", member)
    assert (contact["name"], contact["phone"], contact["address"]) == (
        CALLER["name"], CALLER["phone"], CALLER["address"])
    assert contact["masked"] is False and contact["until"] is None  # while the order runs
    admin = m.auth("community_admin", org=city["community"])
    log = await call(m, "GET", f"/v1/orders/{oid}/contact-log", admin)
    assert [(e["reader_id"], e["reader_name"]) for e in log] == [
        (str(city["people"]["member"]), "陈杰")]
    other = m.auth("party_member", person=city["people"]["rider"])
    assert (await m.client.get(f"/v1/orders/{oid}/contact", headers=other)).status_code == 404

    clock.set(window["start"] - timedelta(minutes=20))
    await call(m, "POST", f"/v1/orders/{oid}/start", member)
    clock.advance(hours=2)
    await call(m, "POST", f"/v1/orders/{oid}/complete", member, {"hours": 2})

    async def resolved():
        steps = await steps_named(city, ticket_id, "resolve")
        return steps if steps else None

    (step,) = await eventually(resolved, timeout=20)
    assert "志愿服务已完成" in step["note"] and "2 小时" in step["note"]
    assert step["data"]["order_id"] == oid and step["to_status"] == "resolved"
    staff = t.auth("community_admin", org=city["community"])
    file = await call(t, "GET", f"/v1/tickets/{ticket_id}", staff)
    assert file["ticket"]["status"] == "resolved"

    # 民意评单: the caller has no account, so the community records the rating from its call
    await call(m, "POST", f"/v1/orders/{oid}/rate", admin, {"rating": 5})
    (rated,) = await eventually(lambda: steps_named(city, ticket_id, "service_rated"),
                                timeout=20)
    assert rated["data"]["rating"] == 5 and "回访" in rated["note"]

    # a day after the service, the contact is masked again (and such reads are not logged)
    clock.advance(days=1, minutes=1)
    late = await call(m, "GET", f"/v1/orders/{oid}/contact", member)
    assert late["masked"] is True and late["phone"] != CALLER["phone"]
    assert CALLER["address"] != late["address"]
    assert len(await call(m, "GET", f"/v1/orders/{oid}/contact-log", admin)) == 1
    seen = await call(m, "GET", f"/v1/orders/{oid}", member)
    assert seen["address"] != CALLER["address"]

    # the completed event delivered again (another copy of the same event): nothing changes
    before = await timeline(city, ticket_id)
    async with m.runtime.pool.acquire() as conn:
        body = await conn.fetchval(
            "SELECT body FROM outbox WHERE subject = 'redgrid.matching.order.completed' "
            "AND convert_from(body, 'UTF8') LIKE '%' || $1 || '%'", oid)
    event = CloudEvent.model_validate_json(body)
    await city["nc"].jetstream().publish("redgrid.matching.order.completed", body,
                                         headers={"Nats-Msg-Id": f"again-{event.id}"})
    marker_ticket, _ = await ordered(city, "需要理发")  # a later event: the first was taken
    await eventually(lambda: steps_named(city, marker_ticket, "service_ordered"), timeout=20)
    assert await timeline(city, ticket_id) == before


async def test_a_cancelled_order_puts_its_ticket_back_in_the_queue(city):
    m = city["matching"]
    ticket_id, order = await ordered(city, "家里水龙头漏水需要维修")
    assert order["service_type"] == "维修"
    admin = m.auth("community_admin", org=city["community"])
    await call(m, "POST", f"/v1/orders/{order['id']}/cancel", admin,
               {"reason": "居民已自行请人修好"})
    (back,) = await eventually(lambda: steps_named(city, ticket_id, "service_returned"),
                               timeout=20)
    assert back["reason"] == "居民已自行请人修好" and "退回" in back["note"]
    assert back["to_status"] == "accepted"  # the office takes it from here
    async with city["tickets"].runtime.pool.acquire() as conn:
        row = await conn.fetchrow("SELECT status, service_order_id, service_order_status "
                                  "FROM tickets WHERE id = $1", UUID(ticket_id))
    assert (row["status"], row["service_order_id"], row["service_order_status"]) == (
        "accepted", order["id"], "cancelled")
