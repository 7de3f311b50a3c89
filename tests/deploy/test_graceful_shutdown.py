"""SIGTERM to a service under load, as Kubernetes sends it on a rollout or a scale-down: the
process stops taking requests, finishes those in flight and exits in time. Nothing is lost:
every answered write has its row and its event, every refused one (connection refused or reset,
503) left nothing behind, the relay publishes the last events before the process exits, and a
restart sends none of them twice."""

from __future__ import annotations

import asyncio
import time

import asyncpg
import httpx
import orjson

from redgrid.common import devstack
from redgrid.common.testing import eventually, stream_messages

from .support import CLEAN_EXIT, migrate, start_service, system_headers

WRITERS = 8
MAX_REQUESTS = 3000  # per writer: the load stops by itself


async def load(url: str, results: dict, stop: asyncio.Event, writer: int) -> None:
    """Creates orgs one after another on one keep-alive connection, noting each outcome."""
    headers = system_headers()
    async with httpx.AsyncClient(timeout=30) as client:
        for i in range(MAX_REQUESTS):
            if stop.is_set():
                return
            name = f"w{writer}-{i}"
            try:
                r = await client.post(f"{url}/v1/orgs", json={"kind": "street", "name": name},
                                      headers=headers)
                body = r.json()
                results[name] = (r.status_code, body.get("id"), time.monotonic())
            except httpx.TransportError as exc:
                results[name] = (type(exc).__name__, None, time.monotonic())
                await asyncio.sleep(0.05)


async def fetch(stack, database, sql: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(stack.url_for(database))
    try:
        return await conn.fetch(sql)
    finally:
        await conn.close()


async def test_sigterm_under_load_loses_no_request_and_no_event(stack, clean_nats, tmp_path):
    database = await stack.new_database()
    await asyncio.to_thread(migrate, stack, database, "registry")
    port = devstack.free_port()
    service = start_service("registry", stack, database, port, tmp_path)
    await asyncio.to_thread(service.wait_ready)

    results: dict[str, tuple] = {}
    stop = asyncio.Event()
    writers = [asyncio.create_task(load(service.url, results, stop, w)) for w in range(WRITERS)]
    await eventually(lambda: len(results) >= 200, timeout=30)
    sigterm_at = time.monotonic()
    code = await asyncio.to_thread(service.terminate)
    await asyncio.sleep(0.3)  # a few more attempts against a closed port
    stop.set()
    await asyncio.gather(*writers)

    assert code in CLEAN_EXIT, service.log.read_text()[-3000:]
    assert service.stopped_in < 25  # well inside terminationGracePeriodSeconds (60)
    answered = {name: r for name, r in results.items() if isinstance(r[0], int) and r[0] < 300}
    refused = {name: r for name, r in results.items() if name not in answered}
    assert all(r[0] == 201 for r in answered.values())
    assert all(r[0] == 503 or isinstance(r[0], str) for r in refused.values()), refused
    assert refused, "the load went on until the port closed"
    finished_after_sigterm = [n for n, r in answered.items() if r[2] > sigterm_at]
    assert finished_after_sigterm, "requests in flight at SIGTERM were answered"

    # every answered write is there, every refused one is not: nothing half-done
    rows = await fetch(stack, database, "SELECT id, name FROM registry.orgs")
    assert {r["name"]: str(r["id"]) for r in rows} == {n: r[1] for n, r in answered.items()}
    outbox = await fetch(stack, database, "SELECT id, body, sent_at FROM registry.outbox")
    created = [orjson.loads(r["body"])["data"]["id"] for r in outbox]
    assert sorted(created) == sorted(str(r["id"]) for r in rows)
    # the relay's last round, after the HTTP drain, sent what the last requests committed
    assert [r["id"] for r in outbox if r["sent_at"] is None] == []

    # and after a restart nothing goes twice
    again = start_service("registry", stack, database, port, tmp_path)
    try:
        await asyncio.to_thread(again.wait_ready)

        async def all_sent():
            sent = await fetch(stack, database, "SELECT count(*) AS n FROM registry.outbox "
                                                "WHERE sent_at IS NULL")
            return sent[0]["n"] == 0

        await eventually(all_sent, timeout=20)
    finally:
        assert await asyncio.to_thread(again.terminate) in CLEAN_EXIT
    messages = await stream_messages(stack.reader_url, "REDGRID_REGISTRY", "redgrid.registry.>")
    assert sorted(m.headers["Nats-Msg-Id"] for m in messages) == \
        sorted(str(r["id"]) for r in outbox)
    print(f"\n{len(answered)} answered ({len(finished_after_sigterm)} after SIGTERM), "
          f"{len(refused)} refused, stopped in {service.stopped_in:.2f}s")


async def test_sigterm_ends_open_live_streams_and_exits_at_once(stack, clean_nats, tmp_path):
    """An open Server-Sent Events stream (a grid worker's phone) must not hold a rollout for
    the whole grace period: on SIGTERM the stream ends (the client reconnects elsewhere with
    Last-Event-ID) and the process exits."""
    database = await stack.new_database()
    await asyncio.to_thread(migrate, stack, database, "notifications")
    service = start_service("notifications", stack, database, devstack.free_port(), tmp_path)
    await asyncio.to_thread(service.wait_ready)
    ended = asyncio.Event()

    async def listen():
        async with httpx.AsyncClient(timeout=None) as client:
            async with client.stream("GET", f"{service.url}/v1/inbox/stream",
                                     headers=system_headers()) as r:
                assert r.status_code == 200
                async for _ in r.aiter_lines():
                    pass
        ended.set()

    listener = asyncio.create_task(listen())
    await asyncio.sleep(1.0)
    assert not listener.done()
    code = await asyncio.to_thread(service.terminate)
    await asyncio.wait_for(ended.wait(), timeout=5)
    assert code in CLEAN_EXIT
    assert service.stopped_in < 5, f"took {service.stopped_in:.1f}s"
