"""One publisher per outbox row at a time: a round leaves the rows a hand-over holds.

The soak's lost event (issue 16) began here: a group commit's rows, handed to the relay, were
also claimed by a relay round; a crash planted after the round's acks then found one of its
rows already marked sent by the hand-over. These tests replay that sequence step by step.
"""

from __future__ import annotations

import asyncio
import uuid

import pytest
from prometheus_client import REGISTRY

from redgrid.common import db, outbox
from redgrid.common.batching import GroupCommit, Written
from redgrid.common.outbox import Relay
from redgrid.common.testing import eventually, run_service

from .test_relay_and_consumer import PING, SPEC, stream_messages

pytestmark = pytest.mark.asyncio(loop_scope="session")


class HeldJetStream:
    """The real JetStream context, its publishes held at a gate: a hand-over caught between
    its commit and its publish, for as long as a test likes."""

    def __init__(self, js):
        self.js, self.gate = js, asyncio.Event()

    async def publish_async(self, *args, **kwargs):
        await self.gate.wait()
        return await self.js.publish_async(*args, **kwargs)


@pytest.fixture(scope="module")
async def probe(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(SPEC, stack, database) as h:
        h.runtime.relay.stop()  # the test drives every round itself
        await eventually(lambda: all(t.done() for t in h.runtime.tasks
                                     if t.get_name() == "relay"), timeout=10)
        yield h


def republished() -> float:
    return REGISTRY.get_sample_value("redgrid_outbox_republished_total",
                                     {"service": "probe"}) or 0.0


async def row(h, key: str):
    async with h.runtime.pool.acquire() as conn:
        return await conn.fetchrow(
            "SELECT id, sent_at, handed_until FROM outbox "
            "WHERE convert_from(body, 'UTF8')::jsonb ->> 'subject' = $1", key)


async def copies(h, event_id) -> int:
    return sum(1 for m in await stream_messages(h, PING.subject)
               if m.headers["Nats-Msg-Id"] == str(event_id))


async def pings(conn, keys: list[str]) -> Written[str]:
    return Written(keys, [PING.make(key, {"n": key}) for key in keys])


async def test_a_round_leaves_rows_a_hand_over_holds(probe):
    """Committed and handed over, not yet published: another relay's round (a replica, or
    this process's own) claims none of them; the hand-over publishes them once and marks
    them; the stream never says duplicate."""
    pool = probe.runtime.pool
    held = HeldJetStream(probe.runtime.js)
    handing = Relay(pool, held, "probe")
    group = GroupCommit(pool, pings, relay=handing)
    loops = asyncio.create_task(group.run())
    before = republished()
    try:
        key = f"held-{uuid.uuid4()}"
        await group.submit(key)  # committed; its hand-over waits at the gate
        mine = await row(probe, key)
        assert mine["sent_at"] is None and mine["handed_until"] is not None
        round_ = Relay(pool, probe.runtime.js, "probe")
        assert await round_.relay_once() == 0  # leased: not the round's
        assert await copies(probe, mine["id"]) == 0
        held.gate.set()

        async def marked():
            return (await row(probe, key))["sent_at"] is not None

        await eventually(marked, timeout=10)
        assert await copies(probe, mine["id"]) == 1
        assert await round_.relay_once() == 0
        assert republished() == before
    finally:
        held.gate.set()
        loops.cancel()
        await asyncio.gather(loops, return_exceptions=True)
        await handing.close()


async def test_a_lease_whose_hand_over_never_came_runs_out_to_a_round(probe):
    """The process died between its commit and its hand-over (kill -9): the rows are leased
    to nobody alive. A round leaves them for the lease, then publishes them."""
    key = f"orphan-{uuid.uuid4()}"
    async with db.transaction(probe.runtime.pool) as conn:
        await outbox.record(conn, [PING.make(key, {"n": key})], lease=1.5)
    round_ = Relay(probe.runtime.pool, probe.runtime.js, "probe")
    assert await round_.relay_once() == 0
    await eventually(lambda: round_.relay_once(), timeout=10, interval=0.2)
    mine = await row(probe, key)
    assert mine["sent_at"] is not None and mine["handed_until"] is None
    assert await copies(probe, mine["id"]) == 1


async def test_a_row_published_twice_is_counted(probe):
    """A crash between JetStream's ack and the commit of the mark leaves a published row
    unsent: the next round publishes it again, the stream keeps one copy, and the relay counts
    the publish the stream called a duplicate."""
    event = PING.make(f"twice-{uuid.uuid4()}", {"n": 0})
    async with db.transaction(probe.runtime.pool) as conn:
        await outbox.record(conn, [event])
    round_ = Relay(probe.runtime.pool, probe.runtime.js, "probe")
    before = republished()
    assert await round_.relay_once() == 1
    assert republished() == before
    async with probe.runtime.pool.acquire() as conn:  # what the crash leaves
        await conn.execute("UPDATE outbox SET sent_at = NULL WHERE id = $1", event.id)
    assert await round_.relay_once() == 1
    assert republished() == before + 1
    assert await copies(probe, event.id) == 1
