"""People told what concerns them: inbox, live stream (SSE), e-mail and SMS; nothing twice."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from uuid import UUID

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.ids import uuid7
from redgrid.common.testing import eventually, run_service, stream_messages
from redgrid.notifications.main import spec as notifications_spec

from .conftest import SMS_KEY, WEB, settings_for
from .fakes import LiveStream

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def drained(city, source: str) -> None:
    """The notifications consumer of `source` has nothing pending or unacknowledged."""
    async def done():
        info = await city.js.consumer_info(f"REDGRID_{source.upper()}",
                                           f"notifications-from-{source}")
        return info.num_pending == 0 and info.num_ack_pending == 0

    await eventually(done)


async def inbox(city, who: str, **params) -> list[dict]:
    r = await city.notifications.client.get("/v1/inbox", params=params,
                                            headers=city.auth("grid_worker", who))
    assert r.status_code == 200, r.text
    return r.json()["items"]


def sms_to(city, phone: str) -> list[dict]:
    return [m for m in city.sms.json("/sms") if m["to"] == phone]


async def test_a_matter_dispatched_to_a_grid_reaches_its_workers_live_and_by_mail(city, stack):
    h = city.notifications
    # A second replica consumes too: whichever applies the event, the stream opened on the
    # first one hears of it (PostgreSQL NOTIFY reaches every replica).
    async with run_service(notifications_spec, stack, h.settings.db_name, clock=city.clock,
                           **settings_for(city.notifications.settings.smtp_port, city.sms)), \
            LiveStream(h.client, city.auth("grid_worker", "worker")) as live, \
            LiveStream(h.client, city.auth("grid_worker", "other_worker")) as elsewhere:
        ticket = city.ticket()
        event = await city.publish("tickets", "ticket", "dispatched", ticket)
        await eventually(lambda: live.events, timeout=10)
        (pushed,) = live.events
        assert pushed["event"] == "notice"
        notice = pushed["data"]
        assert notice["kind"] == "ticket_dispatched"
        assert notice["body"] == ("您所在网格有新的民情工单：文都路人行道地砖松动（编号 DZ-2026-000123），"
                                  "请于 5月14日 10:00 前签收。")
        assert notice["subject_type"] == "ticket" and notice["subject_id"] == ticket["id"]
        assert notice["link"] == f"{WEB}/m/tickets/{ticket['id']}"  # live, with the base URL
        assert int(pushed["id"]) == notice["seq"]
        await asyncio.sleep(0.3)
        assert elsewhere.events == []  # a worker of no grid hears nothing

    for who in ("worker", "rider"):  # the full-time and the part-time worker of the grid
        (item,) = await inbox(city, who)
        assert item["title"] == "新的民情工单" and item["read_at"] is None
    assert await inbox(city, "secretary") == [] and await inbox(city, "resident") == []

    await eventually(lambda: city.mailbox.to("cao@grid.test"))
    (mail,) = city.mailbox.to("cao@grid.test")
    assert mail["Subject"] == "新的民情工单"
    assert "文都路人行道地砖松动" in mail.get_content()
    await eventually(lambda: sms_to(city, "13800000001") and sms_to(city, "13800000002"))
    (sms,) = sms_to(city, "13800000001")
    assert sms["text"].startswith("【红网格】您所在网格有新的民情工单")
    headers, _ = city.sms.on("/sms")[0]
    assert headers["authorization"] == f"Bearer {SMS_KEY}" and headers["idempotency-key"]
    # No resident's phone or name anywhere in what the workers were told.
    assert "13900000005" not in sms["text"] and "朱军" not in mail.get_content()
    assert event.id  # (the event itself is what docs/events.md says)

    # read one: the unread count follows; mark all read
    me = city.auth("grid_worker", "worker")
    assert (await h.client.get("/v1/inbox/unread-count", headers=me)).json() == {"unread": 1}
    item = (await inbox(city, "worker"))[0]
    r = await h.client.post(f"/v1/inbox/{item['id']}/read", headers=city.auth("grid_worker",
                                                                           "rider"))
    assert r.status_code == 404  # not the rider's notice
    assert r.json()["detail"] == f"未找到通知 {item['id']}"
    r = await h.client.post(f"/v1/inbox/{item['id']}/read",
                            headers=city.auth("grid_worker", "rider") | {"Accept-Language": "en"})
    assert r.json()["detail"] == f"notice {item['id']} not found"
    assert (await h.client.post(f"/v1/inbox/{item['id']}/read", headers=me)).status_code == 204
    assert (await h.client.get("/v1/inbox/unread-count", headers=me)).json() == {"unread": 0}
    assert await inbox(city, "worker", unread="true") == []


async def test_a_redelivered_event_tells_no_one_twice(city):
    ticket = city.ticket(number="DZ-2026-000124", title="小区路灯不亮")
    event = await city.publish("tickets", "ticket", "dispatched", ticket)
    await eventually(lambda: [m for m in sms_to(city, "13800000001") if "000124" in m["text"]])
    await eventually(lambda: [m for m in city.mailbox.to("cao@grid.test")
                              if "000124" in m.get_content()])

    async def all_sent() -> bool:  # the worker's e-mail and SMS, the rider's SMS: all out
        return await city.count("SELECT count(*) FROM deliveries d JOIN notices n ON n.id = "
                                "d.notice_id WHERE n.source_event_id = $1 AND d.status = 'sent'",
                                event.id) == 3

    await eventually(all_sent, timeout=30)
    sent = (len(city.sms.json("/sms")), len(city.mailbox.messages))
    notices = await city.count("SELECT count(*) FROM notices")

    # 1. The broker delivers it again (another Nats-Msg-Id, as after a relay crash past the
    #    duplicate window): the consumer's inbox absorbs it.
    await city.publish("tickets", "ticket", "dispatched", ticket, msg_id=f"{event.id}-again",
                       event=event)
    # 2. Even with the inbox claim gone (a new durable consumer replaying the stream), the
    #    keys derived from (event, recipient, channel) hold.
    await drained(city, "tickets")
    async with city.notifications.runtime.pool.acquire() as conn:
        await conn.execute("DELETE FROM inbox WHERE event_id = $1", event.id)
    await city.publish("tickets", "ticket", "dispatched", ticket, msg_id=f"{event.id}-third",
                       event=event)
    await drained(city, "tickets")
    assert await city.count("SELECT count(*) FROM inbox WHERE event_id = $1", event.id) == 1
    await asyncio.sleep(0.5)  # time for any second e-mail or SMS to go out (none should)
    assert (len(city.sms.json("/sms")), len(city.mailbox.messages)) == sent
    assert await city.count("SELECT count(*) FROM notices") == notices
    assert await city.count("SELECT count(*) FROM deliveries d JOIN notices n "
                            "ON n.id = d.notice_id WHERE n.source_event_id = $1",
                            event.id) == 3  # the worker's e-mail and SMS, the rider's SMS


async def test_quiet_hours_hold_back_an_sms_until_morning_but_not_an_escalation(city):
    night = datetime(2026, 5, 12, 15, 30, tzinfo=UTC)  # 23:30 in Beijing
    city.clock.set(night)
    try:
        resolved = city.ticket(number="DZ-2026-000200", status="resolved")
        await city.publish("tickets", "ticket", "resolved", resolved)
        escalated = city.ticket(number="DZ-2026-000201", status="escalated", level="community",
                                org_id=str(city.community), escalation_level=1,
                                org_path=[str(city.street), str(city.community)])
        await city.publish("tickets", "ticket", "escalated", escalated)

        # the escalation is urgent: its SMS goes out at night, to the grid's branch secretary
        # and the community's
        await eventually(lambda: [m for m in sms_to(city, "13800000003") if "000201" in m["text"]])
        await eventually(lambda: [m for m in sms_to(city, "13800000004") if "000201" in m["text"]])
        (text,) = [m["text"] for m in sms_to(city, "13800000004") if "000201" in m["text"]]
        assert "民情工单已上报至社区" in text
        # the resident's answer: the e-mail goes, the SMS waits for 07:00
        await eventually(lambda: [m for m in city.mailbox.to("zhu@home.test")
                                  if "000200" in m.get_content()])
        deferred = await eventually(lambda: city.count(
            "SELECT d.not_before FROM deliveries d JOIN notices n ON n.id = d.notice_id "
            "WHERE n.body LIKE '%000200%' AND d.channel = 'sms' AND d.deferred"))
        assert deferred == datetime(2026, 5, 12, 23, 0, tzinfo=UTC)  # 07:00 Beijing
        assert not [m for m in sms_to(city, "13900000005") if "000200" in m["text"]]

        city.clock.set(datetime(2026, 5, 12, 23, 1, tzinfo=UTC))  # 07:01 Beijing
        (sms,) = await eventually(lambda: [m for m in sms_to(city, "13900000005")
                                           if "000200" in m["text"]])
        assert sms["text"] == ("【红网格】您反映的事项已办结：文都路人行道地砖松动（编号 DZ-2026-000200），"
                               f"欢迎对办理结果进行评价。 详情：{WEB}/m/tickets/{resolved['id']}")
    finally:
        city.clock.set(datetime(2026, 5, 13, 1, 0, tzinfo=UTC))  # 09:00 the next day


async def test_orders_and_claims_reach_the_member_the_resident_and_the_unit(city):
    h = city.notifications
    order = city.order()
    await city.publish("matching", "order", "dispatched", order)
    await city.publish("matching", "order", "accepted", order | {"status": "accepted",
                                                                  "version": 3})
    need = {"id": "018f0000-0000-7000-8000-000000000001", "title": "为独居老人上门理发",
            "community_id": str(city.community), "org_path": [str(city.street)], "quantity": 10,
            "claimed": 0, "status": "published", "version": 1}
    await city.publish("lists", "need", "published", need)
    claim = {"id": "018f0000-0000-7000-8000-000000000002", "need_id": need["id"],
             "unit_id": str(city.unit), "quantity": 4, "status": "confirmed",
             "community_id": str(city.community), "org_path": [str(city.street)], "version": 2}
    await city.publish("lists", "claim", "confirmed", claim)

    async def items(headers, kind):
        r = await h.client.get("/v1/inbox", headers=headers)
        return [i for i in r.json()["items"] if i["kind"] == kind]

    member = city.auth("party_member", "member")
    (dispatched,) = await eventually(lambda: items(member, "order_dispatched"))
    assert dispatched["body"].startswith("您有新的志愿服务订单：陪同独居老人就医，服务时间 5月14日 09:00–11:00")
    resident = city.auth("resident", "resident")
    (accepted,) = await eventually(lambda: items(resident, "order_accepted"))
    assert "陪同独居老人就医" in accepted["body"]
    unit = city.auth("unit", unit=city.unit)
    (confirmed,) = await eventually(lambda: items(unit, "claim_confirmed"))
    assert confirmed["body"] == "贵单位对需求「为独居老人上门理发」的认领已确认（数量 4），感谢共建。"
    # a unit's notice is the unit's: a person's token does not see it
    assert await items(city.auth("resident", "member"), "claim_confirmed") == []


async def test_preferences_switch_a_channel_off(city):
    h = city.notifications
    me = city.auth("grid_worker", "rider")
    r = await h.client.put("/v1/preferences", headers=me,
                           json={"off": {"ticket_due_soon": ["sms"]}, "quiet_start": "21:30"})
    assert r.status_code == 200, r.text
    assert r.json() == {"off": {"ticket_due_soon": ["sms"]}, "quiet_start": "21:30",
                        "quiet_end": "07:00"}
    bad = await h.client.put("/v1/preferences", headers=me,
                             json={"off": {"ticket_due_soon": ["inbox"]}})
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"
    before = len(sms_to(city, "13800000002"))
    await city.publish("tickets", "ticket", "reminded",
                       city.ticket(number="DZ-2026-000300", status="handling"))
    await eventually(lambda: [m for m in sms_to(city, "13800000001") if "000300" in m["text"]])
    (item,) = [i for i in await inbox(city, "rider") if i["kind"] == "ticket_due_soon"]
    assert item["body"].startswith("民情工单即将到期")
    await asyncio.sleep(0.3)
    assert len(sms_to(city, "13800000002")) == before  # the rider switched these SMS off


async def test_an_sms_that_keeps_failing_is_retried_then_failed_for_good(city):
    h = city.notifications
    city.sms.status = 503
    try:
        event = await city.publish("tickets", "ticket", "published",
                                   city.ticket(number="DZ-2026-000400", status="published"))
        query = ("SELECT d.attempts FROM deliveries d JOIN notices n ON n.id = d.notice_id "
                 "WHERE n.source_event_id = $1 AND d.channel = 'sms'")
        await eventually(lambda: city.count(query, event.id))
        for attempts in (2, 3):  # the backoff is on the service's clock: move it on
            city.clock.advance(minutes=30)
            await eventually(lambda a=attempts: city.count(query + " AND d.attempts = $2",
                                                           event.id, a))
        status = await eventually(lambda: city.count(
            "SELECT d.status FROM deliveries d JOIN notices n ON n.id = d.notice_id "
            "WHERE n.source_event_id = $1 AND d.channel = 'sms' AND d.status = 'failed'",
            event.id))
        assert status == "failed"
    finally:
        city.sms.status = 200

    async def failed_events():
        msgs = await stream_messages(h.reader_url, "REDGRID_NOTIFICATIONS",
                                     "redgrid.notifications.delivery.failed")
        return [CloudEvent.from_bytes(m.data) for m in msgs
                if CloudEvent.from_bytes(m.data).data["source_event_id"] == str(event.id)]

    (failed,) = await eventually(failed_events)
    assert failed.data["channel"] == "sms" and failed.data["attempts"] == 3
    assert failed.data["reason"] == "SMS provider answered 503"
    assert "13900000005" not in failed.to_bytes().decode()  # never the phone
    assert UUID(failed.data["recipient_id"]) == city.people["resident"]

    admin = city.auth("street_admin", org=city.street)
    figures = (await h.client.get("/v1/figures", headers=admin)).json()
    sms = next(c for c in figures["channels"] if c["channel"] == "sms")
    assert sms["failed"] >= 1 and sms["retried"] >= 2 and sms["sent"] >= 3
    r = await h.client.get("/v1/deliveries", params={"status": "failed"}, headers=admin)
    assert [d["last_error"] for d in r.json()["items"]] == ["SMS provider answered 503"]
    assert "phone" not in r.text and "13900000005" not in r.text
    # a resident may not look; an admin of an organisation not known here neither
    unknown = city.auth("community_admin", org=city.people["resident"])
    assert (await h.client.get("/v1/figures", headers=unknown)).status_code == 403
    assert (await h.client.get("/v1/figures",
                               headers=city.auth("resident", "resident"))).status_code == 403


async def test_staff_see_who_is_told_about_a_grid(city):
    h = city.notifications
    r = await h.client.get(f"/v1/grids/{city.grid}/audience",
                           headers=city.auth("community_admin", org=city.community))
    assert r.status_code == 200, r.text
    body = r.json()
    assert {w["person_id"] for w in body["workers"]} == {str(city.people["worker"]),
                                                           str(city.people["rider"])}
    assert {w["name_masked"] for w in body["workers"]} == {"曹**", "王*"}
    assert [s["person_id"] for s in body["secretaries"]] == [str(city.people["secretary"])]
    r = await h.client.get(f"/v1/grids/{city.grid}/audience",
                           headers=city.auth("resident", "resident"))
    assert r.status_code == 403
    r = await h.client.get(f"/v1/grids/{city.grid}/audience",
                           headers=city.auth("community_admin", org=city.branch))
    assert r.status_code == 200  # the branch's own grid
    r = await h.client.get(f"/v1/grids/{city.people['resident']}/audience",
                           headers=city.auth("system"))
    assert r.status_code == 404


async def test_asyncapi_names_what_is_consumed_and_published(city):
    doc = (await city.notifications.client.get("/asyncapi.json")).json()
    text = str(doc)
    assert "redgrid.notifications.delivery.failed" in text
    assert "redgrid.tickets.ticket.dispatched.v1" in text  # a type the rules act on
    assert "notifications-from-lists" in text


async def test_a_cohandling_grid_hears_of_its_part(city):
    """协办: redgrid.tickets.cohandler.assigned reaches the co-handling grid's workers."""
    now = city.clock.now()
    part = {"id": str(uuid7()), "ticket_id": str(uuid7()), "number": "DZ-2026-000777",
            "title": "占道堆放建材", "category": "environment", "level": "grid",
            "org_id": str(city.branch), "org_path": [str(city.street), str(city.community),
                                                     str(city.branch)],
            "grid_id": str(city.grid), "department": None, "status": "assigned", "version": 1,
            "due_at": now.isoformat(), "by": str(uuid7())}
    await city.publish("tickets", "cohandler", "assigned", part)

    async def told():
        return [i for i in await inbox(city, "worker") if i["kind"] == "ticket_cohandling"]

    (item,) = await eventually(told, timeout=10)
    assert item["title"] == "协办工单" and item["subject_type"] == "cohandler"
    assert item["body"].startswith("请协办民情工单：占道堆放建材（编号 DZ-2026-000777）")
    assert not [i for i in await inbox(city, "secretary") if i["kind"] == "ticket_cohandling"]
