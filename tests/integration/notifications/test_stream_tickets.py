"""The live inbox from a browser: EventSource cannot send an Authorization header, so it opens
the stream with a single-use ticket (POST /v1/inbox/stream-ticket, about a minute), never with
the long-lived token in the URL."""

from __future__ import annotations

import pytest

from redgrid.common.testing import eventually

from .fakes import LiveStream

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def ticket_for(city, who: str) -> str:
    r = await city.notifications.client.post("/v1/inbox/stream-ticket",
                                             headers=city.auth("grid_worker", who))
    assert r.status_code == 200, r.text
    assert r.json()["expires_in"] == 60
    return r.json()["ticket"]


async def opened(city, ticket: str, **headers) -> int:
    async with city.notifications.client.stream(
            "GET", "/v1/inbox/stream", params={"ticket": ticket}, headers=headers) as r:
        return r.status_code


async def test_a_ticket_opens_the_stream_once_for_its_person(city):
    ticket = await ticket_for(city, "worker")
    async with LiveStream(city.notifications.client, {}, {"ticket": ticket}) as live:
        dispatched = city.ticket()
        await city.publish("tickets", "ticket", "dispatched", dispatched)
        await eventually(lambda: live.events, timeout=10)
        assert live.events[0]["data"]["subject_id"] == dispatched["id"]
    assert await opened(city, ticket) == 401  # used up


async def test_a_stream_without_a_ticket_or_token_or_with_a_made_up_one_is_refused(city):
    async with city.notifications.client.stream("GET", "/v1/inbox/stream") as r:
        assert r.status_code == 401
        assert r.headers["content-type"].startswith("application/problem+json")
    assert await opened(city, "x" * 43) == 401


async def test_a_ticket_past_its_minute_is_refused(city):
    ticket = await ticket_for(city, "worker")
    city.clock.advance(seconds=61)
    try:
        assert await opened(city, ticket) == 401
    finally:
        city.clock.advance(seconds=-61)


async def test_a_ticket_needs_a_token(city):
    r = await city.notifications.client.post("/v1/inbox/stream-ticket")
    assert r.status_code == 401
