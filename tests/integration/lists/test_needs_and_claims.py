"""The need list over HTTP: published, claimed in part by two units, confirmed, fulfilled, met,
and its project's activities recorded; never claimed beyond its quantity, however many claim at
once; every step an event as docs/events.md documents it."""

from __future__ import annotations

import asyncio
from uuid import UUID

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, stream_messages

pytestmark = pytest.mark.asyncio(loop_scope="session")

NEED_FIELDS = {"id", "title", "community_id", "org_path", "quantity", "claimed", "status",
               "version"}
CLAIM_FIELDS = {"id", "need_id", "unit_id", "quantity", "status", "community_id", "org_path",
                "version"}


async def events_of(w, entity: str, subject_id: str, at_least: int) -> list[CloudEvent]:
    async def enough():
        msgs = await stream_messages(w.lists.reader_url, "REDGRID_LISTS",
                                     f"redgrid.lists.{entity}.>")
        found = [CloudEvent.from_bytes(m.data) for m in msgs]
        found = [e for e in found if e.subject == subject_id]
        return found if len(found) >= at_least else None

    return await eventually(enough, timeout=10)


async def test_a_need_claimed_in_part_by_two_units_is_met_and_its_project_holds_activities(world):
    w = world
    yuhong = w.communities[0]
    admin = w.admin(yuhong)
    need = await w.post("/v1/needs", {
        "title": "失独家庭入户走访慰问", "community_id": str(yuhong), "quantity": 10,
        "unit_of_measure": "次", "category": "elderly_care"}, admin)
    assert (need["status"], need["claimed"], need["version"]) == ("open", 0, 1)
    clinic, college = w.units["大中社区卫生服务中心"], w.units["江苏工程学院"]

    a = await w.post(f"/v1/needs/{need['id']}/claims", {"quantity": 6, "note": "义诊上门"},
                     w.unit(clinic))
    b = await w.post(f"/v1/needs/{need['id']}/claims", {"quantity": 4}, w.unit(college))
    assert (a["unit_id"], a["status"], b["quantity"]) == (str(clinic), "made", 4)
    got = await w.get(f"/v1/needs/{need['id']}", admin)
    assert (got["claimed"], got["status"]) == (10, "claimed")

    # nothing is left for a third unit
    r = await w.lists.client.post(f"/v1/needs/{need['id']}/claims", json={"quantity": 1},
                                  headers=w.unit("大中派出所"))
    assert r.status_code == 409 and r.json()["remaining"] == 0
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["detail"] == "该需求只剩 0 份可认领"
    r = await w.lists.client.post(f"/v1/needs/{need['id']}/claims", json={"quantity": 1},
                                  headers=w.unit("大中派出所") | {"Accept-Language": "en"})
    assert r.json()["detail"] == "only 0 of this need are left to claim"

    # a unit neither confirms nor fulfils its own claim; the community does
    r = await w.lists.client.post(f"/v1/claims/{a['id']}/confirm", headers=w.unit(clinic))
    assert r.status_code == 403
    r = await w.lists.client.post(f"/v1/claims/{a['id']}/fulfil", headers=admin)
    assert r.status_code == 409  # not confirmed yet
    for claim in (a, b):
        assert (await w.post(f"/v1/claims/{claim['id']}/confirm", None, admin, 200)
                )["status"] == "confirmed"
    await w.post(f"/v1/claims/{a['id']}/fulfil", None, admin, 200)
    got = await w.get(f"/v1/needs/{need['id']}", admin)
    assert (got["fulfilled"], got["status"]) == (6, "claimed")
    await w.post(f"/v1/claims/{b['id']}/fulfil", None, admin, 200)
    got = await w.get(f"/v1/needs/{need['id']}", admin)
    assert (got["fulfilled"], got["status"]) == (10, "met") and got["met_at"]

    # the project binds the need; its partners take part in activities
    project = await w.post("/v1/projects", {
        "title": "联民送温暖—关爱失独家庭", "owner_org_id": str(yuhong),
        "partner_unit_ids": [str(clinic), str(college)], "need_ids": [need["id"]],
        "milestones": [{"title": "首轮入户走访", "due_on": "2026-04-30"}],
        "beneficiaries": 66, "beneficiary_kind": "households"}, admin)
    assert project["status"] == "planned" and project["need_ids"] == [need["id"]]
    r = await w.lists.client.post(f"/v1/projects/{project['id']}/activities", headers=admin,
                                  json={"title": "走访", "kind": "visit", "held_on": "2026-03-03"})
    assert r.status_code == 409  # not started
    await w.post(f"/v1/projects/{project['id']}/start", None, admin, 200)
    for day in ("02-27", "02-28", "03-01"):  # held before they are recorded (clock: 03-02)
        await w.post(f"/v1/projects/{project['id']}/activities", {
            "title": "入户走访慰问失独家庭", "kind": "visit", "held_on": f"2026-{day}",
            "participants": 4, "served": 3}, admin)
    activity = await w.post(f"/v1/projects/{project['id']}/activities", {
        "title": "重阳节文艺活动", "kind": "event", "held_on": "2026-03-02",
        "participants": 30, "served": 40}, w.unit(clinic))
    assert activity["unit_ids"] == [str(clinic)]  # a partner records its own joint activity
    r = await w.lists.client.post(f"/v1/projects/{project['id']}/activities",
                                  headers=w.unit("大中派出所"),
                                  json={"title": "x", "held_on": "2026-03-06"})
    assert r.status_code == 404  # not a partner
    milestone = project["milestones"][0]["id"]
    await w.post(f"/v1/projects/{project['id']}/milestones/{milestone}/done", None, admin, 200)
    got = await w.get(f"/v1/projects/{project['id']}", admin)
    assert (got["activities"], got["visits"], got["served"]) == (4, 3, 49)
    assert got["milestones"][0]["done_on"] == "2026-03-02"
    listed = await w.get(f"/v1/projects/{project['id']}/activities", w.unit(college))
    assert len(listed["items"]) == 4

    # the documented events, with snapshots and growing versions
    need_events = await events_of(w, "need", need["id"], 5)
    assert [e.type for e in need_events] == [
        "redgrid.lists.need.published.v1", "redgrid.lists.need.claimed.v1",
        "redgrid.lists.need.claimed.v1", "redgrid.lists.need.updated.v1",
        "redgrid.lists.need.met.v1"]
    assert all(NEED_FIELDS <= set(e.data) for e in need_events)
    assert [e.data["claimed"] for e in need_events] == [0, 6, 10, 10, 10]
    versions = [e.data["version"] for e in need_events]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)
    assert UUID(need_events[0].data["org_path"][-1]) == yuhong
    claim_events = await events_of(w, "claim", a["id"], 3)
    assert [e.type.split(".")[3] for e in claim_events] == ["made", "confirmed", "fulfilled"]
    assert all(CLAIM_FIELDS <= set(e.data) for e in claim_events)
    assert claim_events[0].data["quantity"] == 6
    project_events = await events_of(w, "project", project["id"], 7)
    assert project_events[-1].data["activities"] == 4
    asyncapi = (await w.lists.client.get("/asyncapi.json")).text
    assert all(f"redgrid.lists.{kind}.v1" in asyncapi for kind in (
        "need.published", "need.claimed", "need.met", "need.closed", "claim.made",
        "claim.confirmed", "claim.withdrawn"))


async def test_fifty_units_claiming_at_once_never_exceed_the_quantity(world):
    w = world
    yuhong = w.communities[0]
    units = await w.add_units([f"驻区单位{i:02d}" for i in range(50)], [yuhong])
    need = await w.post("/v1/needs", {"title": "文明创建志愿服务", "community_id": str(yuhong),
                                      "quantity": 40, "unit_of_measure": "人次"}, w.admin(yuhong))
    wanted = {unit: 1 + i % 3 for i, unit in enumerate(units)}  # 99 asked for, 40 to give

    async def claim(unit: UUID):
        return unit, await w.lists.client.post(f"/v1/needs/{need['id']}/claims",
                                               json={"quantity": wanted[unit]},
                                               headers=w.unit(unit))

    results = await asyncio.gather(*(claim(u) for u in units))
    won = {unit: r.json() for unit, r in results if r.status_code == 201}
    assert {r.status_code for _, r in results} == {201, 409}
    given = sum(wanted[u] for u in won)
    got = await w.get(f"/v1/needs/{need['id']}", w.admin(yuhong))
    assert given == got["claimed"] <= 40
    assert got["claimed"] >= 38  # a refusal means less was left than asked (at most 3)
    assert got["status"] == ("claimed" if got["claimed"] == 40 else "open")
    assert await w.count("SELECT sum(quantity) FROM claims WHERE need_id = $1",
                         UUID(need["id"])) == given
    made = await events_of(w, "need", need["id"], 1 + len(won))
    assert max(e.data["claimed"] for e in made) == given


async def test_withdrawn_and_declined_claims_give_back_and_closing_withdraws_the_rest(world):
    w = world
    yuhong = w.communities[0]
    admin = w.admin(yuhong)
    need = await w.post("/v1/needs", {"title": "反诈宣传进小区", "community_id": str(yuhong),
                                      "quantity": 5, "unit_of_measure": "场"}, admin)
    police, clinic = w.units["大中派出所"], w.units["大中社区卫生服务中心"]
    a = await w.post(f"/v1/needs/{need['id']}/claims", {"quantity": 5}, w.unit(police))
    r = await w.lists.client.post(f"/v1/needs/{need['id']}/claims", json={"quantity": 1},
                                  headers=w.unit(police))
    assert r.status_code == 409  # fully claimed
    await w.post(f"/v1/claims/{a['id']}/withdraw", None, w.unit(police), 200)
    assert (await w.get(f"/v1/needs/{need['id']}", admin))["status"] == "open"
    r = await w.lists.client.post(f"/v1/claims/{a['id']}/withdraw", headers=w.unit(police))
    assert r.status_code == 409 and r.json()["type"].endswith("/invalid-transition")

    b = await w.post(f"/v1/needs/{need['id']}/claims", {"quantity": 2}, w.unit(police))
    c = await w.post(f"/v1/needs/{need['id']}/claims", {"quantity": 3}, w.unit(clinic))
    r = await w.lists.client.post(f"/v1/claims/{b['id']}/withdraw", headers=w.unit(clinic))
    assert r.status_code == 404  # not its claim
    await w.post(f"/v1/claims/{b['id']}/decline", {"reason": "已有安排"}, admin, 200)
    assert (await w.get(f"/v1/needs/{need['id']}", admin))["claimed"] == 3
    # the unit sees its own claims only
    mine = await w.get("/v1/claims", w.unit(clinic))
    assert {x["unit_id"] for x in mine["items"]} == {str(clinic)}

    closed = await w.post(f"/v1/needs/{need['id']}/close", {"reason": "活动取消"}, admin, 200)
    assert (closed["status"], closed["claimed"]) == ("closed", 0)
    assert (await w.get(f"/v1/claims/{c['id']}", w.unit(clinic)))["status"] == "withdrawn"
    r = await w.lists.client.post(f"/v1/needs/{need['id']}/claims", json={"quantity": 1},
                                  headers=w.unit(clinic))
    assert r.status_code == 409
    r = await w.lists.client.patch(f"/v1/needs/{need['id']}", json={"quantity": 9},
                                   headers=admin)
    assert r.status_code == 409


async def test_quantity_changes_respect_claims_and_another_community_sees_nothing(world):
    w = world
    yuhong, jianxi = w.communities
    admin = w.admin(yuhong)
    need = await w.post("/v1/needs", {"title": "小区路灯维修", "community_id": str(yuhong),
                                      "quantity": 4}, admin)
    await w.post(f"/v1/needs/{need['id']}/claims", {"quantity": 3},
                 w.unit("江苏工程学院"))
    r = await w.lists.client.patch(f"/v1/needs/{need['id']}", json={"quantity": 2},
                                   headers=admin)
    assert r.status_code == 409 and r.json()["claimed"] == 3
    got = await w.lists.client.patch(f"/v1/needs/{need['id']}", headers=admin, json={
        "quantity": 3, "description": "联系居民李敏 13912345678"})
    assert got.json()["status"] == "claimed"
    # staff see what they wrote; a unit sees the phone number masked
    assert "13912345678" in got.text
    seen = await w.get(f"/v1/needs/{need['id']}", w.unit("江苏工程学院"))
    assert seen["description"] == "联系居民李敏 139****5678"
    other = w.admin(jianxi)
    for path in (f"/v1/needs/{need['id']}", f"/v1/needs/{need['id']}/claims"):
        r = await w.lists.client.get(path, headers=other)
        assert r.status_code == 404 or r.json()["items"] == [], path
    r = await w.lists.client.post(f"/v1/needs/{need['id']}/close", json={"reason": "x"},
                                  headers=other)
    assert r.status_code == 404
    listed = await w.get("/v1/needs", other, limit=200)
    assert need["id"] not in {n["id"] for n in listed["items"]}
    # the street sees both communities' needs
    listed = await w.get("/v1/needs", w.street_admin(), limit=200)
    assert need["id"] in {n["id"] for n in listed["items"]}
    # a unit that does not serve 建西 cannot claim there
    theirs = await w.post("/v1/needs", {"title": "建西需求", "community_id": str(jianxi)}, other)
    r = await w.lists.client.post(f"/v1/needs/{theirs['id']}/claims", json={"quantity": 1},
                                  headers=w.unit("江苏工程学院"))
    assert r.status_code == 403
