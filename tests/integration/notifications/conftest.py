"""The registry and the notifications service in one test database, with a fake SMTP server,
an SMS provider and webhook receivers; tickets, matching and lists events are published here
into their streams exactly as docs/events.md describes them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import pytest
import trustme

from redgrid.common import streams
from redgrid.common.clock import ManualClock
from redgrid.common.devstack import free_port
from redgrid.common.events import CloudEvent, EventKind
from redgrid.common.ids import uuid7
from redgrid.common.testing import Harness, eventually, nats_connect, run_service
from redgrid.notifications.main import spec as notifications_spec
from redgrid.notifications.senders.destinations import destinations_of
from redgrid.registry.main import spec as registry_spec

from .fakes import Mailbox, Names, Receiver, serve, smtp_server

# 10:00 in Beijing on a working day: daytime, no quiet hours.
MORNING = datetime(2026, 5, 12, 2, 0, tzinfo=UTC)
SMS_KEY = "test-sms-key"


def settings_for(smtp_port: int, sms: Receiver, receiver_ports: list[int] = (),
                 ca_file: str | None = None) -> dict:
    return dict(
        smtp_host="127.0.0.1", smtp_port=smtp_port, smtp_from="红网格 <noreply@redgrid.test>",
        sms_url=sms.url("/sms"), sms_key=SMS_KEY,
        delivery_poll_seconds=0.1, delivery_max_attempts=3, delivery_backoff_seconds=60,
        webhook_poll_seconds=0.1, webhook_max_attempts=3, webhook_backoff_seconds=60,
        webhook_probe_seconds=3600, webhook_timeout=2,
        # the receivers listen on 127.0.0.1: those ports only, and http as make dev allows it
        webhook_allow_http=True,
        webhook_internal_allowed=[f"127.0.0.1:{port}" for port in receiver_ports],
        webhook_ca_file=ca_file,
        db_pool_max=10,
    )


@dataclass
class City:
    """A street with a community, a grid branch and a grid, and the people a matter concerns."""

    registry: Harness
    notifications: Harness
    clock: ManualClock
    mailbox: Mailbox
    sms: Receiver
    js: Any
    names: Names  # the webhook worker's DNS
    ca: Any  # the CA that signs the https receivers' certificates
    receiver_ports: list[int] = field(default_factory=list)  # webhooks may reach these
    street: UUID = None
    community: UUID = None
    branch: UUID = None
    grid: UUID = None
    people: dict[str, UUID] = field(default_factory=dict)
    unit: UUID = None

    def receiver(self, **options) -> Receiver:
        """A webhook receiver on one of the ports the service may reach; `https_name=` makes
        it an https one reached by that name (which the service's DNS resolves to it)."""
        name = options.pop("https_name", None)
        if name:
            self.names.answer(name, ["127.0.0.1"])
            options.update(name=name, tls=self.ca.issue_cert(name))
        return Receiver(port=self.receiver_ports.pop(), **options)

    def auth(self, role: str, person: str | UUID | None = None, org: UUID | None = None,
             unit: UUID | None = None) -> dict:
        person_id = self.people[person] if isinstance(person, str) else person
        return self.notifications.auth(role, org=org, person=person_id, unit=unit)

    async def publish(self, service: str, entity: str, verb: str, data: dict,
                      msg_id: str | None = None, event: CloudEvent | None = None) -> CloudEvent:
        """A JetStream publish with Nats-Msg-Id, as the other services' relays do."""
        event = event or EventKind(service, entity, verb).make(data.get("id"), data)
        ack = await self.js.publish(event.nats_subject, event.to_bytes(),
                                    headers={"Nats-Msg-Id": msg_id or str(event.id)})
        assert ack.stream == f"REDGRID_{service.upper()}"
        return event

    def ticket(self, **changes) -> dict:
        """A ticket snapshot with every documented field."""
        now = self.clock.now()
        data = {
            "id": str(uuid7()), "number": "DZ-2026-000123", "version": 3,
            "status": "dispatched", "channel": "online", "appeal_kind": "help",
            "category": "road_repair", "title": "文都路人行道地砖松动",
            "grid_id": str(self.grid), "community_id": str(self.community),
            "street_id": str(self.street), "org_id": str(self.branch),
            "org_path": [str(self.street), str(self.community), str(self.branch)],
            "level": "grid", "department": None, "assignee_id": None,
            "reporter_person_id": str(self.people["resident"]),
            "due_at": (now + timedelta(days=2)).isoformat(), "escalation_level": 0,
            "external_ref": None, "location": {"lat": 33.2, "lng": 120.46},
            "occurred_at": now.isoformat(), "updated_at": now.isoformat(),
            "step": {"by": str(uuid7()), "reason": None, "note": None},
        }
        data.update(changes)
        return data

    def order(self, **changes) -> dict:
        now = self.clock.now()
        data = {
            "id": str(uuid7()), "version": 2, "status": "dispatched",
            "service_type": "elderly_care", "title": "陪同独居老人就医", "urgency": "normal",
            "community_id": str(self.community), "grid_id": str(self.grid),
            "org_path": [str(self.street), str(self.community)],
            "resident_person_id": str(self.people["resident"]),
            "assignee_person_id": str(self.people["member"]), "assignee_team_id": None,
            "branch_id": str(self.branch),
            "window_start": (now + timedelta(days=1)).isoformat(),
            "window_end": (now + timedelta(days=1, hours=2)).isoformat(),
            "source_ticket_id": None, "rating": None, "hours": None,
            "updated_at": now.isoformat(), "step": {"by": None, "reason": None, "note": None},
        }
        data.update(changes)
        return data

    async def count(self, sql: str, *args) -> int:
        async with self.notifications.runtime.pool.acquire() as conn:
            return await conn.fetchval(sql, *args)


async def post(h: Harness, path: str, body: dict, headers: dict) -> dict:
    r = await h.client.post(path, json=body, headers=headers)
    assert r.status_code in (200, 201), r.text
    return r.json()


async def person(h: Harness, system: dict, community: UUID, name: str, grid: UUID | None = None,
                 phone: str | None = None, email: str | None = None) -> UUID:
    body = {"name": name, "home_org_id": str(community)}
    if grid:
        body["grid_id"] = str(grid)
    if phone:
        body["phone"] = phone
    if email:
        body["email"] = email
    return UUID((await post(h, "/v1/people", body, system))["id"])


async def build_city(registry: Harness) -> dict:
    system = registry.auth("system")
    street = await post(registry, "/v1/orgs", {"kind": "street", "name": "大中街道党工委"}, system)
    community = await post(registry, "/v1/orgs", {"kind": "community", "name": "育红社区党委",
                                                  "parent_id": street["id"]}, system)
    branch = await post(registry, "/v1/orgs", {"kind": "grid_branch", "name": "育红第一网格党支部",
                                               "parent_id": community["id"]}, system)
    grid = await post(registry, "/v1/grids", {"code": "DZ-01-01", "name": "育红社区第1网格",
                                              "community_id": community["id"],
                                              "branch_id": branch["id"]}, system)
    c, g = UUID(community["id"]), UUID(grid["id"])
    people = {
        "worker": await person(registry, system, c, "曹龙池", g, "13800000001", "cao@grid.test"),
        "rider": await person(registry, system, c, "王芳", g, "13800000002"),
        "secretary": await person(registry, system, c, "束方兵", g, "13800000003",
                                  "shu@grid.test"),
        "community_secretary": await person(registry, system, c, "李敏", None, "13800000004"),
        "resident": await person(registry, system, c, "朱军", g, "13900000005",
                                 "zhu@home.test"),
        "member": await person(registry, system, c, "陈杰", g, "13900000006"),
        "other_worker": await person(registry, system, c, "刘洋", None, "13800000007"),
    }
    roles = [
        ("worker", {"role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
                    "employment": "full_time"}),
        ("rider", {"role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
                   "employment": "part_time", "part_time_kind": "delivery_rider"}),
        ("secretary", {"role": "branch_secretary", "org_id": branch["id"]}),
        ("community_secretary", {"role": "branch_secretary", "org_id": community["id"]}),
    ]
    for who, role in roles:
        await post(registry, f"/v1/people/{people[who]}/roles", role, system)
    unit = await post(registry, "/v1/units", {"name": "江苏工程学院", "kind": "school",
                                              "org_id": street["id"],
                                              "community_ids": [community["id"]]}, system)
    return dict(street=UUID(street["id"]), community=c, branch=UUID(branch["id"]), grid=g,
                people=people, unit=UUID(unit["id"]))


@pytest.fixture(scope="module")
async def city(stack, clean_nats, tmp_path_factory):
    database = await stack.new_database()
    clock = ManualClock(MORNING)
    sms = Receiver()
    await sms.start()
    nc = await nats_connect(stack.nats_url_as("admin"))  # tickets', matching's and lists' part
    js = nc.jetstream()
    ca = trustme.CA()
    ca_file = tmp_path_factory.mktemp("webhook-ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    ports = [free_port() for _ in range(8)]
    async with smtp_server() as (mailbox, smtp_port), \
            run_service(registry_spec, stack, database) as registry:
        # The streams of the services being built elsewhere, as their runtimes would make them.
        for service in ("tickets", "matching", "lists"):
            await streams.ensure(js, streams.service_stream(service, registry.settings))
        async with serve(notifications_spec, stack, database, clock=clock,
                         **settings_for(smtp_port, sms, ports, str(ca_file))) as notifications:
            names = Names()
            destinations_of(notifications.runtime).resolve = names
            c = City(registry, notifications, clock, mailbox, sms, js, names, ca, ports,
                     **await build_city(registry))

            async def known():  # the read models have caught up with the registry
                return (await c.count("SELECT count(*) FROM person_roles") == 4
                        and await c.count("SELECT count(*) FROM contacts") == 7)

            await eventually(known, timeout=20)
            yield c
    await sms.stop()
    await nc.close()
