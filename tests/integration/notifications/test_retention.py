"""Retention in the notifications service on a real stack: the public log pruned by the replay
horizon (the newest event always kept, a replay from before it resumes at the oldest kept), the
webhook deliveries with their events, and contact data travelling on the registry's private
stream, kept days, which notifications still learns from."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from redgrid.common.events import PRIVATE_PREFIX, EventKind
from redgrid.common.streams import DAY
from redgrid.common.testing import eventually, stream_messages
from redgrid.notifications.usecases.retention import prune_log_and_deliveries, prune_public_log

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_contact_data_lands_on_its_short_lived_stream_and_notifications_learns_it(city):
    registry = city.registry
    # the city fixture waited for notifications to know the seven people's contacts
    assert await city.count("SELECT count(*) FROM contacts") == 7
    private = await registry.runtime.js.stream_info("REDGRID_REGISTRY_PRIVATE")
    assert private.config.max_age == registry.settings.private_stream_max_age_days * DAY <= 7 * DAY
    assert private.config.subjects == [f"{PRIVATE_PREFIX}.registry.>"]
    assert private.state.messages >= 7
    kept = await stream_messages(city.registry.reader_url, "REDGRID_REGISTRY_PRIVATE",
                                 f"{PRIVATE_PREFIX}.registry.contact.changed")
    assert len(kept) >= 7
    # the registry's own stream (kept a year) holds none
    assert await stream_messages(city.registry.reader_url, "REDGRID_REGISTRY",
                                 "redgrid.registry.contact.>") == []
    info = await city.notifications.runtime.js.consumer_info("REDGRID_REGISTRY_PRIVATE",
                                                             "notifications-from-registry-private")
    assert info.num_pending == 0 and info.num_ack_pending == 0
    # nothing of it in the public log
    assert await city.count("SELECT count(*) FROM public_log WHERE type LIKE '%.contact.%'") == 0


async def test_an_old_registrys_contact_events_are_still_learnt_then_purged(city):
    """During a rolling upgrade a registry from before the move still publishes contact.changed
    on its year-long stream: notifications learns it there too. What is left there goes at the
    registry's next start (streams.ensure_private), and the public log never has it."""
    from redgrid.common import streams

    registry, person = city.registry, city.people["resident"]
    event = EventKind("registry", "contact", "changed").make(person, {
        "person_id": str(person), "phone": "13800009999", "version": 1000})
    ack = await city.js.publish("redgrid.registry.contact.changed", event.to_bytes(),
                                headers={"Nats-Msg-Id": str(event.id)})
    assert ack.stream == "REDGRID_REGISTRY"
    await eventually(lambda: city.count("SELECT count(*) FROM contacts WHERE person_id = $1 "
                                        "AND phone = '13800009999'", person))
    await streams.ensure_private(registry.runtime.js, "registry", registry.settings)
    assert await stream_messages(registry.reader_url, "REDGRID_REGISTRY",
                                 "redgrid.registry.contact.>") == []
    assert await city.count("SELECT count(*) FROM public_log WHERE event_id = $1", event.id) == 0


async def test_the_public_log_is_pruned_by_the_replay_horizon(city):
    h = city.notifications
    pool, settings = h.runtime.pool, h.settings
    events = [await city.publish("tickets", "ticket", "accepted",
                                 city.ticket(number=f"DZ-2026-0009{n:02d}", status="accepted"))
              for n in range(4)]
    ids = [e.id for e in events]
    await eventually(lambda: city.count("SELECT count(*) = 4 FROM public_log "
                                        "WHERE event_id = ANY($1::uuid[])", ids))
    old, young = ids[:2], ids[2:]
    async with pool.acquire() as conn:  # two events from before the horizon
        await conn.execute("UPDATE public_log SET time = time - $2::interval "
                           "WHERE event_id = ANY($1::uuid[])", old,
                           timedelta(days=settings.public_log_keep_days + 1))
    end = await city.count("SELECT max(seq) FROM public_log")
    before = await city.count("SELECT count(*) FROM public_log")
    assert await prune_public_log(pool, settings, datetime.now(UTC)) >= 2
    assert await city.count("SELECT count(*) FROM public_log WHERE event_id = ANY($1::uuid[])",
                            old) == 0
    assert await city.count("SELECT count(*) FROM public_log WHERE event_id = ANY($1::uuid[])",
                            young) == 2
    assert await city.count("SELECT max(seq) FROM public_log") == end  # its end stays
    assert await city.count("SELECT count(*) FROM public_log") < before
    # everything older than the horizon: all go but the newest, which marks the log's end
    far = datetime.now(UTC) + timedelta(days=settings.public_log_keep_days + 1)
    while await prune_public_log(pool, settings, far):
        pass
    assert await city.count("SELECT count(*) FROM public_log") == 1
    assert await city.count("SELECT max(seq) FROM public_log") == end
    # a subscription replaying from the start still works: it resumes at what is kept
    r = await h.client.post("/v1/webhooks", headers=city.auth("system"), json={
        "name": "12345热线平台/retention", "url": city.receiver().url("/r"),
        "patterns": ["redgrid.tickets.*"]})
    assert r.status_code == 201, r.text
    r = await h.client.post(f"/v1/webhooks/{r.json()['id']}/replay", json={"from_seq": 1},
                            headers=city.auth("system"))
    assert r.status_code == 200, r.text


async def test_webhook_deliveries_go_with_the_events_the_log_no_longer_keeps(city):
    h = city.notifications
    receiver = city.receiver()
    await receiver.start()
    try:
        r = await h.client.post("/v1/webhooks", headers=city.auth("system"), json={
            "name": "12345热线平台/deliveries", "url": receiver.url("/d"),
            "patterns": ["redgrid.tickets.*"]})
        assert r.status_code == 201, r.text
        sub = r.json()["id"]
        ids = [(await city.publish("tickets", "ticket", "accepted", city.ticket(
            number=f"DZ-2026-0008{n:02d}", status="accepted"))).id for n in range(3)]
        delivered = ("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = $1 "
                     "AND event_id = ANY($2::uuid[]) AND status = 'delivered'")

        async def all_delivered() -> bool:
            return await city.count(delivered, sub, ids) == 3

        await eventually(all_delivered)
    finally:
        await receiver.stop()
    far = datetime.now(UTC) + timedelta(days=h.settings.public_log_keep_days + 1)
    while await prune_log_and_deliveries(h.runtime.pool, h.settings, far):
        pass
    # the log keeps its newest event, the last one published; only its delivery stays
    assert await city.count("SELECT count(*) FROM public_log") == 1
    assert await city.count(delivered, sub, ids[:2]) == 0
    assert await city.count(delivered, sub, ids[2:]) == 1
