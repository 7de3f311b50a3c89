"""Names beside ids (issue 18): the lists' answers name the communities, owners, units, teams
and people their ids refer to, from the read models the registry's events keep (people's too,
now); the public board names organisations only."""

from __future__ import annotations

import json
from uuid import UUID

import pytest

from redgrid.common.ids import uuid7

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def person(w, name: str, home: UUID) -> UUID:
    r = await w.registry.client.post("/v1/people", headers=w.registry.auth("system"),
                                     json={"name": name, "home_org_id": str(home)})
    assert r.status_code == 201, r.text
    person_id = UUID(r.json()["id"])
    await w.known("people", [person_id])
    return person_id


async def test_needs_claims_and_resources_name_who_and_where(world):
    w = world
    yuhong = w.communities[0]
    clerk = await person(w, "钱干事", yuhong)
    volunteer = await person(w, "孙志愿", yuhong)
    admin = w.lists.auth("community_admin", yuhong, person=clerk)
    clinic = w.units["大中社区卫生服务中心"]
    need = await w.post("/v1/needs", {"title": "独居老人助医", "community_id": str(yuhong),
                                      "quantity": 3}, admin)
    assert (need["community_name"], need["published_by_name"]) == ("育红社区党委", "钱干事")
    listed = await w.get("/v1/needs", w.unit(clinic))
    row = next(n for n in listed["items"] if n["id"] == need["id"])
    assert (row["community_name"], row["published_by_name"]) == ("育红社区党委", "钱干事")

    claim = await w.post(f"/v1/needs/{need['id']}/claims", {"quantity": 1},
                         w.lists.auth("unit", unit=clinic, person=clerk))
    assert (claim["unit_name"], claim["community_name"], claim["made_by_name"]) == (
        "大中社区卫生服务中心", "育红社区党委", "钱干事")
    confirmed = await w.post(f"/v1/claims/{claim['id']}/confirm", None, admin, 200)
    assert confirmed["made_by_name"] == "钱干事"
    claims = await w.get("/v1/claims", admin)
    assert {c["unit_name"] for c in claims["items"]} >= {"大中社区卫生服务中心"}

    offered = await w.post("/v1/resources", {
        "kind": "volunteer_time", "title": "上门理发", "quantity": 4, "unit_of_measure": "小时",
        "community_id": str(yuhong)}, w.lists.auth("volunteer", person=volunteer))
    assert (offered["offerer_name"], offered["community_name"]) == ("孙志愿", "育红社区党委")
    funds = await w.post("/v1/resources", {
        "kind": "funds", "title": "共建经费", "quantity": 5000, "unit_of_measure": "元",
        "community_id": str(yuhong), "offerer_kind": "unit", "offerer_id": str(clinic)}, admin)
    assert funds["offerer_name"] == "大中社区卫生服务中心"
    mine = await w.get("/v1/resources", w.lists.auth("volunteer", person=volunteer))
    assert [r["offerer_name"] for r in mine["items"]] == ["孙志愿"]


async def test_projects_meetings_agreements_and_figures_name_theirs(world):
    w = world
    jianxi = w.communities[1]
    admin = w.admin(jianxi)
    college, police = w.units["江苏工程学院"], w.units["大中派出所"]
    project = await w.post("/v1/projects", {
        "title": "平安校园共建", "owner_org_id": str(jianxi),
        "partner_unit_ids": [str(college), str(police)]}, admin)
    assert (project["owner_org_name"], project["community_name"]) == ("建西社区党委",
                                                                      "建西社区党委")
    names = dict(zip(project["partner_unit_ids"], project["partner_unit_names"], strict=True))
    assert names == {str(college): "江苏工程学院", str(police): "大中派出所"}
    await w.post(f"/v1/projects/{project['id']}/start", None, admin, 200)
    activity = await w.post(f"/v1/projects/{project['id']}/activities", {
        "title": "防诈骗讲座", "kind": "service", "held_on": "2026-03-02", "served": 40,
        "unit_ids": [str(police)]}, admin)
    assert (activity["unit_names"], activity["community_name"]) == (["大中派出所"],
                                                                   "建西社区党委")
    board = await w.get("/v1/board/projects", None, org_id=str(w.street))
    shown = next(p for p in board["items"] if p["id"] == project["id"])
    assert shown["community_name"] == "建西社区党委"

    agreement = await w.post("/v1/agreements", {
        "unit_id": str(police), "community_id": str(jianxi), "title": "警民共建协议",
        "signed_on": "2026-03-01"}, admin)
    assert (agreement["unit_name"], agreement["community_name"]) == ("大中派出所", "建西社区党委")
    meeting = await w.post("/v1/meetings", {
        "community_id": str(jianxi), "title": "建西社区党建联席会议",
        "held_at": "2026-03-02T14:00:00+08:00",
        "attendees": [{"kind": "community"}, {"kind": "unit", "unit_id": str(police)}],
        "resolutions": [{"text": "派出所牵头排查飞线充电"}]}, admin)
    assert (meeting["community_name"], meeting["unit_names"]) == ("建西社区党委", ["大中派出所"])
    resolution = meeting["resolutions"][0]
    assert resolution["community_name"] == "建西社区党委"
    followed = await w.post(f"/v1/resolutions/{resolution['id']}/follow", {
        "kind": "work_item", "assignee_unit_id": str(police)}, admin, 200)
    assert followed["assignee_unit_name"] == "大中派出所"

    figures = await w.get("/v1/figures", w.unit(police), org_id=str(jianxi))
    assert (figures["org_name"], figures["unit_name"]) == ("建西社区党委", "大中派出所")


async def test_candidates_name_their_community_and_the_board_no_person(world):
    w = world
    yuhong = w.communities[0]
    ticket_id = uuid7()
    event_id = await w.publish("tickets", "ticket", "accepted", {
        "id": str(ticket_id), "number": "DZ-2026-000901", "version": 2, "status": "accepted",
        "title": "楼道堆物", "category": "environment", "community_id": str(yuhong),
        "org_path": [str(w.street), str(yuhong)], "updated_at": "2026-03-02T09:00:00+00:00"})
    await w.applied(event_id)
    candidates = await w.get("/v1/candidates", w.admin(yuhong), limit=200)
    mine = next(c for c in candidates["items"] if c["id"] == str(ticket_id))
    assert mine["community_name"] == "育红社区党委"
    board = await w.get("/v1/board/needs", None, org_id=str(w.street))
    text = json.dumps(board, ensure_ascii=False)
    assert "钱干事" not in text and "孙志愿" not in text
