"""The resource list and who may touch it; bad input; the public board; the figures."""

from __future__ import annotations

from uuid import UUID

import pytest

pytestmark = pytest.mark.asyncio(loop_scope="session")


def offer(community: UUID, **extra) -> dict:
    return {"kind": "venue", "title": "学院报告厅", "quantity": 20, "unit_of_measure": "场",
            "community_id": str(community), "available_from": "2026-03-01",
            "availability": "每周六上午", **extra}


async def test_a_unit_keeps_its_own_offers_and_cannot_touch_another_units(world):
    w = world
    yuhong, jianxi = w.communities
    college, clinic = w.units["江苏工程学院"], w.units["大中社区卫生服务中心"]
    mine = await w.post("/v1/resources", offer(yuhong), w.unit(college))
    assert (mine["offerer_kind"], mine["offerer_id"], mine["status"]) == (
        "unit", str(college), "offered")

    stranger = w.unit(clinic)
    path = f"/v1/resources/{mine['id']}"
    assert (await w.lists.client.patch(path, json={"quantity": 1}, headers=stranger)
            ).status_code == 404
    assert (await w.lists.client.post(f"{path}/withdraw", headers=stranger)).status_code == 404
    assert (await w.lists.client.get(path, headers=stranger)).status_code == 404
    assert mine["id"] not in {r["id"] for r in (await w.get("/v1/resources", stranger))["items"]}
    # nor can it offer in another unit's name, or to a community it does not serve
    r = await w.lists.client.post("/v1/resources", headers=stranger,
                                  json=offer(yuhong, offerer_kind="unit",
                                             offerer_id=str(college)))
    assert r.status_code == 403
    r = await w.lists.client.post("/v1/resources", json=offer(jianxi), headers=w.unit(college))
    assert r.status_code == 403
    assert (await w.get(path, w.unit(college)))["version"] == 1  # untouched

    updated = await w.lists.client.patch(path, json={"quantity": 12}, headers=w.unit(college))
    assert updated.status_code == 200 and updated.json()["version"] == 2
    # community staff keep the offers made to their community; other communities see nothing
    assert (await w.get(path, w.admin(yuhong)))["quantity"] == 12
    assert (await w.lists.client.get(path, headers=w.admin(jianxi))).status_code == 404
    r = await w.lists.client.patch(path, json={"title": "x"}, headers=w.admin(jianxi))
    assert r.status_code == 404

    # a member offers their own time; staff record a unit's offer
    member = await w.post("/v1/resources", {"kind": "volunteer_time", "title": "法律咨询",
                                            "quantity": 8, "unit_of_measure": "小时",
                                            "community_id": str(yuhong)},
                          w.lists.auth("party_member"))
    assert member["offerer_kind"] == "person"
    funds = await w.post("/v1/resources", {
        "kind": "funds", "title": "共建经费", "quantity": 50000, "unit_of_measure": "元",
        "community_id": str(yuhong), "offerer_kind": "unit", "offerer_id": str(clinic)},
        w.admin(yuhong))
    assert funds["offerer_id"] == str(clinic)

    # a project takes part of an offer: never more than is left; the unit becomes a partner
    project = await w.post("/v1/projects", {"title": "红色课堂", "owner_org_id": str(yuhong)},
                           w.admin(yuhong))
    taken = await w.post(f"/v1/projects/{project['id']}/resources",
                         {"resource_id": mine["id"], "quantity": 10}, w.admin(yuhong), 200)
    assert taken["partner_unit_ids"] == [str(college)]
    r = await w.lists.client.post(f"/v1/projects/{project['id']}/resources",
                                  headers=w.admin(yuhong),
                                  json={"resource_id": mine["id"], "quantity": 3})
    assert r.status_code == 409 and r.json()["remaining"] == 2
    r = await w.lists.client.patch(path, json={"quantity": 9}, headers=w.unit(college))
    assert r.status_code == 409  # below what is in use
    used = await w.get(path, w.unit(college))
    assert (used["used"], used["first_used_at"] is not None) == (10, True)
    withdrawn = await w.post(f"{path}/withdraw", None, w.unit(college), 200)
    assert withdrawn["status"] == "withdrawn"
    assert (await w.lists.client.patch(path, json={"title": "y"}, headers=w.unit(college))
            ).status_code == 409


async def counts(w) -> tuple:
    return tuple([await w.count(f"SELECT count(*) FROM {t}")
                  for t in ("resources", "needs", "claims", "projects", "meetings", "outbox")])


HELD = "2026-03-01T09:00:00Z"
BAD = [  # (path, body given the community c and the street s)
    ("/v1/resources", lambda c, s: {"kind": "spaceship", "title": "x", "community_id": c}),
    ("/v1/resources", lambda c, s: {"kind": "venue", "title": "", "community_id": c}),
    ("/v1/resources", lambda c, s: {"kind": "venue", "title": "x", "community_id": c,
                                    "quantity": -1}),
    ("/v1/resources", lambda c, s: {"kind": "venue", "title": "x", "community_id": c,
                                    "available_from": "2026-05-01",
                                    "available_until": "2026-04-01"}),
    ("/v1/needs", lambda c, s: {"title": "x", "community_id": c, "quantity": 0}),
    ("/v1/needs", lambda c, s: {"title": "x" * 121, "community_id": c}),
    ("/v1/needs", lambda c, s: {"title": "x", "community_id": c, "status": "met"}),
    ("/v1/needs", lambda c, s: {"title": "x", "community_id": "not-a-uuid"}),
    ("/v1/needs", lambda c, s: {"title": "x", "community_id": s}),  # a street, not a community
    ("/v1/projects", lambda c, s: {"title": "x", "owner_org_id": c, "partner_unit_ids": [c]}),
    ("/v1/meetings", lambda c, s: {"community_id": c, "title": "x", "held_at": HELD,
                                   "attendees": []}),
    ("/v1/meetings", lambda c, s: {"community_id": c, "title": "x", "held_at": HELD,
                                   "attendees": [{"kind": "unit"}],
                                   "resolutions": [{"text": "y"}]}),
    ("/v1/agreements", lambda c, s: {"unit_id": c, "community_id": c, "title": "x",
                                     "signed_on": "2026-03-01"}),
]


@pytest.mark.parametrize("path,body", BAD)
async def test_bad_input_gets_problem_json_and_changes_nothing(world, path, body):
    w = world
    before = await counts(w)
    r = await w.lists.client.post(path, json=body(str(w.communities[0]), str(w.street)),
                                  headers=w.street_admin())
    assert r.status_code == 422, r.text
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["type"].startswith("https://redgrid.dev/problems/") and problem["status"] == 422
    assert problem.get("errors") or problem.get("detail")
    assert await counts(w) == before


async def test_the_public_board_needs_no_login_and_shows_no_person(world):
    w = world
    yuhong, jianxi = w.communities
    need = await w.post("/v1/needs", {
        "title": "独居老人助餐", "description": "联系人王芳 13812345678,每日午餐送餐",
        "community_id": str(yuhong), "quantity": 3}, w.admin(yuhong))
    await w.post(f"/v1/needs/{need['id']}/claims", {"quantity": 1}, w.unit("大中派出所"))
    r = await w.lists.client.get("/v1/board/needs", params={"org_id": str(yuhong), "limit": 200})
    assert r.status_code == 200
    item = next(i for i in r.json()["items"] if i["id"] == need["id"])
    assert item["remaining"] == 2 and item["claimed_by"] == ["大中派出所"]
    assert item["community_name"] == "育红社区党委"
    assert "13812345678" not in r.text and "138****5678" in item["description"]
    assert "published_by" not in item
    # the street's board holds its communities'; another community's board does not
    street = (await w.get("/v1/board/needs", org_id=str(w.street), limit=200))["items"]
    assert need["id"] in {i["id"] for i in street}
    other = (await w.get("/v1/board/needs", org_id=str(jianxi), limit=200))["items"]
    assert need["id"] not in {i["id"] for i in other}
    projects = (await w.get("/v1/board/projects", org_id=str(yuhong)))["items"]
    assert projects and all("created_by" not in p for p in projects)
    assert (await w.lists.client.get("/v1/board/needs",
                                     params={"org_id": str(UUID(int=7))})).status_code == 404
    # what needs a login still does
    assert (await w.lists.client.get("/v1/needs")).status_code == 401
    assert (await w.lists.client.get("/v1/needs", headers=w.lists.auth("resident"))
            ).status_code == 403


async def test_figures_count_within_the_callers_subtree_and_period(world):
    w = world
    yuhong, jianxi = w.communities
    clinic = w.units["大中社区卫生服务中心"]
    w.clock.advance(days=31)  # into April: a period of its own
    april = w.clock.now().date()
    need = await w.post("/v1/needs", {"title": "健康义诊", "community_id": str(jianxi),
                                      "quantity": 2}, w.admin(jianxi))
    await w.post("/v1/needs", {"title": "楼道清理", "community_id": str(yuhong)},
                 w.admin(yuhong))
    project = await w.post("/v1/projects", {"title": "健康进社区", "owner_org_id": str(jianxi),
                                            "partner_unit_ids": [str(clinic)]}, w.admin(jianxi))
    await w.post(f"/v1/projects/{project['id']}/start", None, w.admin(jianxi), 200)
    await w.post(f"/v1/projects/{project['id']}/activities", {
        "title": "义诊", "kind": "service", "held_on": str(april), "served": 25,
        "unit_ids": [str(clinic)]}, w.admin(jianxi))

    period = {"since": str(april), "until": "2026-05-01"}
    street = await w.get("/v1/figures", w.street_admin(), group_by="community", **period)
    totals = street["totals"]
    assert (totals["needs_published"], totals["projects_started"]) == (2, 1)
    assert (totals["activities"], totals["joint_activities"], totals["people_served"]) == (
        1, 1, 25)
    by_community = {g["name"]: g for g in street["groups"]}
    assert by_community["建西社区党委"]["needs_published"] == 1
    assert by_community["育红社区党委"]["activities"] == 0
    # 育红's staff see 育红 only, and 建西's figures not at all
    mine = await w.get("/v1/figures", w.admin(yuhong), **period)
    assert (mine["totals"]["needs_published"], mine["totals"]["activities"]) == (1, 0)
    r = await w.lists.client.get("/v1/figures", params={"org_id": str(jianxi)},
                                 headers=w.admin(yuhong))
    assert r.status_code == 404
    # March's figures hold what the earlier tests did, April's do not
    march = await w.get("/v1/figures", w.street_admin(), since="2026-03-01", until=str(april))
    assert march["totals"]["resources_offered"] >= 3 and march["totals"]["needs_published"] >= 1
    months = await w.get("/v1/figures", w.street_admin(), group_by="month",
                         since="2026-03-01", until="2026-05-01")
    assert [g["key"] for g in months["groups"]] == ["2026-03", "2026-04"]
    assert months["groups"][1]["needs_published"] == 2
    # a unit reads its own figures, not another's
    own = await w.get("/v1/figures", w.unit(clinic), **period)
    assert (own["unit_id"], own["totals"]["activities"], own["totals"]["units_engaged"]) == (
        str(clinic), 1, 1)
    r = await w.lists.client.get("/v1/figures", params={"unit_id": str(w.units["江苏工程学院"])},
                                 headers=w.unit(clinic))
    assert r.status_code == 404
    assert (await w.lists.client.get("/v1/figures", headers=w.lists.auth("resident"))
            ).status_code == 403
    assert need["status"] == "open"
