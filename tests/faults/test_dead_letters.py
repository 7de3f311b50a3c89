"""Poison messages and failures past the delivery limit, among ordinary load: each lands in the
dead-letter stream REDGRID_DLQ with its stream sequence, a failure that clears up in time is
applied once, and the messages after them keep flowing meanwhile.

Failures are planted per work order in notifications' own transaction (the probe trigger on its
public log, tests/faults/cluster.py): XX000 is the handler's own failure (retried up to
REDGRID_CONSUMER_MAX_TRIES deliveries), 57P03 is what PostgreSQL says while it cannot take
connections (retried as the database's fault, up to the broker's max_deliver bound).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from redgrid.common.events import EventKind
from redgrid.common.ids import uuid7
from redgrid.common.testing import nats_connect

from .checker import Window, conclude, dead_letters, every_message
from .cluster import running_system
from .knobs import KNOBS
from .workload import Load, under_load

pytestmark = pytest.mark.asyncio(loop_scope="session")
MAX_TRIES, MAX_DELIVER = 3, 5
FROM_TICKETS = "notifications-from-tickets"
# order-number prefix: (handler runs that fail, SQLSTATE)
PLANS = {
    "FLAKY": (2, "XX000"),  # fails twice, then works: applied once, not dead-lettered
    "BROKEN": (10**6, "XX000"),  # always fails: dead-lettered after MAX_TRIES deliveries
    "AWAY": (10**6, "57P03"),  # "the database": dead-lettered on the last delivery allowed
}


@pytest.fixture(scope="module")
async def cluster():
    settings = {"notifications": {"consumer_max_tries": MAX_TRIES,
                                  "consumer_max_deliver": MAX_DELIVER}}
    async with running_system("dlq", settings) as c:
        yield c


async def plan(cluster, refs: list[str], fail_times: int, errcode: str) -> None:
    conn = await cluster.connect()
    try:
        for ref in refs:
            counter = f"faults.tries_{uuid7().hex}"
            await conn.execute(f"CREATE SEQUENCE {counter}")
            await conn.execute("INSERT INTO faults.plans VALUES ($1, $2, $3, $4)",
                               ref, fail_times, errcode, counter)
    finally:
        await conn.close()


async def publish_poison(cluster, n: int) -> list[str]:
    """`received` events no handler can apply: their grid is not a grid id."""
    ids = []
    nc = await nats_connect(cluster.nats.url_as("tickets"))  # as the tickets service would
    try:
        js = nc.jetstream()
        for i in range(n):
            event = EventKind("tickets", "ticket", "received").make(uuid7(), {
                "id": str(uuid7()), "version": 1, "status": "received", "title": f"poison {i}",
                "grid_id": "not-a-grid", "category": "road_repair"})
            await js.publish(event.nats_subject, event.to_bytes(),
                             headers={"Nats-Msg-Id": str(event.id)})
            ids.append(str(event.id))
    finally:
        await nc.close()
    return ids


async def test_poison_and_failures_past_the_limit_go_to_dead_letters(cluster):
    window = await Window(cluster).open()
    n = KNOBS.poison
    for prefix, (times, code) in PLANS.items():
        await plan(cluster, [f"DLQ{prefix}-{i}" for i in range(n)], times, code)
    load, stop, running = under_load(cluster, "DLQ")
    try:
        await asyncio.sleep(1.0)
        poisoned_at = datetime.now(UTC)
        poison = await publish_poison(cluster, n)
        planted: dict[str, list[str]] = {}
        for prefix in PLANS:
            special = Load(cluster.url("tickets"), cluster.city.grid, f"DLQ{prefix}", 1, n)
            planted[prefix] = [o.ticket_id for o in await special.run(n, 30)]
            assert all(planted[prefix]), prefix

        async def all_dead() -> list[dict]:
            dead = [d for d in await dead_letters(cluster.nats.url_as("reader"))
                    if d["consumer"] == FROM_TICKETS]
            return dead if len(dead) == 3 * n else []

        # the slowest: MAX_DELIVER - 1 deliveries, 1 + 2 + 4 s apart
        dead = await cluster.wait_for(f"{3 * n} events dead-lettered", all_dead, interval=0.5,
                                      extra=30)
    finally:
        stop.set()
        await running

    by_event = {d["event_id"]: d for d in dead}
    assert set(poison) <= by_event.keys()
    received = await received_events(cluster)
    for prefix, tickets in planted.items():
        events = [received[t] for t in tickets]
        if prefix == "FLAKY":
            assert not set(events) & by_event.keys()
            continue
        for e in events:
            d = by_event[e]
            assert d["deliveries"] == (MAX_TRIES if prefix == "BROKEN" else MAX_DELIVER - 1), d
    # each dead letter names the message it stands for: its stream and sequence
    messages = {m.metadata.sequence.stream: m for m in await every_message(
        cluster.nats.url_as("reader"), "REDGRID_TICKETS", "redgrid.tickets.>")}
    for d in dead:
        assert d["stream"] == "REDGRID_TICKETS"
        assert messages[d["stream_seq"]].headers["Nats-Msg-Id"] == d["event_id"]
    # and the messages after the poison kept flowing while it was being retried
    last_dead = max(m.metadata.timestamp for m in await every_message(
        cluster.nats.url_as("reader"), "REDGRID_DLQ", "redgrid.dlq.>"))
    conn = await cluster.connect()
    try:
        flowing = await conn.fetchval(
            "SELECT count(*) FROM notifications.inbox WHERE consumer = $1 "
            "AND handled_at > $2 AND handled_at < $3", FROM_TICKETS, poisoned_at, last_dead)
        flaky = await conn.fetchval(
            "SELECT count(*) FROM faults.applications WHERE event_id = ANY($1::uuid[])",
            [received[t] for t in planted["FLAKY"]])
    finally:
        await conn.close()
    assert flowing > 0
    assert flaky == n  # applied, once each
    await conclude(cluster, window, load, "poison and failures past the limit", 4 * n,
                   f"{n} poison, {n} failing for good, {n} database-unavailable for good, "
                   f"{n} failing twice then applied; {flowing} later events applied meanwhile",
                   dead_lettered=2 * n)


async def received_events(cluster) -> dict[str, str]:
    """ticket id -> the id of its `received` event."""
    conn = await cluster.connect()
    try:
        rows = await conn.fetch(
            "SELECT id, convert_from(body, 'UTF8')::jsonb -> 'data' ->> 'id' AS ticket "
            "FROM tickets.outbox WHERE subject = 'redgrid.tickets.ticket.received'")
    finally:
        await conn.close()
    return {r["ticket"]: str(r["id"]) for r in rows}
