"""The notifications service's gauges of what waits (sampled by common/gauges.py): e-mail and
SMS due and not sent, and each webhook subscriber's lag."""

from __future__ import annotations

from redgrid.common.service import Runtime
from redgrid.notifications import metrics
from redgrid.notifications.queries import deliveries, webhooks

CHANNELS = ("email", "sms")  # reported at 0 when nothing waits: an alert sees them recover


async def sample(runtime: Runtime) -> None:
    async with runtime.pool.acquire() as conn:
        undelivered = {w.key: w for w in await deliveries.undelivered(conn)}
        lagging = await webhooks.lag(conn)
    for channel in {*CHANNELS, *undelivered}:
        waiting = undelivered.get(channel)
        metrics.UNDELIVERED.labels(channel).set(waiting.count if waiting else 0)
        metrics.UNDELIVERED_OLDEST_AGE.labels(channel).set(
            waiting.oldest_seconds if waiting else 0)
    # subscribers come and go: only the live ones' series remain
    metrics.WEBHOOK_LAG_EVENTS.clear()
    metrics.WEBHOOK_LAG_SECONDS.clear()
    for sub in lagging:
        metrics.WEBHOOK_LAG_EVENTS.labels(sub.key, sub.name).set(sub.count)
        metrics.WEBHOOK_LAG_SECONDS.labels(sub.key, sub.name).set(sub.oldest_seconds)
