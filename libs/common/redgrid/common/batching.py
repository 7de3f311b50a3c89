"""Group commit: small units of work from concurrent requests run together in one transaction.

Under load, the requests that arrive while a batch is committing wait for the next batch and
share its transaction: one BEGIN, one COMMIT (one WAL flush) for many, and whatever the batch
can do once for all of them (one outbox statement; a service may do more, e.g. take the
numbers of a whole batch at once). Given the process's relay, the batch's outbox rows are
handed to it once committed, not announced through PostgreSQL for its next round. At low load a
batch holds one unit, and a request costs what it did before.

A batch is `run(conn, items) -> results`, inside the shared transaction, one result per item:
a DomainError in an item's place means it was refused (bad input, a rule) and wrote nothing;
the others stand. Any exception raised out of `run` rolls the batch back, and its items run
again one transaction each, so that only the faulty one fails. The events the batch records go
into the outbox with one statement before the commit.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import asyncpg

from redgrid.common import db, logs, outbox
from redgrid.common.errors import DomainError

log = logs.get(__name__)
I = TypeVar("I")  # noqa: E741 - an item of work
R = TypeVar("R")
Batch = Callable[[asyncpg.Connection, list[I]], Awaitable[list[Any]]]


@dataclass
class _Unit(Generic[I]):
    item: I
    done: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop().create_future())


def each(work: Callable[[asyncpg.Connection, I], Awaitable[R]]) -> Batch:
    """A batch that runs `work` item by item (refusals caught per item)."""

    async def run(conn: asyncpg.Connection, items: list[I]) -> list[Any]:
        results: list[Any] = []
        for item in items:
            try:
                results.append(await work(conn, item))
            except DomainError as exc:
                results.append(exc)
        return results

    return run


class GroupCommit(Generic[I]):
    def __init__(self, pool: asyncpg.Pool, run: Batch, *, max_batch: int = 64,
                 workers: int = 2, relay: outbox.Relay | None = None):
        self.pool, self.run_batch, self.relay = pool, run, relay
        self.max_batch, self.workers = max_batch, workers
        self.queue: asyncio.Queue[_Unit[I]] = asyncio.Queue()
        self.batches = 0  # how many transactions ran (for tests and metrics)

    async def submit(self, item: I) -> Any:
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
            results = await self._together(units)
        except Exception as exc:  # noqa: BLE001 - isolate the faulty unit
            if len(units) > 1:
                log.warning("group_commit.isolating", units=len(units), error=repr(exc))
            for unit in units:
                try:
                    (result,) = await self._together([unit])
                except Exception as one:  # noqa: BLE001 - this unit's own failure
                    _fail(unit, one)
                else:
                    _answer(unit, result)
            return
        for unit, result in zip(units, results):
            _answer(unit, result)

    async def _together(self, units: list[_Unit[I]]) -> list[Any]:
        async with (db.transaction(self.pool) as conn,
                    outbox.gathered(conn, self.relay.lease if self.relay else None) as written):
            results = await self.run_batch(conn, [u.item for u in units])
            if len(results) != len(units):
                raise RuntimeError("a batch must give one result per item")
        if self.relay is not None:
            self.relay.hand_over(written)  # committed: published now, not at the next round
        return results


def _answer(unit: _Unit, result: Any) -> None:
    if isinstance(result, DomainError):
        _fail(unit, result)
    elif not unit.done.done():
        unit.done.set_result(result)


def _fail(unit: _Unit, exc: BaseException) -> None:
    if not unit.done.done():  # the request may have gone (client away, shutdown)
        unit.done.set_exception(exc)
