"""Several replicas of a service at once, against one database and one NATS, as an autoscaler runs
them: two `redgrid run registry` processes publish each outbox row once (their relays claim rows
with FOR UPDATE SKIP LOCKED), and two replicas of a consumer sharing one durable apply each event
once (the inbox), even when one of them stops halfway through."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import asyncpg
import httpx
import pytest
from pydantic import BaseModel, ConfigDict

from redgrid.common import devstack
from redgrid.common.consumer import Consumer
from redgrid.common.service import ServiceSpec
from redgrid.common.testing import eventually, nats_connect, run_service, stream_messages
from redgrid.registry import events as registry_events

from .support import CLEAN_EXIT, migrate, start_service, system_headers


class Anything(BaseModel):
    model_config = ConfigDict(extra="allow")


def follower(replica: str) -> ServiceSpec:
    """One replica of a consumer of the registry's events (durable follower-from-registry)."""
    consumer = Consumer("follower", source="registry")

    @consumer.on(*registry_events.ALL, data=Anything)
    async def note(conn, event, data: Anything) -> None:
        await conn.execute("INSERT INTO handled (event_id, replica) VALUES ($1, $2)",
                           event.id, replica)

    return ServiceSpec(name="follower", description=f"replica {replica} (tests only)",
                       migrations=Path(__file__).parent / "follower_migrations",
                       consumers=[consumer])


@pytest.fixture(scope="module")
async def registries(stack, clean_nats, tmp_path_factory):
    """Two registry processes on different ports, one database, one NATS."""
    database = await stack.new_database()
    await asyncio.to_thread(migrate, stack, database, "registry")
    logs = tmp_path_factory.mktemp("replicas")
    processes = [start_service("registry", stack, database, devstack.free_port(), logs)
                 for _ in range(2)]
    try:
        await asyncio.gather(*(asyncio.to_thread(p.wait_ready) for p in processes))
        yield database, processes
    finally:
        codes = [await asyncio.to_thread(p.terminate) for p in processes]
        assert all(code in CLEAN_EXIT for code in codes), codes


async def create_orgs(processes, names, concurrency: int = 12) -> list[str]:
    """POST the orgs round-robin over the replicas, a few at a time; returns their ids."""
    gate = asyncio.Semaphore(concurrency)
    targets = itertools.cycle(processes)
    headers = system_headers()

    async def one(client, base, name):
        async with gate:
            r = await client.post(f"{base}/v1/orgs", json={"kind": "street", "name": name},
                                  headers=headers)
            assert r.status_code == 201, r.text
            return r.json()["id"]

    async with httpx.AsyncClient(timeout=30) as client:
        return await asyncio.gather(*(one(client, next(targets).url, n) for n in names))


async def outbox(stack, database) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(stack.url_for(database))
    try:
        return await conn.fetch("SELECT id, sent_at FROM registry.outbox ORDER BY seq")
    finally:
        await conn.close()


async def test_each_outbox_row_is_sent_once_by_two_replicas(stack, registries):
    database, processes = registries
    ids = await create_orgs(processes, [f"街道{i}" for i in range(150)])
    assert len(set(ids)) == 150

    async def all_sent():
        rows = await outbox(stack, database)
        return rows if all(r["sent_at"] for r in rows) else None

    rows = await eventually(all_sent, timeout=20)
    assert len(rows) == 150
    messages = await stream_messages(stack.reader_url, "REDGRID_REGISTRY", "redgrid.registry.>")
    assert sorted(m.headers["Nats-Msg-Id"] for m in messages) == sorted(str(r["id"]) for r in rows)
    # JetStream's duplicate window would hide a second publish; the relays' own counters do not
    relayed = [await asyncio.to_thread(p.metric, "redgrid_outbox_relayed_total")
               for p in processes]
    assert sum(relayed) == 150, relayed
    assert all(n > 0 for n in relayed), f"one relay sent everything: {relayed}"


async def handled(stack, database) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(stack.url_for(database))
    try:
        return await conn.fetch("SELECT event_id, replica FROM follower.handled")
    finally:
        await conn.close()


async def test_each_event_is_handled_once_by_two_consumer_replicas(stack, registries):
    database, processes = registries
    a = run_service(follower("a"), stack, database, consumer_batch=10)
    b = run_service(follower("b"), stack, database, consumer_batch=10)
    await a.__aenter__()
    try:
        async with b:
            # more events while both consume, and replica a stops halfway through them
            more = asyncio.create_task(create_orgs(processes, [f"社区{i}" for i in range(150)],
                                                   concurrency=4))
            await eventually(lambda: handled_by(stack, database, "a"), timeout=20)
            await a.__aexit__(None, None, None)
            a = None
            await more
            total = len(await stream_messages(stack.reader_url, "REDGRID_REGISTRY",
                                              "redgrid.registry.>"))
            assert total == len(await outbox(stack, database)) >= 150

            async def all_handled():
                return len(await handled(stack, database)) >= total

            # well within the 30 s ack wait: what a held is given back, not waited out
            await eventually(all_handled, timeout=15)
            await asyncio.sleep(0.5)  # anything applied twice would show by now
            rows = await handled(stack, database)
            assert len(rows) == total == len({r["event_id"] for r in rows})
            by = {r: sum(1 for x in rows if x["replica"] == r) for r in ("a", "b")}
            assert by["a"] > 0 and by["b"] > 0, by
            nc = await nats_connect(stack.reader_url)
            try:
                info = await nc.jetstream().consumer_info("REDGRID_REGISTRY",
                                                          "follower-from-registry")
                assert info.num_pending == 0 and info.num_ack_pending == 0
            finally:
                await nc.close()
    finally:
        if a is not None:
            await a.__aexit__(None, None, None)


async def handled_by(stack, database, replica: str) -> bool:
    return any(r["replica"] == replica for r in await handled(stack, database))
