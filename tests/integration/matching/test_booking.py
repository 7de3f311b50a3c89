"""Nobody is double-booked: fifty team members accepting one order at once leave exactly one
winner; a person's overlapping orders are refused, also when both are accepted at once."""

from __future__ import annotations

import asyncio

import pytest

from redgrid.common.ids import uuid7

from .conftest import call, known, window

pytestmark = pytest.mark.asyncio(loop_scope="session")
ALWAYS = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(1, 8)]


async def handed_over(street, resident, day: int, hour: float, hours: float = 2,
                      service_type: str = "repairs") -> str:
    h = street.h
    order = await call(h, "POST", "/v1/orders", street.person(resident), {
        "service_type": service_type, "title": "修理水龙头", **window(day, hour, hours)},
        expect=201)
    await call(h, "POST", f"/v1/orders/{order['id']}/hand-over", street.admin, {})
    return order["id"]


async def members(street, n: int, **profile) -> list:
    ids = [uuid7() for _ in range(n)]
    await street.reg.publish_many([
        ("registry", "person", "registered", pid,
         street.reg.person_data(pid, street.yuhong, street.grid, member_of=street.branch,
                                availability=ALWAYS, **profile)) for pid in ids])
    await known(street.h, "SELECT count(*) FROM people WHERE id = ANY($1::uuid[])", ids,
                expect=n)
    return ids


async def test_fifty_team_members_accept_at_once_and_one_wins(street):
    h = street.h
    crew = await members(street, 50, skills=["repairs"])
    team = await street.reg.team(street.yuhong, "育红社区党员志愿服务队", ["repairs"], crew)
    await known(h, "SELECT count(*) FROM teams WHERE id = $1", team, expect=1)
    resident = await street.reg.person(street.yuhong, street.grid)
    await known(h, "SELECT count(*) FROM people WHERE id = $1", resident, expect=1)
    oid = await handed_over(street, resident, 1, 14)
    await call(h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary, {"team_id": str(team)})

    answers = await asyncio.gather(*(
        h.client.post(f"/v1/orders/{oid}/accept", headers=street.person(m, "volunteer"))
        for m in crew))
    codes = sorted(r.status_code for r in answers)
    assert codes == [200] + [409] * 49, codes
    winner = next(r.json() for r in answers if r.status_code == 200)
    assert winner["assignee_team_id"] == str(team)
    assert winner["assignee_person_id"] in {str(m) for m in crew}
    async with h.runtime.pool.acquire() as conn:
        booked = await conn.fetch(
            "SELECT person_id, team_id FROM bookings WHERE order_id = $1 AND active", oid)
        # the team, and the member who accepted as a person (issue 21: no double booking)
        assert sorted((str(b["person_id"]), str(b["team_id"])) for b in booked) == sorted(
            [("None", str(team)), (winner["assignee_person_id"], "None")])
        assert await conn.fetchval(
            "SELECT count(*) FROM order_steps WHERE order_id = $1 AND verb = 'accepted'", oid) == 1
        assert await conn.fetchval(
            "SELECT count(*) FROM outbox WHERE subject = 'redgrid.matching.order.accepted' "
            "AND convert_from(body, 'UTF8') LIKE '%' || $1 || '%'", oid) == 1
    r = await h.client.post(f"/v1/orders/{oid}/accept", headers=street.person(uuid7()))
    assert r.status_code == 404  # not offered to them: they cannot even see it


async def test_overlapping_orders_are_refused_touching_ones_are_not(street):
    h = street.h
    (fixer,) = await members(street, 1, skills=["repairs"])
    resident = await street.reg.person(street.yuhong, street.grid)
    await known(h, "SELECT count(*) FROM people WHERE id = $1", resident, expect=1)
    first = await handed_over(street, resident, 2, 9)  # 09-11
    overlapping = await handed_over(street, resident, 2, 10)  # 10-12
    touching = await handed_over(street, resident, 2, 11)  # 11-13
    for oid in (first, overlapping):
        await call(h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary,
                   {"person_id": str(fixer)})
    me = street.person(fixer, "party_member")
    await call(h, "POST", f"/v1/orders/{first}/accept", me)
    r = await h.client.post(f"/v1/orders/{overlapping}/accept", headers=me)
    assert r.status_code == 409 and r.json()["detail"] == (
        "您在05月06日 09:00至11:00已有其他安排（服务订单），与本订单时段重叠")
    assert r.json()["clash_order_id"] == first
    r = await h.client.post(f"/v1/orders/{overlapping}/accept",
                            headers=me | {"Accept-Language": "en"})
    assert r.status_code == 409 and "overlapping" in r.json()["detail"]
    assert r.json()["booked_from"].startswith("2026-05-06T01:00")  # 09:00 in 大丰, in UTC
    # the branch can no longer offer that time to them, and the ranking leaves them out
    r = await h.client.post(f"/v1/orders/{touching}/dispatch", headers=street.secretary,
                            json={"person_id": str(fixer)})
    assert r.status_code == 200  # [09, 11) and [11, 13) do not overlap
    await call(h, "POST", f"/v1/orders/{touching}/accept", me)
    late = await handed_over(street, resident, 2, 12, hours=1)
    r = await h.client.post(f"/v1/orders/{late}/dispatch", headers=street.secretary,
                            json={"person_id": str(fixer)})
    assert r.status_code == 409
    ranked = await call(h, "GET", f"/v1/orders/{late}/candidates?limit=50", street.secretary)
    assert str(fixer) not in {c["id"] for c in ranked}
    # cancelled orders free their time
    for oid in (first, touching):
        await call(h, "POST", f"/v1/orders/{oid}/cancel", street.admin, {"reason": "住户外出"})
    await call(h, "POST", f"/v1/orders/{overlapping}/accept", me)


async def test_accepting_two_overlapping_orders_at_once_books_only_one(street):
    """Twenty people, each offered two overlapping orders, accept both at the same moment."""
    h = street.h
    people = await members(street, 20, skills=["escort"])
    resident = await street.reg.person(street.yuhong, street.grid)
    await known(h, "SELECT count(*) FROM people WHERE id = $1", resident, expect=1)
    pairs = []
    for i, person in enumerate(people):
        a = await handed_over(street, resident, 3 + i % 5, 8 + i // 5 * 3, service_type="escort")
        b = await handed_over(street, resident, 3 + i % 5, 9 + i // 5 * 3, service_type="escort")
        for oid in (a, b):
            await call(h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary,
                       {"person_id": str(person)})
        pairs.append((person, a, b))
    answers = await asyncio.gather(*(
        h.client.post(f"/v1/orders/{oid}/accept", headers=street.person(person))
        for person, a, b in pairs for oid in (a, b)))
    for i in range(0, len(answers), 2):
        assert sorted(r.status_code for r in answers[i:i + 2]) == [200, 409]
    async with h.runtime.pool.acquire() as conn:
        clashes = await conn.fetchval(
            "SELECT count(*) FROM bookings x JOIN bookings y ON x.person_id = y.person_id "
            "AND x.id < y.id AND x.during && y.during WHERE x.active AND y.active")
    assert clashes == 0
