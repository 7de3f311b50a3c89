"""PostgreSQL restarted immediately (SIGQUIT: no checkpoint, crash recovery on start) under
load: HTTP answers 503 problem+json while it is away and leaves no partial rows, the relay and
the consumers back off and recover, nothing is lost or applied twice."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime
from itertools import pairwise

import pytest

from redgrid.common.consumer import backoff

from .checker import Window, conclude, consumers_resume
from .cluster import running_system
from .knobs import KNOBS
from .workload import Load, under_load

pytestmark = pytest.mark.asyncio(loop_scope="session")
CONSUMED = "redgrid_events_consumed_total"


@pytest.fixture(scope="module")
async def cluster():
    async with running_system("postgres") as c:
        yield c


async def test_postgres_restarts_immediately_under_load(cluster):
    window = await Window(cluster).open()
    probes = Load(cluster.url("tickets"), cluster.city.grid, "PROBE-PG")
    retried = await cluster.counter("notifications", CONSUMED, outcome="retried")
    relay_failures = await cluster.counter("tickets", "redgrid_outbox_relay_failures_total")
    load, stop, running = under_load(cluster, "PG")
    down, resumes = [], []
    try:
        for _ in range(KNOBS.pg_restarts):
            await asyncio.sleep(2.0)
            started = time.monotonic()
            await cluster.restart_postgres()
            down.append(time.monotonic() - started)
            resumes.append(await consumers_resume(cluster, probes))
    finally:
        stop.set()
        await running
    answers = load.answers()
    retried = await cluster.counter("notifications", CONSUMED, outcome="retried") - retried
    relay_failures = await cluster.counter(
        "tickets", "redgrid_outbox_relay_failures_total") - relay_failures
    refused = answers.get(503, 0)
    note = (f"down {max(down):.1f}s each; {refused} answers 503, "
            f"{sum(v for k, v in answers.items() if isinstance(k, str))} connections failed; "
            f"{retried:g} consumer retries, {relay_failures:g} relay rounds failed; "
            f"every consumer took a new event {max(resumes):.1f}s after at most")
    await conclude(cluster, window, load, "PostgreSQL immediate restart", KNOBS.pg_restarts,
                   note)
    assert refused > 0, f"the restarts were felt: {answers}"
    # backing off, not spinning: an event is tried again no sooner than its delay says
    tries: dict[str, list[tuple[int, datetime]]] = {}
    for e in cluster.log_events("notifications", "consumer.retry"):
        tries.setdefault(e["event_id"], []).append(
            (e["deliveries"], datetime.fromisoformat(e["timestamp"])))
    for event_id, seen in tries.items():
        for (n, at), (_, then) in pairwise(seen):
            assert (then - at).total_seconds() >= 0.9 * backoff(n), (event_id, seen)
    failures = [datetime.fromisoformat(e["timestamp"])
                for e in cluster.log_events("tickets", "outbox.relay_failed")]
    assert all((b - a).total_seconds() >= 0.15 for a, b in pairwise(failures))
