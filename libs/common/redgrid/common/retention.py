"""Retention of what delivery leaves behind in every service: sent outbox rows and inbox claims.

Each replica runs the pruner; a round deletes a batch of rows taken with FOR UPDATE SKIP LOCKED,
so two replicas never delete the same row nor wait for each other. What was pruned is counted
(redgrid_pruned_total{service, what}).

Why pruning leaves publishing and dedup intact:
- outbox: only rows not yet marked sent are ever published again (outbox.py); a sent row is a
  record and nothing more. Sent rows are kept past the stream's duplicate window plus
  `outbox_keep_hours`, so that an operator can still compare them with the stream meanwhile.
- inbox: a claim `(consumer, event id)` must outlive every way the same event can reach that
  consumer again:
  * a redelivery of an unacknowledged message: each of the `consumer_max_deliver` tries comes
    at most ACK_WAIT (or the longest back-off) after the last, so all of them are over within
    the redelivery horizon of the consumer pulling (`redelivery_horizon`). A service that was
    down keeps its unacknowledged messages for when it is back: the pruner waits that horizon
    after the start before its first inbox round, by which time they have been redelivered
    and acknowledged as duplicates;
  * a second publish of the event (a relay's crash between the ack and its mark) beyond the
    duplicate window: the relay sends unsent rows at once, within seconds to minutes;
  * a dead letter sent back by `redgrid dlq replay`: REDGRID_DLQ keeps a dead letter at most
    DLQ_MAX_AGE_DAYS, and `inbox_keep_days` must be longer (settings refuse less), so a replay
    still meets the claim of a copy applied before. A dead-lettered event itself has no claim
    (the consumer takes it back when it gives up), so there is nothing to keep for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

import asyncpg

from redgrid.common import logs, metrics
from redgrid.common.consumer import ACK_WAIT, backoff
from redgrid.common.settings import Settings

log = logs.get(__name__)
Round = Callable[[], Awaitable[int]]

PRUNE_OUTBOX_SQL = """
DELETE FROM outbox WHERE seq = ANY(ARRAY(
    SELECT seq FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $1
     ORDER BY sent_at LIMIT $2 FOR UPDATE SKIP LOCKED))
"""
PRUNE_INBOX_SQL = """
DELETE FROM inbox WHERE ctid = ANY(ARRAY(
    SELECT ctid FROM inbox WHERE handled_at < $1
     ORDER BY handled_at LIMIT $2 FOR UPDATE SKIP LOCKED))
"""


def redelivery_horizon(settings: Settings) -> float:
    """Seconds within which every try of a message a consumer was given is over."""
    return settings.consumer_max_deliver * (ACK_WAIT + backoff(settings.consumer_max_deliver))


def outbox_cutoff(settings: Settings, now: datetime) -> datetime:
    return now - timedelta(seconds=settings.stream_duplicate_window,
                           hours=settings.outbox_keep_hours)


def inbox_cutoff(settings: Settings, now: datetime) -> datetime:
    return now - timedelta(days=settings.inbox_keep_days)


async def delete_batch(pool: asyncpg.Pool, sql: str, *args: object, service: str,
                       what: str) -> int:
    """One statement of a prune (its own transaction); returns and counts the rows deleted."""
    async with pool.acquire() as conn:
        status = await conn.execute(sql, *args)
    pruned = int(status.rsplit(" ", 1)[-1])
    metrics.PRUNED.labels(service, what).inc(pruned)
    return pruned


async def prune_outbox(pool: asyncpg.Pool, settings: Settings, now: datetime) -> int:
    return await delete_batch(pool, PRUNE_OUTBOX_SQL, outbox_cutoff(settings, now),
                              settings.prune_batch, service=settings.service, what="outbox")


async def prune_inbox(pool: asyncpg.Pool, settings: Settings, now: datetime) -> int:
    return await delete_batch(pool, PRUNE_INBOX_SQL, inbox_cutoff(settings, now),
                              settings.prune_batch, service=settings.service, what="inbox")


async def drain(round_: Round, batch: int) -> int:
    """Rounds until one finds less than a batch; returns the rows of all of them."""
    total = 0
    while (pruned := await round_()) >= batch:
        total += pruned
    return total + pruned


async def every(runtime, seconds: float, what: str, round_: Round, batch: int, *,
                first_after: float = 0.0) -> None:
    """Run a pruning job every `seconds` until the service stops (each replica does; the
    rounds' row locks share the work out). A failed round is logged and tried next time."""
    if first_after and await _stopped(runtime, first_after):
        return
    while True:
        try:
            pruned = await drain(round_, batch)
            if pruned:
                log.info("retention.pruned", what=what, rows=pruned)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - the job must outlive database trouble
            log.warning("retention.failed", what=what, error=repr(exc))
        if await _stopped(runtime, seconds):
            return


async def _stopped(runtime, seconds: float) -> bool:
    try:
        await asyncio.wait_for(runtime.stopping.wait(), seconds)
    except TimeoutError:
        return False
    return True


async def pruner(runtime) -> None:
    """The outbox and the inbox of this service, each on its own schedule."""
    s, pool, clock = runtime.settings, runtime.pool, runtime.clock
    await asyncio.gather(
        every(runtime, s.prune_seconds, "outbox",
              lambda: prune_outbox(pool, s, clock.now()), s.prune_batch),
        every(runtime, s.prune_seconds, "inbox",
              lambda: prune_inbox(pool, s, clock.now()), s.prune_batch,
              first_after=redelivery_horizon(s)),
    )
