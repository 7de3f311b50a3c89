"""Co-building agreements, joint meetings whose resolutions are followed to done, candidates from
tickets and orders, and events that arrive out of order.

The tickets and matching services are built in parallel: their events are published here
through JetStream as docs/events.md documents the snapshots (World.publish).
"""

from __future__ import annotations

from uuid import UUID

import pytest

from redgrid.common.ids import uuid7
from redgrid.common.testing import eventually, stream_messages

pytestmark = pytest.mark.asyncio(loop_scope="session")


def ticket(w, ticket_id: UUID, version: int, status: str, community: UUID, **extra) -> dict:
    """A ticket snapshot as the tickets service documents it (no personal data in it)."""
    path = [str(w.street), str(community)]
    return {"id": str(ticket_id), "number": f"DZ-2026-{version:06d}", "version": version,
            "status": status, "channel": "hotline_12345", "appeal_kind": "help",
            "category": "road_repair", "title": "双井巷地砖松动", "grid_id": None,
            "community_id": str(community), "street_id": str(w.street), "org_id": str(community),
            "org_path": path, "level": "community", "department": None, "assignee_id": None,
            "reporter_person_id": None, "due_at": None, "escalation_level": 0,
            "external_ref": "12345-0001", "location": None, "occurred_at": None,
            "updated_at": "2026-03-02T09:00:00+00:00", "step": {"by": None, "reason": None,
                                                                 "note": None}, **extra}


def order(w, order_id: UUID, version: int, status: str, community: UUID) -> dict:
    return {"id": str(order_id), "version": version, "status": status,
            "service_type": "elderly_care", "title": "独居老人陪同就医", "urgency": "normal",
            "community_id": str(community), "grid_id": None,
            "org_path": [str(w.street), str(community)], "resident_person_id": str(uuid7()),
            "assignee_person_id": None, "assignee_team_id": None, "branch_id": None,
            "window_start": None, "window_end": None, "source_ticket_id": None, "rating": None,
            "hours": None, "updated_at": "2026-03-02T09:00:00+00:00", "step": {}}


async def source_status(w, kind: str, source_id: UUID) -> str | None:
    return await w.count("SELECT status FROM sources WHERE kind = $1 AND id = $2", kind,
                         source_id)


async def test_an_agreement_lets_a_unit_serve_another_community(world):
    w = world
    jianxi = w.communities[1]
    admin = w.admin(jianxi)
    college = w.units["江苏工程学院"]
    need = await w.post("/v1/needs", {"title": "四点半课堂辅导", "community_id": str(jianxi),
                                      "quantity": 2}, admin)
    path = f"/v1/needs/{need['id']}/claims"
    r = await w.lists.client.post(path, json={"quantity": 1}, headers=w.unit(college))
    assert r.status_code == 403
    agreement = await w.post("/v1/agreements", {
        "unit_id": str(college), "community_id": str(jianxi), "title": "党建共建协议",
        "terms": "每月开展一次共建活动", "signed_on": "2026-03-01",
        "valid_until": "2027-02-28"}, admin)
    assert (agreement["status"], agreement["unit_name"]) == ("active", "江苏工程学院")
    r = await w.lists.client.post("/v1/agreements", headers=admin, json={
        "unit_id": str(college), "community_id": str(jianxi), "title": "again",
        "signed_on": "2026-03-02"})
    assert r.status_code == 409
    await w.post(path, {"quantity": 1}, w.unit(college))
    mine = await w.get("/v1/agreements", w.unit(college))
    assert [a["id"] for a in mine["items"]] == [agreement["id"]]
    await w.post(f"/v1/agreements/{agreement['id']}/end", None, admin, 200)
    r = await w.lists.client.post(path, json={"quantity": 1}, headers=w.unit("大中派出所"))
    assert r.status_code == 403


async def test_meeting_resolutions_are_followed_until_done(world):
    w = world
    yuhong = w.communities[0]
    admin = w.admin(yuhong)
    clinic, police = w.units["大中社区卫生服务中心"], w.units["大中派出所"]
    meeting = await w.post("/v1/meetings", {
        "community_id": str(yuhong), "title": "育红社区第三季度党建联席会议",
        "held_at": "2026-03-02T14:00:00+08:00", "place": "育红社区党群服务中心",
        "attendees": [{"kind": "community"}, {"kind": "unit", "unit_id": str(clinic)},
                      {"kind": "unit", "unit_id": str(police)},
                      {"kind": "owners_committee", "name": "育红小区业委会"},
                      {"kind": "property_company", "name": "兴元物业服务有限公司"}],
        "agenda": ["小区停车难", "独居老人助医", "电动车飞线充电"],
        "resolutions": [{"text": "为独居老人每月组织一次上门义诊"},
                        {"text": "修复双井巷松动地砖"},
                        {"text": "派出所牵头排查飞线充电", "due_on": "2026-03-31"},
                        {"text": "开展'红色物业'共建项目"}]}, admin)
    assert set(meeting["unit_ids"]) == {str(clinic), str(police)}
    care, paving, wiring, estate = meeting["resolutions"]
    assert all(r["status"] == "open" for r in meeting["resolutions"])

    # 1. as a need: claimed, fulfilled, met -> the resolution is done
    followed = await w.post(f"/v1/resolutions/{care['id']}/follow", {
        "kind": "need", "need": {"quantity": 2, "unit_of_measure": "次"}}, admin, 200)
    assert (followed["status"], followed["follow_kind"]) == ("following", "need")
    need_id = followed["need_id"]
    need = await w.get(f"/v1/needs/{need_id}", admin)
    assert (need["resolution_id"], need["title"]) == (care["id"], care["text"])
    claim = await w.post(f"/v1/needs/{need_id}/claims", {"quantity": 2}, w.unit(clinic))
    await w.post(f"/v1/claims/{claim['id']}/confirm", None, admin, 200)
    assert (await w.get(f"/v1/resolutions/{care['id']}", admin))["status"] == "following"
    await w.post(f"/v1/claims/{claim['id']}/fulfil", None, admin, 200)
    done = await w.get(f"/v1/resolutions/{care['id']}", admin)
    assert done["status"] == "done" and done["done_at"]

    # 2. as a ticket, known through the tickets service's events
    ticket_id = uuid7()
    await w.applied(await w.publish("tickets", "ticket", "accepted",
                                    ticket(w, ticket_id, 2, "accepted", yuhong)))
    followed = await w.post(f"/v1/resolutions/{paving['id']}/follow",
                            {"kind": "ticket", "ticket_id": str(ticket_id)}, admin, 200)
    assert followed["status"] == "following"
    await w.publish("tickets", "ticket", "resolved", ticket(w, ticket_id, 5, "resolved", yuhong))

    async def paving_done():
        return (await w.get(f"/v1/resolutions/{paving['id']}", admin))["status"] == "done"

    await eventually(paving_done)
    await w.publish("tickets", "ticket", "reopened", ticket(w, ticket_id, 6, "reopened", yuhong))

    async def paving_again():
        return (await w.get(f"/v1/resolutions/{paving['id']}", admin))["status"] == "following"

    await eventually(paving_again)

    # 3. as a work item given to the police station, which marks it done itself
    r = await w.lists.client.post(f"/v1/resolutions/{wiring['id']}/done", headers=admin)
    assert r.status_code == 409  # not followed yet
    await w.post(f"/v1/resolutions/{wiring['id']}/follow", {
        "kind": "work_item", "assignee_unit_id": str(police)}, admin, 200)
    given = await w.get("/v1/resolutions", w.unit(police))
    assert [r["id"] for r in given["items"]] == [wiring["id"]]
    done = await w.post(f"/v1/resolutions/{wiring['id']}/done", {"reason": "排查37处,整改完毕"},
                        w.unit(police), 200)
    assert (done["status"], done["due_on"]) == ("done", "2026-03-31")
    r = await w.lists.client.post(f"/v1/resolutions/{wiring['id']}/follow", headers=admin,
                                  json={"kind": "work_item"})
    assert r.status_code == 409

    # 4. as a project: completed -> done; a cancelled one would drop it
    followed = await w.post(f"/v1/resolutions/{estate['id']}/follow", {
        "kind": "project", "project": {"title": "红色物业共建", "owner_org_id": str(yuhong),
                                       "partner_unit_ids": [str(police)]}}, admin, 200)
    project_id = followed["project_id"]
    for step in ("start", "complete"):
        await w.post(f"/v1/projects/{project_id}/{step}", None, admin, 200)
    assert (await w.get(f"/v1/resolutions/{estate['id']}", admin))["status"] == "done"

    tracked = await w.get("/v1/resolutions", admin, status="done")
    assert {care["id"], wiring["id"], estate["id"]} <= {r["id"] for r in tracked["items"]}
    figures = await w.get("/v1/figures", admin)
    assert figures["totals"]["meetings"] == 1 and figures["totals"]["resolutions_done"] == 3
    assert (await w.lists.client.get(f"/v1/meetings/{meeting['id']}",
                                     headers=w.admin(w.communities[1]))).status_code == 404
    assert (await w.get(f"/v1/meetings/{meeting['id']}", w.unit(police)))["id"] == meeting["id"]


async def test_tickets_and_orders_become_candidates_and_a_community_promotes_them(world):
    w = world
    yuhong, jianxi = w.communities
    admin = w.admin(yuhong)
    accepted, received, theirs, waiting, taken = (uuid7() for _ in range(5))
    await w.applied(
        await w.publish("tickets", "ticket", "accepted", ticket(w, accepted, 2, "accepted",
                                                                yuhong)),
        await w.publish("tickets", "ticket", "received", ticket(w, received, 1, "received",
                                                                yuhong)),
        await w.publish("tickets", "ticket", "accepted", ticket(w, theirs, 2, "accepted", jianxi)),
        await w.publish("matching", "order", "expired", order(w, waiting, 3, "expired", yuhong)),
        await w.publish("matching", "order", "accepted", order(w, taken, 4, "accepted", yuhong)),
    )

    listed = {c["id"] for c in (await w.get("/v1/candidates", admin, limit=200))["items"]}
    assert {str(accepted), str(waiting)} <= listed
    assert not {str(received), str(theirs), str(taken)} & listed
    need = await w.post(f"/v1/candidates/ticket/{accepted}/promote",
                        {"quantity": 20, "unit_of_measure": "平方米"}, admin)
    # a ticket's category is no word of the catalogue of service types: the need is 综合服务
    assert (need["source_kind"], need["source_id"], need["title"], need["category"]) == (
        "ticket", str(accepted), "双井巷地砖松动", "综合服务")
    r = await w.lists.client.post(f"/v1/candidates/ticket/{accepted}/promote", headers=admin,
                                  json={})
    assert r.status_code == 409
    r = await w.lists.client.post(f"/v1/candidates/order/{taken}/promote", headers=admin,
                                  json={})
    assert r.status_code == 409 and r.json()["type"].endswith("/invalid-transition")
    r = await w.lists.client.post(f"/v1/candidates/ticket/{theirs}/promote", headers=admin,
                                  json={})
    assert r.status_code == 404  # 建西's, outside 育红's scope
    from_order = await w.post(f"/v1/candidates/order/{waiting}/promote", {}, admin)
    assert from_order["category"] == "助老"  # an order from before the catalogue: its word
    listed = {c["id"] for c in (await w.get("/v1/candidates", admin, limit=200))["items"]}
    assert str(accepted) not in listed and str(waiting) not in listed
    columns = await w.count("SELECT string_agg(column_name, ',') FROM information_schema.columns"
                            " WHERE table_name = 'sources'")
    assert "resident" not in columns and "reporter" not in columns  # no personal data kept


async def test_events_out_of_order_leave_the_same_state(world):
    w = world
    yuhong = w.communities[0]
    late, early, unit_id = uuid7(), uuid7(), uuid7()
    base = {"id": str(unit_id), "kind": "enterprise", "org_id": str(w.street),
            "org_path": [str(w.street)]}
    sent = [
        # a ticket: closed (v5) arrives before accepted (v2)
        await w.publish("tickets", "ticket", "closed", ticket(w, late, 5, "closed", yuhong)),
        await w.publish("tickets", "ticket", "accepted",
                        ticket(w, late, 2, "accepted", yuhong, title="旧标题")),
        # an order: accepted (v4) before placed (v1)
        await w.publish("matching", "order", "accepted", order(w, early, 4, "accepted", yuhong)),
        await w.publish("matching", "order", "placed", order(w, early, 1, "placed", yuhong)),
        # a unit, on the registry's stream: updated (v3) before registered (v1)
        await w.publish("registry", "unit", "updated",
                        {**base, "name": "新名", "community_ids": [str(yuhong)], "version": 3}),
        await w.publish("registry", "unit", "registered",
                        {**base, "name": "旧名", "community_ids": [], "version": 1}),
    ]
    await w.applied(*sent)
    assert await source_status(w, "ticket", late) == "closed"
    assert await w.count("SELECT title FROM sources WHERE id = $1", late) == "双井巷地砖松动"
    assert await source_status(w, "order", early) == "accepted"
    assert await w.count("SELECT name || version FROM units WHERE id = $1", unit_id) == "新名3"
    candidates = {c["id"] for c in (await w.get("/v1/candidates", w.admin(yuhong),
                                                limit=200))["items"]}
    assert not {str(late), str(early)} & candidates
    # the unit's v3 snapshot serves 育红: it may claim there
    need = await w.post("/v1/needs", {"title": "x", "community_id": str(yuhong)},
                        w.admin(yuhong))
    await w.post(f"/v1/needs/{need['id']}/claims", {"quantity": 1}, w.unit(unit_id))
    # and the same events again (a redelivery, a replay) change nothing
    before = await w.count("SELECT count(*) FROM outbox")
    await w.publish("tickets", "ticket", "accepted", ticket(w, late, 2, "accepted", yuhong))
    again = await w.publish("registry", "unit", "registered",
                            {**base, "name": "旧名", "community_ids": [], "version": 1})
    await w.applied(again)
    assert await w.count("SELECT name FROM units WHERE id = $1", unit_id) == "新名"
    assert await source_status(w, "ticket", late) == "closed"
    assert await w.count("SELECT count(*) FROM outbox") == before


async def test_a_snapshot_missing_its_status_is_dead_lettered_not_retried(world):
    w = world
    broken = ticket(w, uuid7(), 1, "accepted", w.communities[0])
    del broken["status"]
    await w.publish("tickets", "ticket", "accepted", broken)

    async def dead_lettered():
        msgs = await stream_messages(w.lists.reader_url, "REDGRID_DLQ",
                                     "redgrid.dlq.lists-from-tickets")
        return [m for m in msgs if broken["id"] in m.data.decode()]

    (msg,) = await eventually(dead_lettered)
    assert msg.headers["Redgrid-Deliveries"] == "1" and "BadEvent" in msg.headers[
        "Redgrid-Reason"]
    assert await source_status(w, "ticket", UUID(broken["id"])) is None


async def test_a_move_in_the_registry_carries_the_lists_along(world):
    w = world
    jianxi = w.communities[1]
    need = await w.post("/v1/needs", {"title": "搬迁后可见", "community_id": str(jianxi)},
                        w.admin(jianxi))
    system = w.registry.auth("system")
    r = await w.registry.client.post("/v1/orgs", headers=system,
                                     json={"kind": "street", "name": "蕉北街道党工委"})
    other_street = r.json()["id"]
    r = await w.registry.client.post(f"/v1/orgs/{jianxi}/move", headers=system,
                                     json={"parent_id": other_street})
    assert r.status_code == 200, r.text

    async def moved():
        path = await w.count("SELECT org_path FROM needs WHERE id = $1", UUID(need["id"]))
        return path.startswith(f"/{UUID(other_street).hex}/")

    await eventually(moved)
    r = await w.lists.client.get(f"/v1/needs/{need['id']}", headers=w.street_admin())
    assert r.status_code == 404
    r = await w.lists.client.get(f"/v1/needs/{need['id']}",
                                 headers=w.lists.auth("street_admin", UUID(other_street)))
    assert r.status_code == 200
