"""Writes of retention: the public log's events older than the replay horizon deleted, a batch
at a time, by any replica (SKIP LOCKED). The newest row always stays: the log's end (its
largest seq) is what subscriptions' positions and replays are checked against. Webhook
deliveries go with their events: one whose event the log no longer keeps records nothing a
replay could send again."""

from __future__ import annotations

from datetime import datetime

import asyncpg

from redgrid.common import retention

PRUNE_PUBLIC_LOG_SQL = """
DELETE FROM public_log WHERE seq = ANY(ARRAY(
    SELECT seq FROM public_log
     WHERE time < $1 AND seq < (SELECT max(seq) FROM public_log)
     ORDER BY time LIMIT $2 FOR UPDATE SKIP LOCKED))
"""


PRUNE_DELIVERIES_SQL = """
DELETE FROM webhook_deliveries WHERE id = ANY(ARRAY(
    SELECT id FROM webhook_deliveries
     WHERE log_seq < (SELECT coalesce(min(seq), 0) FROM public_log)
     LIMIT $1 FOR UPDATE SKIP LOCKED))
"""


async def prune_deliveries(pool: asyncpg.Pool, batch: int) -> int:
    """One batch of deliveries of events the log no longer keeps deleted; counted."""
    return await retention.delete_batch(pool, PRUNE_DELIVERIES_SQL, batch,
                                        service="notifications", what="webhook_deliveries")


async def prune_public_log(pool: asyncpg.Pool, before: datetime, batch: int) -> int:
    """One batch of events older than `before` deleted (its own transaction); counted."""
    return await retention.delete_batch(pool, PRUNE_PUBLIC_LOG_SQL, before, batch,
                                        service="notifications", what="public_log")
