"""Re-drawn grids keep their matters, across three real services (issue 20): two grids merged in
the registry; an open ticket of the retired one moves to the merged grid in tickets; a default
dispatch of it reaches the merged grid and its workers, and the notifications service tells
them (the audience is not empty as it was when the ticket stayed in the retired grid); the move
itself is told to the merged grid's workers (网格调整：工单转入)."""

from __future__ import annotations

from uuid import UUID

import pytest

from redgrid.common.testing import eventually, run_service
from redgrid.notifications.main import spec as notifications_spec
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.main import spec as tickets_spec

from ..notifications.conftest import build_city, person, post
from ..notifications.fakes import serve

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module")
async def city(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(registry_spec, stack, database) as registry, \
            run_service(tickets_spec, stack, database) as tickets, \
            serve(notifications_spec, stack, database) as notifications:
        place = await build_city(registry)
        yield registry, tickets, notifications, place


async def value(h, sql: str, *args):
    async with h.runtime.pool.acquire() as conn:
        return await conn.fetchval(sql, *args)


async def test_a_dispatch_after_a_merge_reaches_the_merged_grids_workers(city):
    registry, tickets, notifications, place = city
    system = registry.auth("system")
    community = str(place["community"])
    branch2 = await post(registry, "/v1/orgs", {"kind": "grid_branch", "name": "育红第二网格党支部",
                                                "parent_id": community}, system)
    grid2 = await post(registry, "/v1/grids", {"code": "DZ-01-02", "name": "育红社区第2网格",
                                               "community_id": community,
                                               "branch_id": branch2["id"]}, system)
    worker2 = await person(registry, system, place["community"], "周敏", UUID(grid2["id"]),
                           "13800000008")
    await post(registry, f"/v1/people/{worker2}/roles", {
        "role": "grid_worker", "org_id": branch2["id"], "grid_id": grid2["id"],
        "employment": "full_time"}, system)
    await eventually(lambda: value(tickets, "SELECT 1 FROM person_roles WHERE person_id = $1",
                                   worker2), timeout=20)

    office = tickets.auth("community_admin", place["community"])
    r = await tickets.client.post("/v1/tickets", headers=office, json={
        "channel": "window", "appeal_kind": "help", "category": "environment",
        "title": "楼道灯不亮", "grid_id": grid2["id"], "accept": True})
    assert r.status_code == 201, r.text
    ticket = r.json()

    merged = await post(registry, "/v1/grids/merge", {
        "grid_ids": [str(place["grid"]), grid2["id"]], "reason": "网格优化调整",
        "into": {"code": "DZ-01-12", "name": "育红社区合并网格", "branch_id": str(place["branch"])},
    }, system)
    g12 = UUID(merged["id"])

    async def caught_up():  # the ticket moved; both services know who works the merged grid
        return (await value(tickets, "SELECT grid_id FROM tickets WHERE id = $1",
                            UUID(ticket["id"])) == g12
                and await value(notifications, "SELECT count(*) FROM person_roles "
                                "WHERE grid_id = $1 AND role = 'grid_worker'", g12) == 3)

    await eventually(caught_up, timeout=30)
    r = await tickets.client.post(f"/v1/tickets/{ticket['id']}/dispatch", headers=office,
                                  json={})
    assert r.status_code == 200, r.text
    assert (r.json()["grid_id"], r.json()["level"]) == (str(g12), "grid")

    worker = notifications.auth("grid_worker", org=place["branch"],
                                person=place["people"]["worker"])

    async def told():
        items = (await notifications.client.get("/v1/inbox", headers=worker)).json()["items"]
        return [i for i in items if i["kind"] == "ticket_dispatched"
                and i["subject_id"] == ticket["id"]]

    assert await eventually(told, timeout=15)

    async def rehomed():  # and before that dispatch, the move itself was said (网格调整)
        items = (await notifications.client.get("/v1/inbox", headers=worker)).json()["items"]
        return [i for i in items if i["kind"] == "ticket_rehomed"
                and i["subject_id"] == ticket["id"]]

    (notice,) = await eventually(rehomed, timeout=15)
    assert notice["title"] == "网格调整：工单转入" and "办理时限不变" in notice["body"]
