"""The production topology under faults: a JetStream cluster of three nats-server nodes (the same
pip-shipped binary, routed to each other) with every stream R3, the services given all three.
One node killed with -9 under load and started again; then the leader of the tickets stream
killed and started again: JetStream elects another leader, the services' connections move to a
living node, nothing is lost or applied twice and every consumer takes new events. And one node
frozen for a while (its network gone quiet: sockets open, nothing answers) and let go again.
"""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from .checker import Window, conclude, consumers_resume
from .cluster import SPECS, running_system
from .knobs import KNOBS
from .workload import Load

pytestmark = pytest.mark.asyncio(loop_scope="session")
TICKETS_STREAM = "REDGRID_TICKETS"


@pytest.fixture(scope="module")
async def cluster():
    # R3 for the streams the checker makes for matching and lists too (Settings reads it)
    before = os.environ.get("REDGRID_STREAM_REPLICAS")
    os.environ["REDGRID_STREAM_REPLICAS"] = "3"
    try:
        settings = {s: {"stream_replicas": 3} for s in SPECS}
        async with running_system("r3", settings, nodes=3) as c:
            # every stream made while all three nodes run (an R3 stream needs three to be made),
            # matching's and lists' too, as their services would make them at start
            await consumers_resume(c, Load(c.url("tickets"), c.city.grid, "PROBE-R3", 1))
            yield c
    finally:
        if before is None:
            os.environ.pop("REDGRID_STREAM_REPLICAS", None)
        else:
            os.environ["REDGRID_STREAM_REPLICAS"] = before


async def _under_load(cluster, ref: str, fault) -> tuple[Load, list[float], list[float]]:
    """Run `fault(i)` KNOBS.nats_kills times under load; (load, seconds down, seconds from the
    kill until every stream had a leader and every consumer took a new event)."""
    load = Load(cluster.url("tickets"), cluster.city.grid, ref, KNOBS.writers, KNOBS.rate)
    probes = Load(cluster.url("tickets"), cluster.city.grid, f"PROBE-{ref}", 1)
    stop = asyncio.Event()
    running = asyncio.create_task(load.run(int(KNOBS.rate * KNOBS.load_seconds),
                                           KNOBS.load_seconds, stop))
    down, resumes, elections = [], [], []
    try:
        for i in range(KNOBS.nats_kills):
            await asyncio.sleep(2.0)  # load flowing
            node = await fault(i)
            killed = time.monotonic()
            await cluster.wait_for("every stream led again", cluster.streams_led)
            elections.append(time.monotonic() - killed)
            # two of three nodes carry on: consumers take new events with one node gone
            resumes.append(await consumers_resume(cluster, probes))
            await cluster.start_node(node)
            down.append(time.monotonic() - killed)
    finally:
        stop.set()
        await running
    return load, down, [e + r for e, r in zip(elections, resumes, strict=True)]


async def test_kill_one_node_of_three_under_load(cluster):
    window = await Window(cluster).open()

    async def kill(i: int) -> int:
        node = 1 + i % 2  # not the checker's own node: the services' connections move anyway
        await cluster.kill_node(node)
        return node

    load, down, resumes = await _under_load(cluster, "R3KILL", kill)
    await conclude(cluster, window, load, "kill -9 one NATS node of 3 (R3)", KNOBS.nats_kills,
                   f"a node down {min(down):.0f}-{max(down):.0f}s; every consumer took a new "
                   f"event {min(resumes):.1f}-{max(resumes):.1f}s after the kill, node down")


async def test_kill_the_stream_leader_under_load(cluster):
    window = await Window(cluster).open()
    leaders = []

    async def kill_leader(i: int) -> int:
        node = await cluster.leader_of(TICKETS_STREAM)
        if node == 0:  # the checker reads through n0: move the leadership off it first
            await cluster.step_down(TICKETS_STREAM)
            node = await cluster.leader_of(TICKETS_STREAM)
        leaders.append(f"n{node}")
        await cluster.kill_node(node)
        return node

    load, down, resumes = await _under_load(cluster, "R3LEADER", kill_leader)
    after = await cluster.leader_of(TICKETS_STREAM)
    await conclude(cluster, window, load, "kill -9 the tickets stream's leader (R3)",
                   KNOBS.nats_kills,
                   f"leaders killed {', '.join(leaders)}, now n{after}; every consumer took a "
                   f"new event {min(resumes):.1f}-{max(resumes):.1f}s after the kill")


PAUSE_SECONDS = 12.0  # under the services' ping timeout (3 × 10 s): they wait, not reconnect


async def test_pause_one_node_under_load(cluster):
    window = await Window(cluster).open()
    load = Load(cluster.url("tickets"), cluster.city.grid, "R3PAUSE", KNOBS.writers, KNOBS.rate)
    probes = Load(cluster.url("tickets"), cluster.city.grid, "PROBE-R3PAUSE", 1)
    stop = asyncio.Event()
    running = asyncio.create_task(load.run(int(KNOBS.rate * KNOBS.load_seconds),
                                           KNOBS.load_seconds, stop))
    resumes = []
    try:
        for i in range(KNOBS.nats_kills):
            await asyncio.sleep(2.0)  # load flowing
            node = 1 + i % 2  # not the checker's own node
            await cluster.pause_node(node)
            await asyncio.sleep(PAUSE_SECONDS)
            await cluster.resume_node(node)
            let_go = time.monotonic()
            await cluster.wait_for("every stream led again", cluster.streams_led)
            await consumers_resume(cluster, probes)
            resumes.append(time.monotonic() - let_go)
    finally:
        stop.set()
        await running
    await conclude(cluster, window, load, "pause one NATS node of 3 (R3)", KNOBS.nats_kills,
                   f"a node frozen {PAUSE_SECONDS:.0f}s; every consumer took a new event "
                   f"{min(resumes):.1f}-{max(resumes):.1f}s after it was let go")
