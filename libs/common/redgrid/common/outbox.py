"""Transactional outbox: events are rows committed with the change; only the relay publishes.

The relay claims unsent rows with FOR UPDATE SKIP LOCKED (replicas neither double-send nor wait
for each other), publishes them all in flight with Nats-Msg-Id = event id, waits for every
JetStream ack, then commits the mark it set in the claim. A crash before the commit leaves the
rows unsent: they are published again, and JetStream's duplicate window or the consumers' inbox
absorbs the second copy.

A group commit's rows go the short way: recorded with a lease (`record(..., lease=)`), then
handed to the process's relay once committed (`Relay.hand_over`); the lease (`handed_until`,
`2 × ack_timeout`) keeps every round off them meanwhile: one publisher per row at a time.
Publishes the stream reports as duplicates are counted (redgrid_outbox_republished_total).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping

import asyncpg
from nats.js import JetStreamContext

from redgrid.common import logs, metrics, tracing
from redgrid.common.events import CloudEvent

log = logs.get(__name__)
# The CloudEvents NATS binding, structured content mode: the message is the whole event in the
# JSON event format, and says so.
CONTENT_TYPE = "application/cloudevents+json; charset=utf-8"

def notify_channel(schema: str) -> str:
    """One channel per service: a commit wakes its own relays, not every service's."""
    return f"redgrid_outbox_{schema}"


RECORD_SQL = """
WITH added AS (
    INSERT INTO outbox (id, subject, body, traceparent, handed_until)
    SELECT id, subject, body, traceparent, now() + $5::float8 * interval '1 second'
      FROM unnest($1::uuid[], $2::text[], $3::bytea[], $6::text[])
           AS r (id, subject, body, traceparent)
)
SELECT pg_notify('redgrid_outbox_' || current_schema(), '') WHERE $4
"""

# Rows leased to a hand-over are skipped until the lease runs out.
CLAIM_SQL = """
UPDATE outbox SET sent_at = now(), handed_until = NULL WHERE seq = ANY(ARRAY(
    SELECT seq FROM outbox
     WHERE sent_at IS NULL AND (handed_until IS NULL OR handed_until < now())
     ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED))
RETURNING seq, id, subject, body, traceparent
"""

MARK_HANDED_SQL = """
UPDATE outbox SET sent_at = now(), handed_until = NULL WHERE id = ANY($1::uuid[])
   AND sent_at IS NULL
"""

RELEASE_HANDED_SQL = """
UPDATE outbox SET handed_until = NULL WHERE id = ANY($1::uuid[]) AND sent_at IS NULL
"""

# What waits (gauges.py): counted up to a cap, so that a huge backlog costs no more to watch.
BACKLOG_CAP = 100_000
BACKLOG_SQL = f"""
SELECT (SELECT count(*) FROM (SELECT 1 FROM outbox WHERE sent_at IS NULL
                               LIMIT {BACKLOG_CAP}) AS w) AS rows,
       coalesce(extract(epoch FROM now() - (SELECT created_at FROM outbox
                                             WHERE sent_at IS NULL ORDER BY seq LIMIT 1)),
                0)::float8 AS oldest
"""


async def backlog(pool: asyncpg.Pool) -> tuple[int, float]:
    """Unpublished rows (at most BACKLOG_CAP) and the oldest one's age in seconds."""
    row = await pool.fetchrow(BACKLOG_SQL)
    return row["rows"], row["oldest"]


async def record(conn: asyncpg.Connection, events: Iterable[CloudEvent], *,
                 lease: float | None = None) -> list[dict]:
    """Add events to the outbox inside the caller's transaction, with one statement; each is
    encoded here once, with the trace context it was made in (tracing.py). Returns the rows
    written (id, subject, body, traceparent). With a `lease` (seconds):
    the relays are not woken on commit and their rounds leave the rows alone for that long;
    the caller hands them over itself once committed (Relay.hand_over), which gives back the
    lease of any it fails to send."""
    rows = [{"id": e.id, "subject": e.nats_subject, "body": e.to_bytes(),
             "traceparent": e.traceparent} for e in events]
    if rows:
        # One round trip: the rows and, unless leased to a hand-over, the wake-up of every
        # relay listening (sent on commit).
        await conn.execute(RECORD_SQL, [r["id"] for r in rows], [r["subject"] for r in rows],
                           [r["body"] for r in rows], lease is None, lease,
                           [r["traceparent"] for r in rows])
    return rows


class Relay:
    """Publishes committed outbox rows; one per process, any number of processes."""

    def __init__(self, pool: asyncpg.Pool, js: JetStreamContext, service: str,
                 batch: int = 500, poll_seconds: float = 1.0, ack_timeout: float = 10.0):
        self.pool, self.js, self.service = pool, js, service
        self.batch, self.poll_seconds, self.ack_timeout = batch, poll_seconds, ack_timeout
        self.wakeup = asyncio.Event()
        self._stopping = False
        self._listener: asyncpg.Connection | None = None
        self._handed: set[asyncio.Task] = set()

    @property
    def lease(self) -> float:
        """Seconds a round leaves a handed-over row to its hand-over: twice the ack timeout,
        so a hand-over (publish, acks, mark) ends well within it."""
        return 2 * self.ack_timeout

    def poke(self, *_: object) -> None:
        self.wakeup.set()

    async def run(self) -> None:
        await self._listen()
        while not self._stopping:
            # Cleared before the round, not after: a commit announced while the round runs
            # (its rows not among those read) must start the next round at once, not after
            # poll_seconds.
            self.wakeup.clear()
            try:
                sent = await self.relay_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the relay must outlive NATS or DB trouble
                log.warning("outbox.relay_failed", error=repr(exc))
                metrics.RELAY_FAILURES.labels(self.service).inc()
                await asyncio.sleep(min(self.poll_seconds, 1.0))
                await self._listen()
                continue
            if sent == self.batch:
                continue  # more are waiting
            await self._listen()  # at once if alive; after a database restart, a new one
            try:
                await asyncio.wait_for(self.wakeup.wait(), self.poll_seconds)
            except TimeoutError:
                pass
        await self._last_round()

    async def _last_round(self) -> None:
        """On the way out, publish what the last requests committed: the HTTP server has drained
        by now, so a stopped service leaves nothing for its next start (or another replica).
        Hand-overs in flight end first: one that fails gives its rows back to this round."""
        await asyncio.gather(*self._handed, return_exceptions=True)
        try:
            while await self.relay_once() == self.batch:
                pass
        except Exception as exc:  # noqa: BLE001 - the rows stay; the next relay sends them
            log.warning("outbox.last_round_failed", error=repr(exc))

    def stop(self) -> None:
        self._stopping = True
        self.wakeup.set()

    async def relay_once(self) -> int:
        async with self.pool.acquire() as conn, conn.transaction():
            # Claimed and marked in one statement; the mark stands only if every ack came.
            rows = await conn.fetch(CLAIM_SQL, self.batch)
            if not rows:
                return 0
            await self.publish(sorted(rows, key=lambda r: r["seq"]))
        metrics.RELAYED.labels(self.service).inc(len(rows))
        return len(rows)

    def hand_over(self, rows: list[dict]) -> None:
        """Publish outbox rows this process has just committed, leased to it (`lease`), without
        waiting for a round: no wake-up through PostgreSQL, no claim (the hot path of a group
        commit). Marked sent once every ack came; if any fails the lease is given back and a
        round is started. A stopping relay still hands over: close() waits for it."""
        if not rows:
            return
        task = asyncio.create_task(self._publish_handed(rows))
        self._handed.add(task)
        task.add_done_callback(self._handed.discard)

    async def _publish_handed(self, rows: list[dict]) -> None:
        ids = [r["id"] for r in rows]
        try:
            await self.publish(rows)
            await self.pool.execute(MARK_HANDED_SQL, ids)
        except Exception as exc:  # noqa: BLE001 - the rows are committed: a round sends them
            log.warning("outbox.hand_over_failed", events=len(rows), error=repr(exc))
            try:
                await self.pool.execute(RELEASE_HANDED_SQL, ids)
            except Exception:  # noqa: BLE001, S110 - then the lease runs out by itself
                pass
            self.wakeup.set()
            return
        metrics.RELAYED.labels(self.service).inc(len(rows))

    async def publish(self, rows: list[Mapping]) -> None:
        """Rows with id, subject, body and traceparent (claimed records, or those handed
        over). Each message says what it carries (a CloudEvent in JSON: the structured content
        mode of the CloudEvents NATS binding) and, when tracing, its producer span's context."""
        headers = [{"Nats-Msg-Id": str(r["id"]), "content-type": CONTENT_TYPE} for r in rows]
        spans = tracing.publish_headers(rows, headers) if tracing.enabled() else []
        try:
            futures = [await self.js.publish_async(r["subject"], r["body"], headers=h)
                       for r, h in zip(rows, headers, strict=True)]
            # Every ack must arrive, or the transaction rolls back and the rows stay unsent.
            acks = await asyncio.wait_for(asyncio.gather(*futures), self.ack_timeout)
        except BaseException as exc:
            tracing.end(spans, exc)
            raise
        tracing.end(spans)
        again = [str(r["id"]) for r, ack in zip(rows, acks, strict=True) if ack.duplicate]
        if again:
            metrics.REPUBLISHED.labels(self.service).inc(len(again))
            log.warning("outbox.republished", events=len(again), ids=again[:10])

    async def _listen(self) -> None:
        """LISTEN for commits from other processes (a CLI, another replica's batch). Never
        raises: without a listener the relay polls. When PostgreSQL goes away the pool takes
        the listener's connection back (any call on it raises then): a new one is taken."""
        if self._listener is not None:
            try:
                if not self._listener.is_closed():
                    return
            except asyncpg.InterfaceError:  # detached by the pool: its connection was lost
                pass
            await self._give_back()
        try:
            self._listener = await self.pool.acquire()
            await self._listener.add_listener(notify_channel(self.service), self.poke)
        except Exception as exc:  # noqa: BLE001 - polling still works without it
            log.warning("outbox.listen_failed", error=repr(exc))
            await self._give_back()

    async def _give_back(self) -> None:
        listener, self._listener = self._listener, None
        if listener is None:
            return
        try:
            await listener.remove_listener(notify_channel(self.service), self.poke)
        except Exception:  # noqa: BLE001, S110 - its connection is gone, and the listener with it
            pass
        try:
            await self.pool.release(listener)  # a no-op for one the pool took back already
        except Exception as exc:  # noqa: BLE001 - a broken connection is dropped anyway
            log.warning("outbox.listener_release_failed", error=repr(exc))

    async def close(self) -> None:
        self.stop()
        await asyncio.gather(*self._handed, return_exceptions=True)
        await self._give_back()
