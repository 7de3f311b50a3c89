"""Group commit: small units of work from concurrent requests written together in one transaction.

Under load, the requests that arrive while a batch is committing wait for the next batch and
share its transaction: one BEGIN, one COMMIT (one WAL flush) for many, and whatever the batch
can do once for all of them (one outbox statement; a service may do more, e.g. take the
numbers of a whole batch at once). At low load a batch holds one unit, and a request costs what
it did before.

A batch is `write(conn, items) -> Written(results, events)`, inside the shared transaction: one
result per item, and the events it made. Those go into the outbox with one statement before the
commit and, given the process's relay, are handed to it once committed (not announced through
PostgreSQL for its next round). Everything a unit needs travels in its item: the worker's tasks
share nothing with the requests' (no context variable crosses the queue). An exception raised out
of `write` rolls the batch back, and its items are written again one transaction each, so that
only the faulty one fails, with its own exception.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import asyncpg

from redgrid.common import db, logs, outbox
from redgrid.common.events import CloudEvent

log = logs.get(__name__)
I = TypeVar("I")  # noqa: E741 - an item of work
R = TypeVar("R")


@dataclass(frozen=True)
class Written(Generic[R]):
    """What a batch wrote: one result per item, in order, and the events to publish."""

    results: list[R]
    events: list[CloudEvent] = field(default_factory=list)


Batch = Callable[[asyncpg.Connection, list[I]], Awaitable[Written[R]]]


@dataclass
class _Unit(Generic[I]):
    item: I
    done: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class GroupCommit(Generic[I, R]):
    def __init__(self, pool: asyncpg.Pool, write: Batch, *, max_batch: int = 64,
                 workers: int = 2, relay: outbox.Relay | None = None):
        self.pool, self.write, self.relay = pool, write, relay
        self.max_batch, self.workers = max_batch, workers
        self.queue: asyncio.Queue[_Unit[I]] = asyncio.Queue()
        self.batches = 0  # how many transactions ran (for tests and metrics)

    async def submit(self, item: I) -> R:
        unit = _Unit(item)
        self.queue.put_nowait(unit)
        return await unit.done

    async def run(self) -> None:
        """The worker loops; cancelled when the service stops (after HTTP has drained)."""
        await asyncio.gather(*(self._loop() for _ in range(self.workers)))

    async def _loop(self) -> None:
        while True:
            units = [await self.queue.get()]
            while len(units) < self.max_batch and not self.queue.empty():
                units.append(self.queue.get_nowait())
            try:
                await self._batch(units)
            except asyncio.CancelledError:
                for unit in units:
                    if not unit.done.done():
                        unit.done.cancel()
                raise

    async def _batch(self, units: list[_Unit[I]]) -> None:
        self.batches += 1
        try:
            results = await self._together([u.item for u in units])
        except Exception as exc:  # noqa: BLE001 - isolate the faulty unit
            if len(units) > 1:
                log.warning("group_commit.isolating", units=len(units), error=repr(exc))
            for unit in units:
                try:
                    (result,) = await self._together([unit.item])
                except Exception as one:  # noqa: BLE001 - this unit's own failure
                    _settle(unit.done, exception=one)
                else:
                    _settle(unit.done, result=result)
            return
        for unit, result in zip(units, results, strict=True):
            _settle(unit.done, result=result)

    async def _together(self, items: list[I]) -> list[R]:
        """One transaction: the batch's writes, its events into the outbox; once committed,
        the events handed to the relay."""
        lease = self.relay.lease if self.relay else None
        async with db.transaction(self.pool) as conn:
            written = await self.write(conn, items)
            if len(written.results) != len(items):
                raise RuntimeError("a batch must give one result per item")
            rows = await outbox.record(conn, written.events, lease=lease)
        if self.relay is not None:
            self.relay.hand_over(rows)  # committed: published now, not at the next round
        return written.results


def _settle(done: asyncio.Future, *, result: object = None,
            exception: BaseException | None = None) -> None:
    if done.done():  # the request has gone (client away, shutdown)
        return
    if exception is not None:
        done.set_exception(exception)
    else:
        done.set_result(result)
