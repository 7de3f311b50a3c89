"""Processes dying at the worst moments, under load: the relay after JetStream acked a batch and
before the rows were marked sent (with the duplicate window covering the restart, and not), a
consumer after its batch committed and before the acks went out, and SIGTERM in the middle of a
batch. The crashes are planted in real `redgrid run` processes (tests/faults/child.py)."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import pytest

from ..deploy.support import CLEAN_EXIT
from .checker import Window, conclude, consumers_resume, every_message
from .child import CRASHED
from .cluster import running_system
from .knobs import KNOBS
from .workload import Load, under_load

pytestmark = pytest.mark.asyncio(loop_scope="session")
ACK_WAIT = 5  # seconds before JetStream redelivers what a dead consumer held (30 by default)
FROM_TICKETS = "notifications-from-tickets"
SHORT_WINDOW = {"stream_duplicate_window": 1.0}


@pytest.fixture(scope="module")
async def cluster():
    # The tickets stream starts with a 1 s duplicate window for the relay test that needs it
    # short: JetStream forgets ids on a timer armed with the window in force, so a window
    # shortened later still remembers them for up to the old one (two minutes).
    async with running_system("processes", {"tickets": SHORT_WINDOW}) as c:
        yield c


async def replace(cluster, name: str, crash: str | None = None, **faults):
    """Stop the service's process (SIGTERM, cleanly) and start another, maybe with a crash."""
    process = cluster.processes[name]
    if process.proc.poll() is None:
        assert await cluster.terminate(name) in CLEAN_EXIT, cluster.logs(name)
    return await cluster.run(name, crash, **faults)


async def query(cluster, sql: str, *args):
    conn = await cluster.connect()
    try:
        return await conn.fetch(sql, *args)
    finally:
        await conn.close()


@pytest.mark.parametrize("dedup_window", [1.0, 120.0], ids=["window-passed", "window-covers"])
async def test_relay_dies_after_the_publish_ack_before_marking_sent(cluster, tmp_path,
                                                                    dedup_window):
    """The rows stay unsent and go again after the restart. Within JetStream's duplicate window
    the second publish is dropped by the stream; past it the stream holds two copies, and the
    consumer's inbox must apply the event once all the same."""
    covered = dedup_window > 10
    if not covered and cluster.settings.get("tickets") != SHORT_WINDOW:
        pytest.skip("runs first in its module, while the stream's window has always been short")
    window = await Window(cluster).open()
    cluster.settings["tickets"] = {"stream_duplicate_window": dedup_window}
    duplicates_before = await cluster.counter("notifications", "redgrid_events_consumed_total",
                                              consumer=FROM_TICKETS, outcome="duplicate")
    load, stop, running = under_load(cluster, f"RELAY{dedup_window:g}")
    crashed: list[str] = []
    try:
        for k in range(KNOBS.relay_crashes):
            marker = tmp_path / f"relay-{k}"
            await replace(cluster, "tickets", "relay-after-ack", crash_after=3, marker=marker)
            assert await cluster.exited("tickets") == CRASHED, cluster.logs("tickets")
            ids = marker.read_text().split()
            rows = await query(cluster, "SELECT sent_at FROM tickets.outbox WHERE id = ANY($1)",
                               ids)
            assert len(rows) == len(ids) and all(r["sent_at"] is None for r in rows)
            if not covered:
                await asyncio.sleep(dedup_window + 1)
            await cluster.run("tickets")  # the same settings, no crash planted
            crashed += ids
            await asyncio.sleep(2)  # the load flows again
        await consumers_resume(cluster, Load(cluster.url("tickets"), cluster.city.grid,
                                             f"PROBE-RELAY{dedup_window:g}"))

        async def resent() -> bool:
            (row,) = await query(cluster, "SELECT count(*) AS n FROM tickets.outbox "
                                          "WHERE id = ANY($1) AND sent_at IS NOT NULL", crashed)
            return row["n"] == len(crashed)

        # A crash in a hand-over leaves its rows leased (2 x the ack timeout): then a round.
        await cluster.wait_for("the crashed batches published again", resent, extra=20)
    finally:
        stop.set()
        await running
    await conclude(cluster, window, load,
                   f"relay dies after ack, dedup window {'covers' if covered else 'passed'}",
                   KNOBS.relay_crashes, f"{len(crashed)} events published twice")
    copies = Counter(m.headers["Nats-Msg-Id"] for m in await every_message(
        cluster.nats.url_as("reader"), "REDGRID_TICKETS", "redgrid.tickets.>"))
    assert {copies[i] for i in crashed} == {1 if covered else 2}
    absorbed = await cluster.counter("notifications", "redgrid_events_consumed_total",
                                     consumer=FROM_TICKETS, outcome="duplicate")
    if not covered:  # the second copies reached the consumer: its inbox took each once
        assert absorbed - duplicates_before >= len(crashed)
    cluster.settings["tickets"] = {}
    await replace(cluster, "tickets")


async def test_consumer_dies_after_commit_before_ack(cluster, tmp_path):
    """The batch is applied and committed, the acks never leave: JetStream delivers it again
    after the ack wait, and the inbox turns every copy into a no-op."""
    window = await Window(cluster).open()
    load, stop, running = under_load(cluster, "CONSUMER")
    crashed: list[str] = []
    try:
        for k in range(KNOBS.consumer_crashes):
            marker = tmp_path / f"consumer-{k}"
            await replace(cluster, "notifications", "consumer-after-commit", crash_after=3,
                          consumer=FROM_TICKETS, marker=marker, ack_wait=ACK_WAIT)
            assert await cluster.exited("notifications") == CRASHED, cluster.logs("notifications")
            ids = marker.read_text().split()
            rows = await query(cluster, "SELECT event_id FROM notifications.inbox "
                                        "WHERE consumer = $1 AND event_id = ANY($2)",
                               FROM_TICKETS, ids)
            assert len(rows) == len(ids)  # committed before the crash
            await cluster.run("notifications", ack_wait=ACK_WAIT)

            async def redelivered(ids=ids) -> bool:
                return await cluster.counter("notifications", "redgrid_events_consumed_total",
                                             consumer=FROM_TICKETS,
                                             outcome="duplicate") >= len(ids)

            await cluster.wait_for(f"{len(ids)} events delivered again after the crash",
                                   redelivered, extra=ACK_WAIT)
            crashed += ids
            await asyncio.sleep(1)  # the load flows again
    finally:
        stop.set()
        await running
    await conclude(cluster, window, load, "consumer dies after commit, before ack",
                   KNOBS.consumer_crashes, f"{len(crashed)} events delivered again, absorbed")
    await replace(cluster, "notifications")


async def set_slow(cluster, ms: int) -> None:
    conn = await cluster.connect()
    try:
        await conn.execute("UPDATE faults.knobs SET slow_ms = $1", ms)
    finally:
        await conn.close()


async def test_sigterm_mid_batch(cluster, tmp_path):
    """SIGTERM while a batch is being applied: the batch in hand finishes (or, not acked, is
    delivered again), what was fetched and not begun goes back at once, the process exits in
    time. The relay's last round sends what the last requests committed. Nothing lost."""
    window = await Window(cluster).open()
    await set_slow(cluster, 30)  # each event takes 30 ms in notifications: batches take a while
    load, stop, running = under_load(cluster, "SIGTERM")
    in_flight = 0
    try:
        for k in range(KNOBS.sigterms):
            trace = tmp_path / f"trace-{k}"
            await replace(cluster, "notifications", trace=trace)

            async def mid_batch(trace=trace) -> bool:
                lines = trace.read_text().splitlines() if trace.exists() else []
                return bool(lines) and lines[-1].split()[1:3] == ["begin", FROM_TICKETS]

            await cluster.wait_for("notifications in the middle of a batch", mid_batch,
                                   interval=0.005)
            signalled = time.time()
            assert await cluster.terminate("notifications") in CLEAN_EXIT
            assert cluster.processes["notifications"].stopped_in < 25
            lines = [line.split() for line in trace.read_text().splitlines()]
            if any(float(t) > signalled for t, verb, *_ in lines if verb == "end"):
                in_flight += 1  # the batch in hand at SIGTERM finished after it
            await asyncio.sleep(1)  # the load goes on while no consumer runs
            assert await cluster.terminate("tickets") in CLEAN_EXIT
            await cluster.run("tickets")
            await cluster.run("notifications")
    finally:
        await set_slow(cluster, 0)
        stop.set()
        await running
    assert in_flight >= 1, "SIGTERM reached a batch in hand"
    await conclude(cluster, window, load, "SIGTERM mid-batch", 2 * KNOBS.sigterms,
                   f"{in_flight} of {KNOBS.sigterms} consumer batches finished after SIGTERM; "
                   "tickets stopped under load as often")
