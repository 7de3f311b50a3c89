"""Re-drawn grids keep their matters (issue 20): a merge or split in the registry moves the open
tickets of the retired grids to their successors (point, else address key, else the first),
with a 网格调整 step, custody handed on without a gap and the deadline unchanged; a default
dispatch reaches the successor's grid worker; a grid's figures count its predecessors'; a
lineage arriving before its successor waits for it; a redelivery changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.lineage import LineageSeen
from redgrid.common.readmodels import GridSeen
from redgrid.common.testing import eventually, stream_messages
from redgrid.registry import events as registry_events
from redgrid.tickets.consumers import apply_grid, apply_lineage
from redgrid.tickets.queries.places import TREE
from redgrid.tickets.usecases import regrid

from .conftest import Community, count, created, square, worker_known

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module", autouse=True)
def wall_clock(world):
    """The registry stamps its events with the wall clock; the tickets' steps here follow it,
    so that a re-homing (at its event's time) comes after the steps before it."""
    world.clock.set(datetime.now(UTC))


def catch_up(world) -> None:
    world.clock.set(datetime.now(UTC) + timedelta(seconds=1))


async def another_grid(world, c: Community, code: str, name: str,
                       centre: tuple[float, float]) -> Community:
    """A grid beside the community's first, with its own branch and full-time grid worker."""
    registry, system = world.registry, world.registry.auth("system")
    branch = await created(registry, "/v1/orgs", {"kind": "grid_branch", "parent_id": str(c.id),
                                                  "name": f"{name}党支部"}, system)
    lat, lng = centre
    grid = await created(registry, "/v1/grids", {
        "code": code, "name": name, "community_id": str(c.id), "branch_id": branch["id"],
        "area": square(lng, lat), "center_lat": lat, "center_lng": lng,
        "address_keys": [f"{name}路"]}, system)
    worker = await created(registry, "/v1/people", {"name": f"{name}网格员", "home_org_id": str(c.id),
                                                    "grid_id": grid["id"]}, system)
    await created(registry, f"/v1/people/{worker['id']}/roles", {
        "role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
        "employment": "full_time"}, system)
    await eventually(lambda: worker_known(world.tickets, UUID(grid["id"])), timeout=20)
    return Community(c.id, UUID(branch["id"]), UUID(grid["id"]), UUID(worker["id"]), centre)


def matter(title: str, **where) -> dict:
    return {"channel": "window", "appeal_kind": "help", "category": "environment",
            "title": title, **where}


async def grid_of(world, ticket_id: str) -> UUID:
    return await count(world.tickets, "SELECT grid_id FROM tickets WHERE id = $1",
                       UUID(ticket_id))


async def moved_to(world, ticket_id: str, grid: UUID) -> bool:
    return await grid_of(world, ticket_id) == grid


async def file_of(world, ticket_id: str, headers: dict) -> dict:
    r = await world.tickets.client.get(f"/v1/tickets/{ticket_id}", headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


async def test_a_merge_rehomes_open_tickets_keeps_their_clock_and_figures(world):
    yh = world.yuhong
    g2 = await another_grid(world, yh, "YH-02", "育红第二网格", (33.20, 120.475))
    office = world.admin(yh)
    here = {"location": {"lat": 33.2001, "lng": 120.4751}, "address": "育红第二网格路5号"}
    a = await world.file(matter("楼道堆放杂物", **here), office)
    assert a["grid_id"] == str(g2.grid)
    await world.step(a["id"], "accept", {}, office)
    a = await world.step(a["id"], "dispatch", {}, office)
    assert a["assignee_id"] == str(g2.worker)
    b = await world.file(matter("路灯不亮", **here), office)
    b = await world.step(b["id"], "accept", {}, office)
    c = await world.file(matter("垃圾桶破损", **here), office)
    await world.step(c["id"], "accept", {}, office)
    await world.step(c["id"], "dispatch", {}, office)
    g2_worker = world.as_("grid_worker", g2.branch, g2.worker)
    await world.step(c["id"], "sign", {}, g2_worker)
    await world.step(c["id"], "resolve", {"resolution": "已更换"}, g2_worker)

    merged = await created(world.registry, "/v1/grids/merge", {
        "grid_ids": [str(yh.grid), str(g2.grid)], "reason": "网格优化调整",
        "into": {"code": "YH-12", "name": "育红合并网格", "branch_id": str(yh.branch),
                 "area": square(120.4675, 33.20, 0.0125), "address_keys": ["育红路"]},
    }, world.registry.auth("system"))
    g12 = UUID(merged["id"])
    for t in (a, b):
        await eventually(lambda t=t: moved_to(world, t["id"], g12), timeout=20)
    catch_up(world)

    # a: dispatched, now held by the successor's branch from the moment of the merge
    after = await file_of(world, a["id"], office)
    now = after["ticket"]
    assert (now["status"], now["level"], now["org_id"]) == ("dispatched", "grid", str(yh.branch))
    assert (now["due_at"], now["first_due_at"]) == (a["due_at"], a["first_due_at"])
    rehome = after["timeline"][-1]
    assert rehome["action"] == "rehome" and rehome["note"] == "网格调整：育红第二网格 → 育红合并网格"
    assert rehome["data"]["from_grid_id"] == str(g2.grid)
    assert rehome["data"]["to_grid_name"] == "育红合并网格"
    custody = after["custody"]
    assert [k["reason"] for k in custody] == ["intake", "dispatch", "rehome"]
    assert custody[1]["to_at"] == custody[2]["from_at"] and custody[2]["to_at"] is None
    assert custody[2]["org_id"] == str(yh.branch)
    # b: still waiting to be dispatched, now in the merged grid; c (resolved) keeps its grid
    assert (await file_of(world, b["id"], office))["ticket"]["status"] == "accepted"
    assert await grid_of(world, c["id"]) == g2.grid

    # the city sees it: a rehomed event with the new grid
    async def rehomed():
        msgs = await stream_messages(world.tickets.reader_url, "REDGRID_TICKETS",
                                     "redgrid.tickets.ticket.rehomed")
        mine = [CloudEvent.from_bytes(m.data) for m in msgs]
        return [e for e in mine if e.subject == a["id"]] or None

    (event,) = await eventually(rehomed, timeout=15)
    assert event.data["grid_id"] == str(g12) and event.data["step"]["by"] == "system"

    # a default dispatch goes to the successor and its grid worker (once the registry's
    # re-homed people arrived), and says so by name
    async def workers_moved():
        return await count(world.tickets, "SELECT count(*) FROM person_roles WHERE grid_id = $1 "
                           "AND role = 'grid_worker'", g12) == 2

    await eventually(workers_moved, timeout=20)
    b = await world.step(b["id"], "dispatch", {}, office)
    assert (b["grid_id"], b["level"]) == (str(g12), "grid")
    assert b["assignee_id"] in (str(yh.worker), str(g2.worker))
    dispatch = (await file_of(world, b["id"], office))["timeline"][-1]
    assert dispatch["data"]["to_grid_name"] == "育红合并网格"
    assert dispatch["data"]["assignee_name"] in ("育红网格员", "育红第二网格网格员")

    # figures of the merged grid run on across the merge; the retired grid keeps its own
    r = await world.tickets.client.get("/v1/figures", params={"grid_id": str(g12)},
                                       headers=office)
    assert (r.json()["total"]["received"], r.json()["total"]["resolved"]) == (3, 1)
    r = await world.tickets.client.get("/v1/figures", params={
        "grid_id": str(g12), "with_lineage": "false"}, headers=office)
    assert r.json()["total"]["received"] == 2
    r = await world.tickets.client.get("/v1/figures", params={"grid_id": str(g2.grid)},
                                       headers=office)
    assert r.json()["total"]["received"] == 1

    # the lineage applied again (a replay under another id) moves nothing, adds no step
    steps = await count(world.tickets, "SELECT count(*) FROM ticket_steps WHERE action = 'rehome'")
    async with world.tickets.runtime.pool.acquire() as conn, conn.transaction():
        assert await regrid.follow_lineage(conn, "redgrid.registry.grid.merged.v1",
                                           [yh.grid, g2.grid], [g12], None,
                                           datetime.now(UTC)) == 0
    assert await count(world.tickets,
                       "SELECT count(*) FROM ticket_steps WHERE action = 'rehome'") == steps
    world.extra["merged"] = g12


async def test_a_split_sends_each_ticket_to_the_part_that_holds_it(world):
    jx = world.jianxi  # (33.22, 120.48): its square from lat 33.215 to 33.225
    office = world.admin(jx)
    south = await world.file(matter("井盖松动", location={"lat": 33.217, "lng": 120.48}), office)
    keyed = await world.file(matter("树枝遮挡", grid_id=str(jx.grid), address="建西南片路8号"),
                             office)
    anywhere = await world.file(matter("噪音扰民", grid_id=str(jx.grid)), office)
    due = {}
    for t in (south, keyed, anywhere):
        assert t["grid_id"] == str(jx.grid)
        due[t["id"]] = (await world.step(t["id"], "accept", {}, office))["due_at"]

    def half(lat0: float) -> list[list[float]]:
        return [[120.475, lat0], [120.485, lat0], [120.485, lat0 + 0.005],
                [120.475, lat0 + 0.005]]

    parts = await created(world.registry, f"/v1/grids/{jx.grid}/split", {
        "reason": "人口增长拆分", "allow_overlap": True, "parts": [
            {"code": "JX-01N", "name": "建西北片网格", "branch_id": str(jx.branch),
             "area": half(33.22), "address_keys": ["建西北片路"]},
            {"code": "JX-01S", "name": "建西南片网格", "branch_id": str(jx.branch),
             "area": half(33.215), "address_keys": ["建西南片路"]}]},
        world.registry.auth("system"))
    north, south_part = UUID(parts[0]["id"]), UUID(parts[1]["id"])
    for t, grid in ((south, south_part), (keyed, south_part), (anywhere, north)):
        await eventually(lambda t=t, g=grid: moved_to(world, t["id"], g), timeout=20)
    catch_up(world)
    file = await file_of(world, keyed["id"], office)
    assert file["timeline"][-1]["note"] == "网格调整：建西第一网格 → 建西南片网格"
    assert (file["ticket"]["status"], file["ticket"]["due_at"]) == ("accepted", due[keyed["id"]])


async def test_a_lineage_before_its_successor_waits_for_it(world):
    """The lineage event may come before the successor's grid.created: nothing moves until
    the successor is known, then the open tickets move at once."""
    yh = world.yuhong
    g3 = await another_grid(world, yh, "YH-03", "育红第三网格", (33.16, 120.46))
    office = world.admin(yh)
    t = await world.file(matter("占道经营", grid_id=str(g3.grid)), office)
    await world.step(t["id"], "accept", {}, office)
    successor = uuid4()
    lineage = LineageSeen(from_ids=[g3.grid], to_ids=[successor], reason="测试")
    event = registry_events.GRIDS_MERGED.make(successor, lineage)
    pool = world.tickets.runtime.pool
    async with pool.acquire() as conn, conn.transaction():
        await apply_lineage(conn, event, lineage)
    assert await grid_of(world, t["id"]) == g3.grid  # its successor is not known yet

    grid = GridSeen(id=successor, code="YH-13", name="育红第十三网格", kind="comprehensive",
                    community_id=yh.id, org_id=yh.branch,
                    org_path=[world.street, yh.id, yh.branch], status="active", version=1)
    created_event = registry_events.GRID_CREATED.make(successor, grid)
    async with pool.acquire() as conn, conn.transaction():
        await apply_grid(conn, created_event, grid)
        await apply_grid(conn, created_event, grid)  # twice: the second finds nothing left
    TREE.clear()
    assert await grid_of(world, t["id"]) == successor
    assert await count(world.tickets, "SELECT count(*) FROM ticket_steps WHERE ticket_id = $1 "
                       "AND action = 'rehome'", UUID(t["id"])) == 1


async def test_a_default_dispatch_never_targets_a_retired_grid(world):
    """A ticket the re-homing has not reached yet goes to the successor on the fly; one whose
    retired grid has no known successor is refused with a 409 naming what to do."""
    yh = world.yuhong
    g4 = await another_grid(world, yh, "YH-04", "育红第四网格", (33.14, 120.46))
    office = world.admin(yh)
    t = await world.file(matter("小区门禁损坏", grid_id=str(g4.grid)), office)
    await world.step(t["id"], "accept", {}, office)
    async with world.tickets.runtime.pool.acquire() as conn:
        await conn.execute("UPDATE grids SET status = 'retired' WHERE id = $1", g4.grid)
    TREE.clear()
    r = await world.tickets.client.post(f"/v1/tickets/{t['id']}/dispatch", json={},
                                        headers=office)
    assert r.status_code == 409 and "已撤销" in r.json()["detail"], r.text

    g12 = world.extra["merged"]
    async with world.tickets.runtime.pool.acquire() as conn:
        await conn.execute("INSERT INTO grid_lineage (change, from_id, to_id, position, at) "
                           "VALUES ('merge', $1, $2, 0, now())", g4.grid, g12)
    TREE.clear()
    d = await world.step(t["id"], "dispatch", {}, office)
    assert (d["grid_id"], d["level"]) == (str(g12), "grid") and d["assignee_id"]
    step = (await file_of(world, t["id"], office))["timeline"][-1]["data"]
    assert (step["from_grid_id"], step["to_grid_name"]) == (str(g4.grid), "育红合并网格")
