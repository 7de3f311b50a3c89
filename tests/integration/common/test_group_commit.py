"""Group commit: concurrent units share transactions; a refused unit fails alone and writes
nothing; a unit that breaks its transaction is isolated and the others still commit; a batch's
events are handed to the relay once committed."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from redgrid.common import outbox
from redgrid.common.batching import GroupCommit, Written
from redgrid.common.errors import Invalid
from redgrid.common.outbox import Relay
from redgrid.common.testing import eventually, nats_connect, run_service

from .test_relay_and_consumer import PING, SPEC, stream_messages

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module")
async def probe(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(SPEC, stack, database) as h:
        async with h.runtime.pool.acquire() as conn:
            await conn.execute("CREATE UNIQUE INDEX effects_event ON effects (event_id)")
        yield h


async def write(conn, items: list[tuple[str, uuid.UUID]]) -> Written[uuid.UUID]:
    for kind, event_id in items:
        if kind == "refuse":
            raise Invalid("refused before writing")
        await conn.execute("INSERT INTO effects (event_id, kind) VALUES ($1, $2)", event_id, kind)
    return Written([event_id for _, event_id in items])


async def test_units_share_transactions_and_fail_alone(probe):
    group = GroupCommit(probe.runtime.pool, write, max_batch=50, workers=1)
    loops = asyncio.create_task(group.run())
    try:
        clash = uuid.uuid4()
        async with probe.runtime.pool.acquire() as conn:  # a row the faulty unit will clash with
            await conn.execute("INSERT INTO effects (event_id, kind) VALUES ($1, 'old')", clash)
        items = [("ok", uuid.uuid4()) for _ in range(200)]
        items[17] = ("refuse", uuid.uuid4())
        items[42] = ("clash", clash)  # a unique violation: breaks its batch's transaction
        results = await asyncio.gather(*(group.submit(i) for i in items),
                                       return_exceptions=True)
        assert isinstance(results[17], Invalid)
        assert "duplicate key" in str(results[42])
        ok = [r for i, r in enumerate(results) if i not in (17, 42)]
        assert ok == [item[1] for i, item in enumerate(items) if i not in (17, 42)]  # in order
        assert group.batches < 100  # far fewer transactions than units (first batch is 1)
        async with probe.runtime.pool.acquire() as conn:
            assert await conn.fetchval(
                "SELECT count(*) FROM effects WHERE event_id = ANY($1)",
                [i[1] for i in items]) == 199  # 198 new and the old clash; none refused
    finally:
        loops.cancel()
        await asyncio.gather(loops, return_exceptions=True)


async def pings(conn, keys: list[str]) -> Written[str]:
    return Written(keys, [PING.make(key, {"n": key}) for key in keys])


async def unsent(h, ids) -> int:
    async with h.runtime.pool.acquire() as conn:
        return await conn.fetchval(
            "SELECT count(*) FROM outbox WHERE id = ANY($1) AND sent_at IS NULL", ids)


async def test_a_batch_hands_its_committed_events_to_the_relay_without_a_wake_up(probe):
    """Given the relay, a batch's events are published once committed and marked sent, with
    no NOTIFY for the relays' rounds."""
    woken = []
    listener = await probe.runtime.pool.acquire()
    channel, heard = outbox.notify_channel("probe"), lambda *a: woken.append(a)
    await listener.add_listener(channel, heard)
    group = GroupCommit(probe.runtime.pool, pings, relay=probe.runtime.relay)
    loops = asyncio.create_task(group.run())
    try:
        keys = [f"handed-{uuid.uuid4()}" for _ in range(20)]
        await asyncio.gather(*(group.submit(k) for k in keys))
        async with probe.runtime.pool.acquire() as conn:
            ids = await conn.fetchval(
                "SELECT array_agg(id) FROM outbox WHERE convert_from(body, 'UTF8')::jsonb "
                "->> 'subject' = ANY($1)", keys)
        assert len(ids) == 20

        async def all_sent():
            return await unsent(probe, ids) == 0

        await eventually(all_sent, timeout=5)

        async def published():
            found = {m.headers["Nats-Msg-Id"] for m in await stream_messages(
                probe, "redgrid.probe.thing.pinged")}
            return found >= {str(i) for i in ids} or None

        await eventually(published, timeout=5)
        assert woken == []
    finally:
        loops.cancel()
        await asyncio.gather(loops, return_exceptions=True)
        await listener.remove_listener(channel, heard)
        await probe.runtime.pool.release(listener)


async def test_events_a_relay_fails_to_hand_over_stay_unsent_for_its_round(probe):
    """NATS gone for the relay the batch hands to: a round is asked for, and the rows, left
    unsent, go with a round (here the service's own relay's)."""
    nc = await nats_connect(probe.reader_url)
    await nc.close()  # every publish on it fails
    relay = Relay(probe.runtime.pool, nc.jetstream(), "probe")
    group = GroupCommit(probe.runtime.pool, pings, relay=relay)
    loops = asyncio.create_task(group.run())
    try:
        key = f"failed-{uuid.uuid4()}"
        await group.submit(key)
        await eventually(lambda: relay.wakeup.is_set(), timeout=5)

        async def sent():
            async with probe.runtime.pool.acquire() as conn:
                return await conn.fetchval(
                    "SELECT sent_at IS NOT NULL FROM outbox WHERE "
                    "convert_from(body, 'UTF8')::jsonb ->> 'subject' = $1", key)

        await eventually(sent, timeout=5)
    finally:
        loops.cancel()
        await asyncio.gather(loops, return_exceptions=True)
        await relay.close()
