"""When nobody acts in time (a ManualClock moves time; the service's own sweeper acts): an
unanswered offer goes to the next candidate, then the order escalates to the community; a
refusal passes it on at once; an undispatched order escalates; a passed window expires it.
Several sweepers at once never act on one order twice."""

from __future__ import annotations

import asyncio
from uuid import UUID

import pytest

from redgrid.common import db
from redgrid.common.ids import uuid7
from redgrid.common.testing import eventually
from redgrid.matching.usecases.sweep import sweep_once

from .conftest import START, call, known, window

pytestmark = pytest.mark.asyncio(loop_scope="session")
ALWAYS = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(1, 8)]


async def members(street, n: int, skill: str) -> list[UUID]:
    ids = [uuid7() for _ in range(n)]
    await street.reg.publish_many([
        ("registry", "person", "registered", pid,
         street.reg.person_data(pid, street.yuhong, street.grid, member_of=street.branch,
                                skills=[skill], availability=ALWAYS)) for pid in ids])
    await known(street.h, "SELECT count(*) FROM people WHERE id = ANY($1::uuid[])", ids,
                expect=n)
    return ids


async def place(street, skill: str, day: int, hour: float, urgency: str = "high",
                hand_over: bool = True) -> str:
    h = street.h
    resident = street.person(uuid7())
    order = await call(h, "POST", "/v1/orders", resident, {
        "service_type": skill, "title": "需要帮助", "urgency": urgency, "grid_id": str(street.grid),
        **window(day, hour)}, expect=201)
    if hand_over:
        await call(h, "POST", f"/v1/orders/{order['id']}/hand-over", street.admin, {})
    return order["id"]


async def order_row(h, oid: str):
    async with h.runtime.pool.acquire() as conn:
        return await conn.fetchrow("SELECT * FROM orders WHERE id = $1", UUID(oid))


async def wait_version(h, oid: str, version: int):
    async def reached():
        row = await order_row(h, oid)
        return row if row["version"] >= version else None

    return await eventually(reached)


async def test_an_unanswered_order_goes_to_the_next_candidates_then_escalates(street):
    h, clock = street.h, street.clock
    crew = await members(street, 4, "tutoring")
    oid = await place(street, "tutoring", 2, 15)  # high urgency: 2 hours to answer
    first = await call(h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary, {"auto": True})
    asked = [first["assignee_person_id"]]
    assert UUID(asked[0]) in crew

    for version in (4, 5):  # re-dispatched twice by the sweeper
        clock.advance(hours=2, minutes=1)
        row = await wait_version(h, oid, version)
        assert row["status"] == "dispatched" and str(row["assignee_person_id"]) not in asked
        asked.append(str(row["assignee_person_id"]))
    clock.advance(hours=2, minutes=1)
    row = await wait_version(h, oid, 6)
    assert row["status"] == "escalated" and row["assignee_person_id"] is None
    assert row["org_path"].endswith(f"{street.yuhong.hex}/")  # back with the community

    file = await call(h, "GET", f"/v1/orders/{oid}/steps", street.admin)
    assert file[2]["verb"] == "dispatched" and file[2]["by_person"] is not None
    assert [(s["verb"], s["by_person"], s["reason"]) for s in file[3:]] == [
        ("reassigned", None, "no answer in time"),
        ("reassigned", None, "no answer in time"),
        ("escalated", None, "no answer in time")]
    async with h.runtime.pool.acquire() as conn:
        outcomes = [r["outcome"] for r in await conn.fetch(
            "SELECT outcome FROM offers WHERE order_id = $1 ORDER BY id", UUID(oid))]
    assert outcomes == ["lapsed"] * 3
    r = await h.client.get(f"/v1/orders/{oid}", headers=street.secretary)
    assert r.status_code == 404  # the branch let it go; the community holds it now
    # the community dispatches to the one member not yet asked, who refuses: escalates again
    last = next(m for m in crew if str(m) not in asked)
    await call(h, "POST", f"/v1/orders/{oid}/dispatch", street.admin, {"person_id": str(last)})
    await call(h, "POST", f"/v1/orders/{oid}/refuse", street.person(last),
               {"reason": "那天要出差"}, expect=204)
    row = await order_row(h, oid)
    assert row["status"] == "escalated"  # everyone suitable has been asked
    clock.advance(days=3)  # the window passes
    row = await wait_version(h, oid, 10)
    assert row["status"] == "expired"


async def test_a_refusal_passes_the_order_on_at_once(street):
    h = street.h
    await members(street, 2, "cooking")
    oid = await place(street, "cooking", 6, 11)
    sent = await call(h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary, {"auto": True})
    first = UUID(sent["assignee_person_id"])
    await call(h, "POST", f"/v1/orders/{oid}/refuse", street.person(first), {"reason": "不会做饭"},
               expect=204)
    row = await order_row(h, oid)
    assert row["status"] == "dispatched" and row["assignee_person_id"] not in (None, first)
    file = await call(h, "GET", f"/v1/orders/{oid}/steps", street.admin)
    assert [s["verb"] for s in file[-2:]] == ["refused", "dispatched"]
    assert file[-1]["by_person"] is None and "不会做饭" in file[-1]["reason"]
    r = await h.client.post(f"/v1/orders/{oid}/refuse", json={"reason": "x"},
                            headers=street.person(first))
    assert r.status_code == 404  # no longer theirs to answer


async def test_an_undispatched_order_escalates_and_a_placed_one_expires(street):
    h, clock = street.h, street.clock
    day = (clock.now().date() - START.date()).days
    waiting = await place(street, "greening", day + 1, 20, urgency="urgent")  # 1 h to dispatch
    unreviewed = await place(street, "greening", day + 1, 21, hand_over=False)
    clock.advance(hours=1, minutes=1)
    row = await wait_version(h, waiting, 3)
    assert row["status"] == "escalated"
    file = await call(h, "GET", f"/v1/orders/{waiting}/steps", street.admin)
    assert file[-1]["reason"] == "not dispatched in time"
    clock.advance(days=2)
    assert (await wait_version(h, unreviewed, 2))["status"] == "expired"
    assert (await wait_version(h, waiting, 4))["status"] == "expired"


async def test_several_sweepers_never_act_twice(street):
    """Thirty lapsed offers, swept by three extra pools at once (and the service's own
    sweeper): each is passed on exactly once."""
    h, clock = street.h, street.clock
    day = (clock.now().date() - START.date()).days
    await members(street, 40, "mediation")
    orders = [await place(street, "mediation", day + 2, 8 + i % 12 * 0.5) for i in range(30)]
    for oid in orders:
        await call(h, "POST", f"/v1/orders/{oid}/dispatch", street.secretary, {"auto": True})
    pools = [await db.create_pool(h.settings, min_size=1, max_size=2) for _ in range(3)]
    try:
        clock.advance(hours=2, minutes=1)
        await asyncio.gather(*(sweep_once(pool, clock) for pool in pools))
    finally:
        for pool in pools:
            await pool.close()

    async def passed():
        async with h.runtime.pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT order_id, count(*) AS n FROM order_steps WHERE verb = 'reassigned' "
                "AND order_id = ANY($1::uuid[]) GROUP BY order_id", [UUID(o) for o in orders])
        return rows if len(rows) == 30 else None  # the service's sweeper may hold the last

    assert {r["n"] for r in await eventually(passed)} == {1}
