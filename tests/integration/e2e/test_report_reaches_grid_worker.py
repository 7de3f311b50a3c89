"""The whole chain a resident's report takes, across three real services in one city:
registry → (events) → tickets and notifications; a resident reports a matter over HTTP; the
grid worker of that grid is told, in the inbox and live on an open stream, within seconds; the
resident hears back when the matter is accepted; no one is told twice."""

from __future__ import annotations

import asyncio

import pytest

from redgrid.common.testing import eventually, run_service
from redgrid.notifications.main import spec as notifications_spec
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.main import spec as tickets_spec

from ..notifications.conftest import build_city
from ..notifications.fakes import LiveStream, serve

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module")
async def city(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(registry_spec, stack, database) as registry, \
            run_service(tickets_spec, stack, database) as tickets, \
            serve(notifications_spec, stack, database,  # any hour: no quiet hours
                  quiet_start="00:00", quiet_end="00:00") as notifications:
        place = await build_city(registry)

        async def caught_up():
            async with tickets.runtime.pool.acquire() as t, \
                    notifications.runtime.pool.acquire() as n:
                return (await t.fetchval("SELECT count(*) FROM people WHERE grid_id = $1",
                                         place["grid"]) >= 4
                        and await n.fetchval("SELECT count(*) FROM person_roles") == 4)

        await eventually(caught_up, timeout=20)
        yield registry, tickets, notifications, place


async def test_a_residents_report_reaches_the_grid_worker_live(city):
    registry, tickets, notifications, place = city
    people = place["people"]
    worker = notifications.auth("grid_worker", org=place["branch"], person=people["worker"])
    resident = tickets.auth("resident", person=people["resident"])
    async with LiveStream(notifications.client, worker) as live:
        r = await tickets.client.post("/v1/tickets", headers=resident, json={
            "appeal_kind": "help", "category": "road_repair",
            "title": "双井巷地面方砖多处松动", "description": "老人走路容易绊倒",
        })
        assert r.status_code == 201, r.text
        ticket = r.json()
        assert ticket["grid_id"] == str(place["grid"])  # routed to the resident's grid
        started = asyncio.get_running_loop().time()
        await eventually(lambda: live.events, timeout=10)
        latency = asyncio.get_running_loop().time() - started
        (pushed,) = live.events
        notice = pushed["data"]
        assert notice["kind"] == "ticket_received"
        assert notice["subject_id"] == ticket["id"]
        assert ticket["number"] in notice["body"] and "双井巷地面方砖多处松动" in notice["body"]
        assert latency < 5

    inbox = (await notifications.client.get("/v1/inbox", headers=worker)).json()["items"]
    assert [i["subject_id"] for i in inbox] == [ticket["id"]]
    # the rider of the same grid is told too; the secretary is not
    rider = notifications.auth("grid_worker", org=place["branch"], person=people["rider"])
    assert len((await notifications.client.get("/v1/inbox", headers=rider)).json()["items"]) == 1

    # the grid worker accepts (受理); the resident hears of it
    staff = tickets.auth("grid_worker", org=place["branch"], person=people["worker"])
    r = await tickets.client.post(f"/v1/tickets/{ticket['id']}/accept", headers=staff, json={})
    assert r.status_code == 200, r.text
    me = notifications.auth("resident", person=people["resident"])

    async def told():
        items = (await notifications.client.get("/v1/inbox", headers=me)).json()["items"]
        return [i for i in items if i["kind"] == "ticket_accepted"]

    (accepted,) = await eventually(told, timeout=10)
    assert accepted["subject_id"] == ticket["id"]
    # nothing twice: the worker still has exactly one notice about this matter
    inbox = (await notifications.client.get("/v1/inbox", headers=worker)).json()["items"]
    assert len([i for i in inbox if i["subject_id"] == ticket["id"]]) == 1


async def test_channels_not_configured_are_skipped_not_failed(city):
    """make dev has no SMTP server or SMS provider: deliveries end as skipped, no failure
    events are raised for them."""
    registry, tickets, notifications, place = city

    async def settled():
        async with notifications.runtime.pool.acquire() as conn:
            rows = await conn.fetch("SELECT status, count(*) AS n FROM deliveries GROUP BY 1")
            return {r["status"]: r["n"] for r in rows} if rows and all(
                r["status"] != "pending" for r in rows) else None

    statuses = await eventually(settled, timeout=10)
    assert set(statuses) == {"skipped"}
    async with notifications.runtime.pool.acquire() as conn:
        assert await conn.fetchval(
            "SELECT count(*) FROM outbox WHERE subject = 'redgrid.notifications.delivery.failed'") == 0
