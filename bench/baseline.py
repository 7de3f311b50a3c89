"""The bare baseline arm: the same work as a resident's report, written with no framework.

Producer: one asyncpg transaction inserts the matter and its outbox row; then a nats-py
JetStream publish with Nats-Msg-Id awaits its ack and the row is marked sent.
Consumer: a raw pull consumer; per message one transaction claims the inbox and writes the
effect; then the ack. This is the naive pipeline the system is measured against.

Each side is its own process (as each service is): `python bench/baseline.py producer|consumer
<pg url> <nats url>`. The producer takes orders on stdin, one JSON line each:
{"op": "closed", "n": 3000, "concurrency": 64} or {"op": "open", "n": 1500, "rate": 300.0},
and answers one JSON line when every report of the order is committed and published.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from datetime import UTC, datetime

import asyncpg
import nats
from nats.js.api import AckPolicy, ConsumerConfig, StorageType, StreamConfig

SCHEMA = "bench_base"
STREAM = "BENCH_BASE"
SUBJECT = "bench.base.matter.received"
CONSUMER = "bench-base"

DDL = f"""
DROP SCHEMA IF EXISTS {SCHEMA} CASCADE;
CREATE SCHEMA {SCHEMA};
CREATE TABLE {SCHEMA}.matters (
    id uuid PRIMARY KEY, title text NOT NULL, grid text NOT NULL,
    scheduled_at timestamptz NOT NULL, created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE {SCHEMA}.outbox (
    id uuid PRIMARY KEY, matter_id uuid NOT NULL, subject text NOT NULL, body bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(), sent_at timestamptz
);
CREATE TABLE {SCHEMA}.inbox (
    consumer text NOT NULL, event_id uuid NOT NULL, PRIMARY KEY (consumer, event_id)
);
CREATE TABLE {SCHEMA}.effects (
    event_id uuid NOT NULL, recipient text NOT NULL, body text NOT NULL
);
"""


async def setup(pg_url: str, nats_url: str) -> None:
    conn = await asyncpg.connect(pg_url)
    try:
        await conn.execute(DDL)
    finally:
        await conn.close()
    nc = await nats.connect(nats_url)
    js = nc.jetstream()
    try:
        await js.delete_stream(STREAM)
    except Exception:
        pass
    await js.add_stream(StreamConfig(name=STREAM, subjects=["bench.base.>"],
                                     storage=StorageType.FILE, duplicate_window=120))
    await js.add_consumer(STREAM, ConsumerConfig(durable_name=CONSUMER,
                                                 ack_policy=AckPolicy.EXPLICIT,
                                                 max_deliver=10, ack_wait=30))
    await nc.close()


class Producer:
    def __init__(self, pool: asyncpg.Pool, js):
        self.pool, self.js = pool, js

    async def report(self, i: int, scheduled: float) -> None:
        matter_id, event_id = uuid.uuid4(), uuid.uuid4()
        title, grid = f"楼道堆物 {i}", f"grid-{i % 300}"
        body = json.dumps({
            "specversion": "1.0", "id": str(event_id), "type": SUBJECT + ".v1",
            "source": "/bench/base", "subject": str(matter_id),
            "time": datetime.now(UTC).isoformat(), "data": {"title": title, "grid": grid},
        }).encode()
        at = datetime.fromtimestamp(scheduled, UTC)
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute(f"INSERT INTO {SCHEMA}.matters (id, title, grid, scheduled_at) "
                               "VALUES ($1, $2, $3, $4)", matter_id, title, grid, at)
            await conn.execute(f"INSERT INTO {SCHEMA}.outbox (id, matter_id, subject, body) "
                               "VALUES ($1, $2, $3, $4)", event_id, matter_id, SUBJECT, body)
        await self.js.publish(SUBJECT, body, headers={"Nats-Msg-Id": str(event_id)})
        await self.pool.execute(f"UPDATE {SCHEMA}.outbox SET sent_at = now() WHERE id = $1",
                                event_id)

    async def closed(self, n: int, concurrency: int) -> int:
        counter = iter(range(n))
        errors = 0

        async def worker():
            nonlocal errors
            for i in counter:
                try:
                    await self.report(i, time.time())
                except Exception:
                    errors += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return errors

    async def open(self, n: int, rate: float) -> int:
        start = time.time() + 0.05
        errors = 0

        async def one(i: int, at: float):
            nonlocal errors
            try:
                await self.report(i, at)
            except Exception:
                errors += 1

        tasks = []
        for i in range(n):
            at = start + i / rate
            delay = at - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(i, at)))
        await asyncio.gather(*tasks)
        return errors


async def produce(pg_url: str, nats_url: str) -> None:
    pool = await asyncpg.create_pool(pg_url, min_size=20, max_size=20)
    nc = await nats.connect(nats_url)
    producer = Producer(pool, nc.jetstream())
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    print(json.dumps({"ready": True}), flush=True)
    while line := await reader.readline():
        order = json.loads(line)
        if order["op"] == "closed":
            errors = await producer.closed(order["n"], order["concurrency"])
        else:
            errors = await producer.open(order["n"], order["rate"])
        print(json.dumps({"done": order["n"], "errors": errors}), flush=True)
    await nc.close()
    await pool.close()


async def consume(pg_url: str, nats_url: str) -> None:
    pool = await asyncpg.create_pool(pg_url, min_size=2, max_size=2)
    nc = await nats.connect(nats_url, max_reconnect_attempts=-1)
    sub = await nc.jetstream().pull_subscribe_bind(CONSUMER, STREAM)
    print(json.dumps({"ready": True}), flush=True)
    while True:
        try:
            msgs = await sub.fetch(100, timeout=1)
        except (TimeoutError, nats.errors.TimeoutError):
            continue
        for msg in msgs:
            event = json.loads(msg.data)
            async with pool.acquire() as conn, conn.transaction():
                fresh = await conn.fetchval(
                    f"INSERT INTO {SCHEMA}.inbox VALUES ('bench', $1) ON CONFLICT DO NOTHING "
                    "RETURNING 1", uuid.UUID(event["id"]))
                if fresh:
                    await conn.execute(
                        f"INSERT INTO {SCHEMA}.effects VALUES ($1, $2, $3)",
                        uuid.UUID(event["id"]), event["data"]["grid"],
                        f"您所在网格收到新的民情：{event['data']['title']}")
            await msg.ack()


if __name__ == "__main__":
    role, pg, nu = sys.argv[1], sys.argv[2], sys.argv[3]
    main = {"setup": setup, "producer": produce, "consumer": consume}[role]
    asyncio.run(main(pg, nu))
