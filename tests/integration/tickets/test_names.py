"""Names beside ids (issue 18): a ticket's answer, its timeline and custody, its possible
duplicates and the figures' groups name the grids, orgs and staff they refer to, from the read
models tickets keeps; a resident's name never appears where it is masked."""

from __future__ import annotations

import json
from uuid import UUID

import pytest

from redgrid.common.testing import eventually

from .conftest import count, created

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_a_ticket_and_its_file_name_the_grid_orgs_and_staff(world):
    jx, office = world.jianxi, world.admin(world.jianxi)
    body = {"appeal_kind": "complaint", "category": "environment", "title": "建西路井盖缺失",
            "location": {"lat": 33.2201, "lng": 120.4801}, "accept": True}
    first = await world.file(body, office)
    assert (first["grid_name"], first["community_name"]) == ("建西第一网格", "建西社区党委")
    assert first["street_name"] == "大中街道党工委"
    assert first["first_due_at_local"].endswith("+08:00")
    second = await world.file({**body, "title": "井盖缺失 13812345678"}, office)
    assert second["possible_duplicates"] == [first["id"]]
    assert second["possible_duplicate_tickets"] == [
        {"id": first["id"], "number": first["number"], "title": "建西路井盖缺失"}]

    dispatched = await world.step(first["id"], "dispatch", {}, office)
    assert dispatched["org_name"] == "建西第一网格党支部"
    assert dispatched["assignee_name"] == "建西网格员"
    await world.step(first["id"], "sign", {}, world.worker(jx))
    r = await world.tickets.client.get(f"/v1/tickets/{first['id']}", headers=office)
    file = r.json()
    steps = {s["action"]: s for s in file["timeline"]}
    assert steps["dispatch"]["to_org_name"] == "建西第一网格党支部"
    assert steps["dispatch"]["by_org_name"] == "建西社区党委"  # who dispatched
    assert steps["sign"]["actor_name"] == "建西网格员"
    assert file["custody"][-1]["assignee_name"] == "建西网格员"
    assert file["custody"][-1]["org_name"] == "建西第一网格党支部"

    page = await world.tickets.client.get("/v1/tickets", headers=office,
                                          params={"grid_id": str(jx.grid)})
    listed = {t["id"]: t for t in page.json()["items"]}
    assert listed[first["id"]]["assignee_name"] == "建西网格员"
    assert listed[second["id"]]["grid_name"] == "建西第一网格"
    assert listed[second["id"]]["possible_duplicate_tickets"][0]["number"] == first["number"]


async def test_a_residents_name_is_never_shown_beside_their_id(world):
    resident = await created(world.registry, "/v1/people", {
        "name": "王秀兰", "home_org_id": str(world.yuhong.id),
        "grid_id": str(world.yuhong.grid)}, world.registry.auth("system"))
    await eventually(lambda: count(world.tickets, "SELECT count(*) FROM people WHERE id = $1",
                                   UUID(resident["id"])))
    as_resident = world.as_("resident", person=UUID(resident["id"]))
    mine = await world.file({"appeal_kind": "help", "category": "environment",
                             "title": "楼道灯坏了"}, as_resident)
    for headers in (as_resident, world.admin(world.yuhong)):
        r = await world.tickets.client.get(f"/v1/tickets/{mine['id']}", headers=headers)
        assert r.status_code == 200, r.text
        assert "王秀兰" not in json.dumps(r.json(), ensure_ascii=False)
        assert r.json()["timeline"][0]["actor_name"] is None


async def test_figures_groups_carry_their_names(world):
    office = world.street_admin()
    await world.file({"appeal_kind": "help", "category": "environment", "title": "x",
                      "grid_id": str(world.yuhong.grid)})
    for group_by, expected in (("grid", "育红第一网格"), ("community", "育红社区党委"),
                               ("street", "大中街道党工委")):
        r = await world.tickets.client.get("/v1/figures", headers=office,
                                           params={"group_by": group_by})
        names = {g["group"]: g["group_name"] for g in r.json()["groups"]}
        assert expected in names.values(), (group_by, names)
    r = await world.tickets.client.get("/v1/figures", headers=office,
                                       params={"group_by": "category"})
    assert all(g["group_name"] for g in r.json()["groups"])
