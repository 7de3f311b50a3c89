"""The demo loads through the public HTTP API of a running registry and tickets."""

from __future__ import annotations

import asyncio
import socket

import pytest
import uvicorn

from redgrid.tickets import demo

from .conftest import count

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def serve(app) -> tuple[str, uvicorn.Server, asyncio.Task]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off",
                                           log_config=None, access_log=False))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    return f"http://127.0.0.1:{port}", server, task


async def test_the_demo_loads_through_the_api(world, monkeypatch):
    monkeypatch.setattr(demo, "TICKETS", 70)  # every category at every stage
    running = [await serve(h.client._transport.app) for h in (world.registry, world.tickets)]
    try:
        urls = {"registry": running[0][0], "tickets": running[1][0]}
        await demo.load(urls, world.tickets.token("system"))
    finally:
        for _, server, task in running:
            server.should_exit = True
            await task
    assert await count(world.tickets, "SELECT count(*) FROM tickets WHERE number LIKE 'DZ-%'") \
        == 70 + 52 // 3 + 1
    assert await count(world.tickets, "SELECT count(*) FROM visits") == 52
    assert await count(world.tickets, "SELECT count(*) FROM tickets WHERE status = 'closed'") > 0
    assert await count(world.tickets, "SELECT count(DISTINCT channel) FROM tickets") >= 7
