"""Other city systems: signed CloudEvents by webhook, in order, none lost while a receiver is
down, given up on visibly after a bound, replayable; contact data never leaves."""

from __future__ import annotations

import pytest
from standardwebhooks.webhooks import Webhook

from redgrid.common.events import CloudEvent
from redgrid.common.ids import uuid7
from redgrid.common.testing import eventually, stream_messages
from redgrid.notifications.domain.minimise import minimise

from .fakes import Receiver

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def subscribe(city, receiver: Receiver, path: str, patterns: list[str], **extra) -> dict:
    r = await city.notifications.client.post(
        "/v1/webhooks", headers=city.auth("system"),
        json={"name": f"12345热线平台{path}", "url": receiver.url(path), "patterns": patterns,
              **extra})
    assert r.status_code == 201, r.text
    return r.json()


@pytest.fixture(scope="module")
async def receiver(city):
    r = city.receiver()
    await r.start()
    yield r
    await r.stop()


async def test_a_receiver_gets_the_signed_cloudevent_and_never_contact_data(city, receiver):
    sub = await subscribe(city, receiver, "/tickets", ["redgrid.tickets.ticket.*"])
    assert sub["secret"].startswith("whsec_") and sub["status"] == "active"
    everything = await subscribe(city, receiver, "/all", ["redgrid.*"], from_start=True)
    event = await city.publish("tickets", "ticket", "accepted",
                               city.ticket(number="DZ-2026-000500", status="accepted"))
    (headers, body), = await eventually(lambda: receiver.on("/tickets"))
    # verified with the standardwebhooks package (another implementation than ours)
    payload = Webhook(sub["secret"]).verify(body, headers)
    assert payload["id"] == str(event.id)
    assert payload["type"] == "redgrid.tickets.ticket.accepted.v1"
    # the event as it travelled, cut to the minimum: a coarse point, no resident's id
    assert CloudEvent.from_bytes(body) == event.model_copy(update={"data": minimise(
        event.type, event.data)})
    assert headers["webhook-id"] == str(event.id)
    assert headers["content-type"].startswith("application/cloudevents+json")
    with pytest.raises(Exception):
        Webhook(everything["secret"]).verify(body, headers)  # each has its own secret
    # the one that asked for everything from the start got the registry's history, but no
    # contact data (the people registered had phones and e-mails)
    await eventually(lambda: any(e["id"] == str(event.id) for e in receiver.json("/all")))
    types = {e["type"] for e in receiver.json("/all")}
    assert "redgrid.registry.person.registered.v1" in types
    assert not [t for t in types if ".contact." in t]
    assert b"13800000001" not in b"".join(b for _, b in receiver.on("/all"))
    # no one else's: a street admin of another street does not see the subscriptions
    r = await city.notifications.client.get(
        f"/v1/webhooks/{sub['id']}", headers=city.auth("street_admin", org=city.community))
    assert r.status_code == 404
    r = await city.notifications.client.get("/v1/webhooks", headers=city.auth("system"))
    assert {s["id"] for s in r.json()} >= {sub["id"], everything["id"]}
    assert all(s["secret"] is None for s in r.json())  # shown once, at creation


async def test_a_receiver_down_for_a_while_gets_every_event_in_order(city):
    h = city.notifications
    down = city.receiver()  # not started: the port refuses connections
    sub = await subscribe(city, down, "/orders", ["redgrid.matching.order.*"])
    numbers = []
    for n in range(12):
        order = city.order(title=f"订单{n:02d}", version=n + 1)
        await city.publish("matching", "order", "placed", order)
        numbers.append(f"订单{n:02d}")
    path = f"/v1/webhooks/{sub['id']}"
    system = city.auth("system")

    async def tries(n):
        return (await h.client.get(path, headers=system)).json()["head_attempts"] >= n

    # tried, then tried again with backoff (on the service's clock), up to the bound of 3
    await eventually(lambda: tries(1), timeout=30)
    city.clock.advance(minutes=2)
    await eventually(lambda: tries(2), timeout=30)
    city.clock.advance(minutes=5)
    suspended = await eventually(lambda: _status(h, path, system, "suspended"), timeout=30)
    r = await h.client.get(f"{path}/deliveries", params={"status": "failed"}, headers=system)
    (failed,) = r.json()["items"]
    assert failed["attempts"] == 3 and failed["last_error"] == "无法送达"
    assert suspended["position"] == failed["log_seq"] - 1  # it stays where it stopped

    async def failed_event():
        msgs = await stream_messages(h.reader_url, "REDGRID_NOTIFICATIONS",
                                     "redgrid.notifications.delivery.failed")
        return [m for m in msgs
                if CloudEvent.from_bytes(m.data).data.get("subscription_id") == sub["id"]]

    await eventually(failed_event, timeout=30)

    # the receiver comes back; a replay resumes at once, from where it stopped, in order
    await down.start()
    try:
        r = await h.client.post(f"{path}/replay", json={}, headers=system)
        assert r.status_code == 200 and r.json()["status"] == "active"
        await eventually(lambda: len(down.json("/orders")) >= 12, timeout=30)
        assert [e["data"]["title"] for e in down.json("/orders")] == numbers

        # down again for a while, below the bound: it catches up by itself after the backoff
        await down.stop()
        for n in range(12, 15):
            await city.publish("matching", "order", "placed", city.order(title=f"订单{n:02d}"))
            numbers.append(f"订单{n:02d}")
        await eventually(lambda: tries(1), timeout=30)
        await down.start()
        city.clock.advance(minutes=2)
        await eventually(lambda: len(down.json("/orders")) >= 15, timeout=30)
        assert [e["data"]["title"] for e in down.json("/orders")] == numbers  # none lost

        async def statuses() -> bool:  # the round commits its records after the last POST
            delivered = await h.client.get(f"{path}/deliveries", params={"limit": 200},
                                           headers=system)
            return [d["status"] for d in delivered.json()["items"]] == ["delivered"] * 15

        assert await eventually(statuses, timeout=30)
        figures = (await h.client.get("/v1/figures", headers=system)).json()
        mine = next(s for s in figures["subscribers"] if s["subscription_id"] == sub["id"])
        assert mine["delivered"] == 15 and mine["retried"] >= 3 and mine["status"] == "active"
    finally:
        await down.stop()


async def _status(h, path, headers, status):
    body = (await h.client.get(path, headers=headers)).json()
    return body if body["status"] == status else None


@pytest.mark.parametrize("body", [
    {"name": "x", "url": "ftp://example.org/hook", "patterns": ["redgrid.*"]},
    {"name": "x", "url": "http://example.org/hook", "patterns": ["tickets; DROP TABLE"]},
    {"name": "x", "url": "http://example.org/hook", "patterns": []},
    {"name": "x", "url": "http://example.org/hook", "patterns": ["redgrid.*"], "secret": "mine"},
])
async def test_bad_subscriptions_are_refused_and_change_nothing(city, body):
    before = await city.count("SELECT count(*) FROM subscriptions")
    r = await city.notifications.client.post("/v1/webhooks", json=body,
                                             headers=city.auth("system"))
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    assert await city.count("SELECT count(*) FROM subscriptions") == before


async def test_only_system_and_street_admins_manage_webhooks(city, receiver):
    body = {"name": "x", "url": receiver.url("/street"), "patterns": ["redgrid.*"]}
    for role, org in (("community_admin", city.community), ("grid_worker", city.branch),
                      ("resident", None)):
        r = await city.notifications.client.post("/v1/webhooks", json=body,
                                                 headers=city.auth(role, org=org))
        assert r.status_code == 403, role
    # a street admin subscribes within their street only
    r = await city.notifications.client.post(
        "/v1/webhooks", json=body | {"org_id": str(city.people["resident"])},
        headers=city.auth("street_admin", org=city.street))
    assert r.status_code == 404
    r = await city.notifications.client.post(
        "/v1/webhooks", json=body, headers=city.auth("street_admin", org=city.street))
    assert r.status_code == 201 and r.json()["org_id"] == str(city.street)


async def test_the_dev_receiver_prints_verified_deliveries_and_refuses_forged_ones(city):
    import io

    import httpx
    import uvicorn

    from redgrid.notifications.domain import webhooks as rules
    from redgrid.notifications.receiver import Receiver as DevReceiver

    port, out = city.receiver_ports.pop(), io.StringIO()
    sub = await city.notifications.client.post(
        "/v1/webhooks", headers=city.auth("system"),
        json={"name": "dev", "url": f"http://127.0.0.1:{port}/", "patterns": ["redgrid.lists.*"]})
    secret = sub.json()["secret"]
    server = uvicorn.Server(uvicorn.Config(DevReceiver(secret, out), host="127.0.0.1",
                                           port=port, lifespan="off", log_config=None))
    task = __import__("asyncio").create_task(server.serve())
    try:
        need = {"id": "018f0000-0000-7000-8000-0000000000aa", "title": "为环卫工提供爱心驿站",
                "community_id": str(city.community), "org_path": [str(city.street)],
                "quantity": 1, "claimed": 0, "status": "published", "version": 1}
        await city.publish("lists", "need", "published", need)
        await eventually(lambda: "为环卫工提供爱心驿站" in out.getvalue())
        assert out.getvalue().splitlines()[-1].startswith("✓ ")
        body = b'{"type": "forged"}'
        forged = rules.headers(rules.new_secret(), "x", int(__import__("time").time()), body)
        async with httpx.AsyncClient() as client:
            r = await client.post(f"http://127.0.0.1:{port}/", content=body, headers=forged)
        assert r.status_code == 401 and "NOT valid" in out.getvalue().splitlines()[-1]
    finally:
        server.should_exit = True
        await task


LEAKY_TITLE = ("朱军反映幸福路1号3栋2单元401室漏水 电话138 1234 5678 身份证320102199001011232 "
               "邮箱zhu.jun@home.test")
SECRETS = ("朱军", "138 1234 5678", "13812345678", "320102199001011232", "2单元401室",
           "zhu.jun@home.test")


async def test_personal_data_in_a_title_reaches_no_log_sms_or_mail(city, receiver):
    """The public log (what webhooks replay), the SMS and e-mail to third parties and the
    inbox carry the title masked, the reporter's name too (known from reporter_person_id)."""
    sub = await subscribe(city, receiver, "/leaky", ["redgrid.tickets.ticket.received.v1"])
    event = await city.publish("tickets", "ticket", "received", city.ticket(
        number="DZ-2026-000900", status="received", title=LEAKY_TITLE))
    (_, body), = await eventually(lambda: receiver.on("/leaky"))
    sent = CloudEvent.from_bytes(body)
    assert sent.id == event.id and sent.data["number"] == "DZ-2026-000900"
    assert sent.data["title"] == ("朱*反映幸福路1号3栋**漏水 电话138****5678 身份证32**************32 "
                                  "邮箱z***@home.test")
    assert sent.data["reporter_person_id"] is None  # a resident's id never leaves by default
    sms = await eventually(lambda: [m["text"] for m in city.sms.json("/sms")
                                    if "000900" in m["text"]])
    mail = await eventually(lambda: [m.get_content() for m in city.mailbox.to("cao@grid.test")
                                     if "000900" in m.get_content()])
    notices = await eventually(lambda: city.count(
        "SELECT string_agg(title || body, '') FROM notices WHERE source_event_id = $1", event.id))
    log = await city.count("SELECT convert_from(body, 'UTF8') FROM public_log "
                           "WHERE event_id = $1", event.id)
    for text in [*sms, *mail, notices, log, body.decode()]:
        assert "000900" in text and "朱*反映幸福路1号3栋**漏水" in text
        for secret in SECRETS:
            assert secret not in text
    await city.notifications.client.delete(f"/v1/webhooks/{sub['id']}",
                                           headers=city.auth("system"))


def _person(city, **changes) -> dict:
    return {"id": str(uuid7()), "name": "钱多多", "home_org_id": str(city.community),
            "grid_id": str(city.grid), "skills": ["电工"],
            "availability": [{"weekday": 6, "start": "09:00", "end": "12:00"}],
            "status": "active", "version": 1, "org_path": [str(city.street), str(city.community)],
            "roles": [], "membership": {"branch_id": str(city.branch), "category": "retired",
                                        "management": "接管"}, "team_ids": [], **changes}


async def test_what_leaves_is_minimal_unless_the_city_grants_a_data_class(city, receiver):
    sub = await subscribe(city, receiver, "/minimal",
                          ["redgrid.tickets.ticket.*", "redgrid.registry.person.*"],
                          org_id=str(city.street))  # the street office manages it
    point = {"lat": 31.2051234, "lng": 121.4051234}
    await city.publish("tickets", "ticket", "accepted",
                       city.ticket(number="DZ-2026-000901", location=point))
    await city.publish("registry", "person", "updated", _person(city))
    got = await eventually(lambda: receiver.json("/minimal") if len(
        receiver.json("/minimal")) >= 2 else None)
    ticket, person = (next(e["data"] for e in got if kind in e["type"])
                      for kind in (".ticket.", ".person."))
    assert ticket["location"] == {"lat": 31.205, "lng": 121.405}
    assert ticket["reporter_person_id"] is None and ticket["number"] == "DZ-2026-000901"
    assert (person["name"], person["skills"], person["availability"], person["membership"]) == \
        (None, None, None, None)
    assert b"31.2051234" not in b"".join(b for _, b in receiver.on("/minimal"))

    # only the city grants more: not the street office that manages the subscription
    path = f"/v1/webhooks/{sub['id']}/data-classes"
    body = {"data_classes": ["names", "precise_location"], "reason": "市级批复第12号"}
    street = city.auth("street_admin", org=city.street)
    r = await city.notifications.client.put(path, json=body, headers=street)
    assert r.status_code == 403
    r = await city.notifications.client.put(path, json={**body, "data_classes": ["phones"]},
                                            headers=city.auth("system"))
    assert r.status_code == 422
    r = await city.notifications.client.put(path, json=body, headers=city.auth("system"))
    assert r.status_code == 200 and r.json()["data_classes"] == ["names", "precise_location"]
    audit = (await city.notifications.client.get(f"{path}/grants", headers=street)).json()
    assert [(a["data_classes"], a["before_classes"], a["reason"]) for a in audit] == \
        [(["names", "precise_location"], [], "市级批复第12号")]

    await city.publish("tickets", "ticket", "accepted",
                       city.ticket(number="DZ-2026-000902", location=point))
    await city.publish("registry", "person", "updated", _person(city, name="孙有才"))
    got = await eventually(lambda: receiver.json("/minimal") if len(
        receiver.json("/minimal")) >= 4 else None)
    ticket, person = (next(e["data"] for e in got[2:] if kind in e["type"])
                      for kind in (".ticket.", ".person."))
    assert ticket["location"] == point and ticket["reporter_person_id"] is None
    assert person["name"] == "孙有才" and person["membership"] is None
