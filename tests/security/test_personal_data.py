"""Residents' phones, e-mails and addresses: never in a NATS subject, never in an event that
leaves the platform (the webhooks' public log and what subscribers receive; the internal
redgrid.registry.contact.changed, redgrid.tickets.contact.shared (a service need's reporter,
for matching) and redgrid.tickets.contact.recorded (a caller's phone for the SMS) are the only
events with phones and they never leave), never in
the services' logs, never on a public page; every staff read of contact data is logged; and a
closed matter's personal data is erased after the retention period, by the tickets service's own
worker.

A workflow runs through every service with the city's phones and addresses in it while the
services' log lines are captured; then everything they could have leaked into is searched."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from uuid import UUID

import orjson
import pytest

from redgrid.common.clock import ManualClock
from redgrid.common.testing import eventually, stream_messages

from .city import City, running_city, settle

pytestmark = pytest.mark.asyncio(loop_scope="session")
CONTACT_CHANGED = "redgrid.registry.contact.changed"
PRIVATE_CONTACT_CHANGED = "redgrid.private.registry.contact.changed"  # its own stream, kept short
TICKET_CONTACT = "redgrid.tickets.contact.shared"  # internal: a service need's reporter
CALLER_RECORDED = "redgrid.tickets.contact.recorded"  # a caller without an account: SMS
RETENTION_DAYS = 730


@pytest.fixture(scope="module")
async def city(stack):
    clock = ManualClock(datetime.now(UTC))
    async with running_city(stack, clocks={"tickets": clock},
                            every={"log_level": "INFO", "log_requests": True},
                            tickets={"retention_scan_seconds": 0.2,
                                     "retention_days": RETENTION_DAYS}) as c:
        c.clock = clock
        yield c


def secrets(city: City) -> list[str]:
    """What must not show: every phone and full address given, every e-mail, and the full
    names of the hotline's reporters."""
    emails = [f"{who}.{side}@example.test" for side in "ab" for who in (
        "resident", "worker", "secretary", "member", "volunteer", "admin", "street_admin",
        "unit_contact", "resident2")]
    return city.phones + city.addresses + emails + ["赵六"]


def found_in(text: str, city: City) -> list[str]:
    return [s for s in secrets(city) if s in text]


async def workflow(city: City) -> None:
    """Contact data given, changed, read; matters with phones in their text; a mediation with
    the parties' phones; staff reading the reporter; notices, deliveries and webhooks."""
    a, reg, t = city.a, city.h["registry"], city.h["tickets"]
    r = await reg.client.patch(f"/v1/people/{a.people['resident']}", headers=city.auth(
        "resident", a), json={"phone": a.phones[0], "address": a.addresses[0]})
    assert r.status_code == 200, r.text
    r = await reg.client.get(f"/v1/people/{a.people['resident']}/contact", headers=city.auth(
        "community_admin", a), params={"purpose": "回访"})
    assert r.status_code == 200 and r.json()["phone"] == a.phones[0]
    r = await t.client.post("/v1/tickets", headers=city.auth("community_admin", a), json={
        "channel": "hotline", "appeal_kind": "help", "category": "neighbour_dispute",
        "title": "邻里噪音", "description": f"对方电话 {a.phones[5]}", "grid_id": str(a.grid),
        "address": a.addresses[5], "accept": True,
        "reporter": {"name": "赵六", "phone": a.phones[4], "address": a.addresses[4]}})
    assert r.status_code == 201, r.text
    dispute = r.json()["id"]
    r = await t.client.put(f"/v1/tickets/{dispute}/mediation/parties",
                           headers=city.auth("community_admin", a), json={"parties": [
                               {"role": "applicant", "name": "赵六", "phone": a.phones[4]},
                               {"role": "respondent", "name": "钱七", "phone": a.phones[5]}]})
    assert r.status_code == 200, r.text
    for who in ("community_admin", "grid_worker", "resident"):
        r = await t.client.get(f"/v1/tickets/{a.things['hotline_ticket']}/reporter",
                               headers=city.auth(who, a))
        assert r.status_code in (200, 404), r.text
    city.dispute = dispute
    await settle(city)
    await asyncio.sleep(1)  # webhooks and deliveries go out on their own workers


async def test_no_phone_address_or_email_in_logs_subjects_events_or_webhooks(city, capsys):
    capsys.readouterr()
    await workflow(city)
    logged = "".join(capsys.readouterr())
    assert "http.request" in logged  # the capture does see the services' log lines
    assert not found_in(logged, city), "in the logs"

    nats_url = city.h["registry"].reader_url
    contact_events = caller_events = 0
    for stream in ("REGISTRY", "REGISTRY_PRIVATE", "TICKETS", "MATCHING", "LISTS",
                   "NOTIFICATIONS"):
        for msg in await stream_messages(nats_url, f"REDGRID_{stream}", ">"):
            assert not found_in(msg.subject, city), msg.subject
            body = msg.data.decode()
            assert msg.subject != CONTACT_CHANGED, "contact data travels on the private stream"
            if msg.subject == PRIVATE_CONTACT_CHANGED:  # phones and e-mails, no address
                assert stream == "REGISTRY_PRIVATE", stream
                contact_events += 1
                assert not [s for s in city.addresses if s in body]
                continue
            if msg.subject == TICKET_CONTACT:  # internal: for the volunteer who serves it
                continue
            if msg.subject == CALLER_RECORDED:  # internal: the hotline caller's phone only
                caller_events += 1
                assert found_in(body, city) == [city.a.phones[4]], body
                continue
            assert not found_in(body, city), (msg.subject, found_in(body, city))
    assert contact_events >= 18  # both streets' people, and the resident's change
    assert caller_events >= 1  # 赵六, filed by the hotline without an account

    received = [(path, body) for path, _, body in city.webhook.received]
    assert received, "subscribers were sent events"
    for path, body in received:
        assert not found_in(body.decode(), city), path
        event = orjson.loads(body)
        assert not event["type"].startswith((CONTACT_CHANGED, TICKET_CONTACT, CALLER_RECORDED))
    async with city.h["notifications"].runtime.pool.acquire() as conn:
        log = await conn.fetch("SELECT type, body FROM public_log")
    assert log and not [r for r in log if r["type"].startswith((CONTACT_CHANGED, TICKET_CONTACT,
                                                                CALLER_RECORDED))]
    assert not [r["type"] for r in log if found_in(bytes(r["body"]).decode(), city)]


async def test_each_street_office_is_sent_only_its_own_streets_events(city):
    for side in (city.a, city.b):
        street = side.street.hex
        events = [orjson.loads(b) for p, _, b in city.webhook.received if p == f"/{side.name}"]
        assert events
        for event in events:
            path = event["data"].get("org_path") or event["data"].get("path") or []
            assert UUID(str(side.street)) in {UUID(str(x)) for x in path}, (street, event["type"])


async def test_public_pages_show_no_personal_data(city):
    """公示, the lists' board, the service places, Open311 without a key: no phone, e-mail,
    full address or reporter's name, though the matters behind them were full of them."""
    t, li, reg = city.h["tickets"], city.h["lists"], city.h["registry"]
    pages = [(t, "/public/v1/notices"), (li, "/v1/board/needs"), (li, "/v1/board/projects"),
             (reg, "/v1/places"), (reg, "/v1/places/nearby?lat=33.2&lng=120.46&minutes=60"),
             (t, "/open311/v2/requests.json"), (t, "/open311/v2/requests.xml"),
             (t, "/open311/v2/services.json"), (t, "/v1/categories")]
    for side in (city.a, city.b):
        pages += [(t, f"/public/v1/notices/{side.things['notice_number']}"),
                  (t, f"/open311/v2/requests/{side.things['notice_number']}.json"),
                  (t, f"/open311/v2/requests/{side.things['ticket_number']}.json")]
    shown = 0
    for h, path in pages:
        r = await h.client.get(path)
        assert r.status_code in (200, 404), (path, r.status_code)
        shown += r.status_code == 200
        assert not found_in(r.text, city), (path, found_in(r.text, city))
    assert shown >= len(pages) - 2
    notice = (await t.client.get(f"/public/v1/notices/{city.a.things['notice_number']}")).json()
    assert city.a.phones[8][:3] in str(notice) and "****" in str(notice)  # masked, not gone


async def test_staff_reads_of_contact_data_are_logged(city):
    """The registry logs a staff read of a person's contact data with its purpose; the tickets
    service logs a staff read of a reporter in full (not the reporter's own, nor a masked one),
    and shows the log to the reporter and the admins."""
    a = city.a
    reg, t = city.h["registry"], city.h["tickets"]
    r = await reg.client.get(f"/v1/people/{a.people['resident']}/contact-log",
                             headers=city.auth("community_admin", a))
    assert r.status_code == 200, r.text
    assert [(x["reader_id"], x["purpose"]) for x in r.json()] == [
        (str(a.person_of("community_admin")), "回访")]
    await reg.client.get(f"/v1/people/{a.people['resident']}/contact",
                         headers=city.auth("resident", a))  # one's own: not logged
    r = await reg.client.get(f"/v1/people/{a.people['resident']}/contact-log",
                             headers=city.auth("resident", a))
    assert len(r.json()) == 1
    r = await t.client.get(f"/v1/tickets/{a.things['hotline_ticket']}/reporter/reads",
                           headers=city.auth("community_admin", a))
    assert r.status_code == 200, r.text
    reads = r.json()
    assert [x["reader_id"] for x in reads] == [str(a.person_of("community_admin"))]
    assert "community_admin" in reads[0]["roles"]
    r = await t.client.get(f"/v1/tickets/{a.things['hotline_ticket']}/reporter/reads",
                           headers=city.auth("grid_worker", a))
    assert r.status_code == 403


async def test_retention_erases_a_closed_matters_personal_data(city):
    """The tickets service's own worker, on its clock: RETENTION_DAYS after a matter is closed
    its reporter's name, phone and address, its mediation parties and its description are
    gone, its place is cut to the building and phones in its title are masked; the file
    (number, steps) stays. An open matter keeps its data."""
    a, t = city.a, city.h["tickets"]
    office = city.auth("community_admin", a)
    closed = a.things["hotline_ticket"]
    r = await t.client.post(f"/v1/tickets/{closed}/close", json={}, headers=office)
    assert r.status_code == 200, r.text
    pool = t.runtime.pool

    async def erased() -> bool:
        async with pool.acquire() as conn:
            return await conn.fetchval("SELECT anonymised_at IS NOT NULL FROM tickets "
                                       "WHERE id = $1", closed)

    await asyncio.sleep(0.5)
    assert not await erased()  # not before its time
    city.clock.advance(days=RETENTION_DAYS + 1)
    await eventually(erased, timeout=10, interval=0.2)
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT * FROM tickets WHERE id = $1", closed)
        reporter = await conn.fetchrow("SELECT * FROM reporters WHERE ticket_id = $1", closed)
        steps = await conn.fetchval("SELECT count(*) FROM ticket_steps WHERE ticket_id = $1",
                                    closed)
        still = await conn.fetchrow("SELECT anonymised_at, description FROM tickets "
                                    "WHERE id = $1", UUID(city.dispute))
    assert row["description"] == "" and row["address"] == "双井巷20号9栋"  # cut to the building
    assert row["number"] == a.things["notice_number"]
    assert reporter is None or not (reporter["name"] or reporter["phone"] or reporter["address"])
    assert steps > 3
    assert still["anonymised_at"] is None and a.phones[5] in still["description"]
    r = await t.client.get(f"/v1/tickets/{closed}", headers=office)
    assert r.status_code == 200 and not found_in(r.text, city), r.text
