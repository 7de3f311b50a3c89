"""Operations that take no token are rate-limited per client: 429 problem+json in Chinese with
Retry-After (Open311 in its own error format); a client is its api_key or its IP, the latter
from X-Forwarded-For only behind a trusted proxy; staff tokens are never limited, and
operations that take a token are not limited at all."""

from __future__ import annotations

import itertools

import pytest

from redgrid.common.ids import uuid7
from redgrid.lists.main import spec as lists_spec
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.main import spec as tickets_spec

pytestmark = pytest.mark.asyncio(loop_scope="session")
READS, WRITES = 5, 2  # a minute each
LIMITS = dict(rate_limit_enabled=True, rate_limit_reads_per_minute=READS,
              rate_limit_writes_per_minute=WRITES)
# The test client's connection comes from 127.0.0.1: as a trusted proxy, its X-Forwarded-For
# names the client.
BEHIND_PROXY = dict(LIMITS, trusted_proxies=["127.0.0.1/32"])
_hosts = itertools.count(1)

# every operation that takes no token, one way to call it
OPEN = [
    ("registry", "GET", "/v1/places", {}),
    ("registry", "GET", "/v1/places/nearby", {"lat": 33.2, "lng": 120.46}),
    ("registry", "GET", "/v1/session/config", {}),
    ("tickets", "GET", "/v1/categories", {}),
    ("tickets", "GET", "/public/v1/notices", {}),
    ("tickets", "GET", "/public/v1/notices/DZ-2026-000001", {}),
    ("tickets", "GET", "/open311/v2/services.json", {}),
    ("tickets", "GET", "/open311/v2/requests.xml", {}),
    ("lists", "GET", "/v1/board/needs", {}),
    ("lists", "GET", "/v1/board/projects", {}),
]


def client_ip() -> str:
    return f"203.0.113.{next(_hosts)}"


@pytest.fixture(scope="module")
async def services(stack, clean_nats):
    from contextlib import AsyncExitStack

    from redgrid.common.testing import run_service

    database = await stack.new_database()
    async with AsyncExitStack() as running:
        hs = {spec.name: await running.enter_async_context(
            run_service(spec, stack, database, **BEHIND_PROXY))
            for spec in (registry_spec, tickets_spec, lists_spec)}
        hs["direct"] = await running.enter_async_context(
            run_service(registry_spec, stack, database, **LIMITS))  # trusts no proxy
        yield hs


async def call(h, method: str, path: str, params: dict, ip: str, headers: dict | None = None):
    return await h.client.request(method, path, params=params,
                                  headers={"X-Forwarded-For": ip, **(headers or {})})


@pytest.mark.parametrize("service, method, path, params", OPEN,
                         ids=[f"{m} {p}" for _, m, p, _ in OPEN])
async def test_an_anonymous_client_is_limited_with_a_chinese_429_and_retry_after(
        services, service, method, path, params):
    h, ip = services[service], client_ip()
    for _ in range(READS):
        r = await call(h, method, path, params, ip)
        assert r.status_code != 429, r.text
    r = await call(h, method, path, params, ip)
    assert r.status_code == 429
    retry = int(r.headers["Retry-After"])
    assert 1 <= retry <= 60 // READS + 1
    if "/open311/" in path:  # GeoReport's own error list, in the format asked for
        assert "<code>429</code>" in r.text or r.json()[0]["code"] == 429
    else:
        assert r.headers["content-type"] == "application/problem+json"
        body = r.json()
        assert body["type"] == "https://redgrid.dev/problems/too-many-requests"
        assert body["title"] == "请求过于频繁，请稍后再试"
        assert body["detail"] == f"请求过于频繁，请 {retry} 秒后再试"
    # another client is not held back by this one
    assert (await call(h, method, path, params, client_ip())).status_code != 429


async def test_in_english_when_asked(services):
    h, ip = services["lists"], client_ip()
    for _ in range(READS):
        await call(h, "GET", "/v1/board/needs", {}, ip)
    r = await call(h, "GET", "/v1/board/needs", {}, ip, {"Accept-Language": "en"})
    assert r.status_code == 429
    assert r.json()["title"] == "Too many requests; try again later"
    assert r.json()["detail"] == f"try again in {r.headers['Retry-After']} s"


async def test_staff_with_a_token_are_not_limited_and_a_forged_token_changes_nothing(services):
    h, ip = services["registry"], client_ip()
    for role in ("street_admin", "grid_worker", "system"):
        headers = h.auth(role, org=uuid7())
        for _ in range(READS * 3):
            r = await call(h, "GET", "/v1/places", {}, ip, headers)
            assert r.status_code == 200, (role, r.text)
    forged = {"Authorization": "Bearer " + h.token("system")[:-4] + "AAAA"}
    answers = [(await call(h, "GET", "/v1/places", {}, ip, forged)).status_code
               for _ in range(READS + 1)]
    assert answers == [200] * READS + [429]


async def test_a_token_holders_own_bucket_and_operations_that_take_a_token_are_not_limited(
        services):
    h, ip = services["tickets"], client_ip()
    resident = h.auth("resident")
    for _ in range(READS):
        assert (await call(h, "GET", "/v1/categories", {}, ip)).status_code == 200
    assert (await call(h, "GET", "/v1/categories", {}, ip)).status_code == 429
    # a resident behind the same address (a carrier's NAT) has a bucket of their own
    assert (await call(h, "GET", "/v1/categories", {}, ip, resident)).status_code == 200
    for _ in range(READS * 3):  # their own matters: an operation that takes a token
        r = await call(h, "GET", "/v1/tickets", {}, ip, resident)
        assert r.status_code == 200, r.text


async def test_open311_writes_are_limited_per_api_key_and_staff_keys_are_not(services):
    h, ip = services["tickets"], client_ip()
    form = {"service_code": "road_repair", "lat": "33.2", "long": "120.46",
            "description": "人行道方砖松动"}
    first, second = h.token("resident", person=uuid7()), h.token("resident", person=uuid7())

    async def post(key: str, fmt: str = "json"):
        return await h.client.post(f"/open311/v2/requests.{fmt}", data={**form, "api_key": key},
                                   headers={"X-Forwarded-For": ip})

    for _ in range(WRITES):
        assert (await post(first)).status_code != 429
    r = await post(first, "xml")
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    assert "<code>429</code>" in r.text and "请求过于频繁" in r.text
    assert (await post(second)).status_code != 429  # another key, the same address
    staff = h.token("system")
    for _ in range(WRITES * 3):
        assert (await post(staff)).status_code != 429


async def test_x_forwarded_for_counts_only_behind_a_trusted_proxy(services):
    h = services["direct"]
    answers = [(await call(h, "GET", "/v1/places", {}, client_ip())).status_code
               for _ in range(READS + 1)]
    assert answers[-1] == 429  # each claimed another address; all came from one


async def test_the_openapi_documents_429_where_a_client_may_meet_it(services):
    doc = (await services["lists"].client.get("/openapi.json")).json()
    board = doc["paths"]["/v1/board/needs"]["get"]["responses"]
    assert "Retry-After" in board["429"]["headers"]
    assert "429" not in doc["paths"]["/v1/needs"]["get"]["responses"]
    assert "429" not in doc["paths"]["/healthz"]["get"]["responses"]
