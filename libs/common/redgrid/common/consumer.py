"""Idempotent consumers: a durable pull consumer per (service, source stream), batches applied in
one transaction with an inbox claim per event; failures retried with delay, then dead-lettered.

A handler is a plain `async def handler(conn, event)`; it runs inside the batch's transaction,
after `(consumer, event id)` was claimed in the inbox, so a redelivered event has no second
effect. The fast path applies a whole batch without savepoints; when a handler raises, the batch
is rolled back and applied again one savepoint per event, so that one bad event does not hold
back the others.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

import asyncpg
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
from nats.js.errors import NotFoundError
from pydantic import BaseModel, ValidationError

from redgrid.common import db, logs, metrics
from redgrid.common.events import CloudEvent, EventKind, stream_name, stream_subjects, subject_of
from redgrid.common.pull import PullFeed

log = logs.get(__name__)
Handler = Callable[[asyncpg.Connection, CloudEvent], Awaitable[None]]

CLAIM_SQL = """
INSERT INTO inbox (consumer, event_id) SELECT $1, unnest($2::uuid[])
ON CONFLICT DO NOTHING RETURNING event_id
"""


class Unprocessable(Exception):
    """An event that can never be applied (malformed, contradicts the schema): no retry."""


# What a handler raises on data that is wrong for its type (a field missing, of the wrong type,
# not an id, out of a column's range): trying again cannot help, so it is dead-lettered at once
# like Unprocessable. (ValueError covers pydantic's ValidationError.)
MALFORMED = (Unprocessable, KeyError, TypeError, ValueError, AttributeError, asyncpg.DataError,
             asyncpg.NotNullViolationError, asyncpg.CheckViolationError)
# Larger events are refused unread: our snapshots are a few kilobytes; the dead-letter stream
# keeps at most DLQ_BODY_BYTES of one (the whole of it stays in its own stream, at its sequence).
MAX_EVENT_BYTES = 256 * 1024
DLQ_BODY_BYTES = 64 * 1024


@dataclass
class Consumer:
    """What one service takes from one other service's stream, and how it applies each kind."""

    service: str
    source: str
    handlers: dict[str, Handler] = field(default_factory=dict)
    description: str = ""
    # For every type without a handler of its own (e.g. a log of all events); None: ack, skip.
    fallback: Handler | None = None
    # Opened around a batch's handlers in its transaction: what they gather meanwhile is
    # written once at its end (one statement for the batch, not one per event). A batch
    # that fails is applied again event by event, each handler then on its own.
    gathered: Callable[[asyncpg.Connection], AbstractAsyncContextManager] | None = None

    @property
    def durable(self) -> str:
        return f"{self.service}-from-{self.source}"

    @property
    def stream(self) -> str:
        return stream_name(self.source)

    @property
    def filter_subject(self) -> str:
        return stream_subjects(self.source)

    def on(self, *kinds: EventKind | str,
           data: type[BaseModel] | None = None) -> Callable[[Handler], Handler]:
        """Register a handler for these types; with `data`, the model of what the handler reads
        from event.data: an event whose data does not fit it is dead-lettered unapplied."""

        def register(handler: Handler) -> Handler:
            checked = handler if data is None else _checked(data, handler)
            for kind in kinds:
                self.handlers[kind if isinstance(kind, str) else kind.type] = checked
            return handler

        return register

    def handler_for(self, event_type: str) -> Handler | None:
        return self.handlers.get(event_type, self.fallback)

    def other_version(self, event_type: str) -> bool:
        """A type this consumer handles in another version only (redgrid.x.y.z.v2 while it
        knows v1): applying it with the fallback, or skipping it, would lose it."""
        subject = subject_of(event_type)
        return event_type not in self.handlers and any(
            subject_of(known) == subject for known in self.handlers)


def _checked(model: type[BaseModel], handler: Handler) -> Handler:
    async def apply(conn: asyncpg.Connection, event: CloudEvent) -> None:
        try:
            model.model_validate(event.data)
        except ValidationError as exc:
            raise Unprocessable(f"{event.type}: {exc.error_count()} fields do not fit "
                                f"{model.__name__}: {exc.errors()[0]['loc']}") from exc
        await handler(conn, event)

    apply.__name__ = getattr(handler, "__name__", "handler")
    return apply


def _nothing(conn: asyncpg.Connection) -> AbstractAsyncContextManager:
    return nullcontext()


def backoff(deliveries: int) -> float:
    """Delay before the next try: 1, 2, 4 … capped at 30 seconds."""
    return float(min(30, 2 ** max(0, deliveries - 1)))


@dataclass
class _Item:
    msg: Msg
    event: CloudEvent | None = None
    error: BaseException | None = None
    transient: bool = False  # the error was the database's (retried up to max_deliver)


class ConsumerRunner:
    """Runs one Consumer against NATS and the service's pool until stopped."""

    def __init__(self, consumer: Consumer, pool: asyncpg.Pool, nc: Client, *,
                 batch: int = 200, max_tries: int = 5, max_deliver: int = 50,
                 ack_wait: float = 30.0, max_event_bytes: int = MAX_EVENT_BYTES):
        self.c, self.pool, self.nc = consumer, pool, nc
        self.js = nc.jetstream()
        self.batch, self.max_tries, self.max_deliver = batch, max_tries, max_deliver
        self.max_event_bytes = max_event_bytes
        self.ack_wait = ack_wait
        self.feed: PullFeed | None = None
        self._running = False
        self._stopped = asyncio.Event()

    def config(self) -> ConsumerConfig:
        return ConsumerConfig(
            durable_name=self.c.durable,
            description=self.c.description or f"{self.c.service} reads {self.c.source} events",
            deliver_policy=DeliverPolicy.ALL,
            ack_policy=AckPolicy.EXPLICIT,
            ack_wait=self.ack_wait,
            max_deliver=self.max_deliver,
            max_ack_pending=self.batch * 10,
            filter_subject=self.c.filter_subject,
        )

    async def ensure(self) -> bool:
        """Create or update the durable consumer; waits until the source stream exists.
        Returns False if stopped while waiting. NATS errors (away, slow) propagate to run()."""
        delay = 0.5
        while self._running:
            try:
                await self.js.add_consumer(self.c.stream, self.config())
                return True
            except NotFoundError:
                log.info("consumer.waiting_for_stream", stream=self.c.stream)
                await self._pause(delay)
                delay = min(delay * 2, 5)
        return False

    async def run(self) -> None:
        """Consume until stopped. Whatever NATS does meanwhile (away while we wait for the
        stream, a request timing out in a partition, an ack on a closed connection), the
        consumer starts over after a pause: a task that died here would leave the service
        ready and deaf to this stream until the next restart."""
        self._running = True
        delay = 0.5
        while self._running:
            try:
                await self._consume()
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - see above
                log.warning("consumer.restarting", consumer=self.c.durable, error=repr(exc),
                            in_seconds=delay)
                await self._pause(delay)
                delay = min(delay * 2, 5)

    async def _consume(self) -> None:
        if not await self.ensure():
            return
        self.feed = PullFeed(self.nc, self.c.stream, self.c.durable, batch=self.batch)
        await self.feed.start()
        try:
            while self._running:
                msgs = await self.feed.take(wait=1.0)
                if msgs:
                    await self.handle(msgs)
        finally:
            await self.feed.stop()

    async def _pause(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self._stopped.wait(), seconds)
        except TimeoutError:
            pass

    def stop(self) -> None:
        self._running = False
        self._stopped.set()

    def on_reconnect(self) -> None:
        if self.feed is not None:
            self.feed.reset()

    async def handle(self, msgs: list[Msg]) -> None:
        started = time.perf_counter()
        items = [self._parse(m) for m in msgs]
        bad = [i for i in items if i.error is not None]
        for item in bad:
            await self._dead_letter(item.msg, f"unreadable: {item.error!r}")
        items = [i for i in items if i.error is None]
        unknown = [i for i in items if self.c.handler_for(i.event.type) is None]
        items = [i for i in items if self.c.handler_for(i.event.type) is not None]
        for item in unknown:
            await item.msg.ack()
        metrics.CONSUMED.labels(self.c.durable, "ignored").inc(len(unknown))
        if items:
            await self._apply(items)
        metrics.CONSUME_BATCH.labels(self.c.durable).observe(time.perf_counter() - started)

    def _parse(self, msg: Msg) -> _Item:
        """A CloudEvent of this source, of the type its subject names, of a sane size, and of
        no version this consumer knows only in another; anything else is unreadable."""
        if len(msg.data) > self.max_event_bytes:
            return _Item(msg, error=Unprocessable(
                f"{len(msg.data)} bytes, over {self.max_event_bytes}"))
        try:
            event = CloudEvent.from_bytes(msg.data)
        except (ValidationError, ValueError) as exc:
            return _Item(msg, error=exc)
        if subject_of(event.type) != msg.subject \
                or not event.type.startswith(f"redgrid.{self.c.source}."):
            return _Item(msg, error=Unprocessable(
                f"type {event.type[:200]!r} does not belong on {msg.subject!r}"))
        if self.c.other_version(event.type):
            return _Item(msg, error=Unprocessable(
                f"type {event.type[:200]!r}: this consumer knows another version of it"))
        return _Item(msg, event)

    async def _apply(self, items: list[_Item]) -> None:
        try:
            applied = await self._apply_batch(items, isolate=False)
        except Exception as exc:  # noqa: BLE001 - find the culprit one event at a time
            if isinstance(exc, db.UNAVAILABLE) and not await db.ping(self.pool):
                await self._retry_all(items, exc)  # the database is away: nobody's fault
                return
            try:
                applied = await self._apply_batch(items, isolate=True)
            except db.UNAVAILABLE as exc:
                await self._retry_all(items, exc)
                return
        failed = [i for i in items if i.error is not None]
        for item in items:
            if item.error is None:
                await item.msg.ack()
        metrics.CONSUMED.labels(self.c.durable, "applied").inc(applied)
        metrics.CONSUMED.labels(self.c.durable, "duplicate").inc(len(items) - len(failed) - applied)
        for item in failed:
            await self._retry_or_dead_letter(item, transient=item.transient)

    async def _apply_batch(self, items: list[_Item], isolate: bool) -> int:
        """Claims the batch in the inbox and applies the new events; returns how many."""
        applied = 0
        gathered = self.c.gathered if self.c.gathered and not isolate else _nothing
        async with self.pool.acquire() as conn, conn.transaction(), gathered(conn):
            ids = list({i.event.id for i in items})
            fresh = {r["event_id"] for r in await conn.fetch(CLAIM_SQL, self.c.durable, ids)}
            failed_ids = []
            for item in items:
                event = item.event
                if event.id not in fresh:
                    continue  # a duplicate, in this batch or from before
                fresh.discard(event.id)
                handler = self.c.handler_for(event.type)
                with logs.bound_contextvars(event_id=str(event.id),
                                            correlation_id=event.correlationid):
                    if not isolate:
                        await handler(conn, event)
                        applied += 1
                        continue
                    try:
                        async with conn.transaction():
                            await handler(conn, event)
                        applied += 1
                    except Exception as exc:  # noqa: BLE001
                        if isinstance(exc, db.UNAVAILABLE):
                            # Only this event's, if the connection still answers (a lock wait
                            # timed out, a statement cancelled); else the whole batch waits.
                            await conn.execute("SELECT 1")
                            item.transient = True
                        item.error = exc
                        failed_ids.append(event.id)
            if failed_ids:  # their claims go, so that a retry applies them
                await conn.execute(
                    "DELETE FROM inbox WHERE consumer = $1 AND event_id = ANY($2::uuid[])",
                    self.c.durable, failed_ids,
                )
        return applied

    async def _retry_all(self, items: list[_Item], exc: BaseException) -> None:
        log.warning("consumer.database_unavailable", consumer=self.c.durable, error=repr(exc))
        for item in items:
            item.error = exc
            await self._retry_or_dead_letter(item, transient=True)

    async def _retry_or_dead_letter(self, item: _Item, transient: bool = False) -> None:
        deliveries = item.msg.metadata.num_delivered
        permanent = isinstance(item.error, MALFORMED)
        last_chance = deliveries >= self.max_deliver - 1
        if permanent or last_chance or (not transient and deliveries >= self.max_tries):
            await self._dead_letter(item.msg, repr(item.error))
            return
        log.warning("consumer.retry", consumer=self.c.durable, deliveries=deliveries,
                    event_id=str(item.event.id) if item.event else None, error=repr(item.error))
        metrics.CONSUMED.labels(self.c.durable, "retried").inc()
        await item.msg.nak(delay=backoff(deliveries))

    async def _dead_letter(self, msg: Msg, reason: str) -> None:
        meta = msg.metadata
        headers: dict[str, Any] = {
            "Nats-Msg-Id": f"{self.c.durable}:{meta.sequence.stream}",
            "Redgrid-Consumer": self.c.durable,
            "Redgrid-Stream": meta.stream,
            "Redgrid-Stream-Seq": str(meta.sequence.stream),
            "Redgrid-Subject": msg.subject,
            "Redgrid-Deliveries": str(meta.num_delivered),
            "Redgrid-Reason": reason[:1000],
        }
        body = msg.data
        if len(body) > DLQ_BODY_BYTES:
            headers["Redgrid-Truncated"] = str(len(body))
            body = body[:DLQ_BODY_BYTES]
        try:
            await self.js.publish(f"redgrid.dlq.{self.c.durable}", body, headers=headers)
        except Exception as exc:  # noqa: BLE001 - keep it, and try again later
            log.error("consumer.dead_letter_failed", consumer=self.c.durable, error=repr(exc))
            await msg.nak(delay=backoff(meta.num_delivered))
            return
        log.error("consumer.dead_lettered", consumer=self.c.durable,
                  stream_seq=meta.sequence.stream, reason=reason[:300])
        metrics.CONSUMED.labels(self.c.durable, "dead_lettered").inc()
        await msg.term()
