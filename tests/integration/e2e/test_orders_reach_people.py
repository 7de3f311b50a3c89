"""Issue 21 across the real registry, matching and notifications in one city: an order
refused until it escalates reaches a secretary who can open it (GET 200), worded by what
happened; an accepted order's volunteer is reminded once before the window, and told when the
resident cancels. Every notice links into the web app."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from uuid import UUID

import pytest

from redgrid.common import streams
from redgrid.common.clock import ManualClock
from redgrid.common.testing import eventually, nats_connect, run_service
from redgrid.matching.main import spec as matching_spec
from redgrid.notifications.main import spec as notifications_spec
from redgrid.registry.main import spec as registry_spec

from ..notifications.conftest import MORNING, WEB, build_city
from ..notifications.fakes import serve

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module")
async def city(stack, clean_nats):
    database = await stack.new_database()
    clock = ManualClock(MORNING)
    nc = await nats_connect(stack.nats_url_as("admin"))
    async with run_service(registry_spec, stack, database) as registry:
        for service in ("tickets", "lists"):  # notifications reads them; nothing is in them
            await streams.ensure(nc.jetstream(),
                                 streams.service_stream(service, registry.settings))
        async with run_service(matching_spec, stack, database, clock=clock,
                               matching_sweep_seconds=0.05) as matching, \
                serve(notifications_spec, stack, database, clock=clock,
                      web_base_url=WEB) as notifications:
            place = await build_city(registry)

            async def caught_up():
                async with matching.runtime.pool.acquire() as m, \
                        notifications.runtime.pool.acquire() as n:
                    return (await m.fetchval("SELECT count(*) FROM people") >= 7
                            and await m.fetchval("SELECT count(*) FROM orgs") >= 3
                            and await n.fetchval("SELECT count(*) FROM person_roles") == 4)

            await eventually(caught_up, timeout=20)
            yield registry, matching, notifications, place, clock
    await nc.close()


async def call(h, method: str, path: str, headers: dict, body: dict | None = None,
               expect: int = 200):
    r = await h.client.request(method, path, headers=headers, json=body)
    assert r.status_code == expect, r.text
    return r.json() if r.content else None


async def inbox(notifications, headers: dict, kind: str) -> list[dict]:
    r = await notifications.client.get("/v1/inbox", headers=headers)
    assert r.status_code == 200, r.text
    return [i for i in r.json()["items"] if i["kind"] == kind]


async def placed_and_offered(matching, place, clock, to: str) -> str:
    people = place["people"]
    start = clock.now() + timedelta(days=1)
    order = await call(matching, "POST", "/v1/orders",
                       matching.auth("resident", person=people["resident"]),
                       {"service_type": "elderly_care", "title": "陪同独居老人就医",
                        "window_start": start.isoformat(),
                        "window_end": (start + timedelta(hours=2)).isoformat()}, expect=201)
    admin = matching.auth("community_admin", org=place["community"])
    await call(matching, "POST", f"/v1/orders/{order['id']}/hand-over", admin, {})
    await call(matching, "POST", f"/v1/orders/{order['id']}/dispatch", admin,
               {"person_id": str(people[to])})
    return order["id"]


async def test_an_escalation_reaches_someone_who_can_open_the_order(city):
    registry, matching, notifications, place, clock = city
    people = place["people"]
    oid = await placed_and_offered(matching, place, clock, "member")
    admin = matching.auth("community_admin", org=place["community"])
    for _ in range(4):  # whoever is offered it refuses, until it goes back to the community
        order = await call(matching, "GET", f"/v1/orders/{oid}", admin)
        if order["status"] == "escalated":
            break
        holder = UUID(order["assignee_person_id"])
        await call(matching, "POST", f"/v1/orders/{oid}/refuse",
                   matching.auth("party_member", person=holder), {"reason": "家中有事"},
                   expect=204)
    assert order["status"] == "escalated"

    community = notifications.auth("branch_secretary", org=place["community"],
                                   person=people["community_secretary"])
    (item,) = await eventually(lambda: inbox(notifications, community, "order_escalated"),
                               timeout=10)
    assert item["title"] == "服务订单多次被拒" and "派单后多次被拒" in item["body"]
    assert "长时间无人接单" not in item["body"]
    assert item["link"] == f"{WEB}/desk/orders/{oid}"
    # the one told can open it; the grid branch's secretary (who cannot) was not told
    opened = matching.auth("branch_secretary", org=place["community"],
                           person=people["community_secretary"])
    assert (await call(matching, "GET", f"/v1/orders/{oid}", opened))["id"] == oid
    branch = notifications.auth("branch_secretary", org=place["branch"],
                                person=people["secretary"])
    assert await inbox(notifications, branch, "order_escalated") == []


async def test_the_volunteer_is_reminded_once_and_told_of_a_cancellation(city):
    registry, matching, notifications, place, clock = city
    people = place["people"]
    oid = await placed_and_offered(matching, place, clock, "member")
    member = matching.auth("party_member", person=people["member"])
    accepted = await call(matching, "POST", f"/v1/orders/{oid}/accept", member, {})
    told = notifications.auth("party_member", person=people["member"])

    async def reminded():
        return [i for i in await inbox(notifications, told, "order_reminder")
                if i["link"] == f"{WEB}/m/orders/{oid}"]

    clock.set(MORNING + timedelta(hours=21))  # three hours before: not yet
    await asyncio.sleep(0.3)  # a few rounds of the reminder worker (every 0.05 s)
    assert await reminded() == []
    clock.set(MORNING + timedelta(hours=22, minutes=30))  # within the 2 h lead
    (item,) = await eventually(reminded, timeout=10)
    assert item["body"].startswith("提醒：您接单的服务「陪同独居老人就医」将于 ")
    clock.set(MORNING + timedelta(hours=23))  # later rounds remind no more
    await asyncio.sleep(0.3)
    assert len(await reminded()) == 1
    async with matching.runtime.pool.acquire() as conn:
        assert await conn.fetchval(
            "SELECT count(*) FROM reminders m JOIN bookings b ON b.id = m.booking_id "
            "WHERE b.order_id = $1", UUID(oid)) == 1
    assert accepted["status"] == "accepted"

    await call(matching, "POST", f"/v1/orders/{oid}/cancel",
               matching.auth("resident", person=people["resident"]), {"reason": "家里人回来了"})
    (item,) = await eventually(
        lambda: _about(inbox(notifications, told, "order_called_off"), oid), timeout=10)
    assert "您无需再前往服务" in item["body"]


async def _about(items, oid: str) -> list[dict]:
    return [i for i in await items if i["subject_id"] == oid]

