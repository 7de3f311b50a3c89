"""The registry and the lists running in-process against the test stack, with a street to work in.

The registry is the real one: organisations and co-building units reach the lists through its
events. Tickets and matching are built in parallel: tests that need their events publish them
through JetStream themselves, shaped as docs/events.md says (see `publish`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from uuid import UUID

import pytest

from redgrid.common import streams
from redgrid.common.clock import ManualClock
from redgrid.common.events import EventKind
from redgrid.common.testing import Harness, eventually, nats_connect, run_service
from redgrid.lists.main import spec as lists_spec
from redgrid.registry.main import spec as registry_spec

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class World:
    registry: Harness
    lists: Harness
    clock: ManualClock
    street: UUID
    communities: list[UUID]  # 育红, 建西
    units: dict[str, UUID] = field(default_factory=dict)
    js: object = None

    def admin(self, community: UUID | None = None) -> dict:
        return self.lists.auth("community_admin", community or self.communities[0])

    def street_admin(self) -> dict:
        return self.lists.auth("street_admin", self.street)

    def unit(self, name_or_id: str | UUID) -> dict:
        unit_id = self.units.get(name_or_id, name_or_id)
        return self.lists.auth("unit", unit=unit_id)

    async def post(self, path: str, body: dict | None, headers: dict, expect: int = 201) -> dict:
        r = await self.lists.client.post(path, json=body, headers=headers)
        assert r.status_code == expect, r.text
        return r.json()

    async def get(self, path: str, headers: dict | None = None, expect: int = 200, **params):
        r = await self.lists.client.get(path, headers=headers, params=params)
        assert r.status_code == expect, r.text
        return r.json()

    async def add_units(self, names: list[str], communities: list[UUID]) -> list[UUID]:
        """Register units with the real registry and wait for the lists to know them."""
        system = self.registry.auth("system")
        made = []
        for name in names:
            r = await self.registry.client.post("/v1/units", headers=system, json={
                "name": name, "kind": "government", "org_id": str(self.street),
                "community_ids": [str(c) for c in communities]})
            assert r.status_code == 201, r.text
            self.units[name] = UUID(r.json()["id"])
            made.append(self.units[name])
        await self.known("units", made)
        return made

    async def known(self, table: str, ids: list[UUID]) -> None:
        async def all_there():
            async with self.lists.runtime.pool.acquire() as conn:
                return await conn.fetchval(f"SELECT count(*) FROM {table} WHERE id = ANY($1)",
                                           ids) == len(ids)

        await eventually(all_there, timeout=15)

    async def publish(self, service: str, entity: str, verb: str, data: dict) -> UUID:
        """Stand in for a service being built in parallel: its event, as documented."""
        event = EventKind(service, entity, verb).make(data["id"], data, at=self.clock.now())
        await self.js.publish(event.nats_subject, event.to_bytes(),
                              headers={"Nats-Msg-Id": str(event.id)})
        return event.id

    async def applied(self, *event_ids: UUID) -> None:
        """Wait until the lists' consumers have taken these events (their inbox holds them)."""
        async def all_in():
            return await self.count("SELECT count(*) FROM inbox WHERE event_id = ANY($1)",
                                    list(event_ids)) == len(event_ids)

        await eventually(all_in, timeout=15)

    async def count(self, sql: str, *args):
        async with self.lists.runtime.pool.acquire() as conn:
            return await conn.fetchval(sql, *args)


async def _post(h: Harness, path: str, body: dict, headers: dict) -> dict:
    r = await h.client.post(path, json=body, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


@pytest.fixture(scope="module")
async def world(stack, clean_nats):
    """大中街道 with 育红 and 建西, and three co-building units serving 育红."""
    database = await stack.new_database()
    nc = await nats_connect(stack.nats_url_as("admin"))
    clock = ManualClock(START)
    async with run_service(registry_spec, stack, database) as registry:
        js = nc.jetstream()
        for source in ("tickets", "matching"):  # the streams those services will own
            await streams.ensure(js, streams.service_stream(source, registry.settings))
        async with run_service(lists_spec, stack, database, clock=clock,
                               db_pool_max=10) as lists:
            system = registry.auth("system")
            street = await _post(registry, "/v1/orgs", {"kind": "street", "name": "大中街道党工委"},
                                 system)
            communities = [UUID((await _post(registry, "/v1/orgs", {
                "kind": "community", "name": name, "parent_id": street["id"]}, system))["id"])
                for name in ("育红社区党委", "建西社区党委")]
            w = World(registry, lists, clock, UUID(street["id"]), communities, js=js)
            await w.known("orgs", [w.street, *communities])
            await w.add_units(["大中社区卫生服务中心", "江苏工程学院", "大中派出所"],
                              [communities[0]])
            yield w
    await nc.close()
