"""A browser's view of a service: reached through one origin at /api/<service>/… (the Ingress,
or make dev's web server, forwards the path as it is), and, for a frontend team's own dev
server, CORS from a configured allow-list only."""

from __future__ import annotations

import pytest

from redgrid.common.testing import run_service, serve_http
from redgrid.registry.main import spec

pytestmark = pytest.mark.asyncio(loop_scope="session")
ALLOWED = "http://localhost:3000"


@pytest.fixture(scope="module")
async def registry(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(spec, stack, database, cors_origins=[ALLOWED]) as h:
        yield h


def preflight(origin: str) -> dict:
    return {"Origin": origin, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type"}


async def test_a_preflight_from_an_allowed_origin_passes(registry):
    r = await registry.client.options("/v1/people", headers=preflight(ALLOWED))
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == ALLOWED
    assert r.headers["access-control-allow-credentials"] == "true"
    assert "POST" in r.headers["access-control-allow-methods"]
    assert "authorization" in r.headers["access-control-allow-headers"].lower()
    r = await registry.client.get("/v1/places/nearby", params={"lat": 33.2, "lng": 120.46},
                                  headers={"Origin": ALLOWED})
    assert r.headers["access-control-allow-origin"] == ALLOWED


async def test_a_preflight_from_another_origin_is_refused(registry):
    r = await registry.client.options("/v1/people", headers=preflight("https://evil.example"))
    assert r.status_code == 400
    assert "access-control-allow-origin" not in r.headers
    r = await registry.client.get("/v1/places/nearby", params={"lat": 33.2, "lng": 120.46},
                                  headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


async def test_without_an_allow_list_no_origin_gets_cors(stack):
    database = await stack.new_database()
    async with run_service(spec, stack, database) as h:
        r = await h.client.options("/v1/people", headers=preflight(ALLOWED))
        assert "access-control-allow-origin" not in r.headers


async def test_one_origin_paths_reach_the_service_and_its_documents(stack):
    """Served as `redgrid run` serves it (server_config) with root_path /api/registry, behind a
    proxy that strips the prefix (the Ingress, make dev's web server): the service answers the
    stripped paths, and its documents name the prefixed ones, so that /docs works in the
    browser and a generated client calls the right URLs."""
    database = await stack.new_database()
    async with serve_http(spec, stack, database, root_path="/api/registry") as h:
        doc = (await h.client.get("/openapi.json")).json()
        assert doc["servers"] == [{"url": "/api/registry"}]
        r = await h.client.get("/v1/places/nearby", params={"lat": 33.2, "lng": 120.46})
        assert r.status_code == 200, r.text
        docs = await h.client.get("/docs")
        assert "/api/registry/openapi.json" in docs.text
