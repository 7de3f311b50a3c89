"""Names beside ids (issue 18): an order's answers, its file, its candidates, the ledger, posts,
claims and rosters name the communities, grids, branches, people and teams they refer to, from
matching's read models; the resident's name is masked for everyone but the resident and the
member who took the order; the window in Beijing time beside UTC."""

from __future__ import annotations

import json
from uuid import UUID

import pytest

from redgrid.common.ids import uuid7

from .conftest import call, known, window

pytestmark = pytest.mark.asyncio(loop_scope="session")

WEEKDAYS = [{"weekday": d, "start": "08:00", "end": "20:00"} for d in range(1, 8)]


@pytest.fixture(scope="module")
async def cast(street):
    """A resident, a staff member known to the registry, two party members and their team."""
    reg = street.reg
    resident = await reg.person(street.yuhong, street.grid, name="李秀英")
    secretary = await reg.person(street.yuhong, street.grid, name="赵书记")
    member = await reg.person(street.yuhong, street.grid, name="王建国",
                              skills=["elderly_care"], availability=WEEKDAYS,
                              member_of=street.branch)
    mate = await reg.person(street.yuhong, street.grid2, name="周红", skills=["repairs"],
                            availability=WEEKDAYS, member_of=street.branch)
    team = await reg.team(street.yuhong, "育红红马甲志愿服务队", ["repairs"], [member, mate],
                          leader=member)
    await known(street.h, "SELECT count(*) FROM people", expect=4)
    await known(street.h, "SELECT count(*) FROM teams", expect=1)
    return dict(resident=resident, secretary=secretary, member=member, mate=mate, team=team)


async def test_an_order_names_its_places_and_people_as_each_reader_may_see_them(street, cast):
    h = street.h
    me = street.person(cast["resident"])
    secretary = h.auth("branch_secretary", street.branch, person=cast["secretary"])
    placed = await call(h, "POST", "/v1/orders", me, {
        "service_type": "elderly_care", "title": "陪老人去医院复诊", **window(1, 9)}, expect=201)
    oid = placed["id"]
    assert (placed["community_name"], placed["grid_name"], placed["branch_name"]) == (
        "育红社区党委", "YH-01网格", "育红社区第1网格党支部")
    assert placed["resident_person_name"] == "李秀英"  # the resident reads their own
    assert placed["window_start_local"] == "2026-05-05T09:00:00+08:00"
    assert placed["window_end_local"] == "2026-05-05T11:00:00+08:00"
    assert placed["window_start"].endswith(("Z", "+00:00"))  # UTC beside it

    handed = await call(h, "POST", f"/v1/orders/{oid}/hand-over", street.admin, {})
    assert handed["resident_person_name"] == "李**"  # staff: masked
    ranked = await call(h, "GET", f"/v1/orders/{oid}/candidates", secretary)
    assert {c["name"]: c["grid_name"] for c in ranked if c["kind"] == "person"} == {
        "王建国": "YH-01网格", "周红": "YH-02网格"}
    assert {c["name"]: c["grid_name"] for c in ranked if c["kind"] == "team"} == {
        "育红红马甲志愿服务队": None}
    sent = await call(h, "POST", f"/v1/orders/{oid}/dispatch", secretary,
                      {"person_id": str(cast["member"])})
    assert sent["assignee_person_name"] == "王建国" and sent["assignee_team_name"] is None
    assert sent["offer_expires_at_local"].endswith("+08:00")
    member = street.person(cast["member"], "party_member")
    offered = await call(h, "GET", f"/v1/orders/{oid}", member)
    assert offered["resident_person_name"] == "李**"  # not before accepting
    taken = await call(h, "POST", f"/v1/orders/{oid}/accept", member)
    assert taken["resident_person_name"] == "李秀英"  # to find the door

    listed = await call(h, "GET", "/v1/orders", street.admin)
    row = next(o for o in listed["items"] if o["id"] == oid)
    assert (row["grid_name"], row["assignee_person_name"], row["resident_person_name"]) == (
        "YH-01网格", "王建国", "李**")
    mine = await call(h, "GET", "/v1/orders?mine=placed", me)
    assert mine["items"][0]["resident_person_name"] == "李秀英"

    as_staff = await call(h, "GET", f"/v1/orders/{oid}/steps", street.admin)
    actors = {s["verb"]: s["actor_name"] for s in as_staff}
    assert actors == {"placed": "李**", "handed_over": None,  # that admin is not in the registry
                      "dispatched": "赵书记", "accepted": "王建国"}
    as_resident = await call(h, "GET", f"/v1/orders/{oid}/steps", me)
    assert as_resident[0]["actor_name"] == "李秀英"
    assert "李秀英" not in json.dumps(as_staff, ensure_ascii=False)


async def test_a_team_order_and_the_ledger_name_who_served(street, cast):
    h = street.h
    me = street.person(cast["resident"])
    placed = await call(h, "POST", "/v1/orders", me, {
        "service_type": "repairs", "title": "修理水龙头 13812345678", **window(2, 14)},
        expect=201)
    oid = placed["id"]
    await call(h, "POST", f"/v1/orders/{oid}/hand-over", street.admin, {})
    sent = await call(h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary,
                      {"team_id": str(cast["team"])})
    assert sent["assignee_team_name"] == "育红红马甲志愿服务队"
    leader = street.person(cast["member"], "volunteer")
    await call(h, "POST", f"/v1/orders/{oid}/accept", leader)
    await call(h, "POST", f"/v1/orders/{oid}/start", leader)
    await call(h, "POST", f"/v1/orders/{oid}/complete", leader,
               {"hours": 1.5, "participant_ids": [str(cast["mate"])]})

    ledger = await call(h, "GET", f"/v1/ledger?person_id={cast['mate']}",
                        street.person(cast["mate"], "party_member"))
    entry = ledger["entries"][0]
    assert (entry["person_name"], entry["community_name"]) == ("周红", "育红社区党委")
    assert entry["order_title"] == "修理水龙头 138****5678"
    team_ledger = await call(h, "GET", f"/v1/ledger?team_id={cast['team']}", street.admin)
    assert team_ledger["entries"][0]["team_name"] == "育红红马甲志愿服务队"
    figures = await call(h, "GET", f"/v1/figures?org_id={street.yuhong}&by=grid",
                         street.admin)
    assert figures["org_name"] == "育红社区党委"
    assert {r["name"] for r in figures["rows"]} == {"YH-01网格"}


async def test_posts_claims_and_rosters_name_their_community_and_people(street, cast):
    h = street.h
    post = await call(h, "POST", "/v1/posts", street.admin, {
        "kind": "legal_aid", "title": "法律咨询援助岗", "community_id": str(street.yuhong),
        "seats": 2, "starts_on": "2026-05-01", "ends_on": "2026-06-30"}, expect=201)
    assert post["community_name"] == "育红社区党委"
    claim = await call(h, "POST", f"/v1/posts/{post['id']}/claims",
                       street.person(cast["mate"]),
                       {"from_on": "2026-05-01", "until_on": "2026-05-31"}, expect=201)
    assert claim["person_name"] == "周红"
    listed = await call(h, "GET", "/v1/posts", street.admin)
    assert {p["community_name"] for p in listed["items"]} == {"育红社区党委"}
    claims = await call(h, "GET", f"/v1/posts/{post['id']}/claims", street.admin)
    assert [c["person_name"] for c in claims] == ["周红"]
    released = await call(h, "DELETE", f"/v1/posts/{post['id']}/claims/{claim['id']}",
                          street.person(cast["mate"]))
    assert released["person_name"] == "周红"

    roster = await call(h, "POST", "/v1/rosters", street.admin, {
        "title": "社区法律诊所 每周三上午坐诊", "community_id": str(street.yuhong),
        "frequency": "weekly", "weekday": 3, "start_time": "09:00", "end_time": "12:00",
        "starts_on": "2026-06-01", "ends_on": "2026-06-14",
        "rota": [str(cast["mate"]), str(cast["member"])]}, expect=201)
    assert roster["roster"]["community_name"] == "育红社区党委"
    assert roster["rota_names"] == ["周红", "王建国"]
    duties = await call(h, "GET", f"/v1/rosters/{roster['roster']['id']}/duties", street.admin)
    assert [d["person_name"] for d in duties] == ["周红", "王建国"]


async def test_an_order_from_a_ticket_names_the_ticket(street):
    h = street.h
    ticket_id = uuid7()
    await street.reg.ticket("accepted", {
        "id": str(ticket_id), "number": "DZ-2026-000777", "version": 2, "status": "accepted",
        "category": "service_need", "title": "独居老人需要每周买菜",
        "grid_id": str(street.grid), "community_id": str(street.yuhong),
        "reporter_person_id": None, "location": None})
    await known(h, "SELECT count(*) FROM orders WHERE source_ticket_id = $1", ticket_id,
                expect=1)
    listed = await call(h, "GET", "/v1/orders", street.admin)
    order = next(o for o in listed["items"] if o["source_ticket_id"] == str(ticket_id))
    assert order["source_ticket_number"] == "DZ-2026-000777"
    assert order["resident_person_name"] is None and UUID(order["id"])
