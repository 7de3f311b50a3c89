"""The registry over HTTP: events reach NATS as CloudEvents; scopes hold; bad input changes
nothing."""

from __future__ import annotations

from uuid import UUID

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, stream_messages

from .conftest import create

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_grid_created_reaches_nats_as_cloudevent(street):
    h = street.h
    community = street.communities[0]
    grid = await create(h, "/v1/grids", {"code": "YH-01", "name": "育红第一网格",
                                         "community_id": str(community)},
                        street.admin(community))

    async def published():
        msgs = await stream_messages(h.reader_url, "REDGRID_REGISTRY",
                                     "redgrid.registry.grid.created")
        return [m for m in msgs if CloudEvent.from_bytes(m.data).subject == grid["id"]]

    (msg,) = await eventually(published)
    event = CloudEvent.from_bytes(msg.data)
    assert msg.headers["Nats-Msg-Id"] == str(event.id)
    assert event.type == "redgrid.registry.grid.created.v1"
    assert event.source == "/redgrid/registry"
    assert event.data["code"] == "YH-01"
    assert UUID(event.data["org_path"][-1]) == community
    assert event.data["version"] == 1


async def test_community_admin_sees_nothing_of_another_community(street):
    h = street.h
    mine, theirs = street.communities
    other_grid = await create(h, "/v1/grids", {"code": "JX-01", "name": "建西第一网格",
                                               "community_id": str(theirs)}, street.admin(theirs))
    person = await create(h, "/v1/people", {"name": "王芳", "home_org_id": str(theirs),
                                            "phone": "13812345678"}, street.admin(theirs))
    me = street.admin(mine)
    for path in (f"/v1/grids/{other_grid['id']}", f"/v1/orgs/{theirs}",
                 f"/v1/people/{person['id']}", f"/v1/people/{person['id']}/contact",
                 f"/v1/orgs/{theirs}/figures"):
        r = await h.client.get(path, headers=me)
        assert r.status_code == 404, (path, r.text)
        assert r.headers["content-type"] == "application/problem+json"
    r = await h.client.patch(f"/v1/grids/{other_grid['id']}", json={"name": "mine now"},
                             headers=me)
    assert r.status_code == 404
    grids = (await h.client.get("/v1/grids?limit=200", headers=me)).json()["items"]
    assert other_grid["id"] not in {g["id"] for g in grids}
    people = (await h.client.get("/v1/people?limit=200", headers=me)).json()["items"]
    assert person["id"] not in {p["id"] for p in people}
    orgs = (await h.client.get("/v1/orgs?limit=200", headers=me)).json()["items"]
    assert {o["id"] for o in orgs} == {str(mine)}
    # while the street sees both
    street_admin = street.admin(street.street, "street_admin")
    r = await h.client.get(f"/v1/grids/{other_grid['id']}", headers=street_admin)
    assert r.status_code == 200


async def counts(h) -> tuple[int, int, int]:
    async with h.runtime.pool.acquire() as conn:
        return (await conn.fetchval("SELECT count(*) FROM grids"),
                await conn.fetchval("SELECT count(*) FROM outbox"),
                await conn.fetchval("SELECT count(*) FROM orgs"))


@pytest.mark.parametrize("path,body,status", [
    ("/v1/grids", {"code": "X-1", "name": "x", "community_id": "not-a-uuid"}, 422),
    ("/v1/grids", {"code": "X-1", "name": "x", "status": "retired", "community_id": None}, 422),
    ("/v1/grids", {"code": "bad code!", "name": "x"}, 422),
    ("/v1/orgs", {"kind": "street", "name": "x", "parent_id": None, "org_id": "mass-assign"}, 422),
    ("/v1/orgs", {"kind": "planet", "name": "x"}, 422),
])
async def test_bad_input_gets_problem_json_and_changes_nothing(street, path, body, status):
    h = street.h
    before = await counts(h)
    r = await h.client.post(path, json=body, headers=street.system())
    assert r.status_code == status
    problem = r.json()
    assert r.headers["content-type"] == "application/problem+json"
    assert problem["type"].startswith("https://redgrid.dev/problems/")
    assert problem["status"] == status and problem["errors"]
    assert await counts(h) == before


async def test_rule_violations_are_clear_and_change_nothing(street):
    h = street.h
    before = await counts(h)
    community = street.communities[0]
    body = {"kind": "community", "name": "社区下的社区", "parent_id": str(community)}
    r = await h.client.post("/v1/orgs", json=body, headers=street.system())
    assert r.status_code == 422
    assert r.json()["detail"] == "社区党委（党总支）不能设在社区党委（党总支）之下"
    r = await h.client.post("/v1/orgs", json=body,
                            headers=street.system() | {"Accept-Language": "en"})
    assert r.status_code == 422 and "cannot sit under" in r.json()["detail"]
    r = await h.client.post("/v1/orgs", json={"kind": "street", "name": "x",
                                              "parent_id": str(street.street)},
                            headers=street.admin(community))
    assert r.status_code == 404  # the street lies outside a community admin's scope
    r = await h.client.post("/v1/grids", json={"code": "YH-01", "name": "dup",
                                               "community_id": str(community)},
                            headers=street.admin(community))
    assert r.status_code in (409, 201)
    if r.status_code == 201:  # first time this module made YH-01: make the duplicate now
        r = await h.client.post("/v1/grids", json={"code": "YH-01", "name": "dup",
                                                   "community_id": str(community)},
                                headers=street.admin(community))
        assert r.status_code == 409
        before = await counts(h)
    assert r.json()["type"].endswith("/conflict")
    assert await counts(h) == before


async def test_residents_and_volunteers_read_no_registry_lists(street):
    h = street.h
    for role in ("resident", "volunteer", "party_member"):
        r = await h.client.get("/v1/grids", headers=h.auth(role))
        assert r.status_code == 403
        assert r.json()["status"] == 403
    r = await h.client.get("/v1/grids")
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"


async def test_request_id_travels_into_the_event_as_correlation_id(street):
    h = street.h
    community = street.communities[0]
    r = await h.client.post("/v1/grids", json={"code": "CORR-1", "name": "关联",
                                               "community_id": str(community)},
                            headers={**street.admin(community), "X-Request-ID": "req-12345"})
    assert r.status_code == 201 and r.headers["x-request-id"] == "req-12345"

    async def published():
        msgs = await stream_messages(h.reader_url, "REDGRID_REGISTRY",
                                     "redgrid.registry.grid.created")
        return [CloudEvent.from_bytes(m.data) for m in msgs
                if CloudEvent.from_bytes(m.data).subject == r.json()["id"]]

    (event,) = await eventually(published)
    assert event.correlationid == "req-12345"
