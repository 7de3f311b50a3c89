"""服务岗位与排班 at the desk in a real Chromium (issue 24): the community admin sets a service
post on the page; a retired party member takes a seat (through the API, as the phone does); the
post then shows the seat taken and who took it, and the month's duty calendar shows the member's
turn of the community's roster on its day. Confirmed through the API; photographed; axe-core
finds no serious or critical violation."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from uuid import UUID

import pytest

from redgrid.common.clock import BEIJING

from .conftest import RESULTS, run_node

pytestmark = pytest.mark.asyncio(loop_scope="session")
POST_TITLE = "育红社区文明劝导岗"


async def _call(h, method: str, path: str, token: dict, body: dict | None = None,
                expected: int = 200):
    r = await h.client.request(method, path, json=body, headers=token)
    assert r.status_code == expected, r.text
    return r.json()


async def test_a_community_sets_a_post_and_reads_its_seats_and_duties(site):
    matching, city = site.h["matching"], site.city
    admin = matching.auth("community_admin", UUID(city["community"]["id"]),
                          UUID(city["admin"]["id"]))
    member = matching.auth("party_member", UUID(city["community"]["id"]),
                           UUID(city["volunteer"]["id"]))
    today = datetime.now(BEIJING).date()
    duty_day = today + timedelta(days=3)  # within the month shown, or the next: see below
    if duty_day.month != today.month:
        duty_day = today  # the calendar opens on this month
    roster = await _call(matching, "POST", "/v1/rosters", admin, {
        "title": "法律门诊值班", "community_id": city["community"]["id"], "frequency": "weekly",
        "weekday": duty_day.isoweekday(), "start_time": "09:00", "end_time": "11:00",
        "starts_on": today.isoformat(), "ends_on": (today + timedelta(days=60)).isoformat(),
        "rota": [city["volunteer"]["id"]]}, expected=201)
    login = city["admin_login"]
    who = {"BASE_URL": site.url, "USERNAME": login["username"], "PASSWORD": login["password"],
           "NAME": login["name"], "POST_TITLE": POST_TITLE}
    await run_node("desk_posts.mjs", PART="set", FROM=today.isoformat(),
                   UNTIL=(today + timedelta(days=30)).isoformat(), **who)

    posts = (await _call(matching, "GET", "/v1/posts?limit=50", admin))["items"]
    (post,) = [p for p in posts if p["title"] == POST_TITLE]
    assert (post["kind"], post["seats"], post["claimed"], post["status"]) == \
        ("civility", 3, 0, "open")
    assert (post["starts_on"], post["ends_on"]) == (today.isoformat(),
                                                   (today + timedelta(days=30)).isoformat())
    await _call(matching, "POST", f"/v1/posts/{post['id']}/claims", member, {
        "from_on": today.isoformat(), "until_on": (today + timedelta(days=7)).isoformat()},
        expected=201)

    out = await run_node("desk_posts.mjs", PART="read", CLAIMER=city["volunteer"]["name"],
                         DUTY_DAY=duty_day.isoformat(), **who)
    read = json.loads(out.strip().splitlines()[-1])
    assert any(city["volunteer"]["name"] in c for c in read["shown"]["claims"]), read
    assert read["shown"]["turn"].startswith(f"09:00 {city['volunteer']['name']}"), read
    duties = await _call(matching, "GET", f"/v1/rosters/{roster['roster']['id']}/duties", admin)
    assert duties and all(d["person_id"] == city["volunteer"]["id"] for d in duties)
    print("posts screens, ms until their data showed:",
          json.dumps(read["timings"], ensure_ascii=False))
    assert all(ms < 3000 for ms in read["timings"].values()), read["timings"]
    assert set(read["axe"]) == {"服务岗位", "值班排班"}
    assert all(not v for v in read["axe"].values()), json.dumps(read["axe"], ensure_ascii=False)
    for shot in ("desk-posts-new", "desk-posts", "desk-rosters"):
        assert (RESULTS / f"{shot}.png").stat().st_size > 5000, shot
