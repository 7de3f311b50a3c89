"""Logging in: a real OIDC provider (web/dev/oidc.mjs), its ID token traded at the registry for
a session token every service accepts; the person found by the link to the provider's subject,
or on a first login by the provider's verified phone; roles and org from configured claim paths
(Keycloak's shape) or from the registry's own records."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from uuid import UUID

import pytest

from redgrid.common import devstack
from redgrid.common.testing import oidc_login, run_service
from redgrid.registry.main import spec

from .conftest import create

pytestmark = pytest.mark.asyncio(loop_scope="session")
REDIRECT = "http://127.0.0.1:9/callback"  # never followed: the code is read from the redirect


@pytest.fixture(scope="module")
async def idp():
    users = Path(tempfile.mkdtemp(prefix="redgrid-oidc-")) / "users.json"
    users.write_text(json.dumps([
        {"username": "wangfang", "password": "网格-1", "sub": "kc-wangfang", "name": "王芳",
         "phone_number": "+86 138-0000-1111"},
        {"username": "stranger", "password": "x", "sub": "kc-stranger", "name": "路人",
         "phone_number": "13900009999"},
        {"username": "admin", "password": "y", "sub": "kc-admin", "name": "街道管理员",
         "roles": ["street_admin", "offline_access"], "org": "@street"},
    ], ensure_ascii=False))
    provider = devstack.OidcProvider(users, devstack.free_port(), [REDIRECT])
    provider.start()
    yield provider
    provider.stop()


@pytest.fixture(scope="module")
async def world(stack, clean_nats, idp):
    database = await stack.new_database()
    async with run_service(spec, stack, database, oidc_issuer=idp.issuer,
                           oidc_roles_claim="realm_access.roles",
                           oidc_org_claim="redgrid_org") as h:
        system = h.auth("system")
        street = await create(h, "/v1/orgs", {"kind": "street", "name": "大中街道党工委"}, system)
        community = await create(h, "/v1/orgs", {"kind": "community", "name": "育红社区党委",
                                                 "parent_id": street["id"]}, system)
        branch = await create(h, "/v1/orgs", {"kind": "grid_branch", "name": "育红第一网格党支部",
                                              "parent_id": community["id"]}, system)
        grid = await create(h, "/v1/grids", {"code": "YH-01", "name": "育红社区第1网格",
                                             "community_id": community["id"],
                                             "branch_id": branch["id"]}, system)
        worker = await create(h, "/v1/people", {"name": "王芳", "home_org_id": community["id"],
                                                "grid_id": grid["id"], "phone": "13800001111"},
                              system)
        r = await h.client.post(f"/v1/people/{worker['id']}/roles", headers=system, json={
            "role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
            "employment": "full_time"})
        assert r.status_code == 201, r.text
        admin = await create(h, "/v1/people", {"name": "街道管理员",
                                               "home_org_id": street["id"]}, system)
        users = json.loads(idp.users_file.read_text())
        users[2]["org"] = street["id"]  # the provider says which org the admin acts in
        idp.users_file.write_text(json.dumps(users, ensure_ascii=False))
        idp.stop()
        idp.start()
        yield {"h": h, "street": street, "branch": branch, "worker": worker, "admin": admin}


async def session(world, username: str, password: str, idp):
    tokens = await oidc_login(idp.issuer, username, password, REDIRECT)
    return await world["h"].client.post("/v1/session", json={"id_token": tokens["id_token"]})


async def test_a_grid_worker_logs_in_by_verified_phone_then_by_subject(world, idp):
    h = world["h"]
    r = await session(world, "wangfang", "网格-1", idp)
    assert r.status_code == 200, r.text
    s = r.json()
    assert s["person_id"] == world["worker"]["id"] and s["name"] == "王芳"
    assert s["roles"] == ["grid_worker"] and s["org_id"] == world["branch"]["id"]
    assert s["org_name"] == "育红第一网格党支部"  # the page names where they work
    me = await h.client.get(f"/v1/people/{s['person_id']}",
                            headers={"Authorization": f"Bearer {s['access_token']}"})
    assert me.status_code == 200, me.text  # the session token is a token every service takes
    async with h.runtime.pool.acquire() as conn:
        assert await conn.fetchval("SELECT idp_subject FROM people WHERE id = $1",
                                   UUID(s["person_id"])) == "kc-wangfang"
        await conn.execute("UPDATE people SET phone = NULL WHERE id = $1", UUID(s["person_id"]))
    again = await session(world, "wangfang", "网格-1", idp)  # now found by the link alone
    assert again.status_code == 200 and again.json()["person_id"] == s["person_id"]


async def test_roles_and_org_come_from_the_providers_claims_where_it_has_them(world, idp):
    h = world["h"]
    linked = await h.client.put(f"/v1/people/{world['admin']['id']}/login",
                                json={"idp_subject": "kc-admin"}, headers=h.auth("system"))
    assert linked.status_code == 204, linked.text
    r = await session(world, "admin", "y", idp)
    assert r.status_code == 200, r.text
    s = r.json()
    assert s["roles"] == ["street_admin"]  # offline_access is no Redgrid role: left out
    assert s["org_id"] == world["street"]["id"]
    orgs = await h.client.get("/v1/orgs", params={"root": world["street"]["id"]},
                              headers={"Authorization": f"Bearer {s['access_token']}"})
    assert orgs.status_code == 200 and len(orgs.json()["items"]) >= 3


async def test_a_person_the_registry_does_not_know_is_refused(world, idp):
    r = await session(world, "stranger", "x", idp)
    assert r.status_code == 403
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "尚未在红网格登记" in r.json()["detail"]


async def test_a_forged_or_foreign_id_token_is_refused(world, idp):
    from redgrid.common.auth import issue_token

    h = world["h"]
    ours = issue_token(h.settings, UUID(world["worker"]["id"]), ["street_admin"])
    r = await h.client.post("/v1/session", json={"id_token": ours})  # not the provider's key
    assert r.status_code == 401, r.text
    tokens = await oidc_login(idp.issuer, "wangfang", "网格-1", REDIRECT)
    head, body, sig = tokens["id_token"].split(".")
    r = await h.client.post("/v1/session", json={"id_token": f"{head}.{body}.{sig[::-1]}"})
    assert r.status_code == 401


async def test_a_wrong_password_gets_no_code(idp):
    with pytest.raises(AssertionError, match="login refused|no login form"):
        await oidc_login(idp.issuer, "wangfang", "wrong", REDIRECT)
