"""The gauges of what waits move under a small load, on the real service: its outbox backlog
and the oldest row's age, a consumer's pending messages, its dead letters, SMS not yet sent,
a webhook subscriber's lag and the live streams open. Sampled as the service's timer does
(gauges.sample), read as Prometheus scrapes them."""

from __future__ import annotations

import asyncio

import pytest
from prometheus_client import REGISTRY

from redgrid.common import gauges, outbox
from redgrid.common.events import EventKind
from redgrid.common.testing import eventually

from .fakes import LiveStream
from .test_webhooks import subscribe

pytestmark = pytest.mark.asyncio(loop_scope="session")
SOURCE = "notifications-from-tickets"


def value(metric: str, /, **labels: str) -> float:
    return REGISTRY.get_sample_value(metric, labels) or 0.0


async def sampled(city) -> None:
    await gauges.sample(city.notifications.runtime)


async def test_the_sampler_runs_with_the_service(city):
    runtime = city.notifications.runtime
    assert "gauges" in {t.get_name() for t in runtime.tasks}
    await sampled(city)
    assert value("redgrid_outbox_backlog", service="notifications") == 0
    assert value("redgrid_consumer_pending_messages", consumer=SOURCE) == 0
    assert REGISTRY.get_sample_value("redgrid_dead_letters", {"consumer": SOURCE}) == 0


async def test_the_outbox_backlog_and_its_age_move(city):
    runtime = city.notifications.runtime
    probe = EventKind("notifications", "probe", "made")
    async with runtime.pool.acquire() as conn, conn.transaction():
        # leased to a hand-over that never comes: no relay round takes them meanwhile
        rows = await outbox.record(conn, [probe.make(n, {"n": n}) for n in range(5)], lease=60)
    await asyncio.sleep(0.05)
    await sampled(city)
    assert value("redgrid_outbox_backlog", service="notifications") == 5
    assert value("redgrid_outbox_oldest_age_seconds", service="notifications") > 0
    await runtime.pool.execute("DELETE FROM outbox WHERE id = ANY($1::uuid[])",
                               [r["id"] for r in rows])
    await sampled(city)
    assert value("redgrid_outbox_backlog", service="notifications") == 0
    assert value("redgrid_outbox_oldest_age_seconds", service="notifications") == 0


async def test_a_stopped_consumer_falls_behind_and_catches_up(city):
    runtime = city.notifications.runtime
    runner = next(r for r in runtime.runners if r.durable == SOURCE)
    task = next(t for t in runtime.tasks if t.get_name() == SOURCE)
    runner.stop()
    await task
    for n in range(3):
        await city.publish("tickets", "ticket", "dispatched",
                           city.ticket(number=f"DZ-2026-00090{n}"))
    await sampled(city)
    assert value("redgrid_consumer_pending_messages", consumer=SOURCE) == 3

    runner._stopped.clear()
    runtime.tasks.append(asyncio.create_task(runner.run(), name=SOURCE))

    async def caught_up():
        await sampled(city)
        return (value("redgrid_consumer_pending_messages", consumer=SOURCE) == 0
                and value("redgrid_consumer_ack_pending_messages", consumer=SOURCE) == 0)

    await eventually(caught_up, timeout=20)


async def test_a_dead_letter_is_counted(city):
    await sampled(city)
    before = value("redgrid_dead_letters", consumer=SOURCE)
    await city.publish("tickets", "ticket", "dispatched", {"id": "没有这样的工单"})

    async def counted():
        await sampled(city)
        return value("redgrid_dead_letters", consumer=SOURCE) == before + 1

    await eventually(counted, timeout=20)


async def test_an_sms_the_provider_refuses_waits_and_is_counted_until_sent(city):
    city.sms.status = 503
    try:
        event = await city.publish("tickets", "ticket", "published",
                                   city.ticket(number="DZ-2026-000777", status="published"))
        await eventually(lambda: city.count(
            "SELECT d.attempts FROM deliveries d JOIN notices n ON n.id = d.notice_id "
            "WHERE n.source_event_id = $1 AND d.channel = 'sms'", event.id))
        await sampled(city)
        assert value("redgrid_notifications_undelivered", channel="sms") >= 1
        assert value("redgrid_notifications_undelivered_oldest_age_seconds", channel="sms") > 0
    finally:
        city.sms.status = 200
    city.clock.advance(minutes=30)  # its retry is due: sent now

    async def sent():
        await sampled(city)
        return value("redgrid_notifications_undelivered", channel="sms") == 0

    await eventually(sent, timeout=20)
    assert value("redgrid_notifications_undelivered_oldest_age_seconds", channel="sms") == 0


async def test_a_webhook_subscriber_that_is_down_lags(city):
    down = city.receiver()  # never started: its port refuses connections
    sub = await subscribe(city, down, "/gauges", ["redgrid.tickets.ticket.*"])
    labels = {"subscription": sub["id"], "name": sub["name"]}
    for n in range(3):
        await city.publish("tickets", "ticket", "published",
                           city.ticket(number=f"DZ-2026-00080{n}", status="published"))

    async def lagging():
        await sampled(city)
        return value("redgrid_notifications_webhook_lag_events", **labels) >= 3

    await eventually(lagging, timeout=20)
    assert value("redgrid_notifications_webhook_lag_seconds", **labels) > 0


async def test_live_streams_open_are_counted(city):
    before = value("redgrid_notifications_live_streams_open")
    async with LiveStream(city.notifications.client, city.auth("grid_worker", "worker")), \
            LiveStream(city.notifications.client, city.auth("grid_worker", "rider")):
        assert value("redgrid_notifications_live_streams_open") == before + 2
    await eventually(lambda: value("redgrid_notifications_live_streams_open") == before,
                     timeout=10)
