"""Figures of a community's orders; service hours and points in an append-only ledger (teams
and their members); service posts (服务岗位) claimed for a period; duty rosters whose turns
keep members from being double-booked."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

import asyncpg
import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.ids import uuid7
from redgrid.common.testing import eventually, stream_messages

from .conftest import START, call, known, same_scores, window

pytestmark = pytest.mark.asyncio(loop_scope="session")
ALWAYS = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(1, 8)]


async def members(street, n: int, skills=("repairs",), **profile) -> list[UUID]:
    ids = [uuid7() for _ in range(n)]
    await street.reg.publish_many([
        ("registry", "person", "registered", pid,
         street.reg.person_data(pid, street.yuhong, street.grid, member_of=street.branch,
                                skills=list(skills), availability=ALWAYS, **profile))
        for pid in ids])
    await known(street.h, "SELECT count(*) FROM people WHERE id = ANY($1::uuid[])", ids,
                expect=n)
    return ids


async def place(street, resident: UUID, day: int, hour: float, grid=None,
                service_type="repairs") -> str:
    body = {"service_type": service_type, "title": "换灯泡", "grid_id": str(grid or street.grid),
            **window(day, hour)}
    return (await call(street.h, "POST", "/v1/orders", street.person(resident), body,
                       expect=201))["id"]


async def test_figures_of_a_community(street):
    h, clock = street.h, street.clock
    (fixer,) = await members(street, 1)
    resident = uuid7()
    served = await place(street, resident, 1, 9)
    declined = await place(street, resident, 1, 14)
    cancelled = await place(street, resident, 2, 9)
    await place(street, resident, 2, 9, grid=street.far_grid)  # 建西, still open
    await call(h, "POST", f"/v1/orders/{served}/hand-over", street.admin, {})
    await call(h, "POST", f"/v1/orders/{served}/dispatch", street.secretary,
               {"person_id": str(fixer)})
    clock.advance(minutes=30)
    me = street.person(fixer, "party_member")
    await call(h, "POST", f"/v1/orders/{served}/accept", me)
    await call(h, "POST", f"/v1/orders/{served}/complete", me, {"hours": 2})
    await call(h, "POST", f"/v1/orders/{served}/rate", street.person(resident), {"rating": 5})
    await call(h, "POST", f"/v1/orders/{declined}/decline", street.admin, {"reason": "重复"})
    await call(h, "POST", f"/v1/orders/{cancelled}/cancel", street.person(resident),
               {"reason": "不需要了"})

    street_admin = street.staff("street_admin", street.street)
    out = await call(h, "GET", "/v1/figures?by=community", street_admin)
    rows = {r["name"]: r for r in out["rows"]}
    yuhong = rows["育红社区党委"]
    assert {k: yuhong[k] for k in ("placed", "handed_over", "dispatched", "accepted",
                                   "completed", "rated", "declined", "cancelled", "open")} == {
        "placed": 3, "handed_over": 1, "dispatched": 1, "accepted": 1, "completed": 1,
        "rated": 1, "declined": 1, "cancelled": 1, "open": 0}
    assert yuhong["median_minutes_to_accept"] == 30.0
    assert yuhong["mean_minutes_dispatch_to_accept"] == 30.0
    assert (yuhong["mean_rating"], yuhong["satisfaction_rate"], yuhong["hours"]) == (5, 1, 2)
    assert (yuhong["acceptance_rate"], yuhong["completion_rate"]) == (1, 1)
    assert rows["建西社区党委"]["placed"] == 1 and rows["建西社区党委"]["open"] == 1
    by_grid = await call(h, "GET", "/v1/figures?by=grid&interval=day", street_admin)
    assert {r["name"] for r in by_grid["rows"]} == {"YH-01网格", "JX-01网格"}
    assert all(r["period"].startswith("2026-05-04") for r in by_grid["rows"])
    later = (START + timedelta(days=1)).isoformat()
    r = await h.client.get("/v1/figures", params={"since": later}, headers=street_admin)
    assert r.json()["rows"] == []
    theirs = await call(h, "GET", "/v1/figures?by=community",
                        street.staff("community_admin", street.jianxi))
    assert [r["name"] for r in theirs["rows"]] == ["建西社区党委"]
    r = await h.client.get(f"/v1/figures?org_id={street.yuhong}",
                           headers=street.staff("community_admin", street.jianxi))
    assert r.status_code == 404
    r = await h.client.get("/v1/figures", headers=street.person(resident))
    assert r.status_code == 403


async def test_a_team_order_credits_the_team_and_each_participant(street):
    h = street.h
    leader, first, second = await members(street, 3, skills=("sanitation",))
    team = await street.reg.team(street.yuhong, "育红环境卫生志愿队", ["sanitation"],
                                 [first, second], leader=leader)
    await known(h, "SELECT count(*) FROM teams WHERE id = $1", team, expect=1)
    resident = uuid7()
    oid = await place(street, resident, 3, 9, service_type="sanitation")
    await call(h, "POST", f"/v1/orders/{oid}/hand-over", street.admin, {})
    await call(h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary, {"team_id": str(team)})
    me = street.person(first, "volunteer")
    await call(h, "POST", f"/v1/orders/{oid}/accept", me)
    r = await h.client.post(f"/v1/orders/{oid}/complete", headers=me,
                            json={"hours": 3, "participant_ids": [str(first), str(uuid7())]})
    assert r.status_code == 422
    await call(h, "POST", f"/v1/orders/{oid}/complete", me,
               {"hours": 3, "participant_ids": [str(first), str(second)]})
    await call(h, "POST", f"/v1/orders/{oid}/rate", street.person(resident), {"rating": 4})

    team_ledger = await call(h, "GET", f"/v1/ledger?team_id={team}", street.person(second))
    assert (float(team_ledger["hours"]), team_ledger["points"]) == (3.0, 32)  # 30 + ★★★★ 2
    for person in (first, second):
        mine = await call(h, "GET", f"/v1/ledger?person_id={person}", street.person(person))
        assert (float(mine["hours"]), mine["points"]) == (3.0, 30)
    r = await h.client.get(f"/v1/ledger?person_id={first}", headers=street.person(uuid7()))
    assert r.status_code == 403
    board = await call(h, "GET", "/v1/leaderboard?by=team", street.admin)
    assert board[0]["name"] == "育红环境卫生志愿队" and board[0]["points"] == 32

    async def awarded():
        msgs = await stream_messages(h.reader_url, "REDGRID_MATCHING",
                                     "redgrid.matching.points.awarded")
        mine = [CloudEvent.from_bytes(m.data).data for m in msgs]
        mine = [d for d in mine if d["order_id"] == oid]
        return mine if len(mine) == 4 else None

    entries = await eventually(awarded)
    assert sorted((d["team_id"] is not None, d["points"]) for d in entries) == [
        (False, 30), (False, 30), (True, 2), (True, 30)]
    assert all(set(d) == {"id", "person_id", "team_id", "order_id", "hours", "points",
                          "community_id"} for d in entries)

    async with h.runtime.pool.acquire() as conn:
        with pytest.raises(asyncpg.RaiseError, match="append-only"):
            await conn.execute("UPDATE ledger SET points = 1000")
        with pytest.raises(asyncpg.RaiseError, match="append-only"):
            await conn.execute("DELETE FROM ledger")


async def test_service_posts_are_claimed_for_a_period(street):
    h = street.h
    a, b, c = await members(street, 3, skills=("legal_aid",))
    (bystander,) = [await street.reg.person(street.yuhong, street.grid)]
    await known(h, "SELECT count(*) FROM people WHERE id = $1", bystander, expect=1)
    post = await call(h, "POST", "/v1/posts", street.admin, {
        "kind": "legal_aid", "title": "法律咨询援助岗", "community_id": str(street.yuhong),
        "seats": 2, "starts_on": "2026-05-01", "ends_on": "2026-06-30"}, expect=201)
    r = await h.client.post("/v1/posts", headers=street.admin, json={
        "kind": "fortune_telling", "title": "x", "community_id": str(street.yuhong), "seats": 1,
        "starts_on": "2026-05-01", "ends_on": "2026-06-30"})
    assert r.status_code == 422
    pid = post["id"]
    may = {"from_on": "2026-05-01", "until_on": "2026-05-31"}
    claim_a = await call(h, "POST", f"/v1/posts/{pid}/claims", street.person(a), may, expect=201)
    await call(h, "POST", f"/v1/posts/{pid}/claims", street.person(b),
               {"from_on": "2026-05-15", "until_on": "2026-06-15"}, expect=201)
    r = await h.client.post(f"/v1/posts/{pid}/claims", headers=street.person(c), json=may)
    assert r.status_code == 409  # both seats taken for part of May
    r = await h.client.post(f"/v1/posts/{pid}/claims", headers=street.person(a),
                            json={"from_on": "2026-05-20", "until_on": "2026-05-21"})
    assert r.status_code == 409
    r = await h.client.post(f"/v1/posts/{pid}/claims", headers=street.person(bystander), json=may)
    assert r.status_code == 422  # posts are for party members and volunteers
    r = await h.client.post(f"/v1/posts/{pid}/claims", headers=street.person(c),
                            json={"from_on": "2026-06-20", "until_on": "2026-07-20"})
    assert r.status_code == 422  # outside the post's period
    r = await h.client.delete(f"/v1/posts/{pid}/claims/{claim_a['id']}",
                              headers=street.person(b))
    assert r.status_code == 404  # not theirs
    await call(h, "DELETE", f"/v1/posts/{pid}/claims/{claim_a['id']}", street.person(a))
    await call(h, "POST", f"/v1/posts/{pid}/claims", street.person(c), may, expect=201)

    listed = await call(h, "GET", f"/v1/posts?community_id={street.yuhong}&open_on=2026-05-10",
                        street.person(c))
    assert [(p["id"], p["claimed"]) for p in listed["items"]] == [(pid, 2)]
    every = await call(h, "GET", f"/v1/posts/{pid}/claims", street.admin)
    assert sorted(x["status"] for x in every) == ["active", "active", "released"]
    own = await call(h, "GET", f"/v1/posts/{pid}/claims", street.person(c))
    assert [x["person_id"] for x in own] == [str(c)]
    r = await h.client.get("/v1/posts?limit=10", headers=street.staff("community_admin",
                                                                       street.jianxi))
    assert r.json()["items"] == []

    async def published():
        msgs = await stream_messages(h.reader_url, "REDGRID_MATCHING",
                                     "redgrid.matching.post.>")
        kinds = [CloudEvent.from_bytes(m.data).type for m in msgs]
        return kinds if len(kinds) == 5 else None

    assert await eventually(published) == [
        "redgrid.matching.post.opened.v1", "redgrid.matching.post.claimed.v1",
        "redgrid.matching.post.claimed.v1", "redgrid.matching.post.released.v1",
        "redgrid.matching.post.claimed.v1"]


async def test_duty_rosters_take_turns_and_book_the_time(street):
    h = street.h
    # a skill no one else in this street has, so that the two on the rota are the only fits
    lawyer_1, lawyer_2 = await members(street, 2, skills=("心理疏导",))
    clinic = await call(h, "POST", "/v1/rosters", street.admin, {
        "title": "社区法律诊所 每周三上午坐诊", "community_id": str(street.yuhong),
        "frequency": "weekly", "weekday": 3, "start_time": "09:00", "end_time": "12:00",
        "starts_on": "2026-05-04", "ends_on": "2026-05-31",
        "rota": [str(lawyer_1), str(lawyer_2)]}, expect=201)
    assert clinic["duties"] == 4
    duties = await call(h, "GET", f"/v1/rosters/{clinic['roster']['id']}/duties",
                        street.person(lawyer_2))
    assert [d["person_id"] for d in duties] == [str(lawyer_1), str(lawyer_2)] * 2
    assert duties[0]["starts_at"].startswith("2026-05-06T01:00")  # Wednesday 09:00 in 大丰

    resident = uuid7()
    oid = await place(street, resident, 2, 10, service_type="心理疏导")  # that Wednesday
    await call(h, "POST", f"/v1/orders/{oid}/hand-over", street.admin, {})
    ranked = await call(h, "GET", f"/v1/orders/{oid}/candidates", street.secretary)
    assert str(lawyer_1) not in {c["id"] for c in ranked}  # on duty at the clinic
    assert ranked[0]["id"] == str(lawyer_2)
    assert await same_scores(h, oid) > 5  # rated members and a rated team among them
    r = await h.client.post(f"/v1/orders/{oid}/dispatch", headers=street.secretary,
                            json={"person_id": str(lawyer_1)})
    assert r.status_code == 409

    async with h.runtime.pool.acquire() as conn:
        before = await conn.fetchval("SELECT count(*) FROM rosters")
    r = await h.client.post("/v1/rosters", headers=street.admin, json={
        "title": "clash", "community_id": str(street.yuhong), "frequency": "weekly",
        "weekday": 3, "start_time": "11:00", "end_time": "13:00", "starts_on": "2026-05-04",
        "ends_on": "2026-05-10", "rota": [str(lawyer_1)]})
    assert r.status_code == 409 and r.json()["day"] == "2026-05-06"
    async with h.runtime.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM rosters") == before
    day = await call(h, "POST", "/v1/rosters", street.admin, {
        "title": "五心五所联盟党员志愿服务日", "community_id": str(street.yuhong),
        "frequency": "monthly", "weekday": 6, "week_of_month": 1, "start_time": "08:30",
        "end_time": "11:30", "starts_on": "2026-05-01", "ends_on": "2026-07-31",
        "rota": [str(lawyer_2)]}, expect=201)
    assert day["duties"] == 3
    r = await h.client.get(f"/v1/rosters/{clinic['roster']['id']}/duties",
                           headers=street.person(uuid7()))
    assert r.status_code == 404
