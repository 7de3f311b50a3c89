"""make dev's nats-server, started as the launcher starts it: the users and permissions of
compose and Kubernetes (redgrid.common.natsauth, one table), so that a script on the machine
cannot publish a forged `ticket.received` without a service's password, nor with the
read-only user's."""

from __future__ import annotations

import json
import stat

import nats
import pytest
from nats.js.api import AckPolicy, ConsumerConfig

from redgrid.common import devstack, launcher, natsauth, streams
from redgrid.common.events import EventKind
from redgrid.common.ids import uuid7
from redgrid.common.settings import DevSettings, Settings
from redgrid.common.testing import eventually, nats_connect

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module")
def dev_nats(tmp_path_factory):
    root = tmp_path_factory.mktemp("dev")
    dev = DevSettings(dev_dir=str(root), nats_port=devstack.free_port(),
                      nats_monitor_port=devstack.free_port())
    server = launcher.dev_nats(dev, root)
    server.start()
    yield dev, root, server
    server.stop()


def forged() -> tuple[str, bytes]:
    event = EventKind("tickets", "ticket", "received").make(uuid7(), {
        "id": str(uuid7()), "title": "【伪造】请立即转账到以下账户", "grid_id": str(uuid7())})
    return event.nats_subject, event.to_bytes()


async def refused(nc, errors: list[str], subject: str, data: bytes = b"{}") -> bool:
    await nc.publish(subject, data)
    await nc.flush()
    await eventually(lambda: any("permissions violation" in e and subject.lower() in e
                                 for e in errors), timeout=3)
    return True


async def as_user(server, user: str):
    errors: list[str] = []

    async def on_error(exc):
        errors.append(str(exc).lower())

    nc = await nats_connect(server.url_as(user), error_cb=on_error)
    return nc, errors


async def test_nobody_without_a_password_gets_in(dev_nats):
    _, _, server = dev_nats
    for url in (server.url, f"nats://tickets:guessed@127.0.0.1:{server.port}",
                f"nats://city:@127.0.0.1:{server.port}"):
        with pytest.raises(nats.errors.Error, match="Authorization Violation"):
            await nats.connect(url, allow_reconnect=False, connect_timeout=2)


async def test_a_forged_ticket_is_refused_to_the_reader_and_to_other_services(dev_nats):
    _, _, server = dev_nats
    tickets = await nats_connect(server.url_as("tickets"))
    await streams.ensure(tickets.jetstream(), streams.service_stream(
        "tickets", Settings(service="tickets")))
    subject, body = forged()
    try:
        for user in (natsauth.READER, "city", "registry", "notifications"):
            nc, errors = await as_user(server, user)
            try:
                assert await refused(nc, errors, subject, body), user
                with pytest.raises(Exception):  # no JetStream ack either
                    await nc.jetstream(timeout=1).publish(subject, body)
            finally:
                await nc.close()
        info = await tickets.jetstream().stream_info("REDGRID_TICKETS")
        assert info.state.messages == 0  # nothing forged reached the stream
        # the tickets service itself publishes there, as its relay does
        ack = await tickets.jetstream().publish(subject, body)
        assert ack.stream == "REDGRID_TICKETS"
    finally:
        await tickets.close()


async def test_the_reader_reads_but_acknowledges_and_steals_nothing(dev_nats):
    _, _, server = dev_nats
    notifications = await nats_connect(server.url_as("notifications"))
    await notifications.jetstream().add_consumer("REDGRID_TICKETS", ConsumerConfig(
        durable_name="notifications-from-tickets", ack_policy=AckPolicy.EXPLICIT))
    await notifications.close()
    reader, errors = await as_user(server, natsauth.READER)
    try:
        js = reader.jetstream(timeout=2)
        sub = await js.pull_subscribe("redgrid.tickets.>", stream="REDGRID_TICKETS",
                                      config=ConsumerConfig(ack_policy=AckPolicy.NONE))
        (msg,) = await sub.fetch(1, timeout=2)
        assert json.loads(msg.data)["type"] == "redgrid.tickets.ticket.received.v1"
        for subject in ("$JS.ACK.REDGRID_TICKETS.notifications-from-tickets.1.1.1.1.0",
                        "$JS.API.CONSUMER.MSG.NEXT.REDGRID_TICKETS.notifications-from-tickets",
                        "$JS.API.CONSUMER.CREATE.REDGRID_TICKETS.notifications-from-tickets",
                        "$JS.API.CONSUMER.DURABLE.CREATE.REDGRID_TICKETS.x",
                        "$JS.API.CONSUMER.DELETE.REDGRID_TICKETS.notifications-from-tickets",
                        "$JS.API.STREAM.DELETE.REDGRID_TICKETS",
                        "$JS.API.STREAM.PURGE.REDGRID_TICKETS",
                        "$JS.API.STREAM.CREATE.FORGED"):
            assert await refused(reader, errors, subject), subject
    finally:
        await reader.close()


async def test_the_launcher_gives_each_service_its_own_user_and_keeps_passwords_private(
        dev_nats):
    dev, root, server = dev_nats
    kept = root / "nats-passwords.json"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert json.loads(kept.read_text()) == server.passwords
    assert launcher.nats_passwords(root) == server.passwords  # the same on the next start
    for name in ("registry", "tickets", "notifications"):
        env = launcher.service_env(dev, name, server)
        assert env["REDGRID_NATS_USER"] == name
        assert env["REDGRID_NATS_PASSWORD"] == server.passwords[name]
        settings = Settings(_env_file=None, **{k[8:].lower(): v for k, v in env.items()
                                               if k.startswith("REDGRID_NATS_")})
        nc = await streams.connect(settings, name)  # as the service connects
        try:
            assert nc.is_connected
        finally:
            await nc.close()
    # make dev's users are deploy/nats's, and only the tests' and make dev's reader besides
    local = natsauth.accounts(local=True)["accounts"]["REDGRID"]["users"]
    assert [u for u in local if u["user"] != natsauth.READER] == \
        natsauth.accounts()["accounts"]["REDGRID"]["users"]
    conf = server.conf_path.read_text()
    assert conf.endswith(natsauth.render_conf(local=True))
    assert not [p for p in server.passwords.values() if p in conf]  # they go by environment
