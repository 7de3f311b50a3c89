"""The live stream (GET /v1/inbox/stream) on its own: the schema fuzzer leaves it out (a call
never ends by itself and would hold the fuzzer for its whole timeout), so what the fuzzer would
check is checked here: refusals come at once, and a stream the client closes lets go."""

from __future__ import annotations

import pytest

from redgrid.common.testing import eventually
from redgrid.notifications.live import signals_of

from .fakes import LiveStream

pytestmark = pytest.mark.asyncio(loop_scope="session")
PROBLEM = "application/problem+json"


def open_streams(city) -> int:
    signals = signals_of(city.notifications.runtime)
    return sum(len(wakes) for wakes in signals.streams.values())


async def test_no_token_is_refused_at_once(city):
    r = await city.notifications.client.get("/v1/inbox/stream", timeout=5)
    assert r.status_code == 401
    assert r.headers["content-type"].startswith(PROBLEM)
    assert r.headers["www-authenticate"] == "Bearer"


async def test_bad_input_is_refused_at_once(city):
    h = city.notifications
    worker = city.auth("grid_worker", "worker")
    r = await h.client.get("/v1/inbox/stream", timeout=5,
                           headers={**worker, "Last-Event-ID": "9" * 21})
    assert r.status_code == 422 and r.headers["content-type"].startswith(PROBLEM)
    r = await h.client.get("/v1/inbox/stream?after=%01", headers=worker, timeout=5)
    assert r.status_code == 422 and r.json()["errors"][0]["type"] == "unreadable_text"
    assert open_streams(city) == 0


async def test_a_stream_the_client_closes_frees_its_slot(city):
    h = city.notifications
    before = open_streams(city)
    async with LiveStream(h.client, city.auth("grid_worker", "worker")):  # its `ready` came
        assert open_streams(city) == before + 1
    await eventually(lambda: open_streams(city) == before, timeout=10)
