"""An order through the five steps of the 五单制 over HTTP, with its events on NATS; what may not
follow what (409); who sees what (404 outside one's scope, addresses masked); bad input."""

from __future__ import annotations

from uuid import UUID, uuid4

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, stream_messages

from .conftest import call, known, window

pytestmark = pytest.mark.asyncio(loop_scope="session")

WEEKDAYS = [{"weekday": d, "start": "08:00", "end": "20:00"} for d in range(1, 8)]


async def people(street, *profiles) -> list[UUID]:
    ids = [await street.reg.person(**p) for p in profiles]
    await known(street.h, "SELECT count(*) FROM people WHERE id = ANY($1::uuid[])", ids,
                expect=len(ids))
    return ids


@pytest.fixture(scope="module")
async def cast(street):
    """A resident of grid 1, and party members: one fit for elderly care next door, one
    repairer, one far away."""
    resident, fit, repairer, far = await people(
        street,
        dict(home=street.yuhong, grid=street.grid, name="李秀英"),
        dict(home=street.yuhong, grid=street.grid, name="王建国", skills=["elderly_care"],
             availability=WEEKDAYS, member_of=street.branch),
        dict(home=street.yuhong, grid=street.grid2, name="张强", skills=["repairs"],
             availability=WEEKDAYS, member_of=street.branch),
        dict(home=street.jianxi, grid=street.far_grid, name="陈明", skills=["elderly_care"],
             member_of=street.jianxi),
    )
    return dict(resident=resident, fit=fit, repairer=repairer, far=far)


def order_body(**extra) -> dict:
    return {"service_type": "elderly_care", "title": "陪老人去医院复诊", "urgency": "high",
            "address": "育红路3号2栋401室", "description": "联系电话13812345678",
            **window(1, 9), **extra}


async def test_an_order_goes_through_the_five_steps(street, cast):
    h = street.h
    me = street.person(cast["resident"])
    order = await call(h, "POST", "/v1/orders", me, order_body(), expect=201)
    assert order["status"] == "placed" and order["grid_id"] == str(street.grid)
    assert (order["service_type"], order["needs"]) == ("助老", ["助老"])  # the catalogue's word
    assert order["address"] == "育红路3号2栋401室"  # the resident sees it in full
    oid = order["id"]

    handed = await call(h, "POST", f"/v1/orders/{oid}/hand-over", street.admin,
                        {"note": "已电话确认时间"})
    assert handed["status"] == "handed_over" and handed["branch_id"] == str(street.branch)
    assert handed["address"] == "育红路3号2栋" and "13812345678" not in handed["description"]

    ranked = await call(h, "GET", f"/v1/orders/{oid}/candidates", street.secretary)
    assert ranked[0]["id"] == str(cast["fit"])
    # said in Chinese with the catalogue's word (the old tag elderly_care is 助老 now)
    assert ranked[0]["parts"]["skills"]["why"] == "具备助老（所需 1 项中的 1 项）"
    assert ranked[0]["parts"]["nearness"]["why"] == "住在订单所在网格"
    assert ranked[0]["parts"]["skills"]["why_en"] == "has 助老 (1 of 1 needed)"
    assert ranked[0]["kind_label"] in ("党员", "居民党员", "在职党员", "离退休党员", "志愿者")
    assert ranked[0]["reason"].startswith(ranked[0]["kind_label"] + "：技能：具备助老")
    assert [c["score"] for c in ranked] == sorted((c["score"] for c in ranked), reverse=True)
    assert str(cast["resident"]) not in {c["id"] for c in ranked}  # not a member, not own order

    sent = await call(h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary,
                      {"person_id": str(cast["fit"])})
    assert sent["status"] == "dispatched" and sent["offer_expires_at"]
    member = street.person(cast["fit"], "party_member")
    mine = await call(h, "GET", "/v1/orders?mine=assigned", member)
    assert [o["id"] for o in mine["items"]] == [oid]
    assert mine["items"][0]["address"] == "育红路3号2栋"  # not before accepting

    taken = await call(h, "POST", f"/v1/orders/{oid}/accept", member)
    assert taken["status"] == "accepted" and taken["address"] == "育红路3号2栋401室"
    await call(h, "POST", f"/v1/orders/{oid}/start", member)
    street.clock.advance(hours=1)
    done = await call(h, "POST", f"/v1/orders/{oid}/complete", member, {"hours": 2})
    assert done["status"] == "completed" and float(done["hours"]) == 2
    rated = await call(h, "POST", f"/v1/orders/{oid}/rate", me, {"rating": 5, "comment": "很耐心"})
    assert rated["status"] == "rated" and rated["rating"] == 5

    file = await call(h, "GET", f"/v1/orders/{oid}/steps", me)
    assert [s["verb"] for s in file] == ["placed", "handed_over", "dispatched", "accepted",
                                         "started", "completed", "rated"]
    assert [s["version"] for s in file] == list(range(1, 8))
    ledger = await call(h, "GET", f"/v1/ledger?person_id={cast['fit']}", member)
    assert (float(ledger["hours"]), ledger["points"]) == (2.0, 25)  # 20 for 2 h, 5 for ★★★★★

    async def published():
        msgs = await stream_messages(h.reader_url, "REDGRID_MATCHING",
                                     "redgrid.matching.>")
        events = [CloudEvent.from_bytes(m.data) for m in msgs]
        mine = [e for e in events if e.subject == oid]
        return mine if len(mine) == 7 else None

    events = await eventually(published)
    assert [e.type for e in events] == [f"redgrid.matching.order.{v}.v1" for v in (
        "placed", "handed_over", "dispatched", "accepted", "started", "completed", "rated")]
    assert all(e.correlationid for e in events)  # each request's id travels on
    last = events[-1].data
    assert set(last) == {
        "id", "version", "status", "service_type", "title", "urgency", "community_id",
        "grid_id", "org_path", "resident_person_id", "assignee_person_id", "assignee_team_id",
        "branch_id", "window_start", "window_end", "source_ticket_id", "rating", "hours",
        "updated_at", "step"}
    assert (last["version"], last["status"], last["rating"], last["hours"]) == (7, "rated", 5, 2.0)
    assert last["org_path"] == [str(street.street), str(street.yuhong), str(street.branch)]
    assert last["assignee_person_id"] == str(cast["fit"])
    raw = b"".join(m.data for m in await stream_messages(
        h.reader_url, "REDGRID_MATCHING", "redgrid.matching.>"))
    for private in ("育红路3号", "13812345678", "李秀英", "王建国", "很耐心"):
        assert private.encode() not in raw


async def test_steps_out_of_order_are_409(street, cast):
    h = street.h
    me = street.person(cast["resident"])
    oid = (await call(h, "POST", "/v1/orders", me, order_body(**window(2, 9)), expect=201))["id"]
    for path, headers, body in [
        (f"/v1/orders/{oid}/dispatch", street.secretary, {"auto": True}),
        (f"/v1/orders/{oid}/complete", street.secretary, {"hours": 1}),
        (f"/v1/orders/{oid}/rate", me, {"rating": 4}),
    ]:
        r = await h.client.post(path, json=body, headers=headers)
        assert r.status_code == 409, (path, r.text)
        assert r.json()["type"].endswith("/invalid-transition")
    await call(h, "POST", f"/v1/orders/{oid}/hand-over", street.admin,
               {"urgency": None, "service_type": None})  # null: keep what the resident said
    r = await h.client.post(f"/v1/orders/{oid}/hand-over", json={}, headers=street.admin)
    assert r.status_code == 409
    await call(h, "POST", f"/v1/orders/{oid}/cancel", me, {"reason": "家人陪同了"})
    r = await h.client.post(f"/v1/orders/{oid}/dispatch", json={"auto": True},
                            headers=street.secretary)
    assert r.status_code == 409
    file = await call(h, "GET", f"/v1/orders/{oid}/steps", me)
    assert [s["verb"] for s in file] == ["placed", "handed_over", "cancelled"]


async def test_the_community_declines_with_a_reason(street, cast):
    h = street.h
    me = street.person(cast["resident"])
    oid = (await call(h, "POST", "/v1/orders", me, order_body(**window(3, 9)), expect=201))["id"]
    r = await h.client.post(f"/v1/orders/{oid}/decline", json={}, headers=street.admin)
    assert r.status_code == 422
    out = await call(h, "POST", f"/v1/orders/{oid}/decline", street.admin,
                     {"reason": "属于物业维修范围, 已转物业"})
    assert out["status"] == "declined"
    file = await call(h, "GET", f"/v1/orders/{oid}/steps", me)
    assert file[-1]["reason"] == "属于物业维修范围, 已转物业"


async def test_nobody_sees_or_touches_what_is_outside_their_scope(street, cast):
    h = street.h
    me = street.person(cast["resident"])
    oid = (await call(h, "POST", "/v1/orders", me, order_body(**window(4, 9)), expect=201))["id"]
    outsiders = [street.staff("community_admin", street.jianxi),
                 street.person(uuid4()), street.person(cast["far"], "party_member")]
    for who in outsiders:
        for path in (f"/v1/orders/{oid}", f"/v1/orders/{oid}/steps"):
            r = await h.client.get(path, headers=who)
            assert r.status_code == 404, (path, r.text)
            assert r.headers["content-type"] == "application/problem+json"
    r = await h.client.post(f"/v1/orders/{oid}/hand-over", json={},
                            headers=street.staff("community_admin", street.jianxi))
    assert r.status_code == 404
    r = await h.client.post(f"/v1/orders/{oid}/hand-over", json={}, headers=street.secretary)
    assert r.status_code == 403  # a branch secretary dispatches; the community reviews
    theirs = await call(h, "GET", "/v1/orders?limit=200",
                        street.staff("community_admin", street.jianxi))
    assert oid not in {o["id"] for o in theirs["items"]}
    ours = await call(h, "GET", "/v1/orders?limit=200", street.admin)
    assert oid in {o["id"] for o in ours["items"]}
    assert all(o["address"] in (None, "育红路3号2栋") for o in ours["items"])
    other = await call(h, "GET", "/v1/orders?mine=placed", street.person(uuid4()))
    assert other["items"] == []
    r = await h.client.get("/v1/orders", headers=street.person(uuid4()))
    assert r.status_code == 403
    r = await h.client.post("/v1/orders", headers=me,
                            json=order_body(resident_person_id=str(cast["far"])))
    assert r.status_code == 403  # residents order for themselves


async def counts(h) -> tuple[int, int]:
    async with h.runtime.pool.acquire() as conn:
        return (await conn.fetchval("SELECT count(*) FROM orders"),
                await conn.fetchval("SELECT count(*) FROM outbox"))


@pytest.mark.parametrize("body", [
    order_body(**window(1, 9, hours=13)),
    order_body(window_start="2026-05-05T11:00:00+08:00", window_end="2026-05-05T10:00:00+08:00"),
    order_body(window_start="2026-05-05T09:00:00", window_end="2026-05-05T10:00:00"),
    order_body(**window(-1, 9)),
    order_body(urgency="whenever"),
    order_body(service_type="Elderly Care!"),
    order_body(title="x" * 101),
    order_body(grid_id="not-a-grid"),
    order_body(grid_id=str(uuid4())),
    order_body(assignee_person_id=str(uuid4())),
    {"title": "no type"},
])
async def test_bad_input_is_a_problem_and_changes_nothing(street, cast, body):
    h = street.h
    before = await counts(h)
    r = await h.client.post("/v1/orders", json=body, headers=street.person(cast["resident"]))
    assert r.status_code == 422, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert await counts(h) == before


async def test_a_place_finds_its_grid_and_unknown_places_are_refused(street, cast):
    h = street.h
    me = street.person(cast["resident"])
    by_point = await call(h, "POST", "/v1/orders", me, {
        **order_body(**window(5, 9)), "address": None, "lat": 33.2001, "lng": 120.4672},
        expect=201)
    assert by_point["grid_id"] == str(street.grid2)
    by_address = await call(h, "POST", "/v1/orders", me, {
        **order_body(**window(5, 12)), "address": "JX-01路8号"}, expect=201)
    assert by_address["grid_id"] == str(street.far_grid)
    assert by_address["community_id"] == str(street.jianxi)
    stranger = street.person(uuid4())
    r = await h.client.post("/v1/orders", headers=stranger,
                            json={**order_body(), "address": "月球"})
    assert r.status_code == 422


async def test_staff_place_reassign_complete_and_record_the_rating(street, cast):
    """A grid worker places an order for a resident without an account (a phone call); the
    branch moves it from one member to another after acceptance; the branch records it done and
    the community records the rating from its follow-up call (回访)."""
    h = street.h
    worker = street.staff("grid_worker", street.branch)
    placed = await call(h, "POST", "/v1/orders", worker, {
        **order_body(**window(6, 9)), "grid_id": str(street.grid)}, expect=201)
    oid = placed["id"]
    assert placed["resident_person_id"] is None
    await call(h, "POST", f"/v1/orders/{oid}/hand-over", street.admin, {})
    await call(h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary,
               {"person_id": str(cast["repairer"])})
    await call(h, "POST", f"/v1/orders/{oid}/accept", street.person(cast["repairer"]))
    r = await h.client.post(f"/v1/orders/{oid}/reassign", headers=street.secretary,
                            json={"person_id": str(cast["fit"])})
    assert r.status_code == 422  # a reassignment says why
    moved = await call(h, "POST", f"/v1/orders/{oid}/reassign", street.secretary,
                       {"person_id": str(cast["fit"]), "reason": "需要懂护理的党员"})
    assert moved["status"] == "dispatched" and moved["assignee_person_id"] == str(cast["fit"])
    async with h.runtime.pool.acquire() as conn:
        assert await conn.fetchval(
            "SELECT count(*) FROM bookings WHERE order_id = $1 AND active", UUID(oid)) == 0
    r = await h.client.post(f"/v1/orders/{oid}/start", headers=street.person(cast["repairer"]))
    assert r.status_code == 404  # no longer theirs
    await call(h, "POST", f"/v1/orders/{oid}/accept", street.person(cast["fit"]))
    await call(h, "POST", f"/v1/orders/{oid}/complete", street.secretary, {"hours": 1})
    r = await h.client.post(f"/v1/orders/{oid}/rate", headers=worker, json={"rating": 4})
    assert r.status_code == 403  # a grid worker does not record the community's follow-up
    rated = await call(h, "POST", f"/v1/orders/{oid}/rate", street.admin, {"rating": 4})
    assert rated["rating"] == 4
    file = await call(h, "GET", f"/v1/orders/{oid}/steps", street.admin)
    assert [s["verb"] for s in file] == ["placed", "handed_over", "dispatched", "accepted",
                                         "reassigned", "accepted", "completed", "rated"]
    assert file[4]["reason"] == "需要懂护理的党员"
