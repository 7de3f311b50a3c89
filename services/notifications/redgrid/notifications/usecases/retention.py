"""Retention of the public log: webhooks replay events from it (POST …/replay, a suspended
subscription resuming) for `public_log_keep_days`, the replay horizon; older events are pruned
(they keep no personal data past it, and a city system that was away longer resumes at the
oldest event kept), and with them the webhook deliveries of events no longer kept (nothing a
replay could send again). Every replica runs the job; counted in redgrid_pruned_total."""

from __future__ import annotations

from datetime import datetime, timedelta

import asyncpg

from redgrid.common import retention
from redgrid.notifications.settings import NotificationSettings
from redgrid.notifications.store import retention as store


def log_cutoff(settings: NotificationSettings, now: datetime) -> datetime:
    return now - timedelta(days=settings.public_log_keep_days)


async def prune_public_log(pool: asyncpg.Pool, settings: NotificationSettings,
                           now: datetime) -> int:
    return await store.prune_public_log(pool, log_cutoff(settings, now), settings.prune_batch)


async def prune_log_and_deliveries(pool: asyncpg.Pool, settings: NotificationSettings,
                                   now: datetime) -> int:
    """A batch of the log's old events, then of the deliveries of events no longer kept."""
    pruned = await prune_public_log(pool, settings, now)
    return pruned + await store.prune_deliveries(pool, settings.prune_batch)


async def log_pruner(runtime) -> None:
    s, pool, clock = runtime.settings, runtime.pool, runtime.clock
    await retention.every(runtime, s.prune_seconds, "public_log",
                          lambda: prune_log_and_deliveries(pool, s, clock.now()), s.prune_batch)
