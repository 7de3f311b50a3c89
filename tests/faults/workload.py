"""The load: the hotline system files 12345 work orders over HTTP, each with its own order number
(external_ref), at a fixed rate from a few concurrent clients.

A client that gets a 503 or loses its connection tries again with the same order number, as the
12345 platform does: a second filing of a committed order answers 200 with the same ticket, so
every order ends as exactly one ticket whatever the faults did to the answers. Every answer is
kept (the history the checker reads). Bounded in count and in time.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass, field
from uuid import UUID

import httpx

from ..deploy.support import system_headers

PROBLEM = "application/problem+json"
RETRY_PAUSE = 0.2  # seconds before a client tries an order again


@dataclass
class Order:
    """One work order as its client saw it."""

    ref: str
    answers: list = field(default_factory=list)  # status codes, or the transport error's name
    ticket_id: str | None = None
    filed_at: float | None = None  # when an answer first said it was filed (monotonic)


@dataclass
class Load:
    url: str
    grid: UUID
    prefix: str  # order numbers are f"{prefix}-{n}"
    writers: int = 4
    rate: float = 60.0
    orders: dict[str, Order] = field(default_factory=dict)
    unexpected: list = field(default_factory=list)  # answers that are neither success nor 503
    _counter: itertools.count = field(default_factory=itertools.count)

    def body(self, ref: str) -> dict:
        return {"channel": "12345", "appeal_kind": "help", "category": "road_repair",
                "title": f"12345工单 {ref} 井盖破损", "external_ref": ref,
                "grid_id": str(self.grid)}

    async def run(self, count: int, seconds: float, stop: asyncio.Event | None = None,
                  retry_for: float = 60.0) -> list[Order]:
        """File `count` orders within `seconds` (or until `stop`); an order answered with 503
        or a broken connection is tried again for up to `retry_for` seconds more."""
        stop = stop or asyncio.Event()
        started = time.monotonic()
        refs = [f"{self.prefix}-{next(self._counter)}" for _ in range(count)]
        queue = list(enumerate(refs))
        queue.reverse()
        done: list[Order] = []

        async def writer() -> None:
            async with httpx.AsyncClient(base_url=self.url, headers=system_headers(),
                                         timeout=httpx.Timeout(30, connect=5)) as client:
                while queue and not stop.is_set():
                    i, ref = queue.pop()
                    due = started + i / self.rate
                    if due - started > seconds:
                        return
                    await asyncio.sleep(max(0.0, due - time.monotonic()))
                    order = self.orders[ref] = Order(ref)
                    await self._file(client, order, time.monotonic() + retry_for)
                    done.append(order)

        await asyncio.gather(*(writer() for _ in range(self.writers)))
        return done

    async def _file(self, client: httpx.AsyncClient, order: Order, give_up_at: float) -> None:
        while time.monotonic() < give_up_at:
            try:
                r = await client.post("/v1/tickets", json=self.body(order.ref))
            except httpx.TransportError as exc:
                order.answers.append(type(exc).__name__)
                await asyncio.sleep(RETRY_PAUSE)
                continue
            order.answers.append(r.status_code)
            if r.status_code in (200, 201):
                order.ticket_id = r.json()["id"]
                order.filed_at = time.monotonic()
                return
            if r.status_code == 503 and r.headers.get("content-type", "").startswith(PROBLEM):
                await asyncio.sleep(RETRY_PAUSE)
                continue
            self.unexpected.append((order.ref, r.status_code, r.text[:300]))
            return

    def filed(self) -> dict[str, str]:
        return {o.ref: o.ticket_id for o in self.orders.values() if o.ticket_id}

    def answers(self) -> dict:
        """How many answers of each kind the clients got."""
        out: dict = {}
        for order in self.orders.values():
            for a in order.answers:
                out[a] = out.get(a, 0) + 1
        return out


def under_load(cluster, prefix: str) -> tuple[Load, asyncio.Event, asyncio.Task]:
    """The standard load on a cluster's tickets service, running until `stop` is set (or the
    knobs' bounds are reached)."""
    from .knobs import KNOBS

    load = Load(cluster.url("tickets"), cluster.city.grid, prefix, KNOBS.writers, KNOBS.rate)
    stop = asyncio.Event()
    task = asyncio.create_task(load.run(int(KNOBS.rate * KNOBS.load_seconds),
                                        KNOBS.load_seconds, stop))
    return load, stop, task
