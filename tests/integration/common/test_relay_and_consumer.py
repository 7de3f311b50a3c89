"""The outbox relay and the idempotent consumer against a real PostgreSQL and nats-server."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from redgrid.common import db, outbox, testing
from redgrid.common.consumer import BadEvent, Consumer
from redgrid.common.events import CloudEvent, EventKind
from redgrid.common.service import ServiceSpec
from redgrid.common.testing import eventually, run_service

pytestmark = pytest.mark.asyncio(loop_scope="session")

PING = EventKind("probe", "thing", "pinged")
POISON = EventKind("probe", "thing", "poisoned")
TALLIED = EventKind("probe", "thing", "tallied")


class Thing(BaseModel):
    """The probe's events' data: whatever they carry, a few flags read."""

    model_config = ConfigDict(extra="allow")

    bad: bool = False
    permanent: bool = False


async def tallies(conn, batch: list[tuple]) -> None:
    """The probe's writes: the tallies a batch's handlers returned, with one statement."""
    await conn.execute("INSERT INTO effects (event_id, kind) SELECT * FROM unnest($1::uuid[], "
                       "$2::text[])", [r[0] for r in batch], [r[1] for r in batch])


CONSUMER = Consumer("probe", source="probe", write=tallies)


@CONSUMER.on(TALLIED, data=Thing)
async def on_tallied(conn, event: CloudEvent, thing: Thing) -> tuple:
    return (event.id, None if thing.bad else "tally")  # NULL fails only when written


@CONSUMER.on(PING, data=Thing)
async def on_ping(conn, event: CloudEvent, thing: Thing) -> None:
    await conn.execute("INSERT INTO effects (event_id, kind) VALUES ($1, 'ping')", event.id)


@CONSUMER.on(POISON, data=Thing)
async def on_poison(conn, event: CloudEvent, thing: Thing) -> None:
    if thing.permanent:
        raise BadEvent("this one can never be applied")
    raise RuntimeError("this handler always fails")


SPEC = ServiceSpec(
    name="probe",
    description="a service that exists only in tests",
    migrations=Path(__file__).parent / "probe_migrations",
    consumers=[CONSUMER],
    events=[PING, POISON, TALLIED],
)


@pytest.fixture(scope="module")
async def probe(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(SPEC, stack, database, consumer_max_tries=2) as h:
        yield h


async def emit(h, *events: CloudEvent) -> None:
    async with db.transaction(h.runtime.pool) as conn:
        await outbox.record(conn, events)


async def effects(h, event_id) -> int:
    async with h.runtime.pool.acquire() as conn:
        return await conn.fetchval("SELECT count(*) FROM effects WHERE event_id = $1", event_id)


async def stream_messages(h, subject: str) -> list:
    """Every message on `subject` from the start of the probe's stream."""
    return await testing.stream_messages(h.reader_url, "REDGRID_PROBE", subject)


async def test_event_reaches_nats_as_cloudevent_with_msg_id(probe):
    event = PING.make("thing-1", {"n": 1})
    await emit(probe, event)
    await eventually(lambda: effects(probe, event.id))
    msgs = [m for m in await stream_messages(probe, PING.subject)
            if m.headers.get("Nats-Msg-Id") == str(event.id)]
    assert len(msgs) == 1
    body = CloudEvent.from_bytes(msgs[0].data)
    assert body.type == "redgrid.probe.thing.pinged.v1"
    assert body.specversion == "1.0" and body.source == "/redgrid/probe"
    assert msgs[0].subject == "redgrid.probe.thing.pinged"


async def test_a_message_says_it_is_a_structured_cloudevent_and_carries_no_trace_when_off(probe):
    """The CloudEvents NATS binding, structured content mode: the whole event in the JSON
    format, and the content-type header says so; no traceparent with tracing off (nor in the
    outbox row), whichever way the row went out (a relay round, or a hand-over)."""
    rounded, handed = PING.make("thing-ct", {"n": 1}), PING.make("thing-ct", {"n": 2})
    assert rounded.traceparent is None
    await emit(probe, rounded)
    async with db.transaction(probe.runtime.pool) as conn:
        rows = await outbox.record(conn, [handed], lease=probe.runtime.relay.lease)
    probe.runtime.relay.hand_over(rows)
    await eventually(lambda: effects(probe, rounded.id))
    await eventually(lambda: effects(probe, handed.id))
    ids = {str(rounded.id), str(handed.id)}
    msgs = [m for m in await stream_messages(probe, PING.subject)
            if m.headers.get("Nats-Msg-Id") in ids]
    assert len(msgs) == 2
    for msg in msgs:
        assert msg.headers["content-type"] == "application/cloudevents+json; charset=utf-8"
        assert "traceparent" not in msg.headers
        assert CloudEvent.from_bytes(msg.data).id in {rounded.id, handed.id}
    async with probe.runtime.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM outbox WHERE id = ANY($1::uuid[]) "
                                   "AND traceparent IS NULL", [rounded.id, handed.id]) == 2


async def test_relay_crash_after_publish_before_mark_publishes_once(probe):
    """The rows stay unsent; the second publish is absorbed by the duplicate window."""
    probe.runtime.relay.stop()
    await asyncio.sleep(0.3)
    event = PING.make("thing-2", {"n": 2})
    await emit(probe, event)
    async with probe.runtime.pool.acquire() as conn:
        rows = await conn.fetch("SELECT seq, id, subject, body FROM outbox WHERE id = $1", event.id)
    await probe.runtime.relay.publish(rows)  # published and acked, then "crashed" before marking
    probe.runtime.relay._stopping = False
    probe.runtime.tasks.append(asyncio.create_task(probe.runtime.relay.run()))
    await eventually(lambda: effects(probe, event.id))
    async with probe.runtime.pool.acquire() as conn:
        await eventually(lambda: conn.fetchval(
            "SELECT sent_at IS NOT NULL FROM outbox WHERE id = $1", event.id))
    await asyncio.sleep(0.5)
    copies = [m for m in await stream_messages(probe, PING.subject)
              if m.headers.get("Nats-Msg-Id") == str(event.id)]
    assert len(copies) == 1
    assert await effects(probe, event.id) == 1


async def test_a_commit_announced_while_the_relay_publishes_is_relayed_at_once(probe):
    """The relay's wake-up is cleared before a round, not after it: a commit announced while a
    round publishes (its row not among those read) starts the next round at once, not after
    poll_seconds (30 here)."""
    probe.runtime.relay.stop()
    await asyncio.sleep(0.3)
    relay = outbox.Relay(probe.runtime.pool, probe.runtime.relay.js, "probe", poll_seconds=30)
    first, second = PING.make("thing-a", {"n": 1}), PING.make("thing-b", {"n": 2})
    publish = relay.publish

    async def publish_then_commit_another(rows):
        await publish(rows)
        if any(r["id"] == first.id for r in rows):
            await emit(probe, second)  # committed now: its NOTIFY reaches the relay mid-round
            await asyncio.sleep(0.3)

    relay.publish = publish_then_commit_another
    await emit(probe, first)
    task = asyncio.create_task(relay.run())
    try:
        async with probe.runtime.pool.acquire() as conn:
            await eventually(lambda: conn.fetchval(
                "SELECT sent_at IS NOT NULL FROM outbox WHERE id = $1", second.id), timeout=5)
    finally:
        await relay.close()
        await task
        probe.runtime.relay._stopping = False
        probe.runtime.tasks.append(asyncio.create_task(probe.runtime.relay.run()))


async def test_same_event_twice_has_one_effect(probe):
    """Beyond the duplicate window (another Nats-Msg-Id), the inbox absorbs the copy."""
    event = PING.make("thing-3", {"n": 3})
    await emit(probe, event)
    await eventually(lambda: effects(probe, event.id))
    js = probe.runtime.js
    await js.publish(event.nats_subject, event.to_bytes(), headers={"Nats-Msg-Id": "again-1"})
    later = PING.make("thing-4", {"n": 4})
    await emit(probe, later)
    await eventually(lambda: effects(probe, later.id))
    assert await effects(probe, event.id) == 1


async def dead_letters(h) -> list:
    return await testing.stream_messages(h.reader_url, "REDGRID_DLQ", "redgrid.dlq.>")


async def test_poison_message_is_dead_lettered_and_next_one_handled(probe):
    poison = POISON.make("thing-5", {})
    after = PING.make("thing-6", {})
    await emit(probe, poison, after)
    await eventually(lambda: effects(probe, after.id))

    async def poison_dead_lettered():
        return [m for m in await dead_letters(probe)
                if CloudEvent.from_bytes(m.data).id == poison.id]

    letters = await eventually(poison_dead_lettered, timeout=15)
    headers = letters[0].headers
    assert headers["Redgrid-Consumer"] == "probe-from-probe"
    assert int(headers["Redgrid-Stream-Seq"]) > 0
    assert int(headers["Redgrid-Deliveries"]) == 2  # consumer_max_tries
    assert "always fails" in headers["Redgrid-Reason"]


async def test_bad_events_and_malformed_go_straight_to_dead_letters(probe):
    permanent = POISON.make("thing-7", {"permanent": True})
    await emit(probe, permanent)
    await probe.runtime.js.publish("redgrid.probe.thing.pinged", b"{not json",
                                   headers={"Nats-Msg-Id": "malformed-1"})
    after = PING.make("thing-8", {})
    await emit(probe, after)
    await eventually(lambda: effects(probe, after.id))

    async def both():
        letters = await dead_letters(probe)
        reasons = [m.headers["Redgrid-Reason"] for m in letters]
        return (any("unreadable" in r for r in reasons)
                and any("never be applied" in r for r in reasons)) and letters

    letters = await eventually(both, timeout=10)
    permanent_letters = [m for m in letters if "never be applied" in m.headers["Redgrid-Reason"]]
    assert permanent_letters[0].headers["Redgrid-Deliveries"] == "1"


async def test_a_batch_writes_what_its_handlers_returned_once_and_a_bad_row_fails_one_event(
        probe):
    """The tallies a batch's handlers return are written at its end; when that write fails,
    the batch is applied again event by event: the bad one is retried then dead-lettered, the
    others are applied once each."""
    good = [TALLIED.make(f"tally-{i}", {}) for i in range(5)]
    bad = TALLIED.make("tally-bad", {"bad": True})
    await emit(probe, *good[:2], bad, *good[2:])
    for event in good:
        await eventually(lambda event=event: effects(probe, event.id))

    async def bad_dead_lettered():
        return [m for m in await dead_letters(probe) if str(bad.id).encode() in m.data]

    await eventually(bad_dead_lettered, timeout=15)
    assert [await effects(probe, e.id) for e in good] == [1] * 5
    assert await effects(probe, bad.id) == 0
    async with probe.runtime.pool.acquire() as conn:
        claimed = await conn.fetchval("SELECT count(*) FROM inbox WHERE event_id = $1", bad.id)
    assert claimed == 0  # its claim went with its failure
