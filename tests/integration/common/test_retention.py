"""Retention of the outbox and the inbox against a real PostgreSQL and nats-server: what is
pruned, what stays, and why a pruned claim cannot let an event apply twice."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from redgrid.common import db, outbox, retention
from redgrid.common.consumer import Consumer
from redgrid.common.events import CloudEvent, EventKind
from redgrid.common.service import ServiceSpec
from redgrid.common.settings import DLQ_MAX_AGE_DAYS, Settings
from redgrid.common.testing import eventually, run_service

pytestmark = pytest.mark.asyncio(loop_scope="session")

KEPT = EventKind("keeper", "thing", "kept")


class Thing(BaseModel):
    model_config = ConfigDict(extra="allow")


CONSUMER = Consumer("keeper", source="keeper")


@CONSUMER.on(KEPT, data=Thing)
async def on_kept(conn, event: CloudEvent, thing: Thing) -> None:
    await conn.execute("INSERT INTO effects (event_id, kind) VALUES ($1, 'kept')", event.id)


SPEC = ServiceSpec(
    name="keeper",
    description="a service that exists only in tests: retention",
    migrations=Path(__file__).parent / "probe_migrations",
    consumers=[CONSUMER],
    events=[KEPT],
)


@pytest.fixture(scope="module")
async def keeper(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(SPEC, stack, database, prune_batch=3) as h:
        yield h


async def emit(h, *events: CloudEvent) -> None:
    async with db.transaction(h.runtime.pool) as conn:
        await outbox.record(conn, events)


async def fetchval(h, sql: str, *args):
    async with h.runtime.pool.acquire() as conn:
        return await conn.fetchval(sql, *args)


async def effects(h, event_id) -> int:
    return await fetchval(h, "SELECT count(*) FROM effects WHERE event_id = $1", event_id)


async def applied(h, *events: CloudEvent) -> None:
    for e in events:
        await eventually(lambda e=e: effects(h, e.id))
    await eventually(lambda: fetchval(h, "SELECT count(*) = 0 FROM outbox WHERE sent_at IS NULL"))


def later(days: float = 0, seconds: float = 0) -> datetime:
    return datetime.now(UTC) + timedelta(days=days, seconds=seconds)


async def test_sent_outbox_rows_go_after_the_duplicate_window_unsent_ones_stay(keeper):
    s, pool = keeper.settings, keeper.runtime.pool
    sent = [KEPT.make(f"o{i}", {"i": i}) for i in range(5)]
    await emit(keeper, *sent)
    await applied(keeper, *sent)
    assert await retention.prune_outbox(pool, s, datetime.now(UTC)) == 0  # within the window
    keeper.runtime.relay.stop()  # an unsent row: never pruned, however old
    await asyncio.sleep(0.3)
    unsent = KEPT.make("o-unsent", {})
    await emit(keeper, unsent)
    window = s.stream_duplicate_window + s.outbox_keep_hours * 3600
    # in batches of prune_batch (3) until one is short: all five sent rows, and no more
    assert await retention.drain(lambda: retention.prune_outbox(
        pool, s, later(seconds=window + 1)), s.prune_batch) >= 5
    assert await fetchval(keeper, "SELECT count(*) FROM outbox WHERE id = ANY($1::uuid[])",
                          [e.id for e in sent]) == 0
    assert await fetchval(keeper, "SELECT count(*) FROM outbox WHERE id = $1", unsent.id) == 1
    keeper.runtime.relay._stopping = False
    keeper.runtime.tasks.append(asyncio.create_task(keeper.runtime.relay.run()))
    await applied(keeper, unsent)


async def test_a_copy_after_pruning_meets_the_claims_kept_and_none_can_reach_a_pruned_one(
        keeper):
    """Claims younger than inbox_keep_days stay: a copy of their event (published again past
    the duplicate window) has no second effect. A pruned claim's event cannot come back: the
    durable's ack floor is past it, nothing is pending, its outbox row is marked sent, and a
    dead letter of it would be gone from REDGRID_DLQ before its claim goes."""
    s, pool = keeper.settings, keeper.runtime.pool
    old, young = KEPT.make("i-old", {}), KEPT.make("i-young", {})
    await emit(keeper, old)
    await applied(keeper, old)
    async with pool.acquire() as conn:  # the old claim made long ago
        await conn.execute("UPDATE inbox SET handled_at = now() - $2::interval "
                           "WHERE event_id = $1", old.id, timedelta(days=s.inbox_keep_days + 1))
    await emit(keeper, young)
    await applied(keeper, young)
    assert await retention.drain(lambda: retention.prune_inbox(pool, s, datetime.now(UTC)),
                                 s.prune_batch) == 1
    claims = "SELECT count(*) FROM inbox WHERE event_id = $1"
    assert await fetchval(keeper, claims, old.id) == 0
    assert await fetchval(keeper, claims, young.id) == 1

    js = keeper.runtime.js  # the probe connects as admin: it may publish anything
    # the same event again as a new message (a second publish past the duplicate window)
    ack = await js.publish(KEPT.subject, young.to_bytes(),
                           headers={"Nats-Msg-Id": f"{young.id}:again"})
    assert not ack.duplicate
    await eventually(lambda: _acked(js, ack.seq))
    assert await effects(keeper, young.id) == 1

    info = await js.consumer_info("REDGRID_KEEPER", CONSUMER.durable)
    assert info.num_ack_pending == 0 and info.num_redelivered == 0 and info.num_pending == 0
    assert await fetchval(keeper, "SELECT count(*) FROM outbox WHERE id = $1 AND sent_at IS NULL",
                          old.id) == 0
    assert s.inbox_keep_days > DLQ_MAX_AGE_DAYS
    assert retention.redelivery_horizon(s) < s.inbox_keep_days * 86400
    assert await effects(keeper, old.id) == 1


async def _acked(js, seq: int) -> bool:
    info = await js.consumer_info("REDGRID_KEEPER", CONSUMER.durable)
    return info.ack_floor.stream_seq >= seq


async def test_settings_refuse_an_inbox_that_forgets_before_the_dead_letters_do():
    with pytest.raises(ValidationError):
        Settings(inbox_keep_days=DLQ_MAX_AGE_DAYS)
    assert Settings(inbox_keep_days=DLQ_MAX_AGE_DAYS + 1).inbox_keep_days == DLQ_MAX_AGE_DAYS + 1


async def test_two_replicas_pruning_share_the_rows_and_neither_waits(keeper):
    s, pool = keeper.settings, keeper.runtime.pool
    async with pool.acquire() as conn:
        await conn.execute("DELETE FROM inbox")
        await conn.execute(
            "INSERT INTO inbox (consumer, event_id, handled_at) SELECT 'keeper-from-x', "
            "gen_random_uuid(), now() - interval '200 days' FROM generate_series(1, 10)")
    held = await pool.acquire()
    try:
        tx = held.transaction()
        await tx.start()
        # one replica's round holds three rows (locked, not yet deleted)
        await held.execute("SELECT 1 FROM inbox ORDER BY handled_at LIMIT 3 FOR UPDATE")
        other = await asyncio.wait_for(retention.drain(
            lambda: retention.prune_inbox(pool, s, datetime.now(UTC)), s.prune_batch), 5)
        assert other == 7  # the other replica took the rest, without waiting for the lock
        await tx.rollback()
    finally:
        await pool.release(held)
    both = await asyncio.gather(*(retention.drain(
        lambda: retention.prune_inbox(pool, s, datetime.now(UTC)), s.prune_batch)
        for _ in range(2)))
    assert sum(both) == 3  # each row pruned once
    assert await fetchval(keeper, "SELECT count(*) FROM inbox") == 0
