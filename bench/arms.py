"""The two arms of the end-to-end benchmark and how a run is measured.

A run sends n reports, closed-loop (as fast as the arm takes them, for saturation) or open-loop
(at a fixed rate, each report stamped with its scheduled send time), waits until the consumer
has applied every committed event, and reads from PostgreSQL, for each committed outbox event,
its scheduled time and the commit time of the consumer's inbox row (track_commit_timestamp):
latency runs from the schedule, so a slow server cannot hide its latency. Lost = committed
outbox events missing from the consumer's inbox; duplicates = effects applied twice.
"""

from __future__ import annotations

import asyncio
import json
import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import orjson

from bench import client
from bench.stack import BenchStack
from redgrid.common.auth import issue_token
from redgrid.common.ids import uuid7
from redgrid.common.settings import Settings

CATEGORIES = ["environment", "road_repair", "utilities", "property_dispute", "traffic"]
TITLES = ["楼道堆物影响通行", "人行道地砖松动", "小区路灯不亮", "物业收费纠纷", "路口车辆乱停"]


@dataclass
class Run:
    arm: str
    mode: str  # closed or open
    n: int
    rate: float | None
    started: float
    errors: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    lost: int = 0
    duplicates: int = 0
    committed: int = 0
    seconds: float = 0.0

    @property
    def throughput(self) -> float:
        return self.committed / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        values = sorted(self.latencies_ms)
        return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

    def summary(self) -> dict:
        return {
            "arm": self.arm, "mode": self.mode, "n": self.n, "rate": self.rate,
            "committed": self.committed, "errors": self.errors, "lost": self.lost,
            "duplicates": self.duplicates, "seconds": round(self.seconds, 3),
            "throughput": round(self.throughput, 1),
            "p50_ms": round(self.percentile(50), 2), "p99_ms": round(self.percentile(99), 2),
            "max_ms": round(max(self.latencies_ms), 2) if self.latencies_ms else None,
        }


async def _drain(conn: asyncpg.Connection, sql: str, *args, timeout: float = 120.0) -> None:
    """Wait until every committed event of the run has been applied (or the timeout)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await conn.fetchval(sql, *args):
            return
        await asyncio.sleep(0.1)


class SystemArm:
    """The real path: HTTP POST /v1/tickets → tickets (row + outbox) → relay → JetStream →
    the notifications consumer (inbox + notices for the grid's workers)."""

    name = "system"

    def __init__(self, stack: BenchStack, grids: list[dict], concurrency: int = 64):
        self.stack, self.grids, self.concurrency = stack, grids, concurrency
        settings = Settings(environment="development")
        self.token = issue_token(settings, uuid7(), ["resident"], name="居民")
        self.headers = {"Authorization": f"Bearer {self.token}"}
        self.rng = random.Random(7)

    def body(self, i: int, scheduled: float) -> bytes:
        grid = self.grids[i % len(self.grids)]
        d = 0.0015
        return orjson.dumps({
            "channel": "online", "appeal_kind": "help", "category": CATEGORIES[i % 5],
            "title": TITLES[i % 5],
            "location": {"lat": grid["center_lat"] + self.rng.uniform(-d, d),
                         "lng": grid["center_lng"] + self.rng.uniform(-d, d)},
            "occurred_at": datetime.fromtimestamp(scheduled, UTC).isoformat(),
        })

    async def _mark(self, conn) -> int:
        return await conn.fetchval("SELECT coalesce(max(seq), 0) FROM tickets.outbox")

    async def run(self, conn: asyncpg.Connection, n: int, rate: float | None = None) -> Run:
        mark = await self._mark(conn)
        pool = client.Pool(self.stack.url("tickets"), self.concurrency)
        await pool.open()
        run = Run(self.name, "open" if rate else "closed", n, rate, time.time())
        try:
            if rate is None:
                run.errors = await self._closed(pool, n)
            else:
                run.errors = await self._open(pool, n, rate)
        finally:
            pool.close()
        done = ("SELECT count(*) = count(i.event_id) AND count(*) > 0 FROM tickets.outbox o "
                "LEFT JOIN notifications.inbox i ON i.consumer = 'notifications-from-tickets' "
                "AND i.event_id = o.id WHERE o.seq > $1 "
                "AND o.subject = 'redgrid.tickets.ticket.received'")
        await _drain(conn, done, mark)
        rows = await conn.fetch(
            "SELECT o.id, (convert_from(o.body, 'UTF8')::jsonb #>> '{data,occurred_at}')"
            "::timestamptz AS scheduled, pg_xact_commit_timestamp(i.xmin) AS applied "
            "FROM tickets.outbox o LEFT JOIN notifications.inbox i "
            "ON i.consumer = 'notifications-from-tickets' AND i.event_id = o.id "
            "WHERE o.seq > $1 AND o.subject = 'redgrid.tickets.ticket.received'", mark)
        ids = [r["id"] for r in rows]
        run.duplicates = await conn.fetchval(
            "SELECT count(*) - count(DISTINCT (source_event_id, recipient_kind, recipient_id)) "
            "FROM notifications.notices WHERE source_event_id = ANY($1::uuid[])", ids)
        _measure(run, rows)
        return run

    async def _closed(self, pool: client.Pool, n: int) -> int:
        counter = iter(range(n))
        errors = 0

        async def worker():
            nonlocal errors
            for i in counter:
                status, _ = await pool.post("/v1/tickets", self.body(i, time.time()),
                                            self.headers)
                errors += status != 201

        await asyncio.gather(*(worker() for _ in range(self.concurrency)))
        return errors

    async def _open(self, pool: client.Pool, n: int, rate: float) -> int:
        start = time.time() + 0.05
        errors = 0

        async def one(i: int, at: float):
            nonlocal errors
            status, _ = await pool.post("/v1/tickets", self.body(i, at), self.headers)
            errors += status != 201

        tasks = []
        for i in range(n):
            at = start + i / rate
            delay = at - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(i, at)))
        await asyncio.gather(*tasks)
        return errors


class BaselineArm:
    """The bare pipeline of bench/baseline.py, producer and consumer in their own processes."""

    name = "baseline"

    def __init__(self, stack: BenchStack, concurrency: int = 64):
        self.stack, self.concurrency = stack, concurrency
        script = str(Path(__file__).parent / "baseline.py")
        args = [stack.admin_url, stack.nats.url_as("admin")]  # its own stream: not a service
        subprocess.run([sys.executable, script, "setup", *args], check=True)
        self.consumer = subprocess.Popen([sys.executable, script, "consumer", *args],
                                         stdout=subprocess.PIPE, text=True)
        self.producer = subprocess.Popen([sys.executable, script, "producer", *args],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         text=True)
        for proc in (self.consumer, self.producer):
            assert json.loads(proc.stdout.readline())["ready"]

    def pids(self) -> list[int]:
        return [self.producer.pid, self.consumer.pid]

    async def run(self, conn: asyncpg.Connection, n: int, rate: float | None = None) -> Run:
        run = Run(self.name, "open" if rate else "closed", n, rate, time.time())
        since = datetime.now(UTC)
        order = {"op": "closed", "n": n, "concurrency": self.concurrency} if rate is None \
            else {"op": "open", "n": n, "rate": rate}
        self.producer.stdin.write(json.dumps(order) + "\n")
        self.producer.stdin.flush()
        answer = await asyncio.to_thread(self.producer.stdout.readline)
        run.errors = json.loads(answer)["errors"]
        done = ("SELECT count(*) = count(i.event_id) AND count(*) > 0 FROM bench_base.outbox o "
                "LEFT JOIN bench_base.inbox i ON i.event_id = o.id WHERE o.created_at >= $1")
        await _drain(conn, done, since)
        rows = await conn.fetch(
            "SELECT o.id, m.scheduled_at AS scheduled, pg_xact_commit_timestamp(i.xmin) "
            "AS applied FROM bench_base.outbox o JOIN bench_base.matters m "
            "ON m.id = o.matter_id LEFT JOIN bench_base.inbox i ON i.event_id = o.id "
            "WHERE o.created_at >= $1", since)
        run.duplicates = await conn.fetchval(
            "SELECT count(*) - count(DISTINCT event_id) FROM bench_base.effects "
            "WHERE event_id = ANY($1::uuid[])", [r["id"] for r in rows])
        _measure(run, rows)
        return run

    def close(self) -> None:
        for proc in (self.producer, self.consumer):
            proc.terminate()
            proc.wait(10)


def _measure(run: Run, rows: list) -> None:
    applied = [r for r in rows if r["applied"] is not None]
    run.committed = len(rows)
    run.lost = len(rows) - len(applied)
    run.latencies_ms = [(r["applied"] - r["scheduled"]).total_seconds() * 1000 for r in applied]
    if applied:
        first = min(r["scheduled"] for r in rows).timestamp()
        last = max(r["applied"] for r in applied).timestamp()
        run.seconds = max(1e-6, last - min(first, run.started))
