"""The phone pages in a real Chromium (issue 23): a resident reports a matter with a photo from
where she stands; the office accepts and dispatches it (here through the API); the grid worker
finds it in 网格待办, signs, starts and resolves it with a photo; the office publishes the reply;
the resident reads it and rates it. Each page is photographed at a phone size."""

from __future__ import annotations

import json

import pytest

from .conftest import INSIDE, RESULTS, run_node

pytestmark = pytest.mark.asyncio(loop_scope="session")
TITLE = "育红社区3号楼垃圾桶满溢"


def _last_json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


async def _office(site, path: str, body: dict) -> dict:
    r = await site.h["tickets"].client.post(path, json=body, headers=site.h["tickets"].auth("system"))
    assert r.status_code == 200, r.text
    return r.json()


async def test_a_resident_reports_the_worker_resolves_the_resident_rates(site):
    resident, worker = site.city["resident_login"], site.city["login"]
    who = {"BASE_URL": site.url, "TITLE": TITLE}
    filed = _last_json(await run_node(
        "phone_story.mjs", PART="report", USERNAME=resident["username"],
        PASSWORD=resident["password"], NAME=resident["name"], LAT=str(INSIDE["lat"]),
        LNG=str(INSIDE["lng"]), **who))
    ticket_id = filed["ticket_id"]
    got = (await site.h["tickets"].client.get(f"/v1/tickets/{ticket_id}",
                                              headers=site.h["tickets"].auth("system"))).json()
    ticket = got["ticket"]
    assert ticket["grid_id"] == site.city["grid"]["id"]  # located in the grid from the phone
    assert ticket["channel"] == "online" and ticket["category"] == "environment"
    assert [a["action"] for a in got["attachments"]] == ["receive"]  # the photo came with it

    await _office(site, f"/v1/tickets/{ticket_id}/accept", {"note": None})
    await _office(site, f"/v1/tickets/{ticket_id}/dispatch", {})
    await run_node("phone_story.mjs", PART="resolve", USERNAME=worker["username"],
                   PASSWORD=worker["password"], NAME=worker["name"], **who)
    got = (await site.h["tickets"].client.get(f"/v1/tickets/{ticket_id}",
                                              headers=site.h["tickets"].auth("system"))).json()
    assert got["ticket"]["status"] == "resolved"
    assert got["ticket"]["assignee_id"] == site.city["worker"]["id"]
    assert sorted(a["action"] for a in got["attachments"]) == ["receive", "resolve"]

    await _office(site, f"/v1/tickets/{ticket_id}/publish",
                  {"response": "垃圾桶已清空消毒，已与环卫所约定每日清运。", "public": True})
    await run_node("phone_story.mjs", PART="rate", USERNAME=resident["username"],
                   PASSWORD=resident["password"], NAME=resident["name"], **who)
    got = (await site.h["tickets"].client.get(f"/v1/tickets/{ticket_id}",
                                              headers=site.h["tickets"].auth("system"))).json()
    assert got["ticket"]["status"] == "followed_up" and got["ticket"]["rating"] == 4
    for shot in ("phone-resident-report.png", "phone-resident-filed.png", "phone-worker-queue.png",
                 "phone-worker-resolved.png", "phone-resident-rate.png",
                 "desktop-resident-report.png"):
        assert (RESULTS / shot).stat().st_size > 5000, shot


async def test_a_resident_is_shown_the_same_matter_nearby_and_files_nothing(site):
    """已有人反映: an open matter of the kind where she stands; she says hers is that one."""
    resident, tickets = site.city["resident_login"], site.h["tickets"]
    title = "育红社区3号楼门前路灯不亮"
    r = await tickets.client.post("/v1/tickets", headers=tickets.auth("system"), json={
        "appeal_kind": "help", "category": "environment", "title": title, "channel": "hotline",
        "location": {"lat": INSIDE["lat"] + 0.0005, "lng": INSIDE["lng"]}})
    assert r.status_code == 201, r.text

    async def filed() -> int:
        async with tickets.runtime.pool.acquire() as conn:
            return await conn.fetchval("SELECT count(*) FROM tickets")

    before = await filed()
    await run_node("phone_story.mjs", PART="duplicate", USERNAME=resident["username"],
                   PASSWORD=resident["password"], NAME=resident["name"], LAT=str(INSIDE["lat"]),
                   LNG=str(INSIDE["lng"]), BASE_URL=site.url, TITLE=title)
    assert await filed() == before
    assert (RESULTS / "phone-resident-duplicate.png").stat().st_size > 5000


async def test_the_grid_worker_sees_the_grid_outline_and_its_open_matters_on_the_map(site):
    """网格地图 with no tile source configured (tests never fetch tiles): the outline and one
    marker per open matter with a point; nothing requested from another origin."""
    tickets, worker = site.h["tickets"], site.city["login"]
    r = await tickets.client.post("/v1/tickets", headers=tickets.auth("system"), json={
        "appeal_kind": "help", "category": "road_repair", "title": "育红社区2号楼前方砖松动",
        "channel": "hotline", "location": {"lat": INSIDE["lat"] - 0.002, "lng": INSIDE["lng"]}})
    assert r.status_code == 201, r.text
    async with tickets.runtime.pool.acquire() as conn:
        open_here = await conn.fetchval(
            "SELECT count(*) FROM tickets WHERE lat IS NOT NULL AND grid_id = $1 AND status = "
            "ANY('{received,accepted,dispatched,signed,in_progress,bounced}')",
            site.city["grid"]["id"])
    shown = _last_json(await run_node("phone_story.mjs", PART="map", BASE_URL=site.url,
                                      USERNAME=worker["username"], PASSWORD=worker["password"],
                                      NAME=worker["name"], TITLE=""))
    assert shown["elsewhere"] == []
    assert shown["paths"] == 1 + open_here  # the outline, then a circle per matter
    assert (RESULTS / "phone-worker-map.png").stat().st_size > 5000


async def test_a_report_made_with_no_signal_is_sent_once_back_online(site):
    """PWA: offline, the report is kept on the phone; online again, it is filed exactly once."""
    worker, tickets = site.city["login"], site.h["tickets"]
    title = "育红社区地下车库积水"
    sent = _last_json(await run_node("phone_story.mjs", PART="offline", BASE_URL=site.url,
                                     USERNAME=worker["username"], PASSWORD=worker["password"],
                                     NAME=worker["name"], TITLE=title, LAT=str(INSIDE["lat"]),
                                     LNG=str(INSIDE["lng"])))
    async with tickets.runtime.pool.acquire() as conn:
        filed = await conn.fetch("SELECT number, channel FROM tickets WHERE title = $1", title)
    assert [(r["number"], r["channel"]) for r in filed] == [(sent["number"], "patrol")]
    assert sent["left"] == "[]"
