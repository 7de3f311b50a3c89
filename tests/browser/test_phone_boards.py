"""The community's boards on the phone (issue 23): a resident opens 公示栏 from 首页 and reads a
settled matter's approved answer (公示), then 需求和项目: an open need and a running project."""

from __future__ import annotations

from uuid import UUID

import pytest

from .conftest import INSIDE, RESULTS, run_node

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _post(h, path: str, body: dict, headers: dict) -> dict:
    r = await h.client.post(path, json=body, headers=headers)
    assert r.status_code in (200, 201), (path, r.text)
    return r.json()


async def _published(site) -> str:
    """A matter settled in the resident's grid, its answer published and its summary approved."""
    tickets, city = site.h["tickets"], site.city
    office = tickets.auth("system")
    worker = tickets.auth("grid_worker", UUID(city["branch"]["id"]), UUID(city["worker"]["id"]))
    t = await _post(tickets, "/v1/tickets", {
        "appeal_kind": "help", "category": "environment", "title": "育红社区7号楼门口污水外溢",
        "channel": "hotline", "location": INSIDE}, office)
    base = f"/v1/tickets/{t['id']}"
    for action, body, who in (("accept", {"note": None}, office), ("dispatch", {}, office),
                              ("sign", {"note": None}, worker),
                              ("resolve", {"resolution": "已疏通污水管道"}, worker),
                              ("publish", {"response": "已疏通管道并清洗路面。", "public": True},
                               office)):
        await _post(tickets, f"{base}/{action}", body, who)
    title = "育红社区7号楼门口污水外溢已处理"
    await _post(tickets, f"{base}/notice/approve", {"title": title,
                                                    "response": "已疏通管道并清洗路面。"}, office)
    return title


async def test_a_resident_reads_the_notices_and_the_needs_and_projects(site):
    lists, city, resident = site.h["lists"], site.city, site.city["resident_login"]
    notice = await _published(site)
    need = "为独居老人冬季送温暖志愿者"
    await _post(lists, "/v1/needs", {"title": need, "community_id": city["community"]["id"],
                                     "quantity": 20, "unit_of_measure": "人次"},
                lists.auth("system"))
    project = "联民送温暖—关爱独居老人"
    p = await _post(lists, "/v1/projects", {
        "title": project, "owner_org_id": city["community"]["id"],
        "milestones": [{"title": "入户走访登记"}]}, lists.auth("system"))
    await _post(lists, f"/v1/projects/{p['id']}/start", {}, lists.auth("system"))
    await run_node("boards.mjs", BASE_URL=site.url, USERNAME=resident["username"],
                   PASSWORD=resident["password"], NAME=resident["name"], NOTICE=notice,
                   NEED=need, PROJECT=project)
    for shot in ("phone-resident-notices", "phone-resident-needs", "phone-resident-projects"):
        assert (RESULTS / f"{shot}.png").stat().st_size > 5000, shot
