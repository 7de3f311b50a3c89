"""Several replicas at once: migrations applied once, outbox rows sent once, and a pull consumer
that resumes after nats-server is killed and restarted."""

from __future__ import annotations

import asyncio
import signal
import tempfile
from pathlib import Path

import asyncpg
import pytest

from redgrid.common import db, devstack, migrate, outbox
from redgrid.common.outbox import Relay
from redgrid.common.testing import (
    eventually,
    run_service,
    service_settings,
    stream_messages,
)

from .test_relay_and_consumer import PING, SPEC, effects

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_replicas_starting_together_apply_each_migration_once(stack):
    database = await stack.new_database()
    settings = service_settings(SPEC, stack, database)
    admin = await asyncpg.connect(stack.url_for(database))
    await migrate.bootstrap(admin, SPEC.name, settings.db_password)
    await admin.close()
    plan = SPEC.migration_plan()

    async def replica():
        conn = await asyncpg.connect(settings.database_url())
        try:
            return await migrate.migrate(conn, settings.db_schema, plan)
        finally:
            await conn.close()

    results = await asyncio.gather(*(replica() for _ in range(5)))
    assert sorted(len(r) for r in results) == [0, 0, 0, 0, len(plan)]
    conn = await asyncpg.connect(settings.database_url())
    try:
        assert await conn.fetchval("SELECT count(*) FROM schema_migrations") == len(plan)
        edited = [migrate.Migration(plan[0].name, plan[0].sql + "\n-- edited")] + plan[1:]
        with pytest.raises(RuntimeError, match="edited after it was applied"):
            await migrate.migrate(conn, settings.db_schema, edited)
    finally:
        await conn.close()


@pytest.fixture(scope="module")
async def probe(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(SPEC, stack, database) as h:
        yield h


async def test_three_relays_send_each_row_once(probe):
    """Rows committed while no relay runs are all sent, once, by replicas racing for them."""
    probe.runtime.relay.stop()
    await asyncio.sleep(0.3)
    events = [PING.make(f"many-{i}", {"i": i}) for i in range(600)]
    for chunk in range(0, 600, 100):
        async with db.transaction(probe.runtime.pool) as conn:
            await outbox.record(conn, events[chunk:chunk + 100])
    relays = [Relay(probe.runtime.pool, probe.runtime.js, "probe", batch=50, poll_seconds=0.1)
              for _ in range(3)]
    tasks = [asyncio.create_task(r.run()) for r in relays]
    try:
        async def all_sent():
            async with probe.runtime.pool.acquire() as conn:
                return await conn.fetchval("SELECT count(*) FROM outbox WHERE sent_at IS NULL") == 0

        await eventually(all_sent, timeout=30)
    finally:
        for r in relays:
            r.stop()
        await asyncio.gather(*tasks, return_exceptions=True)
        for r in relays:
            await r.close()
    ids = {str(e.id) for e in events}
    msgs = await stream_messages(probe.reader_url, "REDGRID_PROBE", PING.subject)
    sent = [m.headers["Nats-Msg-Id"] for m in msgs if m.headers["Nats-Msg-Id"] in ids]
    assert len(sent) == len(set(sent)) == 600  # every row, none twice

    async def all_applied():
        async with probe.runtime.pool.acquire() as conn:
            return await conn.fetchval(
                "SELECT count(DISTINCT event_id) FROM effects WHERE event_id = ANY($1::uuid[])",
                [e.id for e in events]) == 600

    await eventually(all_applied, timeout=30)
    async with probe.runtime.pool.acquire() as conn:
        assert await conn.fetchval(
            "SELECT count(*) FROM effects WHERE event_id = ANY($1::uuid[])",
            [e.id for e in events]) == 600


async def test_consumer_resumes_after_nats_server_is_killed_and_restarted(stack):
    """kill -9 nats-server mid-stream; the service reconnects and its pull consumer resumes."""
    root = Path(tempfile.mkdtemp(prefix="redgrid-kill-"))
    server = devstack.Nats(root / "js", devstack.free_port())
    server.start()
    database = await stack.new_database()
    try:
        async with run_service(SPEC, stack, database, nats_url=server.url, nats_user="admin",
                               nats_password=server.passwords["admin"]) as h:
            first = PING.make("before", {})
            async with db.transaction(h.runtime.pool) as conn:
                await outbox.record(conn, [first])
            await eventually(lambda: effects(h, first.id))
            server.stop(signal.SIGKILL)
            during = [PING.make(f"during-{i}", {}) for i in range(20)]
            async with db.transaction(h.runtime.pool) as conn:
                await outbox.record(conn, during)  # committed while NATS is down
            await asyncio.sleep(2)
            server.start()  # same port, same store: streams and durable consumers survive
            after = PING.make("after", {})
            async with db.transaction(h.runtime.pool) as conn:
                await outbox.record(conn, [after])
            for event in [*during, after]:
                await eventually(lambda e=event: effects(h, e.id), timeout=60)
            assert all([await effects(h, e.id) == 1 for e in [first, *during, after]])
    finally:
        server.stop()


async def test_a_consumer_waiting_for_its_source_stream_stops_at_once(probe):
    from redgrid.common.consumer import Consumer, ConsumerRunner

    runner = ConsumerRunner(Consumer("probe", source="nowhere"), probe.runtime.pool,
                            probe.runtime.nc)
    task = asyncio.create_task(runner.run())
    await asyncio.sleep(1.0)  # waiting: REDGRID_NOWHERE does not exist
    assert not task.done()
    runner.stop()
    await asyncio.wait_for(task, timeout=1.0)
