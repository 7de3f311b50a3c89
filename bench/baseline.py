"""The bare baseline arm: the same work as a resident's report, written with no framework.

Producer: one asyncpg transaction inserts the matter and its outbox row; then a nats-py
JetStream publish with Nats-Msg-Id awaits its ack and the row is marked sent.
Consumer: a raw pull consumer; per message one transaction claims the inbox and writes the
effect; then the ack. This is the naive pipeline the system is measured against.

Run as a process: `python bench/baseline.py producer|consumer <pg url> <nats url> …` (the
benchmark starts it); both sides report to the driver over stdout.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid

import asyncpg
import nats
from nats.js.api import AckPolicy, ConsumerConfig, StorageType, StreamConfig

SCHEMA = "bench_base"
STREAM = "BENCH_BASE"
SUBJECT = "bench.base.matter.received"

DDL = f"""
CREATE SCHEMA IF NOT EXISTS {SCHEMA};
CREATE TABLE IF NOT EXISTS {SCHEMA}.matters (
    id uuid PRIMARY KEY, title text NOT NULL, grid text NOT NULL, created_at timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS {SCHEMA}.outbox (
    id uuid PRIMARY KEY, subject text NOT NULL, body bytea NOT NULL, sent_at timestamptz
);
CREATE TABLE IF NOT EXISTS {SCHEMA}.inbox (
    consumer text NOT NULL, event_id uuid NOT NULL, PRIMARY KEY (consumer, event_id)
);
CREATE TABLE IF NOT EXISTS {SCHEMA}.effects (
    event_id uuid NOT NULL, recipient text NOT NULL, body text NOT NULL,
    PRIMARY KEY (event_id, recipient)
);
"""


async def setup(pg_url: str, nats_url: str) -> None:
    conn = await asyncpg.connect(pg_url)
    try:
        await conn.execute(DDL)
        await conn.execute(f"TRUNCATE {SCHEMA}.matters, {SCHEMA}.outbox, {SCHEMA}.inbox, "
                           f"{SCHEMA}.effects")
    finally:
        await conn.close()
    nc = await nats.connect(nats_url)
    js = nc.jetstream()
    try:
        await js.delete_stream(STREAM)
    except Exception:  # noqa: BLE001 - not there yet
        pass
    await js.add_stream(StreamConfig(name=STREAM, subjects=["bench.base.>"],
                                     storage=StorageType.FILE, duplicate_window=120))
    await nc.close()


class Producer:
    def __init__(self, pool: asyncpg.Pool, js):
        self.pool, self.js = pool, js

    async def report(self, title: str, grid: str) -> uuid.UUID:
        matter_id, event_id = uuid.uuid4(), uuid.uuid4()
        body = json.dumps({"specversion": "1.0", "id": str(event_id), "type": SUBJECT + ".v1",
                           "source": "/bench/base", "subject": str(matter_id),
                           "time": time.time(), "data": {"title": title, "grid": grid}}).encode()
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute(f"INSERT INTO {SCHEMA}.matters VALUES ($1, $2, $3, now())",
                               matter_id, title, grid)
            await conn.execute(f"INSERT INTO {SCHEMA}.outbox (id, subject, body) "
                               f"VALUES ($1, $2, $3)", event_id, SUBJECT, body)
        await self.js.publish(SUBJECT, body, headers={"Nats-Msg-Id": str(event_id)})
        await self.pool.execute(f"UPDATE {SCHEMA}.outbox SET sent_at = now() WHERE id = $1",
                                event_id)
        return event_id


async def consume(pg_url: str, nats_url: str, stop_after: float) -> None:
    """Apply messages until none arrived for `stop_after` seconds."""
    pool = await asyncpg.create_pool(pg_url, min_size=1, max_size=2)
    nc = await nats.connect(nats_url)
    js = nc.jetstream()
    sub = await js.pull_subscribe(SUBJECT, durable="bench-base", stream=STREAM,
                                  config=ConsumerConfig(ack_policy=AckPolicy.EXPLICIT,
                                                        max_deliver=10, ack_wait=30))
    print("ready", flush=True)
    idle_since = time.monotonic()
    while time.monotonic() - idle_since < stop_after:
        try:
            msgs = await sub.fetch(100, timeout=0.2)
        except (asyncio.TimeoutError, nats.errors.TimeoutError):
            continue
        idle_since = time.monotonic()
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
                        f"新的民情: {event['data']['title']}")
            await msg.ack()
    await nc.close()
    await pool.close()


if __name__ == "__main__":
    role, pg, nu = sys.argv[1], sys.argv[2], sys.argv[3]
    if role == "setup":
        asyncio.run(setup(pg, nu))
    elif role == "consumer":
        asyncio.run(consume(pg, nu, float(sys.argv[4]) if len(sys.argv) > 4 else 5.0))
