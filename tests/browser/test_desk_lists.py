"""三张清单 at the desk in a real Chromium (issue 24): a need of 育红社区 published through the API;
the co-building unit's liaison (周明 of 大中派出所) logs in, sees a menu of 三张清单 only, and claims
part of the need on the desk page with the unit's offer, and finds the project it is a partner of
under 我的项目; the community admin (于红) sees the claim in the need's drawer and confirms it, then
marks a milestone of the project done, and follows a joint meeting's resolution: given to the unit
as a work item (交办跟进), then marked done (办结). The claim's state is read back through the API after each
step. Each screen is photographed at 1440x900, its data-appearance time printed, and axe-core
finds no serious or critical violation on it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest

from redgrid.common.testing import eventually

from .conftest import RESULTS, run_node

pytestmark = pytest.mark.asyncio(loop_scope="session")
TITLE = "社区反诈宣传进楼栋"
OFFER = "民警反诈宣讲"
QUANTITY = 4
PROJECT = "平安育红·反诈进万家"
MILESTONE = "召开启动会"
MEETING = "育红社区第四季度党建联席会议"
RESOLUTION = "派出所每月到小区开展一次反诈宣讲"


async def _publish(site) -> dict:
    """The need, once the lists service knows the community and the unit serving it."""
    lists, city = site.h["lists"], site.city
    admin = lists.auth("community_admin", UUID(city["community"]["id"]), UUID(city["admin"]["id"]))

    async def published():
        r = await lists.client.post("/v1/needs", headers=admin, json={
            "title": TITLE, "description": "请共建单位派人到各楼栋讲解电信诈骗的新手法，每次约1小时。",
            "category": "反诈宣传", "community_id": city["community"]["id"], "quantity": 10,
            "unit_of_measure": "场"})
        return r.json() if r.status_code == 201 else None

    return await eventually(published, timeout=30, interval=0.3)  # 404 until it knows 育红


def _unit(site) -> dict:
    city = site.city
    return site.h["lists"].auth("unit", UUID(city["street"]["id"]), UUID(city["liaison"]["id"]),
                                unit=UUID(city["unit"]["id"]))


async def _offer(site) -> dict:
    lists, city = site.h["lists"], site.city

    async def offered():
        r = await lists.client.post("/v1/resources", headers=_unit(site), json={
            "kind": "expertise", "title": OFFER, "description": "派出所民警到社区讲解防诈骗知识",
            "community_id": city["community"]["id"], "quantity": 20, "unit_of_measure": "场",
            "availability": "每周六上午"})
        return r.json() if r.status_code == 201 else None

    return await eventually(offered, timeout=30, interval=0.3)


async def _project(site) -> dict:
    """An active project of 育红 with the unit as a partner and two milestones."""
    lists, city = site.h["lists"], site.city
    admin = lists.auth("community_admin", UUID(city["community"]["id"]), UUID(city["admin"]["id"]))
    r = await lists.client.post("/v1/projects", headers=admin, json={
        "title": PROJECT, "owner_org_id": city["community"]["id"],
        "partner_unit_ids": [city["unit"]["id"]],
        "milestones": [{"title": MILESTONE}, {"title": "完成十个楼栋宣讲"}]})
    assert r.status_code == 201, r.text
    r = await lists.client.post(f"/v1/projects/{r.json()['id']}/start", headers=admin)
    assert r.status_code == 200, r.text
    return r.json()


async def _meeting(site) -> dict:
    """A joint meeting held yesterday with the unit attending and one resolution, still open."""
    lists, city = site.h["lists"], site.city
    admin = lists.auth("community_admin", UUID(city["community"]["id"]), UUID(city["admin"]["id"]))
    r = await lists.client.post("/v1/meetings", headers=admin, json={
        "community_id": city["community"]["id"], "title": MEETING,
        "held_at": (datetime.now(UTC) - timedelta(days=1)).isoformat(), "place": "育红社区党群服务中心",
        "attendees": [{"kind": "community"}, {"kind": "unit", "unit_id": city["unit"]["id"]},
                      {"kind": "property_company", "name": "育红物业"}],
        "agenda": ["电信诈骗多发，如何进楼入户宣传"], "resolutions": [{"text": RESOLUTION}]})
    assert r.status_code == 201, r.text
    return r.json()


async def _claims(site, need_id: str) -> list[dict]:
    lists = site.h["lists"]
    r = await lists.client.get(f"/v1/needs/{need_id}/claims", headers=lists.auth("system"))
    assert r.status_code == 200, r.text
    return r.json()["items"]


def _as(login: dict) -> dict:
    return {"USERNAME": login["username"], "PASSWORD": login["password"], "NAME": login["name"]}


async def test_a_unit_claims_part_of_a_need_and_the_community_confirms_it(site):
    city = site.city
    need = await _publish(site)
    offer = await _offer(site)
    project = await _project(site)
    meeting = await _meeting(site)

    out = await run_node("desk_lists.mjs", PART="claim", BASE_URL=site.url, TITLE=TITLE,
                         QUANTITY=str(QUANTITY), OFFER=OFFER, PROJECT=PROJECT,
                         **_as(city["unit_login"]))
    first = json.loads(out.strip().splitlines()[-1])
    assert first["menu"] == ["三张清单"]  # a unit is shown only what it may use
    [claim] = await _claims(site, need["id"])
    assert claim["status"] == "made"
    assert (claim["quantity"], claim["unit_id"], claim["resource_id"]) == (
        QUANTITY, city["unit"]["id"], offer["id"])
    assert claim["made_by"] == city["liaison"]["id"]  # the liaison at the desk

    out = await run_node("desk_lists.mjs", PART="confirm", BASE_URL=site.url, TITLE=TITLE,
                         QUANTITY=str(QUANTITY), UNIT=city["unit"]["name"], PROJECT=PROJECT,
                         MILESTONE=MILESTONE, MEETING=MEETING, RESOLUTION=RESOLUTION,
                         **_as(city["admin_login"]))
    second = json.loads(out.strip().splitlines()[-1])
    assert second["buttons"] == ["确认", "婉拒", "撤回"]
    [claim] = await _claims(site, need["id"])
    assert claim["status"] == "confirmed" and claim["confirmed_at"]
    lists = site.h["lists"]
    r = await lists.client.get(f"/v1/needs/{need['id']}", headers=lists.auth("system"))
    assert (r.json()["claimed"], r.json()["status"]) == (QUANTITY, "open")
    r = await lists.client.get(f"/v1/projects/{project['id']}", headers=lists.auth("system"))
    done = {m["title"]: m["done_on"] for m in r.json()["milestones"]}
    assert done[MILESTONE] and done["完成十个楼栋宣讲"] is None  # marked on the desk, that one only
    [resolution] = meeting["resolutions"]
    r = await lists.client.get(f"/v1/resolutions/{resolution['id']}", headers=lists.auth("system"))
    followed = r.json()  # given to the unit on the desk, then marked done there
    assert (followed["status"], followed["follow_kind"], followed["assignee_unit_id"]) == (
        "done", "work_item", city["unit"]["id"])

    timings = first["timings"] | second["timings"]
    print("desk lists screens, ms until their data showed:",
          json.dumps(timings, ensure_ascii=False))
    assert all(ms < 3000 for ms in timings.values()), timings
    axe = first["axe"] | second["axe"]
    assert set(axe) == {"需求清单（共建单位）", "认领需求", "我的认领", "我的项目", "需求清单（社区）",
                        "认领情况", "项目节点", "交办跟进", "决议办结"}
    assert all(not found for found in axe.values()), json.dumps(axe, ensure_ascii=False)
    for shot in ("desk-lists-unit-needs", "desk-lists-claim", "desk-lists-unit-claims",
                 "desk-lists-unit-projects", "desk-lists-needs", "desk-lists-need-claims",
                 "desk-lists-confirmed", "desk-lists-phone", "desk-lists-milestone",
                 "desk-lists-follow", "desk-lists-resolution-done"):
        assert (RESULTS / f"{shot}.png").stat().st_size > 5000, shot
