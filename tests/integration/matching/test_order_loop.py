"""Orders in people's hands (issue 21): a member booked through a team is booked as a person
(both ways); the service starts and completes within its window and a margin (2 h here); the
member who accepted reads the resident's contact (phone from the registry's contact data), each
read logged; rosters listed, my duties, posts edited and closed, names beside ids."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

import pytest

from redgrid.common.ids import uuid7

from .conftest import at, call, known, window

pytestmark = pytest.mark.asyncio(loop_scope="session")
SERVICE_MARGIN_HOURS = 2  # conftest's `service` runs matching with this margin
ALWAYS = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(1, 8)]


async def members(street, n: int, names: list[str] | None = None) -> list[UUID]:
    ids = [uuid7() for _ in range(n)]
    await street.reg.publish_many([
        ("registry", "person", "registered", pid,
         street.reg.person_data(pid, street.yuhong, street.grid, member_of=street.branch,
                                skills=["repairs"], availability=ALWAYS,
                                name=names[i] if names else ""))
        for i, pid in enumerate(ids)])
    await known(street.h, "SELECT count(*) FROM people WHERE id = ANY($1::uuid[])", ids,
                expect=n)
    return ids


async def handed_over(street, resident: UUID, day: int, hour: float, hours: float = 2,
                      **extra) -> str:
    h = street.h
    order = await call(h, "POST", "/v1/orders", street.person(resident), {
        "service_type": "repairs", "title": "修理水龙头", **window(day, hour, hours), **extra},
        expect=201)
    await call(h, "POST", f"/v1/orders/{order['id']}/hand-over", street.admin, {})
    return order["id"]


async def offer(street, oid: str, **to) -> None:
    await call(street.h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary,
               {k: str(v) for k, v in to.items()})


async def test_a_member_booked_through_a_team_is_booked_as_a_person(street):
    h = street.h
    liu, zhang = await members(street, 2, ["刘梅", "张伟"])
    team = await street.reg.team(street.yuhong, "育红社区党员志愿服务队", ["repairs"], [liu, zhang])
    await known(h, "SELECT count(*) FROM teams WHERE id = $1", team, expect=1)
    resident = await street.reg.person(street.yuhong, street.grid)
    await known(h, "SELECT count(*) FROM people WHERE id = $1", resident, expect=1)
    team_order = await handed_over(street, resident, 1, 9)  # 09:00-11:00
    personal = await handed_over(street, resident, 1, 9)  # the same two hours
    await offer(street, personal, person_id=liu)  # offered to 刘梅 before the team's
    await offer(street, team_order, team_id=team)
    liu_as = street.person(liu, "party_member")
    await call(h, "POST", f"/v1/orders/{team_order}/accept", liu_as)

    r = await h.client.post(f"/v1/orders/{personal}/accept", headers=liu_as)
    assert r.status_code == 409, r.text
    clash = r.json()
    assert clash["detail"] == "您在05月05日 09:00至11:00已有其他安排（服务订单），与本订单时段重叠"
    assert clash["clash_order_id"] == team_order
    later = await handed_over(street, resident, 1, 10)
    r = await h.client.post(f"/v1/orders/{later}/dispatch", headers=street.secretary,
                            json={"person_id": str(liu)})
    assert r.status_code == 409  # the branch cannot offer her that time either
    ranked = await call(h, "GET", f"/v1/orders/{later}/candidates?limit=50&teams=false",
                        street.secretary)
    assert str(liu) not in {c["id"] for c in ranked} and str(zhang) in {c["id"] for c in ranked}

    # the reverse: 张伟's own order first, then the team's order for the same time
    team_2 = await handed_over(street, resident, 2, 14)
    own = await handed_over(street, resident, 2, 15)
    await offer(street, own, person_id=zhang)
    await call(h, "POST", f"/v1/orders/{own}/accept", street.person(zhang, "party_member"))
    await offer(street, team_2, team_id=team)
    r = await h.client.post(f"/v1/orders/{team_2}/accept",
                            headers=street.person(zhang, "party_member"))
    assert r.status_code == 409 and r.json()["clash_order_id"] == own
    await call(h, "POST", f"/v1/orders/{team_2}/accept", liu_as)  # 刘梅 is free then

    # cancelled, the team's order frees its member too
    await call(h, "POST", f"/v1/orders/{team_order}/cancel", street.admin, {"reason": "改期"})
    await call(h, "POST", f"/v1/orders/{personal}/accept", liu_as)


async def test_the_service_keeps_to_its_window(street):
    h, clock = street.h, street.clock
    (fixer,) = await members(street, 1)
    resident = await street.reg.person(street.yuhong, street.grid)
    await known(h, "SELECT count(*) FROM people WHERE id = $1", resident, expect=1)
    oid = await handed_over(street, resident, 3, 9)  # 09:00-11:00, three days on
    await offer(street, oid, person_id=fixer)
    me = street.person(fixer, "party_member")
    await call(h, "POST", f"/v1/orders/{oid}/accept", me)

    r = await h.client.post(f"/v1/orders/{oid}/start", headers=me)  # days early
    assert r.status_code == 409 and "最早可于" in r.json()["detail"], r.text
    assert datetime.fromisoformat(r.json()["earliest"]) == at(3, 7)
    r = await h.client.post(f"/v1/orders/{oid}/complete", headers=me, json={"hours": 2})
    assert r.status_code == 409  # nor done before it
    clock.set(at(3, 7) - timedelta(minutes=1))
    assert (await h.client.post(f"/v1/orders/{oid}/start", headers=me)).status_code == 409
    clock.set(at(3, 7))
    started = await call(h, "POST", f"/v1/orders/{oid}/start", me)  # two hours early at most
    assert started["status"] == "in_progress"
    clock.set(at(3, 11.5))
    r = await h.client.post(f"/v1/orders/{oid}/complete", headers=me, json={"hours": 4.5})
    assert r.status_code == 422 and r.json()["most_hours"] == 4  # the window (2 h) + 2 h
    r = await h.client.post(f"/v1/orders/{oid}/complete", headers=me | {"Accept-Language": "en"},
                            json={"hours": 4.5})
    assert "window plus the margin" in r.json()["detail"]
    done = await call(h, "POST", f"/v1/orders/{oid}/complete", me, {"hours": 3})
    assert done["hours"] == 3


async def test_the_assignee_reads_the_residents_contact_each_read_logged(street):
    h, clock = street.h, street.clock
    (helper,) = await members(street, 1, ["陈杰"])
    resident = await street.reg.person(street.yuhong, street.grid, name="朱军")
    await known(h, "SELECT count(*) FROM people WHERE id = $1", resident, expect=1)
    await street.reg.publish("registry", "contact", "changed", resident, {
        "person_id": str(resident), "phone": "13900000005", "email": "zhu@home.test",
        "version": 1})
    await known(h, "SELECT count(*) FROM contacts WHERE person_id = $1", resident, expect=1)
    day = (clock.now() - at(0, 0)).days + 1
    oid = await handed_over(street, resident, day, 15, address="育红路12号3单元502室")
    me = street.person(helper, "party_member")
    await offer(street, oid, person_id=helper)
    r = await h.client.get(f"/v1/orders/{oid}/contact", headers=me)
    assert r.status_code == 403  # offered: not until they accept
    await call(h, "POST", f"/v1/orders/{oid}/accept", me)
    for _ in range(2):
        contact = await call(h, "GET", f"/v1/orders/{oid}/contact", me)
    assert (contact["name"], contact["phone"], contact["address"], contact["masked"]) == (
        "朱军", "13900000005", "育红路12号3单元502室", False)
    r = await h.client.get(f"/v1/orders/{oid}/contact", headers=street.admin)
    assert r.status_code == 403  # staff have the registry's contact, read there and logged
    log = await call(h, "GET", f"/v1/orders/{oid}/contact-log", street.secretary)
    assert [(e["reader_name"], e["roles"]) for e in log] == [("陈杰", ["party_member"])] * 2
    r = await h.client.get(f"/v1/orders/{oid}/contact-log", headers=me)
    assert r.status_code == 403


async def test_rosters_duties_and_posts_in_peoples_hands(street):
    h = street.h
    wang, li = await members(street, 2, ["王建国", "李娜"])
    roster = await call(h, "POST", "/v1/rosters", street.admin, {
        "title": "社区法律门诊周三值班", "community_id": str(street.yuhong),
        "frequency": "weekly", "weekday": 3, "start_time": "09:00", "end_time": "11:30",
        "starts_on": "2026-06-01", "ends_on": "2026-06-30", "rota": [str(wang), str(li)]},
        expect=201)
    rid = roster["roster"]["id"]
    listed = await call(h, "GET", f"/v1/rosters?community_id={street.yuhong}", street.admin)
    mine = next(r for r in listed["items"] if r["id"] == rid)
    assert mine["rota_names"] == ["王建国", "李娜"] and mine["community_name"] == "育红社区党委"
    assert [r["id"] for r in (await call(h, "GET", "/v1/rosters", street.person(li)))[
        "items"]] == [rid]
    other = await call(h, "GET", "/v1/rosters",
                       street.staff("community_admin", street.jianxi))
    assert rid not in {r["id"] for r in other["items"]}

    duties = await call(h, "GET", "/v1/duties", street.person(li))
    assert [d["starts_at_local"][:16] for d in duties] == ["2026-06-10T09:00", "2026-06-24T09:00"]
    assert {(d["roster_title"], d["person_name"], d["community_name"]) for d in duties} == {
        ("社区法律门诊周三值班", "李娜", "育红社区党委")}
    assert await call(h, "GET", "/v1/duties", street.person(uuid7())) == []

    post = await call(h, "POST", "/v1/posts", street.admin, {
        "kind": "mediation", "title": "纠纷调解岗", "community_id": str(street.yuhong),
        "seats": 2, "starts_on": "2026-06-01", "ends_on": "2026-06-30"}, expect=201)
    pid = post["id"]
    for who, days in ((wang, ("2026-06-01", "2026-06-20")), (li, ("2026-06-10", "2026-06-25"))):
        await call(h, "POST", f"/v1/posts/{pid}/claims", street.person(who),
                   {"from_on": days[0], "until_on": days[1]}, expect=201)
    claims = await call(h, "GET", f"/v1/posts/{pid}/claims", street.admin)
    assert sorted(c["person_name"] for c in claims) == ["李娜", "王建国"]
    r = await h.client.patch(f"/v1/posts/{pid}", headers=street.admin, json={"seats": 1})
    assert r.status_code == 409  # two hold it at once in June
    r = await h.client.patch(f"/v1/posts/{pid}", headers=street.admin,
                             json={"ends_on": "2026-06-21"})
    assert r.status_code == 422  # 李娜's claim runs to the 25th
    r = await h.client.patch(f"/v1/posts/{pid}", headers=street.person(wang), json={"seats": 3})
    assert r.status_code == 403
    edited = await call(h, "PATCH", f"/v1/posts/{pid}", street.admin,
                        {"title": "纠纷调解岗（含周末）", "seats": 3, "ends_on": "2026-07-31"})
    assert (edited["title"], edited["seats"], edited["ends_on"], edited["version"]) == (
        "纠纷调解岗（含周末）", 3, "2026-07-31", post["version"] + 3)
    closed = await call(h, "POST", f"/v1/posts/{pid}/close", street.admin,
                        {"reason": "调解室装修"})
    assert closed["status"] == "closed" and closed["claimed"] == 0
    assert "调解室装修" in closed["description"]
    r = await h.client.post(f"/v1/posts/{pid}/claims", headers=street.person(wang),
                            json={"from_on": "2026-07-01", "until_on": "2026-07-02"})
    assert r.status_code == 422  # closed: no claims
    r = await h.client.post(f"/v1/posts/{pid}/close", headers=street.admin,
                            json={"reason": "again"})
    assert r.status_code == 409
