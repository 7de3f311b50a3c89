"""Malformed, oversized and unknown events on every subject every consumer of every service
reads: each goes to the dead-letter stream (REDGRID_DLQ) at its first delivery, with its stream
sequence; none crashes a consumer or is half applied; valid events after them still flow.

The well-formed samples are the city's own events, read back from the streams; the bad ones are
made from them (data emptied, every value of the wrong type, a failure half way through a
handler, a second version of the type, the wrong subject, 300 KB of padding)."""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from uuid import UUID

import orjson
import pytest

from redgrid.common.consumer import Consumer
from redgrid.common.events import PRIVATE_PREFIX, CloudEvent, subject_of
from redgrid.common.ids import uuid7
from redgrid.common.testing import eventually, nats_connect, stream_messages

from .city import SPECS, running_city, settle

pytestmark = pytest.mark.asyncio(loop_scope="session")
CONSUMERS: list[Consumer] = [c for spec in SPECS.values() for c in spec.consumers]
_seq = itertools.count()


@pytest.fixture(scope="module")
async def city(stack):
    async with running_city(stack) as c:
        await settle(c)
        nc = await nats_connect(stack.nats_url_as("admin"))  # a publisher on every stream
        c.js = nc.jetstream()
        yield c
        await nc.close()


async def samples(nats_url: str) -> dict[str, CloudEvent]:
    """The newest event of every type in the four services' streams (and the registry's
    private one: contact data)."""
    found: dict[str, CloudEvent] = {}
    for stream, subjects in [*((f"REDGRID_{s.upper()}", f"redgrid.{s}.>")
                               for s in ("registry", "tickets", "matching", "lists")),
                             ("REDGRID_REGISTRY_PRIVATE", "redgrid.private.registry.>")]:
        for msg in await stream_messages(nats_url, stream, subjects):
            try:
                event = CloudEvent.from_bytes(msg.data)
            except ValueError:
                continue  # one of this module's bad ones
            if "padding" not in event.data:
                found.setdefault(event.type, event)
    return found


# What the city's workflow does not make (a reminder is due hours before a booked window; the
# catalogue is seeded, not added to; no matter is co-handled): a snapshot as its service would
# send it.
_SERVICE_TYPE = {"code": "助浴", "name_en": "bathing help", "aliases": ["bathing"], "sort": 90,
                 "active": True, "version": 1}
MADE = {
    "redgrid.tickets.cohandler.assigned.v1": lambda: {
        "id": str(uuid7()), "ticket_id": str(uuid7()), "number": "DZ-2026-000123",
        "title": "占道堆放建材", "category": "environment", "level": "community",
        "org_id": str(uuid7()), "org_path": [str(uuid7())], "grid_id": None, "department": None,
        "status": "assigned", "version": 1, "due_at": "2026-05-14T02:00:00Z"},
    "redgrid.registry.service_type.added.v1": lambda: dict(_SERVICE_TYPE),
    "redgrid.registry.service_type.updated.v1": lambda: dict(_SERVICE_TYPE, version=2),
    "redgrid.matching.reminder.due.v1": lambda: {
        "id": str(uuid7()), "version": 1, "status": "due", "subject": "order",
        "order_id": str(uuid7()), "person_id": str(uuid7()), "title": "上门理发",
        "starts_at": "2026-05-12T02:00:00Z", "ends_at": "2026-05-12T04:00:00Z",
        "org_path": [str(uuid7())]},
}


def sample_for(found: dict[str, CloudEvent], event_type: str) -> dict:
    """A real snapshot of this type, or of the same entity under another verb."""
    if event_type in found:
        return dict(found[event_type].data)
    if event_type in MADE:
        return MADE[event_type]()
    entity = event_type.split(".")[2]
    for known, event in found.items():
        if known.split(".")[1:3] == event_type.split(".")[1:3] or \
                known.split(".")[2] == entity:
            return dict(event.data)
    raise AssertionError(f"no sample for {event_type}")


def garble(value):
    """The same shape, every value of the wrong type."""
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, int | float):
        return "many"
    if isinstance(value, str):
        return 12345
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return ["a", "dict"]
    return {"was": "null"}


def envelope(event_type: str, data, **changes) -> dict:
    source = f"/redgrid/{event_type.split('.')[1]}"
    body = {"specversion": "1.0", "id": str(uuid7()), "source": source,
            "type": event_type, "time": "2026-05-12T02:00:00Z", "datacontenttype":
            "application/json", "data": data}
    body.update(changes)
    return body


async def publish(city, subject: str, body: dict | bytes) -> None:
    raw = body if isinstance(body, bytes) else orjson.dumps(body)
    await city.js.publish(subject, raw, headers={"Nats-Msg-Id": f"bad-{next(_seq)}-{uuid7()}"})


async def dead_letters(nats_url: str) -> list:
    return await stream_messages(nats_url, "REDGRID_DLQ", "redgrid.dlq.>")


def by_consumer(letters: list) -> dict[tuple[str, str], list[dict]]:
    """(consumer, stream sequence) → the dead-letter headers."""
    out: dict = {}
    for msg in letters:
        h = msg.headers or {}
        out.setdefault((h["Redgrid-Consumer"], h["Redgrid-Subject"]), []).append(h)
    return out


def readers(event_type: str) -> list[Consumer]:
    """The consumers that apply this type (not merely log it) on the stream its subject is in
    (a private entity's: the private stream's readers)."""
    private = subject_of(event_type).startswith(PRIVATE_PREFIX)
    return [c for c in CONSUMERS if event_type in c.handlers and c.private == private]


async def test_wrong_data_for_every_handled_type_is_dead_lettered_at_once(city):
    found = await samples(city.h["registry"].reader_url)
    handled = sorted({t for c in CONSUMERS for t in c.handlers})
    expected: dict[str, set[str]] = {}  # event id → consumers that must dead-letter it
    unknown = []
    for event_type in handled:
        try:
            sample_for(found, event_type)
        except AssertionError:
            unknown.append(event_type)
    assert not unknown, f"no sample for {unknown}: add one to MADE"
    for event_type in handled:
        data = sample_for(found, event_type)
        fresh = {**data, "id": str(uuid7())} if "id" in data else data
        garbled = {k: (v if k == "id" else garble(v)) for k, v in fresh.items()}
        for bad in ({}, garbled):
            body = envelope(event_type, bad)
            await publish(city, subject_of(event_type), body)
            expected[body["id"]] = {c.durable for c in readers(event_type)}

    async def all_dead() -> bool:
        letters = await dead_letters(city.h["registry"].reader_url)
        got: dict[str, set[str]] = {}
        for msg in letters:
            try:
                event_id = orjson.loads(msg.data)["id"]
            except (ValueError, KeyError, TypeError):
                continue
            got.setdefault(event_id, set()).add(msg.headers["Redgrid-Consumer"])
        missing = {i: want - got.get(i, set()) for i, want in expected.items()
                   if want - got.get(i, set())}
        all_dead.missing = missing
        return not missing

    try:
        await eventually(all_dead, timeout=30, interval=0.5)
    except AssertionError:
        detail = {i: sorted(m) for i, m in list(all_dead.missing.items())[:20]}
        raise AssertionError(f"not dead-lettered: {detail}") from None
    for msg in await dead_letters(city.h["registry"].reader_url):
        h = msg.headers
        assert h["Redgrid-Deliveries"] == "1", h  # at once, not after five tries
        assert int(h["Redgrid-Stream-Seq"]) > 0 and h["Redgrid-Stream"].startswith("REDGRID_")
    await still_running(city)


async def test_unreadable_oversized_misplaced_and_unknown_events(city):
    """Per source stream: bytes that are no event, an envelope without an id, data that is no
    object, a type that does not belong on its subject, a second version of a handled type,
    300 KB of padding; and a kind nobody knows, which is passed over without harm."""
    nats_url = city.h["registry"].reader_url
    before = len(await dead_letters(nats_url))
    want = 0
    for stream in sorted({c.stream for c in CONSUMERS}):  # the private one is a stream too
        everyone = [c for c in CONSUMERS if c.stream == stream]
        source, prefix = everyone[0].source, everyone[0].filter_subject.removesuffix(".>")
        handled = sorted({t for c in everyone for t in c.handlers
                          if subject_of(t).startswith(f"{prefix}.")})  # travels on this stream
        some = handled[0]
        subject = subject_of(some)
        bad = [
            b"\x00\xffnot an event",
            orjson.dumps({k: v for k, v in envelope(some, {}).items() if k != "id"}),
            orjson.dumps(envelope(some, [1, 2, 3])),
            orjson.dumps(envelope(f"redgrid.{source}.other.thing.v1", {"id": str(uuid7())})),
            orjson.dumps(envelope(f"{subject}.v2", {"id": str(uuid7())})),
            orjson.dumps(envelope(some, {"id": str(uuid7()), "padding": "x" * 300_000})),
        ]
        for raw in bad:
            await publish(city, subject, raw)
        # v2 is dead-lettered by those that know the subject; the rest by every consumer
        want += 5 * len(everyone) + len([c for c in everyone
                                         if any(subject_of(t) == subject for t in c.handlers)])
        mystery = ".".join(some.split(".")[:3]) + ".mystery.v1"  # a verb nobody knows
        await publish(city, subject_of(mystery), envelope(mystery, {"id": str(uuid7())}))

    async def arrived() -> bool:
        return len(await dead_letters(nats_url)) - before >= want

    try:
        await eventually(arrived, timeout=30, interval=0.5)
    finally:
        letters = (await dead_letters(nats_url))[before:]
        assert len(letters) == want, Counter(m.headers["Redgrid-Consumer"] for m in letters)
    assert len(letters) == want, [m.headers for m in letters]
    assert not [m for m in letters if "mystery" in m.headers["Redgrid-Subject"]]
    oversized = [m for m in letters if "Redgrid-Truncated" in m.headers]
    assert len(oversized) == len(CONSUMERS)
    assert all(len(m.data) <= 64 * 1024 for m in oversized)
    reasons = " ".join(m.headers["Redgrid-Reason"] for m in letters)
    for why in ("does not belong", "another version", "bytes, over"):
        assert why in reasons, why
    await still_running(city)


async def test_a_handler_failing_half_way_leaves_nothing_behind(city):
    """A person whose snapshot is good up to its roles: the people row a handler writes first
    is rolled back with the rest (each event in its own savepoint), in every read model."""
    found = await samples(city.h["registry"].reader_url)
    person = sample_for(found, "redgrid.registry.person.registered.v1")
    pid = str(uuid7())
    bad = {**person, "id": pid, "version": 1,
           "roles": [{"id": "not-a-role-id", "role": "grid_worker", "org_id": "nor-an-org"}]}
    await publish(city, "redgrid.registry.person.registered",
                  envelope("redgrid.registry.person.registered.v1", bad))
    applying = [c.durable for c in readers("redgrid.registry.person.registered.v1")]

    async def dead() -> bool:
        letters = await dead_letters(city.h["registry"].reader_url)
        return {m.headers["Redgrid-Consumer"] for m in letters
                if m.data and pid.encode() in m.data} >= set(applying)

    await eventually(dead, timeout=20, interval=0.3)
    for name in ("tickets", "matching", "notifications"):
        async with city.h[name].runtime.pool.acquire() as conn:
            assert await conn.fetchval("SELECT count(*) FROM people WHERE id = $1",
                                       UUID(pid)) == 0, name


async def test_valid_events_still_flow_after_the_bad_ones(city):
    """After everything above, a real change made through the registry reaches every read
    model, and a ticket step reaches lists and notifications."""
    reg = city.h["registry"]
    r = await reg.client.patch(f"/v1/orgs/{city.a.community}", json={"name": "育红社区党委(新)"},
                               headers=city.system)
    assert r.status_code == 200, r.text
    r = await city.h["tickets"].client.post(
        f"/v1/tickets/{city.a.things['ticket']}/accept", json={},
        headers=city.auth("community_admin"))
    assert r.status_code == 200, r.text

    async def arrived() -> bool:
        for name in ("tickets", "matching", "lists", "notifications"):
            async with city.h[name].runtime.pool.acquire() as conn:
                if await conn.fetchval("SELECT name FROM orgs WHERE id = $1",
                                       city.a.community) != "育红社区党委(新)":
                    return False
        async with city.h["lists"].runtime.pool.acquire() as conn:
            return await conn.fetchval(
                "SELECT status FROM sources WHERE id = $1", city.a.things["ticket"]) == "accepted"

    await eventually(arrived, timeout=20, interval=0.2)
    await still_running(city)


async def still_running(city) -> None:
    """Every consumer's task is alive and its durable consumer has nothing left pending."""
    for name, h in city.h.items():
        for task in h.runtime.tasks:
            assert not task.done(), f"{name}: {task.get_name()} ended"
    await settle(city)
    await asyncio.sleep(0)
