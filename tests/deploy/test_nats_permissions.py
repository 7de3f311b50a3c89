"""NATS users and permissions (deploy/nats) against a real nats-server configured with the
committed accounts.conf: services work under their own users and can touch nothing else; the
city's read-only user reads events but never contact data, and publishes nothing."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import secrets
from pathlib import Path

import nats
import pytest
import yaml
from nats.js.api import ConsumerConfig
from pydantic import BaseModel, ConfigDict

from redgrid.common import devstack
from redgrid.common.consumer import BadEvent, Consumer
from redgrid.common.service import ServiceSpec, available_services, load_spec
from redgrid.common.settings import SERVICES
from redgrid.common.testing import Stack, eventually, run_service
from redgrid.registry import events as registry_events
from redgrid.registry.main import spec as registry_spec

from .support import DEPLOY, system_headers


def _load_permissions():
    spec = importlib.util.spec_from_file_location("redgrid_nats_permissions",
                                                  DEPLOY / "nats" / "permissions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


P = _load_permissions()
USERS = [*P.SERVICES, "city", "admin", "sys"]

# A stand-in for the tickets service: it consumes the registry's stream as tickets-from-registry,
# and an org named "坏" cannot be applied (so it goes to the dead-letter stream).
FROM_REGISTRY = Consumer("tickets", source="registry")


class Named(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str | None = None


@FROM_REGISTRY.on(*registry_events.ALL, data=Named)
async def _seen(conn, event, data: Named) -> None:
    if data.name == "坏":
        raise BadEvent("a stand-in refusal")
    await conn.execute("INSERT INTO seen (event_id, type) VALUES ($1, $2)", event.id, event.type)


STAND_IN = ServiceSpec(name="tickets", description="stand-in consumer (tests only)",
                       migrations=Path(__file__).parent / "stand_in_migrations",
                       consumers=[FROM_REGISTRY])


# --- the files --------------------------------------------------------------------------------

def test_generated_files_are_what_the_table_renders():
    for name, render in P.OUTPUTS.items():
        assert (DEPLOY / "nats" / name).read_text() == render(), (
            f"deploy/nats/{name} is stale: run python deploy/nats/permissions.py")


def test_helm_values_carry_the_same_users_for_a_three_node_jetstream_cluster():
    values = yaml.safe_load((DEPLOY / "nats" / "values.yaml").read_text())
    config = values["config"]
    assert config["cluster"] == {"enabled": True, "replicas": 3}
    assert config["jetstream"]["enabled"] and config["jetstream"]["fileStore"]["enabled"]
    assert config["jetstream"]["fileStore"]["pvc"]["enabled"]
    assert config["jetstream"]["merge"]["sync_interval"] == "always"

    def unwrap(value):
        if isinstance(value, dict):
            return {k: unwrap(v) for k, v in value.items()}
        if isinstance(value, list):
            return [unwrap(v) for v in value]
        if isinstance(value, str) and value.startswith("<< $"):
            return value[3:-3]
        return value

    assert unwrap(config["merge"]["accounts"]) == P.accounts()["accounts"]
    env = values["container"]["env"]
    for user in USERS:
        ref = env[P.password_variable(user)]["valueFrom"]["secretKeyRef"]
        assert ref == {"name": "redgrid-nats-users", "key": f"{user}-password"}


def test_every_service_has_a_user_and_every_consumer_it_declares_is_permitted():
    assert P.SERVICES == SERVICES
    for name in available_services():
        for consumer in load_spec(name).consumers:
            assert consumer.source in P.CONSUMES[name], (
                f"{consumer.durable} is not in deploy/nats/permissions.py CONSUMES")


def test_the_city_sees_every_registry_entity_but_contact():
    entities = {kind.entity for kind in registry_events.ALL}
    assert set(P.CITY_REGISTRY_ENTITIES) == entities - {"contact"}


# --- a real server ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def secured(tmp_path_factory):
    """nats-server with deploy/nats/accounts.conf; passwords from its environment."""
    passwords = {user: secrets.token_hex(12) for user in USERS}
    root = tmp_path_factory.mktemp("secured-nats")
    server = devstack.Nats(root / "js", devstack.free_port(), passwords=None,
                           extra_config=(DEPLOY / "nats" / "accounts.conf").read_text())
    with pytest.MonkeyPatch.context() as env:
        for user, password in passwords.items():
            env.setenv(P.password_variable(user), password)
        server.start()
    yield server, passwords
    server.stop()


class Client:
    """A connection as one user, collecting the server's permission errors."""

    def __init__(self, nc, errors):
        self.nc, self.errors = nc, errors
        self.js = nc.jetstream(timeout=2)

    async def refused(self, subject: str, payload: bytes = b"") -> bool:
        """Publishes and waits for the server to refuse it."""
        await self.nc.publish(subject, payload, reply=self.nc.new_inbox())
        await self.nc.flush()
        await eventually(lambda: any(subject.lower() in e for e in self.errors), timeout=3)
        return True

    async def refused_subscription(self, subject: str) -> bool:
        async def ignore(msg):
            pass

        await self.nc.subscribe(subject, cb=ignore)
        await self.nc.flush()
        await eventually(lambda: any("subscription" in e and subject.lower() in e
                                     for e in self.errors), timeout=3)
        return True


async def connect(server, passwords, user: str) -> Client:
    errors: list[str] = []

    async def on_error(exc):
        errors.append(str(exc).lower())

    nc = await nats.connect(server.url, user=user, password=passwords[user],
                            inbox_prefix=P.inbox(user), error_cb=on_error)
    return Client(nc, errors)


@pytest.fixture(scope="module")
async def running(stack, secured):
    """The registry and the stand-in consumer, each under its own user, on the secured server."""
    server, passwords = secured
    secured_stack = Stack(stack.admin_url, server.url)
    database = await stack.new_database()
    async with run_service(registry_spec, secured_stack, database, nats_user="registry",
                           nats_password=passwords["registry"]) as registry:
        async with run_service(STAND_IN, secured_stack, database, nats_user="tickets",
                               nats_password=passwords["tickets"], consumer_max_tries=1) as tickets:
            yield registry, tickets


async def test_services_publish_consume_and_dead_letter_under_their_own_users(running, secured):
    registry, tickets = running
    system = system_headers()
    good = (await registry.client.post("/v1/orgs", json={"kind": "street", "name": "大中街道"},
                                       headers=system)).json()
    bad = (await registry.client.post("/v1/orgs", json={"kind": "street", "name": "坏"},
                                      headers=system)).json()

    async def seen():
        async with tickets.runtime.pool.acquire() as conn:
            return await conn.fetchval(
                "SELECT count(*) FROM seen WHERE type = 'redgrid.registry.org.created.v1'") == 1

    await eventually(seen)
    server, passwords = secured
    admin = await connect(server, passwords, "admin")
    try:
        async def dead_letter():
            try:
                return await admin.js.get_last_msg("REDGRID_DLQ",
                                                   "redgrid.dlq.tickets-from-registry")
            except nats.js.errors.NotFoundError:
                return None

        dlq = await eventually(dead_letter)
        assert json.loads(dlq.data)["data"]["id"] == bad["id"]
        registry_stream = await admin.js.stream_info("REDGRID_REGISTRY")
        assert registry_stream.state.messages == 2
        durable = await admin.js.consumer_info("REDGRID_REGISTRY", "tickets-from-registry")
        assert durable.num_ack_pending == 0 and durable.num_pending == 0
        # and what `redgrid dlq replay` sends back, it reads through its own replay consumer
        replays = await admin.js.consumer_info("REDGRID_DLQ", "tickets-from-registry-replay")
        assert replays.config.filter_subject == "redgrid.replay.tickets-from-registry"
    finally:
        await admin.nc.close()
    assert good["id"] != bad["id"]


async def test_a_service_cannot_touch_another_services_subjects(running, secured):
    server, passwords = secured
    tickets = await connect(server, passwords, "tickets")
    try:
        assert await tickets.refused("redgrid.registry.org.created", b"{}")
        assert await tickets.refused("redgrid.dlq.notifications-from-registry")
        # another service's durable consumer: neither created, nor read, nor acknowledged
        for subject in ("$JS.API.CONSUMER.DURABLE.CREATE.REDGRID_REGISTRY."
                        "notifications-from-registry",
                        "$JS.API.CONSUMER.CREATE.REDGRID_REGISTRY.tickets-copy.redgrid.registry.>",
                        "$JS.API.CONSUMER.MSG.NEXT.REDGRID_REGISTRY.notifications-from-registry",
                        "$JS.ACK.REDGRID_REGISTRY.notifications-from-registry.1.1.1.1.0",
                        "$JS.API.STREAM.DELETE.REDGRID_REGISTRY",
                        "$JS.API.STREAM.PURGE.REDGRID_REGISTRY",
                        "$JS.API.STREAM.CREATE.REDGRID_MATCHING",
                        "$JS.API.STREAM.MSG.GET.REDGRID_REGISTRY",
                        # its replay consumer only with its own replays as the filter
                        "$JS.API.CONSUMER.DURABLE.CREATE.REDGRID_DLQ.tickets-from-registry-replay",
                        "$JS.API.CONSUMER.CREATE.REDGRID_DLQ.tickets-from-registry-replay."
                        "redgrid.dlq.>",
                        "$JS.API.CONSUMER.CREATE.REDGRID_DLQ.notifications-from-registry-replay."
                        "redgrid.replay.notifications-from-registry",
                        "$JS.API.STREAM.MSG.GET.REDGRID_DLQ"):
            assert await tickets.refused(subject, b"{}")
        assert await tickets.refused_subscription("_INBOX.>")
        assert await tickets.refused_subscription("redgrid.registry.>")
        # while its own stream is its own
        ack = await tickets.js.publish("redgrid.tickets.ticket.received", b"{}")
        assert ack.stream == "REDGRID_TICKETS"
    finally:
        await tickets.nc.close()


async def test_the_city_reads_events_but_never_contact_data_and_publishes_nothing(running,
                                                                                  secured):
    registry, _ = running
    server, passwords = secured
    city = await connect(server, passwords, "city")
    live: list[str] = []

    async def on_live(msg):
        live.append(msg.subject)

    try:
        await city.nc.subscribe("redgrid.>", cb=on_live)
        await city.nc.flush()
        system = system_headers()
        street = (await registry.client.get("/v1/orgs?kind=street", headers=system)).json()
        org_id = street["items"][0]["id"]
        r = await registry.client.post("/v1/people", headers=system, json={
            "name": "林静", "home_org_id": org_id, "phone": "13800001111"})
        assert r.status_code == 201, r.text
        await eventually(lambda: "redgrid.registry.person.registered" in live)

        # through its own named consumer, filtered on an entity: org events, nothing else
        await city.js.add_consumer("REDGRID_REGISTRY", ConsumerConfig(
            name="city-hotline", durable_name="city-hotline",
            filter_subject="redgrid.registry.org.>"))
        sub = await city.js.pull_subscribe_bind("city-hotline", "REDGRID_REGISTRY")
        msgs = await sub.fetch(10, timeout=2)
        assert {m.subject for m in msgs} == {"redgrid.registry.org.created"}
        for m in msgs:
            await m.ack()
        await city.nc.flush()
        assert not city.errors

        # never contact: no consumer that could see it, no direct reads of the stream
        for subject in (
            "$JS.API.CONSUMER.CREATE.REDGRID_REGISTRY.city-hotline.redgrid.registry.>",
            "$JS.API.CONSUMER.CREATE.REDGRID_REGISTRY.city-hotline.redgrid.registry.contact.>",
            "$JS.API.CONSUMER.CREATE.REDGRID_REGISTRY.city-hotline.redgrid.registry.*.changed",
            "$JS.API.CONSUMER.CREATE.REDGRID_REGISTRY.city-hotline",
            "$JS.API.CONSUMER.DURABLE.CREATE.REDGRID_REGISTRY.city-hotline",
            "$JS.API.CONSUMER.CREATE.REDGRID_REGISTRY",
            "$JS.API.CONSUMER.MSG.NEXT.REDGRID_REGISTRY.tickets-from-registry",
            "$JS.API.STREAM.MSG.GET.REDGRID_REGISTRY",
            "$JS.API.DIRECT.GET.REDGRID_REGISTRY.redgrid.registry.contact.changed",
            "$JS.API.STREAM.INFO.REDGRID_DLQ",
            "$JS.API.CONSUMER.CREATE.REDGRID_DLQ.city-hotline",
        ):
            assert await city.refused(subject, b"{}")
        # a request whose subject names an allowed filter but whose body asks for another
        for config in ({"filter_subject": "redgrid.registry.contact.>"},
                       {"filter_subjects": ["redgrid.registry.contact.>"]}, {}):
            body = {"stream_name": "REDGRID_REGISTRY",
                    "config": {"name": "city-bigdata", "durable_name": "city-bigdata",
                               "ack_policy": "explicit", **config}}
            answer = await city.nc.request(
                "$JS.API.CONSUMER.CREATE.REDGRID_REGISTRY.city-bigdata.redgrid.registry.org.>",
                json.dumps(body).encode(), timeout=2)
            assert json.loads(answer.data)["error"]["code"] == 400
        assert await city.refused_subscription("redgrid.registry.contact.>")
        assert await city.refused_subscription("_INBOX.>")
        assert await city.refused_subscription("redgrid.dlq.>")
        # the live feed had the person but not the contact event
        await asyncio.sleep(0.5)
        assert "redgrid.registry.person.registered" in live
        assert not any(s.startswith("redgrid.registry.contact") for s in live)

        # publishes nothing: no event, no stream
        assert await city.refused("redgrid.registry.org.created", b"{}")
        assert await city.refused("redgrid.tickets.ticket.received", b"{}")
        assert await city.refused("$JS.API.STREAM.CREATE.CITY", b"{}")
        assert await city.refused("$JS.API.STREAM.DELETE.REDGRID_REGISTRY", b"{}")
    finally:
        await city.nc.close()
