"""目录与日历 at the desk in a real Chromium (issue 24): the street admin reads today's dispatch
rules, adjusts one category's time limit from a day to come, and reads its versions; she reads the
coming year's days off, pastes the notice of a year without one (a bad line is named on the page
and nothing is sent), corrects and loads it; she writes a 答复模板. The community admin then
publishes a resolved matter's reply from that template. Each change is confirmed through the API;
screens are photographed, their data-appearance times printed, and axe-core finds no serious or
critical violation on them."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from redgrid.common.clock import BEIJING

from .conftest import RESULTS, run_node

pytestmark = pytest.mark.asyncio(loop_scope="session")
TEMPLATE_TITLE = "楼道照明已修复"
TEMPLATE_BODY = "您反映的楼道照明问题已由物业维修完毕，感谢您对社区工作的支持。"


async def _call(h, method: str, path: str, token: dict, body: dict | None = None,
                expected: int = 200) -> dict | list:
    r = await h.client.request(method, path, json=body, headers=token)
    assert r.status_code == expected, r.text
    return r.json() if r.content else {}


async def _resolved_ticket(site) -> str:
    """A matter of 育红社区 filed, accepted, dispatched, signed, started and resolved (API)."""
    tickets, city = site.h["tickets"], site.city
    resident = tickets.auth("resident", org=city["community"]["id"], person=city["resident"]["id"])
    admin = tickets.auth("community_admin", org=city["community"]["id"], person=city["admin"]["id"])
    worker = tickets.auth("grid_worker", org=city["branch"]["id"], person=city["worker"]["id"])
    t = await _call(tickets, "POST", "/v1/tickets", resident, {
        "appeal_kind": "help", "category": "environment", "title": "3号楼楼道灯坏了",
        "description": "晚上楼道一片黑。", "grid_id": city["grid"]["id"]}, expected=201)
    base = f"/v1/tickets/{t['id']}"
    await _call(tickets, "POST", f"{base}/accept", admin, {})
    await _call(tickets, "POST", f"{base}/dispatch", admin, {
        "grid_id": city["grid"]["id"], "assignee_id": city["worker"]["id"]})
    for step, body in (("sign", {}), ("start", {}), ("resolve", {"resolution": "已更换灯泡。"})):
        await _call(tickets, "POST", f"{base}/{step}", worker, body)
    return t["id"]


async def test_a_street_keeps_the_rules_and_a_community_replies_from_a_template(site):
    tickets, city = site.h["tickets"], site.city
    system = tickets.auth("system")
    names = {c["code"]: c["name"] for c in await _call(tickets, "GET", "/v1/categories", system)}
    today = datetime.now(BEIJING).date()
    later = today.year + 2
    before = await _call(tickets, "GET", f"/v1/calendar/{later}", system)
    assert before["basis"] == "weekdays-fallback", before  # a year no notice covers yet
    start = today + timedelta(days=10)
    street = city["street_login"]
    out = await run_node("desk_catalogue.mjs", PART="keep", BASE_URL=site.url,
                         USERNAME=street["username"], PASSWORD=street["password"],
                         NAME=street["name"], CATEGORY_NAME=names["environment"],
                         FROM=start.isoformat(), LATER=str(later),
                         TEMPLATE_TITLE=TEMPLATE_TITLE, TEMPLATE_BODY=TEMPLATE_BODY)
    kept = json.loads(out.strip().splitlines()[-1])

    # the new rule: the street's own, 2 working days (the city's says 3), from 00:00 Beijing time on `start`
    street_id = city["street"]["id"]
    versions = await _call(tickets, "GET", f"/v1/catalogue/environment/history?street_id="
                           f"{street_id}", system)
    assert [(v["limit_working_days"], v["valid_to"]) for v in versions] == [(2, None)], versions
    assert datetime.fromisoformat(versions[0]["valid_from"]).astimezone(BEIJING) == \
        datetime.combine(start, datetime.min.time(), tzinfo=BEIJING)
    assert any(f"{start.isoformat()} 起" in v for v in kept["shown"]["versions"]), kept
    assert kept["shown"]["rules"] == len(await _call(tickets, "GET", "/v1/catalogue", system))

    # the calendar: the shown year has days off; the later one is loaded as pasted, once corrected
    assert kept["shown"]["offNext"] > 0 and kept["shown"]["refusedLoad"] is True, kept
    loaded = await _call(tickets, "GET", f"/v1/calendar/{later}", system)
    assert loaded["basis"] == "calendar" and loaded["loaded"]["loaded_by"] == \
        city["street_admin"]["id"]
    assert loaded["days_off"] == [date(later, 1, 1).isoformat()] + [
        date(later, 10, d).isoformat() for d in range(1, 8)]
    assert loaded["working_days"] == [date(later, 10, 8).isoformat()]
    assert kept["shown"]["offLater"] == 8 and "已载入" in kept["shown"]["basisLater"], kept

    templates = await _call(tickets, "GET", "/v1/reply-templates?category=environment",
                            tickets.auth("street_admin", org=street_id))
    assert [(t["title"], t["body"]) for t in templates] == [(TEMPLATE_TITLE, TEMPLATE_BODY)]

    ticket_id = await _resolved_ticket(site)
    admin = city["admin_login"]
    out = await run_node("desk_catalogue.mjs", PART="reply", BASE_URL=site.url,
                         USERNAME=admin["username"], PASSWORD=admin["password"],
                         NAME=admin["name"], TICKET_ID=ticket_id, TEMPLATE_TITLE=TEMPLATE_TITLE)
    replied = json.loads(out.strip().splitlines()[-1])
    assert replied["shown"]["filled"] == TEMPLATE_BODY
    got = await _call(tickets, "GET", f"/v1/tickets/{ticket_id}", system)
    assert got["ticket"]["status"] == "published" and got["ticket"]["response"] == TEMPLATE_BODY

    timings = kept["timings"] | replied["timings"]
    print("catalogue screens, ms until their data showed:", json.dumps(timings, ensure_ascii=False))
    assert all(ms < 3000 for ms in timings.values()), timings
    axe = kept["axe"] | replied["axe"]
    assert set(axe) == {"派单目录", "节假日安排", "答复模板", "公示回应"}
    assert all(not found for found in axe.values()), json.dumps(axe, ensure_ascii=False)
    for shot in ("desk-catalogue", "desk-catalogue-history", "desk-calendar",
                 "desk-calendar-refused", "desk-calendar-loaded", "desk-templates",
                 "desk-calendar-phone", "desk-reply-template"):
        assert (RESULTS / f"{shot}.png").stat().st_size > 5000, shot
