"""A matter full of personal data, walked through its whole life across the five services:
none of it reaches 公示, anonymous Open311, the public log, what webhook subscribers receive,
or the SMS and e-mail sent about it; the ticket number, dates, money and the house numbers of
public places do (issue 22's sample string, docs/security.md "Every public surface")."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

import orjson
import pytest

from redgrid.common.clock import ManualClock

from ..integration.notifications.fakes import Receiver, smtp_server
from .city import running_city, settle

pytestmark = pytest.mark.asyncio(loop_scope="session")

NAME = "张三丰"
TITLE = ("张三丰反映幸福路1号3栋2单元401室漏水 电话138 1234 5678 或138-1234-5679 +8613812345670 "
         "座机025-87654321 １３８１２３４５６７８ 身份证320102199001011234")
RESPONSE = ("已联系张三丰先生, 电话138 1234 5678, 家住幸福路1号3栋2单元401室, 已维修。"
            "2026年12月8日完工, 维修费用120元由物业承担, 材料取自人民医院3号楼旁五金店")
COMMENT = "张三丰: 很满意, 有事再打13812345678"
PERSONAL = ("张三丰", "三丰", "138 1234 5678", "1234 5678", "138-1234-5679", "1234-5679",
            "8613812345670", "13812345670", "12345678", "025-87654321", "87654321",
            "１３８１２３４５６７８", "320102199001011234", "2单元", "401室", "单元401")
MUST_STAY = ("2026年12月8日", "120元", "人民医院3号楼", "幸福路1号3栋")
MORNING = datetime(2026, 5, 12, 2, 0, tzinfo=UTC)  # 10:00 in Beijing: no quiet hours


@pytest.fixture(scope="module")
async def city(stack):
    sms = Receiver()
    await sms.start()
    async with smtp_server() as (mailbox, smtp_port):
        async with running_city(stack, clocks={"notifications": ManualClock(MORNING)},
                                notifications={
                                    "sms_url": sms.url("/sms"), "sms_key": "k",
                                    "smtp_host": "127.0.0.1", "smtp_port": smtp_port,
                                    "smtp_from": "红网格 <noreply@redgrid.test>"}) as c:
            c.sms, c.mailbox = sms, mailbox
            yield c
    await sms.stop()


def leaked(text: str) -> list[str]:
    return [p for p in PERSONAL if p in text]


async def walk(city) -> dict:
    """Filed at the hotline with the caller's name, phone and home; dispatched to the grid,
    signed, handled, resolved, answered, its 公示稿 approved as proposed, followed up, closed."""
    a, t = city.a, city.h["tickets"]
    office, worker = city.auth("community_admin", a), city.auth("grid_worker", a)

    async def step(path: str, body: dict, who: dict) -> dict:
        r = await t.client.post(f"/v1/tickets/{ticket['id']}/{path}", json=body, headers=who)
        assert r.status_code == 200, (path, r.text)
        return r.json()

    r = await t.client.post("/v1/tickets", headers=office, json={
        "channel": "hotline", "appeal_kind": "complaint", "category": "road_repair",
        "title": TITLE, "description": TITLE, "grid_id": str(a.grid), "accept": True,
        "address": "幸福路1号3栋2单元401室",
        "location": {"lat": 33.2051234, "lng": a.lng + 0.0001234},
        "reporter": {"name": NAME, "phone": "13812345678", "address": "幸福路1号3栋2单元401室"}})
    assert r.status_code == 201, r.text
    ticket = r.json()
    await step("dispatch", {"grid_id": str(a.grid)}, office)
    await step("sign", {}, worker)
    await step("start", {"note": f"已电话联系{NAME} 138-1234-5679"}, worker)
    await step("resolve", {"resolution": RESPONSE}, worker)
    await step("publish", {"response": RESPONSE}, office)
    draft = (await t.client.get(f"/v1/tickets/{ticket['id']}/notice", headers=office)).json()
    assert not leaked(draft["proposed_title"] + draft["proposed_response"]), draft
    await step("notice/approve", {"title": draft["proposed_title"],
                                  "response": draft["proposed_response"]}, office)
    await step("follow-up", {"rating": 5, "comment": COMMENT}, office)
    await step("close", {"note": COMMENT}, office)
    await settle(city)
    return ticket


async def test_a_matters_personal_data_reaches_no_public_surface_or_outbound_event(city):
    ticket = await walk(city)
    number, t = ticket["number"], city.h["tickets"]

    # 公示 and anonymous Open311 (JSON and XML, listed and by number)
    pages = {}
    for path in ("/public/v1/notices?limit=200", f"/public/v1/notices/{number}",
                 "/open311/v2/requests.json", f"/open311/v2/requests/{number}.json",
                 f"/open311/v2/requests/{number}.xml"):
        r = await t.client.get(path)
        assert r.status_code == 200, (path, r.text)
        pages[path] = r.text
    for path, text in pages.items():
        assert number in text, path
        assert not leaked(text), (path, leaked(text))
    for path in (f"/public/v1/notices/{number}", f"/open311/v2/requests/{number}.json"):
        for kept in MUST_STAY:
            assert kept in pages[path], (path, kept)
    shown = orjson.loads(pages[f"/open311/v2/requests/{number}.json"])[0]
    assert (shown["lat"], shown["long"]) == (33.205, round(city.a.lng + 0.0001234, 3))

    # the public log (what webhooks replay) and what subscribers received: every event of it
    async with city.h["notifications"].runtime.pool.acquire() as conn:
        rows = await conn.fetch("SELECT type, convert_from(body, 'UTF8') AS body FROM public_log")
    rows = [r for r in rows if ticket["id"] in r["body"]]
    types = {r["type"].split(".")[3] for r in rows}
    assert {"received", "accepted", "dispatched", "signed", "started", "resolved", "published",
            "notice_approved", "followed_up", "closed"} <= types
    for r in rows:
        assert not leaked(r["body"]), (r["type"], leaked(r["body"]))
    sent = [b.decode() for _, _, b in city.webhook.received if ticket["id"].encode() in b]
    assert len(sent) >= len(types)
    for body in sent:
        event = orjson.loads(body)
        assert event["data"]["number"] == number and not leaked(body), leaked(body)
        assert event["data"]["reporter_person_id"] is None
        assert event["data"]["location"] == {"lat": 33.205,
                                             "lng": round(city.a.lng + 0.0001234, 3)}

    # SMS and e-mail about it (the grid worker's, the office's)
    texts = [orjson.loads(b).get("text", "") for _, _, b in city.sms.received]
    texts += [m.get_content() for _, m in city.mailbox.messages]
    about = [x for x in texts if number in x]
    assert about, "an SMS or an e-mail was sent about the matter"
    for text in about:
        assert not leaked(text), leaked(text)


async def test_no_step_shows_it_before_the_summary_is_approved(city):
    """A second matter answered but not yet approved: nothing of it on any public surface."""
    a, t = city.a, city.h["tickets"]
    office = city.auth("community_admin", a)
    r = await t.client.post("/v1/tickets", headers=office, json={
        "channel": "hotline", "appeal_kind": "help", "category": "road_repair",
        "title": "幸福路1号井盖缺失", "grid_id": str(a.grid), "accept": True})
    ticket = r.json()
    for path, body in (("dispatch", {"grid_id": str(a.grid)}), ("sign", {}),
                       ("resolve", {"resolution": "已更换"}), ("publish", {"response": "已更换"})):
        r = await t.client.post(f"/v1/tickets/{ticket['id']}/{path}", json=body, headers=office)
        assert r.status_code == 200, r.text
    for path in ("/public/v1/notices?limit=200", "/open311/v2/requests.json"):
        assert ticket["number"] not in (await t.client.get(path)).text
    assert (await t.client.get(f"/public/v1/notices/{ticket['number']}")).status_code == 404
    r = await t.client.get(f"/open311/v2/requests/{ticket['number']}.json")
    assert r.status_code == 404 or ticket["number"] not in r.text
    assert UUID(ticket["id"])
