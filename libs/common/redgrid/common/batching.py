"""Group commit: small units of work from concurrent requests run together in one transaction.

Under load, the requests that arrive while a batch is committing wait for the next batch and
share its transaction: one BEGIN, one COMMIT (one WAL flush) and one read-back for many, where
each request alone would pay for all three. At low load a batch holds one unit, and a request
costs what it did before.

A unit is `work(conn, item) -> result`, run inside the shared transaction. A unit that raises a
DomainError (bad input, a rule refused) must do so before it writes anything: the batch goes
on without it. Any other error rolls the batch back, and its units run again one transaction
each, so that only the faulty one fails. The events the units record go into the outbox in
one statement at the end of the batch. After commit, `after(conn, results)` may read back what
the commit made (e.g. numbers a deferred trigger gave), for the whole batch in one query.
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
I = TypeVar("I")  # noqa: E741 - the item of work
R = TypeVar("R")


@dataclass
class _Unit(Generic[I]):
    item: I
    done: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class GroupCommit(Generic[I, R]):
    def __init__(self, pool: asyncpg.Pool, work: Callable[[asyncpg.Connection, I], Awaitable[R]],
                 after: Callable[[asyncpg.Connection, list[R]], Awaitable[list[Any]]] | None = None,
                 *, max_batch: int = 64, workers: int = 2):
        self.pool, self.work, self.after = pool, work, after
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
            done = await self._together(units)
        except DomainError:
            raise  # cannot happen: caught per unit
        except Exception as exc:  # noqa: BLE001 - isolate the faulty unit
            if len(units) > 1:
                log.warning("group_commit.isolating", units=len(units), error=repr(exc))
            done = []
            for unit in units:
                try:
                    done += await self._together([unit])
                except Exception as one:  # noqa: BLE001 - this unit's own failure
                    _fail(unit, one)
        await self._answer(done)

    async def _together(self, units: list[_Unit[I]]) -> list[tuple[_Unit[I], R]]:
        """Run the units in one transaction; returns the units that made a result."""
        made: list[tuple[_Unit[I], R]] = []
        refused: list[tuple[_Unit[I], DomainError]] = []
        async with db.transaction(self.pool) as conn, outbox.gathered(conn):
            for unit in units:
                try:
                    made.append((unit, await self.work(conn, unit.item)))
                except DomainError as exc:
                    refused.append((unit, exc))
        for unit, exc in refused:  # only once the batch stands: a retry would ask again
            _fail(unit, exc)
        return made

    async def _answer(self, made: list[tuple[_Unit[I], R]]) -> None:
        if not made:
            return
        results: list[Any] = [r for _, r in made]
        if self.after is not None:
            try:
                async with self.pool.acquire() as conn:
                    results = await self.after(conn, results)
            except Exception as exc:  # noqa: BLE001 - committed; the caller may read it later
                for unit, _ in made:
                    _fail(unit, exc)
                return
        for (unit, _), result in zip(made, results):
            if not unit.done.done():
                unit.done.set_result(result)


def _fail(unit: _Unit, exc: BaseException) -> None:
    if not unit.done.done():  # the request may have gone (client away, shutdown)
        unit.done.set_exception(exc)
