"""The volunteer's story in a real Chromium (issue 23, 五单制): a resident places a service order
on her phone (居民点单); the community hands it over and the branch dispatches it to a volunteer
(here through the API); the volunteer accepts it on 我的服务单, sees the address and a call button,
starts and completes it; the resident rates it (民意评单). A second offer is declined with a
reason. Each page is photographed at a phone size."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from uuid import UUID

import pytest

from redgrid.common.clock import BEIJING

from .conftest import RESULTS, run_node

pytestmark = pytest.mark.asyncio(loop_scope="session")
ADDRESS = "育红社区3号楼2单元501"


async def _staff(site, path: str, body: dict) -> dict:
    matching = site.h["matching"]
    r = await matching.client.post(path, json=body, headers=matching.auth("system"))
    assert r.status_code == 200, r.text
    return r.json()


async def _order(site, order_id: str) -> dict:
    matching = site.h["matching"]
    r = await matching.client.get(f"/v1/orders/{order_id}", headers=matching.auth("system"))
    assert r.status_code == 200, r.text
    return r.json()


async def _offer(site, order_id: str) -> None:
    """社区交单 then 支部下单, to the seeded volunteer."""
    await _staff(site, f"/v1/orders/{order_id}/hand-over", {})
    await _staff(site, f"/v1/orders/{order_id}/dispatch",
                 {"person_id": site.city["volunteer"]["id"]})


def _as(login: dict) -> dict:
    return {"USERNAME": login["username"], "PASSWORD": login["password"], "NAME": login["name"]}


async def test_a_resident_orders_a_volunteer_serves_the_resident_rates(site):
    resident, volunteer = site.city["resident_login"], site.city["volunteer_login"]
    title = "陪同李秀英去社区卫生服务中心复诊"
    out = await run_node("volunteer_story.mjs", PART="place", BASE_URL=site.url, TITLE=title,
                         ADDRESS=ADDRESS, **_as(resident))
    order_id = json.loads(out.strip().splitlines()[-1])["order_id"]
    order = await _order(site, order_id)
    assert (order["status"], order["service_type"]) == ("placed", "助老")
    assert order["address"] == "育红社区3号楼"  # to others than her and the assignee: the building
    assert order["resident_person_id"] == site.city["resident"]["id"]
    assert order["grid_id"] == site.city["grid"]["id"]  # her own grid: the address is no point

    await _offer(site, order_id)
    await run_node("volunteer_story.mjs", PART="serve", BASE_URL=site.url, TITLE=title,
                   ADDRESS=ADDRESS, PHONE="13900002222", **_as(volunteer))
    order = await _order(site, order_id)
    assert (order["status"], order["hours"]) == ("completed", 1.5)
    assert order["assignee_person_id"] == site.city["volunteer"]["id"]

    await _record(site)
    await run_node("volunteer_story.mjs", PART="rate", BASE_URL=site.url, TITLE=title,
                   **_as(resident))
    order = await _order(site, order_id)
    assert (order["status"], order["rating"]) == ("rated", 4)
    for shot in ("phone-resident-order", "phone-resident-orders", "phone-volunteer-offered",
                 "phone-volunteer-accepted", "phone-volunteer-completed",
                 "phone-resident-rate-order", "phone-volunteer-record"):
        assert (RESULTS / f"{shot}.png").stat().st_size > 5000, shot


async def _record(site) -> None:
    """时长积分与岗位: the 1.5 hours just served, a weekly duty and a post the volunteer claims."""
    city, matching = site.city, site.h["matching"]
    today = datetime.now(UTC).date()
    roster, post = "社区法律诊所周三值班", "育红社区文明劝导岗"
    r = await matching.client.post("/v1/rosters", headers=matching.auth("system"), json={
        "title": roster, "community_id": city["community"]["id"], "frequency": "weekly",
        "weekday": 3, "start_time": "09:00", "end_time": "11:00", "starts_on": str(today),
        "ends_on": str(today + timedelta(days=28)), "rota": [city["volunteer"]["id"]]})
    assert r.status_code == 201, r.text
    r = await matching.client.post("/v1/posts", headers=matching.auth("system"), json={
        "kind": "civility", "title": post, "community_id": city["community"]["id"], "seats": 3,
        "starts_on": str(today), "ends_on": str(today + timedelta(days=60))})
    assert r.status_code == 201, r.text
    await run_node("volunteer_story.mjs", PART="record", BASE_URL=site.url, HOURS="1.5",
                   ROSTER=roster, POST=post, **_as(city["volunteer_login"]))
    claims = await matching.client.get(f"/v1/posts/{r.json()['id']}/claims",
                                       headers=matching.auth("system"))
    assert [c["person_id"] for c in claims.json()] == [city["volunteer"]["id"]]


async def test_the_volunteer_declines_an_offer_with_a_reason(site):
    matching, city = site.h["matching"], site.city
    title = "帮李秀英修理厨房水龙头"
    # tomorrow 14:00–16:00 in Beijing: clear of the Wednesday 09:00–11:00 duty _record gives the
    # volunteer (an hour-of-now window met it whenever the run began 00:00–03:00 UTC on a Tuesday)
    start = datetime.combine(datetime.now(BEIJING).date() + timedelta(days=1), time(14),
                             tzinfo=BEIJING)
    r = await matching.client.post("/v1/orders", json={
        "service_type": "维修", "title": title, "urgency": "normal", "address": ADDRESS,
        "window_start": start.isoformat(), "window_end": (start + timedelta(hours=2)).isoformat()},
        headers=matching.auth("resident", UUID(city["community"]["id"]),
                              UUID(city["resident"]["id"])))
    assert r.status_code == 201, r.text
    order_id = r.json()["id"]
    await _offer(site, order_id)
    await run_node("volunteer_story.mjs", PART="refuse", BASE_URL=site.url, TITLE=title,
                   **_as(city["volunteer_login"]))
    r = await matching.client.get(f"/v1/orders/{order_id}/steps", headers=matching.auth("system"))
    refused = [s for s in r.json() if s["verb"] == "refused"]
    assert [s["reason"] for s in refused] == ["当天要去医院复查，时间冲突"]
    assert (await _order(site, order_id))["assignee_person_id"] != city["volunteer"]["id"]
