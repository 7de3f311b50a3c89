"""The workflow end to end over HTTP, its events on NATS, custody, 409s, bounce, merge, reopen,
re-collection, mediation and 六上门 visits."""

from __future__ import annotations

from uuid import UUID

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, stream_messages

from .conftest import count

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def events_of(world, ticket_id: str, n: int) -> list[CloudEvent]:
    async def arrived():
        msgs = await stream_messages(world.tickets.reader_url, "REDGRID_TICKETS",
                                     "redgrid.tickets.ticket.>")
        mine = [CloudEvent.from_bytes(m.data) for m in msgs]
        mine = [e for e in mine if e.subject == ticket_id]
        return mine if len(mine) >= n else None

    return await eventually(arrived, timeout=15, interval=0.2)


async def test_the_whole_workflow_end_to_end(world):
    yh = world.yuhong
    office = world.admin(yh)
    t = await world.file({
        "channel": "window", "appeal_kind": "help", "category": "environment",
        "title": "小区垃圾清运不及时", "description": "王大妈反映,电话13812345678",
        "location": {"lat": 33.2001, "lng": 120.4601}, "address": "育红路12号3栋2单元401室",
        "reporter": {"name": "王秀英", "phone": "13812345678",
                     "address": "育红路12号3栋2单元401室"},
        "attachments": [{"name": "photo.jpg", "content_type": "image/jpeg", "size": 2048}],
    }, office)
    tid = t["id"]
    assert t["status"] == "received" and t["grid_id"] == str(yh.grid)
    t = await world.step(tid, "accept", {}, office)
    assert t["status"] == "accepted" and t["due_at"] and t["first_due_at"] == t["due_at"]
    t = await world.step(tid, "dispatch", {}, office)  # the catalogue says: its grid
    assert (t["status"], t["level"], t["assignee_id"]) == ("dispatched", "grid", str(yh.worker))
    # another grid worker may not take the holder's steps
    await world.step(tid, "sign", {}, world.as_("grid_worker", yh.branch), status=403)
    worker = world.worker(yh)
    t = await world.step(tid, "sign", {}, worker)
    t = await world.step(tid, "start", {"note": "已联系物业"}, worker)
    t = await world.step(tid, "resolve", {"resolution": "物业已清运, 增加清运频次"}, worker)
    assert t["status"] == "resolved" and t["resolved_at"]
    t = await world.step(tid, "publish", {"response": "已督促物业每日清运", "public": True}, office)
    t = await world.step(tid, "follow-up", {"rating": 5, "comment": "满意"}, office)
    assert (t["status"], t["rating"]) == ("followed_up", 5)
    t = await world.step(tid, "close", {}, office)
    assert t["status"] == "closed"

    verbs = ["received", "accepted", "dispatched", "signed", "started", "resolved", "published",
             "followed_up", "closed"]
    events = await events_of(world, tid, len(verbs))
    assert [e.type for e in events] == [f"redgrid.tickets.ticket.{v}.v1" for v in verbs]
    assert [e.data["version"] for e in events] == list(range(1, len(verbs) + 1))
    assert [e.data["status"] for e in events][-1] == "closed"
    for e in events:  # no personal data in any event
        raw = e.model_dump_json()
        # ("401室", not "401": ids and timestamps may hold the digits 401 by chance)
        assert "13812345678" not in raw and "王秀英" not in raw and "401室" not in raw, raw
        assert e.data["number"] == t["number"]
        assert set(e.data) >= {"id", "number", "version", "status", "channel", "appeal_kind",
                               "category", "title", "grid_id", "community_id", "street_id",
                               "org_id", "org_path", "level", "department", "assignee_id",
                               "reporter_person_id", "due_at", "escalation_level",
                               "external_ref", "location", "occurred_at", "updated_at", "step"}
    assert events[2].data["org_path"][-1] == str(yh.branch)

    r = await world.tickets.client.get(f"/v1/tickets/{tid}", headers=office)
    file = r.json()
    assert [s["action"] for s in file["timeline"]] == [
        "receive", "accept", "dispatch", "sign", "start", "resolve", "publish", "follow_up",
        "close"]
    assert [c["reason"] for c in file["custody"]] == ["intake", "dispatch", "sign"]
    assert all(c["to_at"] for c in file["custody"])  # the clock stopped at resolution
    assert file["attachments"][0]["name"] == "photo.jpg"
    assert file["ticket"]["reporter"]["phone"] == "138****5678"
    # the office holding the file reads the description in full; another office's worker no
    seen = (await world.tickets.client.get(f"/v1/tickets/{tid}",
                                           headers=world.as_("branch_secretary", yh.branch)))
    assert "13812345678" not in seen.text and "138****5678" in seen.json()["ticket"]["description"]


async def test_an_illegal_step_is_a_409_and_changes_nothing(world):
    office = world.admin(world.yuhong)
    t = await world.file({"appeal_kind": "help", "category": "environment", "title": "路面破损",
                          "community_id": str(world.yuhong.id)}, office)
    before = await count(world.tickets, "SELECT count(*) FROM outbox")
    r = await world.tickets.client.post(f"/v1/tickets/{t['id']}/resolve", headers=office,
                                        json={"resolution": "done"})
    assert r.status_code == 409
    problem = r.json()
    assert r.headers["content-type"] == "application/problem+json"
    assert problem["type"].endswith("/invalid-transition")
    assert problem["status"] == 409 and "accept" in problem["allowed"]
    assert problem["detail"] == "该工单待受理，不能办结；此状态下可进行：受理、不予受理、并案"
    r = await world.tickets.client.post(f"/v1/tickets/{t['id']}/resolve",
                                        headers=office | {"Accept-Language": "en"},
                                        json={"resolution": "done"})
    assert r.json()["detail"] == "a ticket that is received cannot be resolved"
    assert r.json()["allowed"] == problem["allowed"]  # the members stay whatever the language
    assert await count(world.tickets, "SELECT count(*) FROM outbox") == before
    r = await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=office)
    assert r.json()["ticket"]["version"] == 1 and r.json()["ticket"]["status"] == "received"


async def test_a_bounce_goes_back_to_the_dispatcher_and_keeps_the_clock(world):
    yh = world.yuhong
    office = world.admin(yh)
    t = await world.file({"appeal_kind": "complaint", "category": "environment",
                          "title": "楼道小广告", "grid_id": str(yh.grid), "accept": True}, office)
    due = t["due_at"]
    # the office takes it into its own queue, then sends it to the grid
    t = await world.step(t["id"], "dispatch", {"level": "community"}, office)
    await world.step(t["id"], "dispatch", {"grid_id": str(yh.grid)}, office, status=409)
    t = await world.step(t["id"], "sign", {}, office)
    t = await world.step(t["id"], "bounce", {"reason": "属于社区层面"}, office)
    r = await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=office)
    t = r.json()["ticket"]
    assert t["status"] == "bounced" and t["due_at"] == due
    assert (t["level"], t["org_id"]) == ("community", str(yh.id))  # the office that sent it
    t = await world.step(t["id"], "dispatch", {"grid_id": str(yh.grid)}, office)
    assert t["assignee_id"] == str(yh.worker) and t["due_at"] == due
    await world.step(t["id"], "bounce", {}, world.worker(yh), status=422)  # a reason is needed
    t = await world.step(t["id"], "bounce", {"reason": "不属于本网格"}, world.worker(yh))
    assert (t["status"], t["level"], t["org_id"]) == ("bounced", "community", str(yh.id))
    assert t["due_at"] == due  # a bounce-back does not reset the clock
    events = await events_of(world, t["id"], 7)
    assert events[-1].type == "redgrid.tickets.ticket.bounced.v1"
    assert events[-1].data["step"]["reason"] == "不属于本网格"


async def test_merged_reporters_each_get_the_reply_and_a_follow_up(world):
    yh = world.yuhong
    office = world.admin(yh)
    a = await world.file({"appeal_kind": "complaint", "category": "utilities", "title": "停水",
                          "grid_id": str(yh.grid), "accept": True,
                          "reporter": {"name": "张三", "phone": "13900001111"}}, office)
    b = await world.file({"appeal_kind": "complaint", "category": "utilities", "title": "又停水",
                          "grid_id": str(yh.grid), "accept": True,
                          "reporter": {"name": "李四", "phone": "13900002222"}}, office)
    b = await world.step(b["id"], "merge", {"into_id": a["id"], "reason": "同一停水事件"}, office)
    assert b["status"] == "merged" and b["merged_into_id"] == a["id"]
    await world.step(b["id"], "follow-up", {"rating": 4}, office, status=409)  # no reply yet
    await world.step(a["id"], "dispatch", {"level": "community"}, office)
    await world.step(a["id"], "sign", {}, office)
    await world.step(a["id"], "resolve", {"resolution": "管道已修复"}, office)
    await world.step(a["id"], "publish", {"response": "供水已恢复", "public": False}, office)
    r = await world.tickets.client.get(f"/v1/tickets/{b['id']}", headers=office)
    child = r.json()["ticket"]
    assert child["response"] == "供水已恢复" and child["status"] == "merged"
    events = await events_of(world, b["id"], 4)
    assert events[-1].type == "redgrid.tickets.ticket.published.v1"
    assert events[-1].data["status"] == "merged"
    b = await world.step(b["id"], "follow-up", {"rating": 2, "comment": "太慢"}, office)
    a = await world.step(a["id"], "follow-up", {"rating": 5}, office)
    assert (a["rating"], b["rating"]) == (5, 2)
    await world.step(b["id"], "close", {}, office)


async def test_reopen_and_recollect_make_linked_tickets(world):
    yh = world.yuhong
    office = world.admin(yh)
    resident = UUID(int=0xA11CE)
    t = await world.file({"appeal_kind": "help", "category": "environment", "title": "绿化带缺损",
                          "grid_id": str(yh.grid)}, world.as_("resident", person=resident))
    await world.step(t["id"], "accept", {}, office)
    await world.step(t["id"], "dispatch", {"level": "community"}, office)
    await world.step(t["id"], "sign", {}, office)
    await world.step(t["id"], "resolve", {"resolution": "补种"}, office)
    await world.step(t["id"], "reopen", {"reason": "x"}, world.as_("resident", person=resident),
                     status=409)  # not before the response
    await world.step(t["id"], "publish", {"response": "已补种"}, office)
    mine = world.as_("resident", person=resident)
    await world.step(t["id"], "follow-up", {"rating": 1, "comment": "又枯死了"}, mine)
    again = await world.step(t["id"], "reopen", {"reason": "补种的又枯死了"}, mine)
    assert again["follows_id"] == t["id"] and again["id"] != t["id"]
    assert again["status"] == "received" and again["reporter_person_id"] == str(resident)
    more = await world.step(t["id"], "recollect", {
        "category": "service_need", "appeal_kind": "suggestion", "title": "希望增设健身器材"},
        office)
    assert more["follows_id"] == t["id"] and more["status"] == "accepted"
    assert (await events_of(world, again["id"], 1))[0].type == \
        "redgrid.tickets.ticket.reopened.v1"
    assert (await events_of(world, more["id"], 1))[0].type == \
        "redgrid.tickets.ticket.recollected.v1"
    r = await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=office)
    links = {(x["relation"], x["id"]) for x in r.json()["linked"]}
    assert {("follow_up", again["id"]), ("follow_up", more["id"])} <= links
    # residents see their own tickets (the re-collected one is theirs too) and nobody else's
    r = await world.tickets.client.get("/v1/tickets?limit=200", headers=mine)
    assert {x["id"] for x in r.json()["items"]} == {t["id"], again["id"], more["id"]}
    r = await world.tickets.client.get(f"/v1/tickets/{more['id']}",
                                       headers=world.as_("resident"))
    assert r.status_code == 404


async def test_a_mediation_has_parties_sessions_and_an_outcome(world):
    jx = world.jianxi
    office = world.admin(jx)
    t = await world.file({"channel": "letters_visits", "appeal_kind": "help",
                          "category": "neighbour_dispute", "title": "楼上漏水引发邻里纠纷",
                          "grid_id": str(jx.grid), "accept": True}, office)
    assert t["kind"] == "mediation"
    tid = t["id"]
    await world.step(tid, "dispatch", {}, office)
    worker = world.worker(jx)
    await world.step(tid, "sign", {}, worker)
    r = await world.tickets.client.put(f"/v1/tickets/{tid}/mediation/parties", headers=worker,
                                       json={"parties": [
                                           {"role": "applicant", "name": "赵敏",
                                            "phone": "13700001234"},
                                           {"role": "respondent", "name": "钱进"}]})
    assert r.status_code == 200, r.text
    assert r.json()["parties"][0]["name"] == "赵*"
    assert r.json()["parties"][0]["phone"] == "137****1234"
    await world.step(tid, "resolve", {"resolution": "x"}, worker, status=409)  # no outcome yet
    r = await world.tickets.client.put(f"/v1/tickets/{tid}/mediation/outcome", headers=worker,
                                       json={"outcome": "agreed"})
    assert r.status_code == 409  # no session held yet
    r = await world.tickets.client.post(f"/v1/tickets/{tid}/mediation/sessions", headers=worker,
                                        json={"held_at": "2026-09-28T15:00:00+08:00",
                                              "place": "建西社区调解室",
                                              "mediator_ids": [str(jx.worker)]})
    assert r.status_code == 201, r.text
    r = await world.tickets.client.put(f"/v1/tickets/{tid}/mediation/outcome", headers=worker,
                                       json={"outcome": "agreed", "agreement": "楼上承担维修费"})
    assert r.json()["outcome"] == "agreed" and len(r.json()["sessions"]) == 1
    await world.step(tid, "resolve", {"resolution": "达成调解协议"}, worker)
    r = await world.tickets.client.get(f"/v1/tickets/{tid}", headers=office)
    assert r.json()["mediation"]["agreement"] == "楼上承担维修费"
    t = await world.file({"appeal_kind": "help", "category": "environment", "title": "x",
                          "grid_id": str(jx.grid), "accept": True}, office)
    r = await world.tickets.client.post(f"/v1/tickets/{t['id']}/mediation/sessions",
                                        headers=office, json={"held_at": "2026-09-28T15:00:00Z"})
    assert r.status_code == 409  # not a mediation


async def test_door_to_door_visits_are_logged_and_spawn_tickets(world):
    jx = world.jianxi
    worker = world.worker(jx)
    r = await world.tickets.client.post("/v1/visits", headers=worker, json={
        "kind": "problem", "grid_id": str(jx.grid), "household": "建西路8号2栋101室",
        "visited_at": "2026-09-28T10:00:00+08:00", "note": "独居老人",
        "findings": [{"category": "service_need", "title": "需要上门助餐"},
                     {"category": "utilities", "title": "燃气灶老化", "appeal_kind": "help"}]})
    assert r.status_code == 201, r.text
    visit = r.json()
    assert visit["household"] == "建西路8号2栋" and len(visit["ticket_ids"]) == 2
    r = await world.tickets.client.get(f"/v1/tickets/{visit['ticket_ids'][0]}", headers=worker)
    t = r.json()["ticket"]
    assert (t["channel"], t["status"], t["visit_id"]) == ("door_visit", "accepted", visit["id"])
    r = await world.tickets.client.post("/v1/visits", headers=worker, json={
        "kind": "gossip", "grid_id": str(jx.grid), "visited_at": "2026-09-28T10:00:00+08:00"})
    assert r.status_code == 422
    r = await world.tickets.client.post("/v1/visits", headers=worker, json={
        "kind": "policy", "community_id": str(world.yuhong.id),
        "visited_at": "2026-09-28T10:00:00+08:00"})
    assert r.status_code == 404  # not the worker's community: as if it did not exist
    counts = (await world.tickets.client.get("/v1/visits/counts", headers=worker)).json()
    assert counts == {"problem": 1}
    listed = (await world.tickets.client.get("/v1/visits", headers=world.admin(world.yuhong)))
    assert visit["id"] not in {v["id"] for v in listed.json()["items"]}


async def test_a_visit_note_is_shown_in_full_to_its_author_only(world):
    """入户走访 13600001234: the worker who wrote it reads it as written; the community's
    office reads it with the phone masked."""
    jx = world.jianxi
    r = await world.tickets.client.post("/v1/visits", headers=world.worker(jx), json={
        "kind": "opinion", "grid_id": str(jx.grid), "visited_at": "2026-09-29T10:00:00+08:00",
        "note": "入户走访 13600001234，住3栋2单元401室"})
    assert r.status_code == 201 and r.json()["note"] == "入户走访 13600001234，住3栋2单元401室"

    def note_of(listed):
        return next(v["note"] for v in listed.json()["items"] if v["id"] == r.json()["id"])

    author = await world.tickets.client.get("/v1/visits", headers=world.worker(jx))
    assert note_of(author) == "入户走访 13600001234，住3栋2单元401室"
    office = await world.tickets.client.get("/v1/visits", headers=world.admin(jx))
    assert note_of(office) == "入户走访 136****1234，住3栋**"
