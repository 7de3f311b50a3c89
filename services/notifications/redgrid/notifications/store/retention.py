"""Writes of retention: the public log's events older than the replay horizon deleted, a batch
at a time, by any replica (SKIP LOCKED). The newest row always stays: the log's end (its
largest seq) is what subscriptions' positions and replays are checked against."""

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


async def prune_public_log(pool: asyncpg.Pool, before: datetime, batch: int) -> int:
    """One batch of events older than `before` deleted (its own transaction); counted."""
    return await retention.delete_batch(pool, PRUNE_PUBLIC_LOG_SQL, before, batch,
                                        service="notifications", what="public_log")
