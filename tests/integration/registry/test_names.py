"""Names beside ids (issue 18): the registry's answers name the organisations, grids, people,
teams and units their ids refer to, in lists as in single answers; the public places name
their organisation and nobody else."""

from __future__ import annotations

import pytest

from .conftest import create

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_orgs_grids_and_people_name_what_they_refer_to(street):
    h = street.h
    yuhong = street.communities[0]
    admin = street.admin(yuhong)
    secretary = await create(h, "/v1/people", {"name": "陈书记", "home_org_id": str(yuhong)},
                             admin)
    branch = await create(h, "/v1/orgs", {
        "kind": "grid_branch", "name": "育红第一网格党支部", "parent_id": str(yuhong),
        "secretary_id": secretary["id"]}, admin)
    assert (branch["parent_name"], branch["secretary_name"]) == ("育红社区党委", "陈书记")
    listed = (await h.client.get("/v1/orgs", headers=admin)).json()["items"]
    assert {o["name"]: o["parent_name"] for o in listed}["育红第一网格党支部"] == "育红社区党委"
    history = (await h.client.get(f"/v1/orgs/{branch['id']}/history", headers=admin)).json()
    assert [c["change"] for c in history] == ["created"]

    grid = await create(h, "/v1/grids", {
        "code": "YH-N1", "name": "育红第一网格", "community_id": str(yuhong),
        "branch_id": branch["id"]}, admin)
    assert (grid["community_name"], grid["branch_name"]) == ("育红社区党委", "育红第一网格党支部")
    micro = await create(h, "/v1/grids", {
        "code": "YH-N1-1", "name": "育红第一网格1号微网格", "kind": "micro",
        "community_id": str(yuhong), "branch_id": branch["id"], "parent_grid_id": grid["id"]},
        admin)
    assert micro["parent_grid_name"] == "育红第一网格"

    worker = await create(h, "/v1/people", {
        "name": "王网格", "home_org_id": branch["id"], "grid_id": grid["id"]}, admin)
    assert (worker["home_org_name"], worker["grid_name"]) == ("育红第一网格党支部", "育红第一网格")
    r = await h.client.post(f"/v1/people/{worker['id']}/roles", headers=admin, json={
        "role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
        "employment": "full_time"})
    assert r.status_code == 201, r.text
    assert (r.json()["org_name"], r.json()["grid_name"]) == ("育红第一网格党支部", "育红第一网格")
    r = await h.client.put(f"/v1/people/{worker['id']}/membership", headers=admin,
                           json={"branch_id": branch["id"], "category": "resident"})
    assert r.json()["branch_name"] == "育红第一网格党支部"
    person = (await h.client.get(f"/v1/people/{worker['id']}", headers=admin)).json()
    assert person["roles"][0]["grid_name"] == "育红第一网格"
    assert person["membership"]["branch_name"] == "育红第一网格党支部"
    page = (await h.client.get(f"/v1/people?grid_id={grid['id']}", headers=admin)).json()
    assert [(p["name"], p["grid_name"]) for p in page["items"]] == [("王网格", "育红第一网格")]
    themself = h.auth("grid_worker", person=worker["id"])
    own = (await h.client.get(f"/v1/people/{worker['id']}", headers=themself)).json()
    assert own["home_org_name"] == "育红第一网格党支部"

    merged = await create(h, "/v1/grids/merge", {
        "grid_ids": [grid["id"], (await create(h, "/v1/grids", {
            "code": "YH-N2", "name": "育红第二网格", "community_id": str(yuhong)}, admin))["id"]],
        "into": {"code": "YH-N12", "name": "育红合并网格"}}, admin)
    lineage = (await h.client.get(f"/v1/grids/{merged['id']}/lineage", headers=admin)).json()
    assert lineage[0]["from_names"] == ["育红第一网格", "育红第二网格"]
    assert lineage[0]["to_names"] == ["育红合并网格"]


async def test_teams_units_reports_cards_and_places_name_theirs(street):
    h = street.h
    jianxi = street.communities[1]
    admin = street.admin(jianxi)
    leader = await create(h, "/v1/people", {"name": "刘队长", "home_org_id": str(jianxi)},
                          admin)
    mate = await create(h, "/v1/people", {"name": "孙队员", "home_org_id": str(jianxi)}, admin)
    team = await create(h, "/v1/teams", {"name": "建西德邻社", "kind": "service",
                                         "org_id": str(jianxi), "leader_id": leader["id"]},
                        admin)
    assert (team["org_name"], team["leader_name"]) == ("建西社区党委", "刘队长")
    r = await h.client.post(f"/v1/teams/{team['id']}/members", headers=admin,
                            json={"person_id": mate["id"]})
    assert r.json()["member_names"] == ["刘队长", "孙队员"]  # as member_ids: the leader first
    teams = (await h.client.get("/v1/teams", headers=admin)).json()["items"]
    assert [t["member_names"] for t in teams if t["id"] == team["id"]] == [["刘队长", "孙队员"]]

    street_admin = street.admin(street.street, "street_admin")
    unit = await create(h, "/v1/units", {
        "name": "大丰区人民医院", "kind": "clinic", "org_id": str(street.street),
        "community_ids": [str(jianxi)]}, street_admin)
    assert (unit["org_name"], unit["community_names"]) == ("大中街道党工委", ["建西社区党委"])
    report = await create(h, "/v1/dual-reports", {"community_id": str(jianxi),
                                                  "unit_id": unit["id"]}, admin)
    assert (report["unit_name"], report["community_name"]) == ("大丰区人民医院", "建西社区党委")
    reports = (await h.client.get("/v1/dual-reports", headers=admin)).json()["items"]
    assert {r["unit_name"] for r in reports if r["kind"] == "unit"} == {"大丰区人民医院"}

    secretary = await create(h, "/v1/people", {"name": "周书记", "home_org_id": str(jianxi)},
                             admin)
    await h.client.put(f"/v1/people/{mate['id']}/membership", headers=admin,
                       json={"branch_id": str(jianxi), "category": "retired"})
    by_secretary = h.auth("community_admin", jianxi, person=secretary["id"])
    card = await create(h, f"/v1/people/{mate['id']}/cards",
                        {"colour": "red", "title": "承诺每周巡楼一次"}, by_secretary)
    assert card["recorded_by_name"] == "周书记"
    cards = (await h.client.get(f"/v1/people/{mate['id']}/cards", headers=admin)).json()
    assert cards[0]["recorded_by_name"] == "周书记"
    await h.client.get(f"/v1/people/{mate['id']}/contact", headers=by_secretary)
    log = (await h.client.get(f"/v1/people/{mate['id']}/contact-log", headers=admin)).json()
    assert log[0]["reader_name"] == "周书记"

    figures = (await h.client.get(f"/v1/orgs/{jianxi}/figures", headers=admin)).json()
    assert figures["org_name"] == "建西社区党委"
    await create(h, "/v1/places", {"kind": "service_station", "name": "建西党群服务站",
                                   "org_id": str(jianxi), "lat": 33.3, "lng": 120.5}, admin)
    public = (await h.client.get(f"/v1/places?org_id={jianxi}")).json()["items"]
    assert [(p["name"], p["org_name"]) for p in public] == [("建西党群服务站", "建西社区党委")]
    near = (await h.client.get("/v1/places/nearby?lat=33.3&lng=120.5&minutes=5")).json()
    assert near[0]["org_name"] == "建西社区党委"
    coverage = (await h.client.get(f"/v1/orgs/{jianxi}/circle", headers=admin)).json()
    assert coverage["org_name"] == "建西社区党委"
