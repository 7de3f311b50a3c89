"""Request bodies refuse what they do not know (no mass assignment of an org, a status or an
assignee), every text, list and map a request may carry is capped, bodies over 1 MB get a 413
(with a length or sent chunked without one), and a page is at most 200 long.

The walk is over every operation of every service's OpenAPI, so a new endpoint is covered the
day it is added."""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID

import httpx
import pytest

from redgrid.common.commands import BIGINT
from redgrid.common.http import MAX_BODY
from redgrid.common.pagination import MAX_LIMIT
from redgrid.common.testing import eventually

from .city import SPECS, running_city
from .schemas import body_schema, minimal, operations, resolve

pytestmark = pytest.mark.asyncio(loop_scope="session")
# Fields that would hand a caller what only the service decides.
SMUGGLED = ("org_id", "org_path", "status", "assignee_id", "version", "reporter_person_id",
            "created_by", "unit_id", "community_id", "roles", "mass_assigned")
BOUNDED_FORMATS = {"uuid", "date", "date-time", "email", "uri"}


@pytest.fixture(scope="module")
async def city(stack):
    async with running_city(stack) as c:
        c.docs = {name: (await h.client.get("/openapi.json")).json() for name, h in c.h.items()}
        yield c


def walk(doc: dict, node: Any, where: str, seen: set | None = None):
    """Every (schema, place) reachable from a node, refs followed once."""
    seen = set() if seen is None else seen
    if isinstance(node, dict) and "$ref" in node:
        if node["$ref"] in seen:
            return
        seen.add(node["$ref"])
        yield from walk(doc, resolve(doc, node), where, seen)
        return
    if not isinstance(node, dict):
        return
    yield node, where
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for sub in node.get(key, []):
            yield from walk(doc, sub, where, seen)
    if isinstance(node.get("items"), dict):
        yield from walk(doc, node["items"], f"{where}[]", seen)
    for name, sub in node.get("properties", {}).items():
        yield from walk(doc, sub, f"{where}.{name}", seen)
    if isinstance(node.get("additionalProperties"), dict):
        yield from walk(doc, node["additionalProperties"], f"{where}{{}}", seen)
    if isinstance(node.get("propertyNames"), dict):
        yield from walk(doc, node["propertyNames"], f"{where}{{key}}", seen)


def bounded_pattern(pattern: str | None) -> bool:
    """^…$ with no unbounded repetition: every text it matches is short."""
    if not pattern or not (pattern.startswith("^") and pattern.endswith("$")):
        return False
    return not re.search(r"(?<!\\)[+*]|\{\d+,\}", pattern)


def uncapped(node: dict) -> str | None:
    kind = node.get("type")
    if kind == "integer" and node.get("maximum", node.get("exclusiveMaximum", 2**64)) > BIGINT:
        return "a number a bigint cannot hold"
    if kind == "string" and "maxLength" not in node and "enum" not in node \
            and "const" not in node and node.get("format") not in BOUNDED_FORMATS \
            and not bounded_pattern(node.get("pattern")):
        return "a text without maxLength"
    if kind == "array" and "maxItems" not in node and "prefixItems" not in node:
        return "a list without maxItems"
    if kind == "object" and "properties" not in node and "maxProperties" not in node \
            and node.get("additionalProperties") not in (None, False):
        return "a map without maxProperties"
    return None


def test_every_body_refuses_unknown_fields_and_caps_its_sizes():
    """Statically, from each service's OpenAPI: every object a body holds says
    additionalProperties: false, and every text, list and map in a body or a query has a cap."""
    problems = []
    for name, spec in SPECS.items():
        from redgrid.common.service import build_app

        doc = build_app(spec, spec.settings(environment="test")).openapi()
        for path, method, op in operations(doc):
            label = f"{name} {method} {path}"
            schema = body_schema(op)
            if schema is not None:
                for node, where in walk(doc, schema, "body"):
                    if node.get("type") == "object" and "properties" in node \
                            and node.get("additionalProperties") is not False:
                        problems.append(f"{label} {where}: takes unknown fields")
                    if why := uncapped(node):
                        problems.append(f"{label} {where}: {why}")
            for param in op.get("parameters", []):
                if param["in"] == "path" and (param["schema"].get("format") == "uuid"
                                              or "enum" in param["schema"]):
                    continue
                for node, where in walk(doc, param["schema"], f"{param['in']}.{param['name']}"):
                    if why := uncapped(node):
                        problems.append(f"{label} {where}: {why}")
    assert not problems, "\n".join(problems)


async def test_mass_assignment_is_refused_on_every_body(city):
    """Every operation with a body, given an otherwise valid body plus fields it does not take
    (an org, a status, an assignee…): 422 naming exactly those fields, and nothing changes."""
    tried, failures = 0, []
    for name, doc in city.docs.items():
        h = city.h[name]
        for path, method, op in operations(doc):
            schema = body_schema(op)
            if schema is None:
                continue
            body = minimal(doc, schema)
            if not isinstance(body, dict):
                continue
            known = set(body)  # the branch minimal() took, for a union of bodies
            known |= set(resolve(doc, schema).get("properties", {}))
            smuggled = {f: _value_for(f) for f in SMUGGLED if f not in known}
            url = path
            for param in op.get("parameters", []):
                if param["in"] == "path":
                    url = url.replace("{" + param["name"] + "}", _path_value(city, doc, param))
            before = await outbox_size(h)
            r = await h.client.request(method, url, json={**body, **smuggled},
                                       headers=city.system)
            tried += 1
            errors = r.json().get("errors", []) if r.status_code == 422 else []
            # (a union of bodies puts its branch's tag between "body" and the field)
            named = {e["loc"][-1] for e in errors if e["type"] == "extra_forbidden"
                     and e["loc"][0] == "body"}
            if r.status_code != 422 or named != set(smuggled) \
                    or len(errors) != len(named):
                failures.append(f"{name} {method} {path}: {r.status_code} {r.text[:300]}")
            if await outbox_size(h) != before:
                failures.append(f"{name} {method} {path}: something changed")
    assert tried > 60
    assert not failures, "\n".join(failures)


def _value_for(field: str) -> Any:
    return {"status": "closed", "version": 99, "roles": ["system"],
            "org_path": ["00000000-0000-0000-0000-000000000001"]}.get(
        field, "00000000-0000-0000-0000-000000000001")


def _path_value(city, doc: dict, param: dict) -> str:
    schema = resolve(doc, param["schema"])
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("format") == "uuid":
        return str(city.a.community)
    if schema.get("type") == "integer":  # e.g. a year: an int path (anything else is a 404)
        return str(schema.get("minimum", 1))
    return "x"


async def outbox_size(h) -> int:
    async with h.runtime.pool.acquire() as conn:
        return await conn.fetchval("SELECT count(*) FROM outbox")


async def test_bodies_over_one_megabyte_are_refused(city):
    """With a Content-Length, and chunked without one (the length is counted as it comes)."""
    big = b'{"title": "' + b"x" * (MAX_BODY + 10) + b'"}'

    async def chunks():
        for i in range(0, len(big), 64 * 1024):
            yield big[i:i + 64 * 1024]

    for name, h in city.h.items():
        path = next(p for p, m, op in operations(city.docs[name]) if m == "POST"
                    and body_schema(op) is not None and "{" not in p)
        headers = {**city.system, "content-type": "application/json"}
        r = await h.client.post(path, content=big, headers=headers)
        assert r.status_code == 413, (name, r.status_code, r.text[:200])
        assert r.headers["content-type"] == "application/problem+json"
        async with httpx.AsyncClient(base_url=str(h.client.base_url), timeout=20) as raw:
            r = await raw.post(path, content=chunks(), headers=headers)
        assert r.status_code == 413, (name, "chunked", r.status_code, r.text[:200])
        assert r.json()["type"].endswith("/too-large")


async def test_page_lengths_are_capped(city):
    """Every operation that pages takes limit ≤ 200 and refuses 201 with a 422."""
    paged = 0
    for name, doc in city.docs.items():
        h = city.h[name]
        for path, method, op in operations(doc):
            limit = next((p for p in op.get("parameters", []) if p["name"] == "limit"), None)
            if limit is None or method != "GET":
                continue
            paged += 1
            assert 1 <= limit["schema"].get("maximum", 10**9) <= MAX_LIMIT, (name, path)
            url = path
            for param in op.get("parameters", []):
                if param["in"] == "path":
                    url = url.replace("{" + param["name"] + "}", _path_value(city, doc, param))
            r = await h.client.get(url, params={"limit": limit["schema"]["maximum"] + 1},
                                   headers=city.system)
            assert r.status_code == 422, (name, path, r.status_code)
            assert any(e["loc"] == ["query", "limit"] for e in r.json()["errors"]), r.text
    assert paged >= 30


# --- what the fuzzer found once (each was a 500, or a wrong answer, before its fix) ------------

CRASHES = [
    # (service, method, path, body or query) → now a problem+json 4xx
    ("registry", "PATCH", "/v1/orgs/{community}", {"name": None}),  # NOT NULL → 500
    ("registry", "PATCH", "/v1/units/{unit}", {"name": None}),
    ("registry", "PATCH", "/v1/teams/{team}", {"active": 0}),  # 0 taken for false
    ("registry", "POST", "/v1/places", {"kind": "other", "name": "x", "org_id": "{community}",
                                        "lat": 33.2, "lng": "120.46"}),  # "120.46" taken
    ("lists", "PATCH", "/v1/needs/{need}", {"quantity": None}),  # NOT NULL → 500
    ("lists", "PATCH", "/v1/projects/{project}", {"beneficiary_kind": None}),
    ("lists", "POST", "/v1/needs", {"title": "助老", "community_id": "{community}",
                                    "unit_of_measure": "次\x00"}),  # NUL → 500
    ("tickets", "POST", "/v1/tickets", {"appeal_kind": "help", "category": "environment",
                                        "title": "\ud800"}),  # a lone surrogate → 500
    ("tickets", "POST", "/v1/tickets/{ticket}/attachments", {"name": "a", "size": "1",
                                                            "content_type": "a/b"}),
    ("tickets", "GET", "/v1/tickets", {"category": "x\x00"}),  # NUL in a query → 500
    ("tickets", "GET", "/v1/tickets", {"received_from": "0001-01-01T00:00:00+01:00"}),
    ("tickets", "GET", "/v1/figures", {"until": "123"}),  # was 1970-01-01T00:02:03
    ("tickets", "GET", "/v1/visits", {"since": "2026-10-01T09:00:00"}),  # no offset
    ("matching", "GET", "/v1/posts", {"open_on": "1700000000"}),
    ("lists", "POST", "/v1/resources", {"kind": "venue", "title": " ", "community_id":
                                        "{community}"}),  # white space only
    ("notifications", "POST", "/v1/inbox/read-all", {"up_to_seq": str(10**24)}),  # → 500
    ("notifications", "POST", "/v1/webhooks", {"name": "x", "url": "http://\x8dn/hook",
                                               "patterns": ["*"]}),
]
CURSORS = [('["x"]', "WyJ4Il0"), ("[]", "W10"), ("[true]", "W3RydWVd"),
           ("[99999999999999999999999]", "Wzk5OTk5OTk5OTk5OTk5OTk5OTk5OTld"),
           ('["\\u00b2"]', "WyLCsiJd"), ("not base64", "%%%")]
PAGED = [("registry", "/v1/grids"), ("registry", "/v1/people"), ("tickets", "/v1/tickets"),
         ("tickets", "/public/v1/notices"), ("matching", "/v1/orders"),
         ("lists", "/v1/needs"), ("notifications", "/v1/inbox"),
         ("notifications", "/v1/deliveries")]


def _fill(value, city):
    ids = {"community": city.a.community, "unit": city.a.unit, "team": city.a.team,
           "need": city.a.things["need"], "project": city.a.things["project"],
           "ticket": city.a.things["ticket"]}
    if isinstance(value, str):
        for key, v in ids.items():
            value = value.replace("{" + key + "}", str(v))
        return value
    if isinstance(value, dict):
        return {k: _fill(v, city) for k, v in value.items()}
    return value


async def test_what_the_fuzzer_found_stays_fixed(city):
    for service, method, path, data in CRASHES:
        h = city.h[service]
        data = _fill(data, city)
        kwargs = {"params": data} if method == "GET" or path.endswith("read-all") else {
            "content": json_with_surrogates(data), "headers": {"content-type":
                                                               "application/json"}}
        headers = {**city.system, **kwargs.pop("headers", {})}
        r = await h.client.request(method, _fill(path, city), headers=headers, **kwargs)
        assert r.status_code == 422, (service, method, path, r.status_code, r.text[:200])
        assert r.headers["content-type"] == "application/problem+json"
    for name, raw in CURSORS:
        for service, path in PAGED:
            r = await city.h[service].client.get(path, params={"cursor": raw},
                                                 headers=city.system)
            assert r.status_code == 422, (name, service, path, r.status_code, r.text[:200])


def json_with_surrogates(data) -> bytes:
    """JSON as a client may send it, lone surrogates escaped (\\ud800), which orjson refuses."""
    import json

    return json.dumps(data).encode()


async def test_a_half_given_centre_does_not_break_the_coverage(city):
    """A grid with a latitude and no longitude made GET /v1/orgs/{id}/circle a 500."""
    reg = city.h["registry"]
    r = await reg.client.post("/v1/grids", headers=city.system, json={
        "code": "HALF-1", "name": "半个中心", "community_id": str(city.a.community),
        "center_lat": 33.2})
    assert r.status_code == 201, r.text
    r = await reg.client.get(f"/v1/orgs/{city.a.street}/circle", headers=city.system)
    assert r.status_code == 200, r.text


async def test_undeclared_methods_get_405_with_every_allowed_method(city):
    reg = city.h["registry"]
    r = await reg.client.request("PATCH", "/v1/grids/locate", headers=city.system)
    assert r.status_code == 405 and r.headers["allow"] == "GET", r.headers
    r = await reg.client.request("PUT", "/v1/orgs", headers=city.system)
    assert r.status_code == 405 and set(r.headers["allow"].split(", ")) == {"GET", "POST"}
    r = await reg.client.get("/v1/grids/not-an-id", headers=city.system)
    assert r.status_code == 404


async def test_a_subscription_with_an_unusable_url_fails_alone(city):
    """One subscription whose URL httpx cannot parse (stored before URLs were checked) made
    every webhook round fail: now its deliveries fail and the others' go on."""
    n = city.h["notifications"]
    r = await n.client.post("/v1/webhooks", headers=city.system, json={
        "name": "坏地址", "url": city.webhook.url("/broken"), "patterns": ["redgrid.lists.*"]})
    assert r.status_code == 201, r.text
    async with n.runtime.pool.acquire() as conn:
        await conn.execute("UPDATE subscriptions SET url = $2 WHERE id = $1",
                           UUID(r.json()["id"]), "http://\x8dn/hook")
    r = await n.client.post("/v1/webhooks", headers=city.system, json={
        "name": "好地址", "url": city.webhook.url("/fine"), "patterns": ["redgrid.lists.*"]})
    assert r.status_code == 201, r.text
    r = await city.h["lists"].client.post("/v1/needs", headers=city.auth("community_admin"),
                                          json={"title": "图书整理", "community_id":
                                                str(city.a.community)})
    assert r.status_code == 201, r.text
    await eventually(lambda: city.webhook.on("/fine"), timeout=15)
