"""A service that follows the registry: orgs, grids and people arrive through events, moves
rewrite paths, and an older snapshot never overwrites a newer one."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest

from redgrid.common import migrate, orgtree, readmodels
from redgrid.common.consumer import Consumer
from redgrid.common.service import ServiceSpec
from redgrid.common.testing import eventually, run_service
from redgrid.registry.main import spec as registry_spec

pytestmark = pytest.mark.asyncio(loop_scope="session")

FROM_REGISTRY = Consumer("follower", source="registry")
orgtree.follow_orgs(FROM_REGISTRY)
readmodels.follow_grids(FROM_REGISTRY)
readmodels.follow_people(FROM_REGISTRY)
FOLLOWER = ServiceSpec(
    name="follower", description="follows the registry (tests only)",
    migrations=Path(__file__).parent / "follower_migrations",
    modules=(migrate.ORG_READ_MODEL, migrate.GRID_READ_MODEL, migrate.PEOPLE_READ_MODEL),
    consumers=[FROM_REGISTRY],
)


@pytest.fixture(scope="module")
async def both(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(registry_spec, stack, database) as registry:
        async with run_service(FOLLOWER, stack, database) as follower:
            yield registry, follower


async def post(h, path, body, headers):
    r = await h.client.post(path, json=body, headers=headers)
    assert r.status_code in (200, 201), r.text
    return r.json()


async def test_orgs_grids_and_people_reach_the_follower(both):
    registry, follower = both
    system = registry.auth("system")
    street = await post(registry, "/v1/orgs", {"kind": "street", "name": "蕉北街道"}, system)
    a = await post(registry, "/v1/orgs", {"kind": "community", "name": "鹤峰社区",
                                          "parent_id": street["id"]}, system)
    b = await post(registry, "/v1/orgs", {"kind": "community", "name": "崇文社区",
                                          "parent_id": street["id"]}, system)
    branch = await post(registry, "/v1/orgs", {"kind": "grid_branch", "name": "鹤峰网格党支部",
                                               "parent_id": a["id"]}, system)
    square = [[119.52, 26.66], [119.53, 26.66], [119.53, 26.67], [119.52, 26.67]]
    grid = await post(registry, "/v1/grids", {
        "code": "JB-1", "name": "鹤峰网格", "community_id": a["id"], "branch_id": branch["id"],
        "area": square, "address_keys": ["鹤峰路"]}, system)
    worker = await post(registry, "/v1/people", {"name": "林静", "home_org_id": a["id"],
                                                 "grid_id": grid["id"], "skills": ["mediation"]},
                        system)
    await post(registry, f"/v1/people/{worker['id']}/roles", {
        "role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
        "employment": "full_time"}, system)

    pool = follower.runtime.pool

    async def worker_known():
        async with pool.acquire() as conn:
            return await conn.fetchrow(
                "SELECT p.name, r.role, r.employment FROM person_roles r JOIN people p "
                "ON p.id = r.person_id WHERE r.grid_id = $1", UUID(grid["id"]))

    row = await eventually(worker_known)
    assert (row["name"], row["role"], row["employment"]) == ("林静", "grid_worker", "full_time")
    async with pool.acquire() as conn:
        hit = await readmodels.locate_grid(conn, 26.665, 119.525, None)
        assert hit["id"] == UUID(grid["id"])
        hit = await readmodels.locate_grid(conn, None, None, "蕉北街道鹤峰路8号")
        assert hit["code"] == "JB-1"
        columns = {r["attname"] for r in await conn.fetch(
            "SELECT attname FROM pg_attribute WHERE attrelid = 'people'::regclass")}
        assert not columns & {"phone", "email", "address"}  # no contact data travels here

    # the branch moves to community b: the follower's org paths follow
    await post(registry, f"/v1/orgs/{branch['id']}/move", {"parent_id": b["id"]}, system)

    async def moved():
        async with pool.acquire() as conn:
            path = await conn.fetchval("SELECT path FROM orgs WHERE id = $1", UUID(branch["id"]))
            return path == f"/{UUID(street['id']).hex}/{UUID(b['id']).hex}/{UUID(branch['id']).hex}/"

    await eventually(moved)


async def test_an_older_snapshot_does_not_overwrite_a_newer_one(both):
    registry, follower = both
    pool = follower.runtime.pool
    async with pool.acquire() as conn:
        person = await conn.fetchrow("SELECT id, version, skills FROM people LIMIT 1")
    system = registry.auth("system")
    r = await registry.client.patch(f"/v1/people/{person['id']}", headers=system,
                                    json={"skills": ["课业辅导"]})
    assert r.status_code == 200

    async def updated():
        async with pool.acquire() as conn:
            return await conn.fetchval("SELECT skills FROM people WHERE id = $1",
                                       person["id"]) == ["课业辅导"]

    await eventually(updated)
    from redgrid.common.events import EventKind

    stale = EventKind("registry", "person", "updated").make(person["id"], {
        "id": str(person["id"]), "name": "stale", "home_org_id": str(person["id"]),
        "org_path": [str(person["id"])], "skills": ["stale"], "version": person["version"]})
    async with pool.acquire() as conn, conn.transaction():
        await readmodels.apply_person(conn, readmodels.PersonSeen.model_validate(stale.data))
        assert await conn.fetchval("SELECT skills FROM people WHERE id = $1",
                                   person["id"]) == ["课业辅导"]
