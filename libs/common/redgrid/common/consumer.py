"""Idempotent consumers: a durable pull consumer per (service, source stream); each batch applied
in one transaction with an inbox claim per event; failures retried with back-off, then
dead-lettered.

A consumer routes each event type to a handler and the model of its data. The handler,
`async def handler(conn, event, data)`, gets the envelope and its data validated as that model;
it runs inside the batch's transaction, after `(consumer, event id)` was claimed in the inbox,
so a redelivered event has no second effect. What a handler returns (if anything) goes to the
consumer's `write` at the end of the batch: one statement for a batch, not one per event.

Who says what a failure is, and what follows:
- `BadEvent`, raised when the event is read (unreadable, too large, on the wrong subject, data
  that does not fit its model) or by a handler whose rules refuse it: dead-lettered at once.
- `Transient` (and the database away, as `db.UNAVAILABLE` says): it may clear up by itself;
  retried with back-off up to the broker's `max_deliver` bound, then dead-lettered.
- anything else is a bug: retried with back-off up to `max_tries` deliveries (two at least),
  then dead-lettered with its reason and where it was raised.

A batch is applied whole first (`_apply_batch`); when something in it fails, it is rolled back
and applied again one event at a time (`_apply_one_by_one`), each in a savepoint of its own,
so that one failure does not hold back the others.

Dead letters go to the stream REDGRID_DLQ (`redgrid.dlq.<consumer>`); `redgrid dlq replay`
sends one back on `redgrid.replay.<consumer>`, which the consumer's replay runner applies like
any other event (the inbox keeps it once).
"""

from __future__ import annotations

import asyncio
import time
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
from nats.js.errors import NotFoundError
from pydantic import BaseModel, ValidationError

from redgrid.common import db, logs, metrics, tracing
from redgrid.common.events import (
    CloudEvent,
    EventKind,
    private_stream_name,
    private_subjects,
    stream_name,
    stream_subjects,
    subject_of,
)
from redgrid.common.pull import PullFeed
from redgrid.common.streams import DLQ_STREAM

log = logs.get(__name__)
# (connection, event, its data as the route's model) → what to write at the batch's end, or None
Handler = Callable[[asyncpg.Connection, CloudEvent, Any], Awaitable[Any]]
# Writes what a batch's handlers returned, in the batch's transaction.
Writer = Callable[[asyncpg.Connection, list[Any]], Awaitable[None]]

CLAIM_SQL = """
INSERT INTO inbox (consumer, event_id) SELECT $1, unnest($2::uuid[])
ON CONFLICT DO NOTHING RETURNING event_id
"""
UNCLAIM_SQL = "DELETE FROM inbox WHERE consumer = $1 AND event_id = ANY($2::uuid[])"
# Larger events are refused unread: our snapshots are a few kilobytes; the dead-letter stream
# keeps at most DLQ_BODY_BYTES of one (the whole of it stays in its own stream, at its sequence).
MAX_EVENT_BYTES = 256 * 1024
DLQ_BODY_BYTES = 64 * 1024
# How long a delivered message waits for its ack before the broker sends it again.
ACK_WAIT = 30.0


class BadEvent(Exception):
    """An event that can never be applied (unreadable, not of its type's shape, refused by
    the rules): trying again cannot help. Dead-lettered at once."""


class Transient(Exception):
    """A failure that may clear up by itself (something not known here yet, a lock wait that
    timed out): retried with back-off up to the broker's max_deliver bound."""


@dataclass(frozen=True)
class Route:
    """How a consumer applies one type: the model its data must fit, and the handler.
    No model: the handler gets the data as it came (a dict), e.g. a log of every event."""

    model: type[BaseModel] | None
    handler: Handler

    def read(self, event: CloudEvent) -> Any:
        if self.model is None:
            return event.data
        try:
            return self.model.model_validate(event.data)
        except ValidationError as exc:
            raise BadEvent(f"{event.type}: {exc.error_count()} fields do not fit "
                           f"{self.model.__name__}: {exc.errors()[0]['loc']}") from exc


@dataclass
class Consumer:
    """What one service takes from one other service's stream, and how it applies each type."""

    service: str
    source: str
    handlers: dict[str, Route] = field(default_factory=dict)
    description: str = ""
    # Every type of the source without a route of its own (e.g. a log of all events), its data
    # as it came; None: acknowledged and skipped.
    fallback: Handler | None = None
    # What the handlers returned, written once at the end of a batch (or of an event, when
    # events are applied one by one).
    write: Writer | None = None
    # Reads the source's private stream (events.PRIVATE_ENTITIES: contact data) instead.
    private: bool = False

    @property
    def durable(self) -> str:
        return f"{self.service}-from-{self.source}" + ("-private" if self.private else "")

    @property
    def stream(self) -> str:
        return private_stream_name(self.source) if self.private else stream_name(self.source)

    @property
    def filter_subject(self) -> str:
        return private_subjects(self.source) if self.private else stream_subjects(self.source)

    def on(self, *kinds: EventKind | str, data: type[BaseModel]) -> Callable[[Handler], Handler]:
        """Route these types to the handler, their data read as `data`: an event whose data
        does not fit it is dead-lettered unapplied."""

        def register(handler: Handler) -> Handler:
            for kind in kinds:
                self.handlers[kind if isinstance(kind, str) else kind.type] = Route(data, handler)
            return handler

        return register

    def route_for(self, event_type: str) -> Route | None:
        route = self.handlers.get(event_type)
        if route is None and self.fallback is not None:
            return Route(None, self.fallback)
        return route

    def other_version(self, event_type: str) -> bool:
        """A type this consumer handles in another version only (redgrid.x.y.z.v2 while it
        knows v1): applying it with the fallback, or skipping it, would lose it."""
        subject = subject_of(event_type)
        return event_type not in self.handlers and any(
            subject_of(known) == subject for known in self.handlers)


def replay_subject(durable: str) -> str:
    """Where `redgrid dlq replay` sends a dead letter back to its consumer."""
    return f"redgrid.replay.{durable}"


def backoff(deliveries: int) -> float:
    """Delay before the next try: 1, 2, 4 … capped at 30 seconds."""
    return float(min(30, 2 ** max(0, deliveries - 1)))


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, (Transient, *db.UNAVAILABLE))


def reason_of(exc: BaseException) -> str:
    """What a dead letter says: the failure and, for a bug, the last line of our code (not
    this loop's, nor a library's) it went through."""
    text = f"{type(exc).__name__}: {exc}"
    if not isinstance(exc, BadEvent | Transient):
        ours = [f for f in traceback.extract_tb(exc.__traceback__)
                if f.filename != __file__ and "-packages" not in f.filename]
        if ours:
            text += f" (at {Path(ours[-1].filename).name}:{ours[-1].lineno} in {ours[-1].name})"
    return text[:1000]


@dataclass
class _Received:
    msg: Msg
    event: CloudEvent
    route: Route
    data: Any


class ConsumerRunner:
    """Runs one Consumer against NATS and the service's pool until stopped. With `replays`, it
    reads what `redgrid dlq replay` sent back to the consumer instead of the source stream."""

    def __init__(self, consumer: Consumer, pool: asyncpg.Pool, nc: Client, *,
                 batch: int = 200, max_tries: int = 5, max_deliver: int = 50,
                 ack_wait: float = ACK_WAIT, max_event_bytes: int = MAX_EVENT_BYTES,
                 replays: bool = False):
        self.c, self.pool, self.nc = consumer, pool, nc
        self.js = nc.jetstream()
        self.batch, self.max_tries, self.max_deliver = batch, max_tries, max_deliver
        self.max_event_bytes = max_event_bytes
        self.ack_wait = ack_wait
        self.replays = replays
        self.durable = f"{consumer.durable}-replay" if replays else consumer.durable
        self.stream = DLQ_STREAM if replays else consumer.stream
        self.feed: PullFeed | None = None
        self._running = False
        self._stopped = asyncio.Event()

    def config(self) -> ConsumerConfig:
        return ConsumerConfig(
            # A replay consumer is named, so that its filter is in the request's subject and
            # the server lets a service read its own replays only (deploy/nats/permissions.py).
            name=self.durable if self.replays else None,
            durable_name=self.durable,
            description=(f"{self.c.durable}: dead letters sent back" if self.replays else
                         self.c.description or f"{self.c.service} reads {self.c.source} events"),
            deliver_policy=DeliverPolicy.ALL,
            ack_policy=AckPolicy.EXPLICIT,
            ack_wait=self.ack_wait,
            max_deliver=self.max_deliver,
            max_ack_pending=self.batch * 10,
            filter_subject=(replay_subject(self.c.durable) if self.replays
                            else self.c.filter_subject),
        )

    async def ensure(self) -> bool:
        """Create or update the durable consumer; waits until the source stream exists.
        Returns False if stopped while waiting. NATS errors (away, slow) propagate to run()."""
        delay = 0.5
        while self._running:
            try:
                await self.js.add_consumer(self.stream, self.config())
                return True
            except NotFoundError:
                log.info("consumer.waiting_for_stream", stream=self.stream)
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
                log.warning("consumer.restarting", consumer=self.durable, error=repr(exc),
                            in_seconds=delay)
                await self._pause(delay)
                delay = min(delay * 2, 5)

    async def _consume(self) -> None:
        if not await self.ensure():
            return
        self.feed = PullFeed(self.nc, self.stream, self.durable, batch=self.batch)
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

    # --- one batch of messages ---------------------------------------------------------------

    async def handle(self, msgs: list[Msg]) -> None:
        """Read each message (bad ones are dead-lettered, types not taken acknowledged), then
        apply the batch: whole if it can be, else one by one."""
        started = time.perf_counter()
        batch: list[_Received] = []
        for msg in msgs:
            try:
                received = self._read(msg)
            except BadEvent as exc:
                await self._dead_letter(msg, reason_of(exc))
                continue
            if received is None:
                metrics.CONSUMED.labels(self.c.durable, "ignored").inc()
                await msg.ack()
            else:
                batch.append(received)
        if batch:
            await self._apply(batch)
        metrics.CONSUME_BATCH.labels(self.c.durable).observe(time.perf_counter() - started)

    def _read(self, msg: Msg) -> _Received | None:
        """The event in a message with its data as its route's model; None for a type this
        consumer does not take. A CloudEvent of this source, of the type its subject names, of
        a sane size, of no version this consumer knows only in another, and whose data fits:
        anything else is a BadEvent."""
        if len(msg.data) > self.max_event_bytes:
            raise BadEvent(f"{len(msg.data)} bytes, over {self.max_event_bytes}")
        try:
            event = CloudEvent.from_bytes(msg.data)
        except ValueError as exc:  # pydantic's ValidationError, orjson's JSONDecodeError
            raise BadEvent(f"unreadable: {exc!r}") from exc
        subject = self._origin(msg)[2]
        if self._subject_of(event.type) != subject \
                or not event.type.startswith(f"redgrid.{self.c.source}."):
            raise BadEvent(f"type {event.type[:200]!r} does not belong on {subject!r}")
        if self.c.other_version(event.type):
            raise BadEvent(f"type {event.type[:200]!r}: this consumer knows another version")
        route = self.c.route_for(event.type)
        if route is None:
            return None
        return _Received(msg, event, route, route.read(event))

    def _subject_of(self, event_type: str) -> str:
        """Where an event of this type travels on the stream read: a private entity's under
        redgrid.private on the private stream; on the source's own stream, where one published
        before it moved there (events.PRIVATE_ENTITIES) can still be, as any other type's."""
        return subject_of(event_type) if self.c.private else event_type.rsplit(".", 1)[0]

    async def _apply(self, batch: list[_Received]) -> None:
        """Whole if it can be; else one by one, so that only the culprit fails. The database
        away is nobody's fault: the whole batch is tried again later."""
        with tracing.batch(self.c.durable, [item.msg.headers for item in batch]):
            applied, failed = await self._apply_whole_or_one_by_one(batch)
        for item in batch:
            if not any(item is f for f, _ in failed):
                await item.msg.ack()
        metrics.CONSUMED.labels(self.c.durable, "applied").inc(applied)
        metrics.CONSUMED.labels(self.c.durable, "duplicate").inc(
            len(batch) - len(failed) - applied)
        for item, exc in failed:
            await self._retry_or_dead_letter(item.msg, exc, item.event)

    async def _apply_whole_or_one_by_one(
            self, batch: list[_Received]) -> tuple[int, list[tuple[_Received, Exception]]]:
        """How many were applied, and the failed ones with their exceptions."""
        try:
            return await self._apply_batch(batch), []
        except Exception as exc:  # noqa: BLE001 - one by one tells which event it was
            if isinstance(exc, db.UNAVAILABLE) and not await db.ping(self.pool):
                log.warning("consumer.database_unavailable", consumer=self.durable,
                            error=repr(exc))
                return 0, [(item, exc) for item in batch]
            return await self._apply_one_by_one(batch)

    async def _apply_batch(self, batch: list[_Received]) -> int:
        """The whole batch in one transaction: claim, apply, write what the handlers returned.
        Raises what any of it raised (and nothing is kept); returns how many were new."""
        async with self.pool.acquire() as conn, conn.transaction():
            fresh = await self._claim(conn, batch)
            await self._run(conn, fresh)
        return len(fresh)

    async def _apply_one_by_one(
            self, batch: list[_Received]) -> tuple[int, list[tuple[_Received, Exception]]]:
        """The batch in one transaction, each new event in a savepoint of its own: returns how
        many were applied and those that failed, their claims taken back so that a retry
        applies them (all of them, when the connection itself is gone)."""
        failed: list[tuple[_Received, Exception]] = []
        try:
            async with self.pool.acquire() as conn, conn.transaction():
                fresh = await self._claim(conn, batch)
                for item in fresh:
                    try:
                        async with conn.transaction():
                            await self._run(conn, [item])
                    except Exception as exc:  # noqa: BLE001 - classed in _retry_or_dead_letter
                        if isinstance(exc, db.UNAVAILABLE):
                            await conn.execute("SELECT 1")  # only this event's, if this answers
                        failed.append((item, exc))
                if failed:
                    await conn.execute(UNCLAIM_SQL, self.c.durable,
                                       [i.event.id for i, _ in failed])
        except db.UNAVAILABLE as exc:
            log.warning("consumer.database_unavailable", consumer=self.durable, error=repr(exc))
            return 0, [(item, exc) for item in batch]
        return len(fresh) - len(failed), failed

    async def _claim(self, conn: asyncpg.Connection,
                     batch: list[_Received]) -> list[_Received]:
        """Claim the batch's events in the inbox: the ones new to this consumer (a duplicate,
        in this batch or from before, is left out)."""
        ids = list({i.event.id for i in batch})
        fresh = {r["event_id"] for r in await conn.fetch(CLAIM_SQL, self.c.durable, ids)}
        out = []
        for item in batch:
            if item.event.id in fresh:
                fresh.discard(item.event.id)
                out.append(item)
        return out

    async def _run(self, conn: asyncpg.Connection, items: list[_Received]) -> None:
        results = []
        for item in items:
            with logs.bound_contextvars(event_id=str(item.event.id),
                                        correlation_id=item.event.correlationid), \
                    tracing.event(self.c.durable, item.msg.headers, item.event):
                result = await item.route.handler(conn, item.event, item.data)
            if result is not None:
                results.append(result)
        if results and self.c.write is not None:
            await self.c.write(conn, results)

    # --- failures ----------------------------------------------------------------------------

    def _last_try(self, exc: BaseException) -> int:
        """The delivery after which a failure is dead-lettered rather than retried (the
        broker's last one is kept in reserve: a dead letter that cannot be sent is retried)."""
        if isinstance(exc, BadEvent):
            return 1
        last = self.max_deliver - 1
        return last if is_transient(exc) else max(2, min(self.max_tries, last))

    async def _retry_or_dead_letter(self, msg: Msg, exc: BaseException,
                                    event: CloudEvent) -> None:
        deliveries = msg.metadata.num_delivered
        if deliveries >= self._last_try(exc):
            await self._dead_letter(msg, reason_of(exc))
            return
        if is_transient(exc):
            log.warning("consumer.retry", consumer=self.durable, deliveries=deliveries,
                        event_id=str(event.id), error=repr(exc))
        else:  # a bug: its traceback, each time
            log.error("consumer.handler_failed", consumer=self.durable, deliveries=deliveries,
                      event_id=str(event.id), error=repr(exc), exc_info=exc)
        metrics.CONSUMED.labels(self.c.durable, "retried").inc()
        await msg.nak(delay=backoff(deliveries))

    def _origin(self, msg: Msg) -> tuple[str, int, str]:
        """The event's stream, sequence there and subject; a replay carries them in headers."""
        if not self.replays:
            return msg.metadata.stream, msg.metadata.sequence.stream, msg.subject
        headers = msg.headers or {}
        return (headers.get("Redgrid-Stream", ""), int(headers.get("Redgrid-Stream-Seq") or 0),
                headers.get("Redgrid-Subject", ""))

    async def _dead_letter(self, msg: Msg, reason: str) -> None:
        meta = msg.metadata
        stream, seq, subject = self._origin(msg)
        msg_id = f"{self.c.durable}:{seq}"
        headers: dict[str, Any] = {
            "Redgrid-Consumer": self.c.durable,
            "Redgrid-Stream": stream,
            "Redgrid-Stream-Seq": str(seq),
            "Redgrid-Subject": subject,
            "Redgrid-Deliveries": str(meta.num_delivered),
            "Redgrid-Reason": reason[:1000],
        }
        if msg.headers and "traceparent" in msg.headers:  # a replay continues its trace
            headers["traceparent"] = msg.headers["traceparent"]
        if self.replays:  # a dead letter sent back that failed again
            headers["Redgrid-Replay-Of"] = (msg.headers or {}).get("Redgrid-Dlq-Seq", "")
            msg_id += f":replay:{meta.sequence.stream}"
        headers["Nats-Msg-Id"] = msg_id
        body = msg.data
        if len(body) > DLQ_BODY_BYTES:
            headers["Redgrid-Truncated"] = str(len(body))
            body = body[:DLQ_BODY_BYTES]
        try:
            await self.js.publish(f"redgrid.dlq.{self.c.durable}", body, headers=headers)
        except Exception as exc:  # noqa: BLE001 - keep it, and try again later
            log.error("consumer.dead_letter_failed", consumer=self.durable, error=repr(exc))
            await msg.nak(delay=backoff(meta.num_delivered))
            return
        log.error("consumer.dead_lettered", consumer=self.durable, stream_seq=seq,
                  reason=reason[:300])
        metrics.CONSUMED.labels(self.c.durable, "dead_lettered").inc()
        await msg.term()
