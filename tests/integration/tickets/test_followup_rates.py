"""回访 by phone as 12345 offices record it: 是否解决 and 是否满意 apart, who called and when; the
rates built on them as the city's settings define them (two definitions, two results); the
response rate counts a dispatched ticket only once its sign window is over."""

from __future__ import annotations

from datetime import timedelta

import pytest

from redgrid.common.ids import uuid7
from redgrid.tickets.domain.followups import Satisfaction

pytestmark = pytest.mark.asyncio(loop_scope="session")
PHONE = "13912345678"


async def published(world, c, title: str = "楼道灯不亮") -> dict:
    """A hotline caller's matter, handled and answered, ready for its 回访."""
    office = world.admin(c)
    t = await world.file({"channel": "hotline", "appeal_kind": "help", "category": "environment",
                          "title": title, "grid_id": str(c.grid), "accept": True,
                          "reporter": {"name": "王芳", "phone": PHONE}}, office)
    await world.step(t["id"], "dispatch", {}, office)
    await world.step(t["id"], "sign", {}, world.worker(c))
    await world.step(t["id"], "resolve", {"resolution": "已更换灯泡"}, world.worker(c))
    await world.step(t["id"], "publish", {"response": "已更换楼道灯"}, office)
    return t


async def figures(world, since, c) -> dict:
    r = await world.tickets.client.get("/v1/figures", headers=world.street_admin(), params={
        "since": since.isoformat(), "community_id": str(c.id)})
    assert r.status_code == 200, r.text
    return r.json()["total"]


async def test_a_phone_followup_records_both_answers_who_called_and_when(world):
    c = world.yuhong
    office = world.admin(c)
    t = await published(world, c)
    called_at = world.clock.now() - timedelta(hours=2)
    caller = c.worker
    done = await world.step(t["id"], "follow-up", {
        "solved": False, "satisfaction": "dissatisfied", "comment": "灯又坏了",
        "called_by": str(caller), "called_at": called_at.isoformat()}, office)
    assert (done["status"], done["solved"], done["satisfaction"]) == \
        ("followed_up", False, "dissatisfied")
    assert done["rating"] is None and done["followup_by"] == str(caller)
    file = (await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=office)).json()
    (entry,) = [s for s in file["timeline"] if s["action"] == "follow_up"]
    assert entry["data"]["solved"] is False and entry["data"]["satisfaction"] == "dissatisfied"
    assert entry["data"]["called_by"] == str(caller) and entry["note"] == "灯又坏了"

    # a 1-5 score alone (as residents and old clients give it) is read as the 是否满意
    old = await published(world, c)
    clerk = uuid7()
    done = await world.step(old["id"], "follow-up", {"rating": 3},
                            world.as_("community_admin", c.id, clerk))
    assert (done["rating"], done["satisfaction"], done["solved"]) == \
        (3, "basically_satisfied", None)
    assert done["followup_by"] == str(clerk)  # who recorded it, when no one else is named

    # neither answer: a problem in Chinese, nothing changed
    third = await published(world, c)
    r = await world.tickets.client.post(f"/v1/tickets/{third['id']}/follow-up",
                                        json={"solved": True}, headers=office)
    assert r.status_code == 422 and "是否满意" in r.json()["detail"]
    future = (world.clock.now() + timedelta(hours=1)).isoformat()
    r = await world.tickets.client.post(f"/v1/tickets/{third['id']}/follow-up", json={
        "satisfaction": "satisfied", "called_at": future}, headers=office)
    assert r.status_code == 422
    again = (await world.tickets.client.get(f"/v1/tickets/{third['id']}", headers=office)).json()
    assert again["ticket"]["status"] == "published"


async def test_the_rates_follow_the_citys_definition(world):
    c = world.jianxi
    office = world.admin(c)
    since = world.clock.advance(minutes=1)
    answers = [(True, "satisfied"), (True, "basically_satisfied"), (False, "dissatisfied"),
               (False, "unevaluated")]
    for solved, satisfaction in answers:
        t = await published(world, c)
        await world.step(t["id"], "follow-up", {"solved": solved, "satisfaction": satisfaction},
                         office)
    total = await figures(world, since, c)
    assert (total["asked_solved"], total["solved"], total["solved_rate"]) == (4, 2, 0.5)
    # the default: 满意 and 基本满意 count, 未评价 is left out of the denominator
    assert (total["rated"], total["satisfied"], total["unevaluated"]) == (3, 2, 1)
    assert total["satisfaction_rate"] == round(2 / 3, 4)

    settings = world.tickets.settings  # the running service's own settings object
    before = (settings.satisfied_answers, settings.unevaluated_in_satisfaction)
    try:  # another city: only 满意 counts, and 未评价 is in the denominator
        settings.satisfied_answers = [Satisfaction.SATISFIED]
        settings.unevaluated_in_satisfaction = True
        total = await figures(world, since, c)
    finally:
        settings.satisfied_answers, settings.unevaluated_in_satisfaction = before
    assert (total["rated"], total["satisfied"], total["satisfaction_rate"]) == (4, 1, 0.25)
    assert total["solved_rate"] == 0.5  # 是否解决 is not touched by the 满意 definition


async def test_the_response_rate_waits_for_the_sign_window(world):
    """Runs last in this module: it moves the clock past a sign window (24 hours)."""
    c = world.yuhong
    office = world.admin(c)
    since = world.clock.advance(minutes=1)
    signed = await world.file({"appeal_kind": "help", "category": "environment", "title": "x",
                               "grid_id": str(c.grid), "accept": True}, office)
    await world.step(signed["id"], "dispatch", {}, office)
    await world.step(signed["id"], "sign", {}, world.worker(c))
    waiting = await world.file({"appeal_kind": "help", "category": "environment", "title": "y",
                                "grid_id": str(c.grid), "accept": True}, office)
    await world.step(waiting["id"], "dispatch", {}, office)
    total = await figures(world, since, c)
    assert (total["dispatched"], total["to_respond"], total["responded"]) == (2, 0, 0)
    assert total["response_rate"] is None  # not "not responded": still inside its window

    world.clock.advance(hours=24, minutes=1)
    fresh = await world.file({"appeal_kind": "help", "category": "environment", "title": "z",
                              "grid_id": str(c.grid), "accept": True}, office)
    await world.step(fresh["id"], "dispatch", {}, office)  # seconds ago: not counted yet
    total = await figures(world, since, c)
    assert (total["dispatched"], total["to_respond"], total["responded"]) == (3, 2, 1)
    assert total["response_rate"] == 0.5
