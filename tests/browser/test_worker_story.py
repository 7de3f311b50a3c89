"""The grid worker's other steps in a real Chromium (issue 23): on a matter, 退单 and 上报 with a
reason (shown only when the tickets service allows them); a 六上门 visit logged from 网格待办 whose
finding becomes a matter of the grid."""

from __future__ import annotations

import pytest

from .conftest import INSIDE, RESULTS, run_node

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _dispatched(site, title: str) -> str:
    """A hotline matter in the worker's grid, accepted and dispatched by the office."""
    tickets = site.h["tickets"]
    office = tickets.auth("system")
    r = await tickets.client.post("/v1/tickets", headers=office, json={
        "appeal_kind": "help", "category": "environment", "title": title, "channel": "hotline",
        "location": INSIDE})
    assert r.status_code == 201, r.text
    ticket_id = r.json()["id"]
    for action, body in (("accept", {"note": None}), ("dispatch", {})):
        r = await tickets.client.post(f"/v1/tickets/{ticket_id}/{action}", json=body,
                                      headers=office)
        assert r.status_code == 200, r.text
    return ticket_id


async def _file(site, ticket_id: str) -> dict:
    tickets = site.h["tickets"]
    r = await tickets.client.get(f"/v1/tickets/{ticket_id}", headers=tickets.auth("system"))
    assert r.status_code == 200, r.text
    return r.json()


def _worker(site) -> dict:
    login = site.city["login"]
    return {"BASE_URL": site.url, "USERNAME": login["username"], "PASSWORD": login["password"],
            "NAME": login["name"]}


async def test_the_worker_bounces_a_matter_with_a_reason(site):
    ticket_id = await _dispatched(site, "育红社区8号楼电梯异响")
    await run_node("worker_story.mjs", PART="bounce", TICKET_ID=ticket_id, **_worker(site))
    got = await _file(site, ticket_id)
    assert got["ticket"]["status"] == "bounced"
    assert got["timeline"][-1]["action"] == "bounce"
    assert "物业" in (got["timeline"][-1]["note"] or got["timeline"][-1].get("reason") or "")


async def test_the_worker_signs_then_escalates_a_matter_with_a_reason(site):
    ticket_id = await _dispatched(site, "育红社区9号楼燃气管道锈蚀")
    await run_node("worker_story.mjs", PART="escalate", TICKET_ID=ticket_id, **_worker(site))
    got = await _file(site, ticket_id)
    assert [s["action"] for s in got["timeline"]][-2:] == ["sign", "escalate"]
    assert (RESULTS / "phone-worker-escalate.png").stat().st_size > 5000


async def test_a_door_visit_is_logged_and_its_finding_becomes_a_matter(site):
    tickets, title = site.h["tickets"], "育红社区5号楼楼道杂物长期堆放"
    await run_node("worker_story.mjs", PART="visit", TITLE=title, **_worker(site))
    r = await tickets.client.get("/v1/visits", headers=tickets.auth("system"))
    visits = r.json()["items"]
    # to anyone but its author, the household cut to the building
    assert [(v["kind"], v["household"], len(v["ticket_ids"])) for v in visits] == [
        ("problem", "育红社区5号楼", 1)]
    found = (await _file(site, visits[0]["ticket_ids"][0]))["ticket"]
    assert (found["title"], found["channel"], found["grid_id"]) == (
        title, "door_visit", site.city["grid"]["id"])
    for shot in ("phone-worker-visit", "phone-worker-visit-logged"):
        assert (RESULTS / f"{shot}.png").stat().st_size > 5000, shot
