"""A hotline caller without an account hears back by SMS, across the real services: the clerk
files the call with the caller's name and phone; the caller gets an SMS with the number and how
to ask about it when the matter is accepted, and another when the reply is given. The phone
travels only on the tickets' internal contact subject: never in the public log, never in a
ticket event."""

from __future__ import annotations

import json
from uuid import UUID

import pytest

from redgrid.common.clock import ManualClock
from redgrid.common.testing import eventually, run_service, stream_messages
from redgrid.notifications.main import spec as notifications_spec
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.main import spec as tickets_spec

from ..notifications.conftest import MORNING, SMS_KEY, build_city
from ..notifications.fakes import Receiver

pytestmark = pytest.mark.asyncio(loop_scope="session")
CALLER, PHONE = "赵桂兰", "13705551234"


@pytest.fixture(scope="module")
async def city(stack, clean_nats):
    database = await stack.new_database()
    sms = Receiver()
    await sms.start()
    try:
        async with run_service(registry_spec, stack, database) as registry, \
                run_service(tickets_spec, stack, database) as tickets, \
                run_service(notifications_spec, stack, database,
                            clock=ManualClock(MORNING),  # daytime: no quiet hours
                            sms_url=sms.url("/sms"), sms_key=SMS_KEY,
                            delivery_poll_seconds=0.1) as notifications:
            place = await build_city(registry)

            async def caught_up():
                async with tickets.runtime.pool.acquire() as t, \
                        notifications.runtime.pool.acquire() as n:
                    return (await t.fetchval("SELECT count(*) FROM people WHERE grid_id = $1",
                                             place["grid"]) >= 4
                            and await n.fetchval("SELECT count(*) FROM person_roles") == 4)

            await eventually(caught_up, timeout=20)
            yield registry, tickets, notifications, place, sms
    finally:
        await sms.stop()


def texts_to(sms: Receiver, phone: str) -> list[str]:
    return [m["text"] for m in sms.json("/sms") if m["to"] == phone]


async def test_a_hotline_caller_gets_an_sms_at_acceptance_and_at_the_reply(city):
    registry, tickets, notifications, place, sms = city
    clerk = tickets.auth("community_admin", org=place["community"])
    worker = tickets.auth("grid_worker", org=place["branch"], person=place["people"]["worker"])
    r = await tickets.client.post("/v1/tickets", headers=clerk, json={
        "channel": "hotline", "appeal_kind": "complaint", "category": "environment",
        "title": "小区门口垃圾堆放多日无人清运", "grid_id": str(place["grid"]), "accept": True,
        "reporter": {"name": CALLER, "phone": PHONE}})
    assert r.status_code == 201, r.text
    ticket = r.json()
    assert ticket["reporter_person_id"] is None

    (accepted,) = await eventually(lambda: texts_to(sms, PHONE), timeout=10)
    assert accepted.startswith("【红网格】") and "已受理" in accepted
    assert ticket["number"] in accepted and "12345" in accepted  # the number, how to ask
    assert CALLER not in accepted

    path = f"/v1/tickets/{ticket['id']}"
    for action, body, who in (("dispatch", {}, clerk), ("sign", {}, worker),
                              ("resolve", {"resolution": "已联系环卫清运"}, worker),
                              ("publish", {"response": "垃圾已清运，已安排每日巡查"}, clerk)):
        r = await tickets.client.post(f"{path}/{action}", json=body, headers=who)
        assert r.status_code == 200, (action, r.text)

    told = await eventually(lambda: len(texts_to(sms, PHONE)) == 2 and texts_to(sms, PHONE),
                            timeout=10)
    assert "已办理并答复" in told[1] and ticket["number"] in told[1]
    headers, _ = sms.on("/sms")[0]
    assert headers["authorization"] == f"Bearer {SMS_KEY}"

    # then the 回访 by phone, recorded by the clerk: no third SMS
    r = await tickets.client.post(f"{path}/follow-up", headers=clerk, json={
        "solved": True, "satisfaction": "satisfied", "comment": "电话回访，群众满意"})
    assert r.status_code == 200, r.text

    # the phone went by the internal contact subject only, and stays out of the public log
    messages = await stream_messages(tickets.reader_url, "REDGRID_TICKETS", ">")
    carrying = {m.subject for m in messages if PHONE.encode() in m.data}
    assert carrying == {"redgrid.tickets.contact.recorded"}
    async with notifications.runtime.pool.acquire() as conn:
        log = await conn.fetch("SELECT type, body FROM public_log")
        assert [r["type"] for r in log if r["type"].startswith("redgrid.tickets.ticket.")]
        assert not [r["type"] for r in log if "contact" in r["type"]
                    or PHONE.encode() in bytes(r["body"])]
        kinds = await conn.fetch(
            "SELECT n.kind, d.status FROM notices n JOIN deliveries d ON d.notice_id = n.id "
            "WHERE n.recipient_kind = 'caller' AND n.recipient_id = $1 ORDER BY n.seq",
            UUID(ticket["id"]))
    assert [(k["kind"], k["status"]) for k in kinds] == [("caller_accepted", "sent"),
                                                         ("caller_replied", "sent")]


async def test_a_reporter_with_an_account_is_no_caller(city):
    registry, tickets, notifications, place, sms = city
    resident = tickets.auth("resident", person=place["people"]["resident"])
    r = await tickets.client.post("/v1/tickets", headers=resident, json={
        "appeal_kind": "help", "category": "environment", "title": "楼道灯坏了"})
    assert r.status_code == 201, r.text
    messages = await stream_messages(tickets.reader_url, "REDGRID_TICKETS",
                                     "redgrid.tickets.contact.>")
    assert r.json()["id"] not in {json.loads(m.data)["data"]["ticket_id"] for m in messages}
