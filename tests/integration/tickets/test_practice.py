"""12345 practice over HTTP with real PostgreSQL and NATS (issue 20): 延期申请 approved and
refused (custody-aware), 协办 with each co-handler's sign and resolve, template responses, 回单 as
redgrid.tickets.ticket.replied, a 12345 re-filing with different content, catalogue rows to the
second, the mediation parties' contacts, and bad input that changes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, stream_messages

from .conftest import count

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def events_on(world, subjects: str, subject: str, n: int) -> list[CloudEvent]:
    async def arrived():
        msgs = await stream_messages(world.tickets.reader_url, "REDGRID_TICKETS", subjects)
        mine = [e for e in (CloudEvent.from_bytes(m.data) for m in msgs) if e.subject == subject]
        return mine if len(mine) >= n else None

    return await eventually(arrived, timeout=15, interval=0.2)


async def handled_by_worker(world, c, title: str = "路灯不亮", **more) -> dict:
    """A matter of the community's grid, accepted and dispatched to its grid worker, signed."""
    office = world.admin(c)
    t = await world.file({"appeal_kind": "help", "category": "environment", "title": title,
                          "grid_id": str(c.grid), "accept": True, **more}, office)
    await world.step(t["id"], "dispatch", {}, office)
    return await world.step(t["id"], "sign", {}, world.worker(c))


async def timeline(world, tid: str, headers: dict) -> list[dict]:
    r = await world.tickets.client.get(f"/v1/tickets/{tid}", headers=headers)
    assert r.status_code == 200, r.text
    return r.json()["timeline"]


def later(iso: str, **delta) -> str:
    return (datetime.fromisoformat(iso) + timedelta(**delta)).isoformat()


async def test_an_extension_approved_moves_the_holders_deadline(world):
    yh, client = world.yuhong, world.tickets.client
    office, worker = world.admin(yh), world.worker(yh)
    t = await handled_by_worker(world, yh)
    tid, due = t["id"], t["due_at"]
    asked = later(due, days=5)
    # bad input: a deadline not later than the one running, or not the holder
    for body, status in (({"reason": "需协调", "due_at": later(due, days=-1)}, 422),
                         ({"reason": "", "due_at": asked}, 422)):
        r = await client.post(f"/v1/tickets/{tid}/extensions", json=body, headers=worker)
        assert r.status_code == status, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
    r = await client.post(f"/v1/tickets/{tid}/extensions", headers=worker,
                          json={"reason": "需协调", "due_at": later(due, days=-1)})
    assert "当前期限" in r.json()["detail"]
    r = await client.post(f"/v1/tickets/{tid}/extensions", headers=world.worker(world.jianxi),
                          json={"reason": "需协调", "due_at": asked})
    assert r.status_code in (403, 404)
    r = await client.post(f"/v1/tickets/{tid}/extensions", headers=office,
                          json={"reason": "需协调", "due_at": asked})
    assert r.status_code == 403 and "指派给其他人员" in r.json()["detail"]
    assert await count(world.tickets, "SELECT count(*) FROM extensions WHERE ticket_id = $1",
                       t["id"]) == 0

    t = await world.step(tid, "extensions", {"reason": "需协调燃气公司停气检修",
                                             "due_at": asked}, worker)
    assert t["due_at"] == due  # asked, not granted
    r = await client.post(f"/v1/tickets/{tid}/extensions", headers=worker,
                          json={"reason": "再延", "due_at": later(asked, days=1)})
    assert r.status_code == 409 and "待审批" in r.json()["detail"]
    r = await client.get(f"/v1/tickets/{tid}/extensions", headers=office)
    (ext,) = r.json()
    assert ext["status"] == "asked" and ext["due_before"] == due
    t = await world.step(tid, f"extensions/{ext['id']}/approve", {"note": "同意"}, office)
    assert datetime.fromisoformat(t["due_at"]) == datetime.fromisoformat(asked)
    assert t["first_due_at"] == due  # the figures keep the first deadline
    r = await client.post(f"/v1/tickets/{tid}/extensions/{ext['id']}/refuse", headers=office,
                          json={"reason": "x"})
    assert r.status_code == 409 and "已批准" in r.json()["detail"]

    r = await client.get(f"/v1/tickets/{tid}", headers=office)  # 一号一档: in the file too
    assert [(e["id"], e["status"]) for e in r.json()["extensions"]] == [(ext["id"], "approved")]
    steps = r.json()["timeline"]
    actions = [s["action"] for s in steps]
    assert actions[-2:] == ["ask_extension", "approve_extension"]
    assert steps[-2]["reason"] == "需协调燃气公司停气检修"
    assert steps[-1]["data"]["extension_id"] == ext["id"]
    events = await events_on(world, "redgrid.tickets.ticket.>", tid, len(actions))
    assert [e.type for e in events][-2:] == ["redgrid.tickets.ticket.extension_asked.v1",
                                              "redgrid.tickets.ticket.extension_approved.v1"]

    # resolved (and the resolution on the timeline): no extension any more, nothing changed
    t = await world.step(tid, "resolve", {"resolution": "已更换灯泡"}, worker)
    steps = await timeline(world, tid, office)
    assert steps[-1]["action"] == "resolve" and steps[-1]["data"]["resolution"] == "已更换灯泡"
    r = await client.post(f"/v1/tickets/{tid}/extensions", headers=worker,
                          json={"reason": "再延", "due_at": later(asked, days=1)})
    assert r.status_code == 409 and "已办结" in r.json()["detail"]
    assert r.headers["content-type"].startswith("application/problem+json")
    assert await count(world.tickets, "SELECT count(*) FROM extensions WHERE ticket_id = $1",
                       t["id"]) == 1
    assert await count(world.tickets, "SELECT version FROM tickets WHERE id = $1",
                       t["id"]) == t["version"]


async def test_an_extension_refused_keeps_the_deadline_and_lapses_with_custody(world):
    jx, client = world.jianxi, world.tickets.client
    office, worker = world.admin(jx), world.worker(jx)
    t = await handled_by_worker(world, jx, "井盖缺失")
    tid, due = t["id"], t["due_at"]
    await world.step(tid, "extensions", {"reason": "等待配件", "due_at": later(due, days=3)},
                     worker)
    (ext,) = (await client.get(f"/v1/tickets/{tid}/extensions", headers=office)).json()
    r = await client.post(f"/v1/tickets/{tid}/extensions/{ext['id']}/refuse", headers=office,
                          json={})
    assert r.status_code == 422  # a refusal gives its reason
    t = await world.step(tid, f"extensions/{ext['id']}/refuse", {"reason": "配件库存充足"},
                         office)
    assert t["due_at"] == due
    # asked again, then the ticket goes up a level: the request lapses with its custody
    await world.step(tid, "extensions", {"reason": "等待配件", "due_at": later(due, days=2)},
                     worker)
    (_, ext) = (await client.get(f"/v1/tickets/{tid}/extensions", headers=office)).json()
    await world.step(tid, "escalate", {"reason": "需社区协调"}, worker)
    r = await client.post(f"/v1/tickets/{tid}/extensions/{ext['id']}/approve", headers=office,
                          json={})
    assert r.status_code == 409 and "已失效" in r.json()["detail"]
    r = await client.get(f"/v1/tickets/{tid}/extensions", headers=office)
    assert [e["status"] for e in r.json()] == ["refused", "asked"]


async def test_cohandlers_sign_and_resolve_their_part_before_the_lead(world):
    yh, jx, client = world.yuhong, world.jianxi, world.tickets.client
    street = world.street_admin()
    t = await handled_by_worker(world, yh, "占道堆放建材")
    tid = t["id"]
    r = await client.post(f"/v1/tickets/{tid}/cohandlers", headers=street, json={
        "cohandlers": [{"grid_id": str(jx.grid)}, {"department": "城管科"}],
        "note": "请协助清理"})
    assert r.status_code == 201, r.text
    grid_part, dept_part = r.json()
    assert (grid_part["level"], grid_part["status"]) == ("grid", "assigned")
    assert (dept_part["level"], dept_part["department"]) == ("department", "城管科")
    # bad input: two targets in one, the lead itself, a grid worker naming co-handlers
    for body, who, status in (
            ({"cohandlers": [{"grid_id": str(jx.grid), "department": "x"}]}, street, 422),
            ({"cohandlers": [{"grid_id": str(yh.grid)}]}, street, 409),
            ({"cohandlers": [{"department": "城管科"}]}, street, 409),
            ({"cohandlers": [{"department": "民政科"}]}, world.worker(yh), 403)):
        r = await client.post(f"/v1/tickets/{tid}/cohandlers", json=body, headers=who)
        assert r.status_code == status, (body, r.text)
    assert await count(world.tickets, "SELECT count(*) FROM cohandlers WHERE ticket_id = $1",
                       t["id"]) == 2

    # the co-handling grid's worker reaches its part (not the ticket's other steps)
    other = world.worker(jx)
    part = f"/v1/tickets/{tid}/cohandlers/{grid_part['id']}"
    r = await client.post(f"{part}/sign", json={}, headers=other)
    assert r.status_code == 200 and r.json()["status"] == "signed"
    r = await client.post(f"{part}/sign", json={}, headers=other)
    assert r.status_code == 409 and "已签收" in r.json()["detail"]
    r = await client.post(f"/v1/tickets/{tid}/cohandlers/{dept_part['id']}/sign", json={},
                          headers=other)
    assert r.status_code == 404  # the department's part is the street's
    r = await client.post(f"{part}/resolve", json={"resolution": "已清理建西一侧"}, headers=other)
    assert r.status_code == 200 and r.json()["resolved_at"]

    worker = world.worker(yh)
    r = await client.post(f"/v1/tickets/{tid}/resolve", headers=worker,
                          json={"resolution": "已清理"})
    assert r.status_code == 409 and "协办单位未办结" in r.json()["detail"]
    r = await client.post(f"/v1/tickets/{tid}/cohandlers/{dept_part['id']}/resolve",
                          json={"resolution": "城管科已清理"}, headers=street)
    assert r.status_code == 200, r.text
    t = await world.step(tid, "resolve", {"resolution": "已清理"}, worker)
    assert t["status"] == "resolved"
    r = await client.get(f"/v1/tickets/{tid}", headers=street)
    assert [c["status"] for c in r.json()["cohandlers"]] == ["resolved", "resolved"]
    actions = [s["action"] for s in r.json()["timeline"]]
    assert actions[-5:] == ["cohandle", "cohandler_sign", "cohandler_resolve",
                            "cohandler_resolve", "resolve"]
    events = await events_on(world, "redgrid.tickets.cohandler.>", grid_part["id"], 3)
    assert [e.type.split(".")[-2] for e in events] == ["assigned", "signed", "resolved"]
    assert events[0].data["grid_id"] == str(jx.grid) and events[0].data["number"] == t["number"]


async def test_the_lead_may_resolve_without_its_cohandlers_and_names_them(world):
    yh = world.yuhong
    t = await handled_by_worker(world, yh, "楼道灯损坏")
    r = await world.tickets.client.post(
        f"/v1/tickets/{t['id']}/cohandlers", headers=world.street_admin(),
        json={"cohandlers": [{"department": "住建科"}]})
    assert r.status_code == 201, r.text
    await world.step(t["id"], "resolve", {"resolution": "已修复", "without_cohandlers": True},
                     world.worker(yh))
    steps = await timeline(world, t["id"], world.street_admin())
    assert steps[-1]["data"]["cohandlers_open"][0]["department"] == "住建科"


async def test_template_responses_are_kept_per_category_by_the_street(world):
    client, street = world.tickets.client, world.street_admin()
    body = {"street_id": str(world.street), "category": "road_repair", "title": "方砖已修复",
            "body": "您反映的方砖松动问题已修复，感谢监督。"}
    r = await client.post("/v1/reply-templates", json=body, headers=street)
    assert r.status_code == 201, r.text
    kept = r.json()
    r = await client.post("/v1/reply-templates", json=body, headers=street)
    assert r.status_code == 409 and "已有" in r.json()["detail"]
    r = await client.post("/v1/reply-templates", json={**body, "category": "nope"},
                          headers=street)
    assert r.status_code == 422
    r = await client.post("/v1/reply-templates", json=body, headers=world.admin(world.yuhong))
    assert r.status_code == 403
    await client.post("/v1/reply-templates", headers=street, json={
        **body, "category": "environment", "title": "垃圾已清运", "body": "已清运"})
    worker = world.worker(world.yuhong)
    r = await client.get("/v1/reply-templates", params={"category": "road_repair"},
                         headers=worker)
    assert [x["title"] for x in r.json()] == ["方砖已修复"]
    r = await client.get("/v1/reply-templates", headers=world.as_("resident"))
    assert r.status_code == 403
    r = await client.patch(f"/v1/reply-templates/{kept['id']}", headers=street,
                           json={"body": "已修复，欢迎继续监督。"})
    assert r.json()["body"] == "已修复，欢迎继续监督。" and r.json()["title"] == "方砖已修复"
    r = await client.delete(f"/v1/reply-templates/{kept['id']}", headers=street)
    assert r.status_code == 204
    r = await client.get("/v1/reply-templates", params={"category": "road_repair"},
                         headers=worker)
    assert r.json() == []


async def test_a_12345_order_gets_its_reply_back_as_an_event(world):
    yh, system = world.yuhong, world.system()
    office = world.admin(yh)
    t = await world.file({"channel": "12345", "external_ref": "DF202609280101",
                          "appeal_kind": "complaint", "category": "environment",
                          "title": "垃圾清运不及时", "grid_id": str(yh.grid), "accept": True},
                         system)
    await world.step(t["id"], "dispatch", {}, office)
    await world.step(t["id"], "sign", {}, world.worker(yh))
    await world.step(t["id"], "resolve", {"resolution": "已联系物业清运，电话13812345678"},
                     world.worker(yh))
    await world.step(t["id"], "publish", {"response": "已清运，如有问题请致电13812345678"},
                     office)
    steps = await timeline(world, t["id"], office)
    assert steps[-1]["data"]["response"] == "已清运，如有问题请致电13812345678"
    (reply,) = await events_on(world, "redgrid.tickets.ticket.replied", t["id"], 1)
    assert reply.type == "redgrid.tickets.ticket.replied.v1"
    d = reply.data
    assert (d["external_ref"], d["number"], d["outcome"]) == ("DF202609280101", t["number"],
                                                              "resolved")
    assert "13812345678" not in d["reply"] and d["reply"].startswith("已清运")
    assert "13812345678" not in d["resolution"]
    # a matter of no 12345 order gets no 回单
    other = await handled_by_worker(world, yh, "路面坑洼")
    await world.step(other["id"], "resolve", {"resolution": "已修补"}, world.worker(yh))
    await world.step(other["id"], "publish", {"response": "已修补"}, office)
    rejected = await world.file({"channel": "12345", "external_ref": "DF202609280102",
                                 "appeal_kind": "consultation", "category": "environment",
                                 "title": "咨询政策", "grid_id": str(yh.grid)}, system)
    await world.step(rejected["id"], "reject", {"reason": "不属受理范围"}, office)
    (reply,) = await events_on(world, "redgrid.tickets.ticket.replied", rejected["id"], 1)
    assert reply.data["outcome"] == "rejected" and reply.data["reply"] == "不属受理范围"
    msgs = await stream_messages(world.tickets.reader_url, "REDGRID_TICKETS",
                                 "redgrid.tickets.ticket.replied")
    assert other["id"] not in {CloudEvent.from_bytes(m.data).subject for m in msgs}


async def test_a_12345_refiling_with_other_content_is_noted_as_a_conflict(world):
    body = {"channel": "12345", "external_ref": "DF202609280201", "appeal_kind": "complaint",
            "category": "environment", "title": "噪音扰民", "community_id": str(world.jianxi.id)}
    first = await world.file(body, world.system())
    again = await world.file(body, world.system(), status=200)  # the same: nothing noted
    assert again["id"] == first["id"]
    changed = await world.file({**body, "title": "夜间施工噪音", "description": "电话13812345678"},
                               world.system(), status=200)
    assert changed["id"] == first["id"] and changed["title"] == "噪音扰民"
    steps = await timeline(world, first["id"], world.admin(world.jianxi))
    conflicts = [s for s in steps if s["action"] == "conflict"]
    assert len(conflicts) == 1
    assert conflicts[0]["data"]["changed"] == ["title", "description"]
    assert "标题、描述" in conflicts[0]["note"]
    assert "13812345678" not in conflicts[0]["data"]["description"]


async def test_a_catalogue_row_takes_effect_at_its_valid_from_to_the_second(world):
    client, street = world.tickets.client, world.street_admin()
    now = world.clock.now()
    starts = now.replace(microsecond=0) + timedelta(seconds=30)
    r = await client.post("/v1/catalogue", headers=street, json={
        "category": "traffic", "street_id": str(world.street), "level": "street",
        "limit_hours": 5, "emergency": True, "valid_from": starts.isoformat()})
    assert r.status_code == 201, r.text
    world.clock.set(starts + timedelta(seconds=1))  # in the same whole minute, or not
    try:
        t = await world.file({"appeal_kind": "help", "category": "traffic", "title": "信号灯故障",
                              "grid_id": str(world.yuhong.grid), "accept": True},
                             world.admin(world.yuhong))
        r = await client.get("/v1/catalogue", params={"street_id": str(world.street)},
                             headers=street)
        listed = next(e for e in r.json() if e["category"] == "traffic")
        assert listed["limit_hours"] == 5
        due = datetime.fromisoformat(t["due_at"]) - datetime.fromisoformat(t["accepted_at"])
        assert due == timedelta(hours=5) and t["emergency"] is True
    finally:
        world.clock.set(now)


async def test_the_mediator_and_the_office_read_the_parties_contacts_each_read_logged(world):
    jx, client = world.jianxi, world.tickets.client
    office = world.admin(jx)
    t = await world.file({"channel": "letters_visits", "appeal_kind": "help",
                          "category": "neighbour_dispute", "title": "楼上漏水",
                          "grid_id": str(jx.grid), "accept": True}, office)
    tid = t["id"]
    r = await client.put(f"/v1/tickets/{tid}/mediation/parties", headers=office, json={
        "parties": [{"role": "applicant", "name": "赵敏", "phone": "13700001234"},
                    {"role": "respondent", "name": "钱进", "phone": "13900005678"}]})
    assert r.status_code == 200, r.text
    worker = world.worker(jx)
    r = await client.get(f"/v1/tickets/{tid}/mediation/parties", headers=worker)
    assert r.json()[0]["phone"] == "137****1234"  # not (yet) the mediator
    r = await client.get(f"/v1/tickets/{tid}/mediation/parties", headers=office)
    assert r.json()[0] == {"role": "applicant", "name": "赵敏", "phone": "13700001234",
                           "person_id": None}
    r = await client.post(f"/v1/tickets/{tid}/mediation/sessions", headers=office, json={
        "held_at": "2026-09-28T15:00:00+08:00", "mediator_ids": [str(jx.worker)]})
    assert r.status_code == 201, r.text
    r = await client.get(f"/v1/tickets/{tid}/mediation/parties", headers=worker)
    assert r.json()[1]["phone"] == "13900005678"
    r = await client.get(f"/v1/tickets/{tid}/reporter/reads", headers=office)
    assert [x["subject"] for x in r.json()] == ["parties", "parties"]
    other = await world.file({"appeal_kind": "help", "category": "environment", "title": "x",
                              "grid_id": str(jx.grid)}, office)
    r = await client.get(f"/v1/tickets/{other['id']}/mediation/parties", headers=office)
    assert r.status_code == 409 and "不是矛盾纠纷调解" in r.json()["detail"]
