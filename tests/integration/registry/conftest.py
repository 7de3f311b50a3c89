"""A registry running in-process against the test stack, with a street to work in."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

import pytest

from redgrid.common.testing import Harness, run_service
from redgrid.registry.main import spec


@dataclass
class Street:
    street: UUID
    communities: list[UUID]
    h: Harness

    def system(self) -> dict:
        return self.h.auth("system")

    def admin(self, org: UUID, role: str = "community_admin") -> dict:
        return self.h.auth(role, org)


async def create(h: Harness, path: str, body: dict, headers: dict) -> dict:
    r = await h.client.post(path, json=body, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


@pytest.fixture(scope="module")
async def registry(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(spec, stack, database) as h:
        yield h


@pytest.fixture(scope="module")
async def street(registry) -> Street:
    """大中街道 with two communities, 育红 and 建西."""
    system = registry.auth("system")
    s = await create(registry, "/v1/orgs", {"kind": "street", "name": "大中街道党工委"}, system)
    communities = []
    for name in ("育红社区党委", "建西社区党委"):
        c = await create(registry, "/v1/orgs",
                         {"kind": "community", "name": name, "parent_id": s["id"]}, system)
        communities.append(UUID(c["id"]))
    return Street(UUID(s["id"]), communities, registry)
