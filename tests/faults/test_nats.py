"""nats-server killed (kill -9) and restarted mid-stream, and the network between the services
and NATS paused, under load: services reconnect without limit, the pull consumer resumes (one
that goes silent after a reconnect is a known failure class), nothing is lost or applied twice.

nats-server runs with `sync_interval: always`: a message JetStream acknowledged is on disk, so
the relay's rows marked sent before a kill -9 are still in the stream after the restart.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from .checker import Window, conclude, consumers_resume
from .cluster import running_system
from .knobs import KNOBS
from .workload import Load

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module")
async def cluster():
    async with running_system("nats", proxied=("tickets", "notifications")) as c:
        yield c


@pytest.mark.parametrize("seconds", KNOBS.pauses, ids=lambda s: f"{s:g}s")
async def test_network_to_nats_pauses(cluster, seconds):
    """Both services' connections to NATS stop forwarding for a while, then heal. First in the
    module: notifications' consumers of matching and lists are still waiting for their streams
    then (their services do not run here), and a partition must not end that wait for good."""
    window = await Window(cluster).open()
    load = Load(cluster.url("tickets"), cluster.city.grid, f"PAUSE{seconds:g}", KNOBS.writers,
                KNOBS.rate)
    probes = Load(cluster.url("tickets"), cluster.city.grid, f"PROBE-PAUSE{seconds:g}", 1)
    stop = asyncio.Event()
    running = asyncio.create_task(load.run(int(KNOBS.rate * (seconds + 10)), seconds + 10,
                                           stop))
    try:
        await asyncio.sleep(2.0)
        for proxy in cluster.proxies.values():
            proxy.pause()
        await asyncio.sleep(seconds)
        for proxy in cluster.proxies.values():
            proxy.resume()
        resumed = await consumers_resume(cluster, probes)
    finally:
        for proxy in cluster.proxies.values():
            proxy.resume()
        stop.set()
        await running
    await conclude(cluster, window, load, f"network to NATS paused {seconds:g}s", 1,
                 f"every consumer took a new event {resumed:.1f}s after the network healed")


async def test_kill_nats_server_mid_stream_and_restart(cluster):
    window = await Window(cluster).open()
    load = Load(cluster.url("tickets"), cluster.city.grid, "KILL", KNOBS.writers, KNOBS.rate)
    probes = Load(cluster.url("tickets"), cluster.city.grid, "PROBE-KILL", 1)
    stop = asyncio.Event()
    running = asyncio.create_task(load.run(int(KNOBS.rate * KNOBS.load_seconds),
                                           KNOBS.load_seconds, stop))
    resumes, down = [], []
    try:
        for _ in range(KNOBS.nats_kills):
            await asyncio.sleep(2.0)  # load flowing
            await cluster.kill_nats()
            killed = time.monotonic()
            await asyncio.sleep(1.5)  # orders keep coming: committed, waiting in the outbox
            await cluster.start_nats()
            down.append(time.monotonic() - killed)
            resumes.append(await consumers_resume(cluster, probes))
    finally:
        stop.set()
        await running
    note = (f"NATS down {max(down):.1f}s each; every consumer took a new event "
            f"{min(resumes):.1f}-{max(resumes):.1f}s after the restart")
    await conclude(cluster, window, load, "kill -9 nats-server", KNOBS.nats_kills, note)
