"""公示稿 under review: proposed masked when the response is given, approved by the office (a
step on the timeline, with its event) before the public notice or anonymous Open311 shows it;
only the approved summary shows, never the raw title or response."""

from __future__ import annotations

import pytest

from tests.integration.tickets.test_workflow import events_of

pytestmark = pytest.mark.asyncio(loop_scope="session")

NAME = "王建国"
PHONE = "13912345678"
HOME = "建西路66号2栋1单元301室"


async def published_ticket(world, c) -> dict:
    office, worker = world.admin(c), world.worker(c)
    t = await world.file({"channel": "hotline", "appeal_kind": "complaint",
                          "category": "environment", "grid_id": str(c.grid), "accept": True,
                          "title": f"{NAME}反映{HOME}楼上漏水 电话{PHONE}",
                          "reporter": {"name": NAME, "phone": PHONE, "address": HOME}}, office)
    for action, body, who in (("dispatch", {}, office), ("sign", {}, worker),
                              ("resolve", {"resolution": "已维修"}, worker),
                              ("publish", {"response": f"已联系{NAME}先生, 电话{PHONE}, 已维修"},
                               office)):
        await world.step(t["id"], action, body, who)
    return t


async def public_sees(world, number: str) -> tuple[int, list, list]:
    one = await world.tickets.client.get(f"/public/v1/notices/{number}")
    listed = (await world.tickets.client.get("/public/v1/notices?limit=200")).json()["items"]
    o311 = (await world.tickets.client.get("/open311/v2/requests.json",
                                           params={"service_request_id": number})).json()
    return one.status_code, [n for n in listed if n["number"] == number], o311


async def test_nothing_is_public_before_the_office_approves_the_summary(world):
    c = world.jianxi
    office = world.admin(c)
    t = await published_ticket(world, c)
    status, listed, o311 = await public_sees(world, t["number"])
    assert (status, listed, o311) == (404, [], [])

    draft = (await world.tickets.client.get(f"/v1/tickets/{t['id']}/notice",
                                            headers=office)).json()
    assert draft["shown"] is False and draft["approved_at"] is None
    proposed = draft["proposed_title"] + draft["proposed_response"]
    for personal in (NAME, PHONE, "1单元", "301"):
        assert personal not in proposed
    assert "王**" in proposed and "139****5678" in proposed and "建西路66号2栋" in proposed

    # a grid worker neither reads nor approves it; the office may not approve personal data
    worker = world.worker(c)
    r = await world.tickets.client.get(f"/v1/tickets/{t['id']}/notice", headers=worker)
    assert r.status_code == 403
    await world.step(t["id"], "notice/approve", {"title": "楼上漏水", "response": "已维修"},
                     worker, status=403)
    r = await world.tickets.client.post(f"/v1/tickets/{t['id']}/notice/approve", headers=office,
                                        json={"title": "楼上漏水", "response": f"电话{PHONE}"})
    assert r.status_code == 422 and PHONE not in r.text
    assert r.json()["field"] == "response"
    assert (await public_sees(world, t["number"]))[0] == 404

    approved = await world.step(t["id"], "notice/approve", {
        "title": "建西路66号2栋楼上漏水", "response": "已联系住户, 已维修"}, office)
    assert approved["shown"] is True and approved["title"] == "建西路66号2栋楼上漏水"
    status, listed, o311 = await public_sees(world, t["number"])
    assert status == 200
    assert (listed[0]["title"], listed[0]["response"]) == ("建西路66号2栋楼上漏水",
                                                           "已联系住户, 已维修")
    assert (o311[0]["description"], o311[0]["status_notes"]) == ("建西路66号2栋楼上漏水",
                                                                 "已联系住户, 已维修")

    # the approval is a step on the timeline, with its event; the status stays
    file_ = (await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=office)).json()
    assert file_["timeline"][-1]["action"] == "approve_notice"
    assert file_["ticket"]["status"] == "published"
    kinds = [e.type for e in await events_of(world, t["id"], 7)]
    assert "redgrid.tickets.ticket.notice_approved.v1" in kinds


async def test_approval_needs_the_response_first(world):
    c = world.yuhong
    office = world.admin(c)
    t = await world.file({"appeal_kind": "help", "category": "environment", "title": "路灯不亮",
                          "grid_id": str(c.grid), "accept": True}, office)
    r = await world.tickets.client.get(f"/v1/tickets/{t['id']}/notice", headers=office)
    assert r.status_code == 404
    r = await world.tickets.client.post(f"/v1/tickets/{t['id']}/notice/approve", headers=office,
                                        json={"title": "路灯不亮", "response": "已修复"})
    assert r.status_code == 409 and "approve_notice" not in r.json()["allowed"]
