"""Gauges of what waits, sampled on a timer by every process (`sampler`, one of the runtime's
tasks): the outbox backlog and its oldest row's age, each consumer's pending and unacknowledged
messages, its dead letters; then the service's own (ServiceSpec.gauges: notifications' webhook
lag and undelivered messages). A sampling costs one indexed query, one JetStream request per
consumer and one for the dead letters; a scrape reads the last values, and costs nothing more.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from nats.js.errors import NotFoundError

from redgrid.common import logs, metrics, outbox
from redgrid.common.streams import DLQ_STREAM

if TYPE_CHECKING:
    from redgrid.common.service import Runtime

log = logs.get(__name__)
DLQ_PREFIX = "redgrid.dlq."


async def sample(runtime: Runtime) -> None:
    """Every gauge once, now."""
    service = runtime.settings.service
    rows, oldest = await outbox.backlog(runtime.pool)
    metrics.OUTBOX_BACKLOG.labels(service).set(rows)
    metrics.OUTBOX_OLDEST_AGE.labels(service).set(oldest)
    await _consumers(runtime)
    for gauge in runtime.spec.gauges:
        await gauge(runtime)


async def _consumers(runtime: Runtime) -> None:
    if not runtime.runners:
        return
    for runner in runtime.runners:
        try:
            info = await runtime.js.consumer_info(runner.stream, runner.durable)
        except NotFoundError:  # not made yet: its runner waits for its source stream
            continue
        metrics.CONSUMER_PENDING.labels(runner.durable).set(info.num_pending or 0)
        metrics.CONSUMER_ACK_PENDING.labels(runner.durable).set(info.num_ack_pending or 0)
    # one request for all of this service's dead letters, counted by subject
    mine = {runner.c.durable for runner in runtime.runners}
    info = await runtime.js.stream_info(DLQ_STREAM, subjects_filter=f"{DLQ_PREFIX}>")
    counts = info.state.subjects or {}
    for durable in mine:
        metrics.DEAD_LETTERS.labels(durable).set(counts.get(DLQ_PREFIX + durable, 0))


async def sampler(runtime: Runtime) -> None:
    """Sample every `gauge_seconds` until the service stops; a failed sampling is counted and
    logged, and the gauges keep their last values (the alerts on readiness say why)."""
    seconds = runtime.settings.gauge_seconds
    while not runtime.stopping.is_set():
        try:
            await sample(runtime)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - the database or NATS away: next time
            metrics.GAUGE_FAILURES.labels(runtime.settings.service).inc()
            log.warning("gauges.sampling_failed", error=repr(exc))
        try:
            await asyncio.wait_for(runtime.stopping.wait(), seconds)
        except TimeoutError:
            pass
