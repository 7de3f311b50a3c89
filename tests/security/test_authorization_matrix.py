"""The authorisation matrix: every operation of every service (tests/security/access/<service>.py
declares who may), every role and the anonymous caller, on a thing inside the caller's subtree
(street A) and one outside it (street B). What is allowed gets through; everything else gets
401 (no token), 403 or 404 and changes nothing; no answer to anyone carries an id of the street
they may not see (lists, counts and searches included), and a resident's answers carry nothing
of another resident's matters or orders.

The table is checked against each service's OpenAPI: an operation without an entry fails."""

from __future__ import annotations

import asyncio
import inspect
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from io import BytesIO
from typing import Any
from uuid import UUID

import pytest
from openpyxl import load_workbook

from .access import CITY, PRINCIPALS, Rule
from .access import lists as lists_rules
from .access import matching as matching_rules
from .access import notifications as notifications_rules
from .access import registry as registry_rules
from .access import tickets as tickets_rules
from .city import City, Side, running_city, settle
from .schemas import body_schema, minimal, operations, resolve

pytestmark = pytest.mark.asyncio(loop_scope="session")
TABLES: dict[str, dict[str, Rule]] = {
    "registry": registry_rules.RULES, "tickets": tickets_rules.RULES,
    "matching": matching_rules.RULES, "lists": lists_rules.RULES,
    "notifications": notifications_rules.RULES,
}
REFUSED = {401, 403, 404}
UUID_TEXT = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")
# A required field of a body, filled from the street of the try.
FILL = {"community_id": "@community", "org_id": "@community", "grid_id": "@grid",
        "branch_id": "@branch", "parent_id": "@community", "home_org_id": "@branch",
        "owner_org_id": "@community", "street_id": "@street", "person_id": "@person:member",
        "unit_id": "@unit", "team_id": "@team", "need_id": "@thing:need",
        "resource_id": "@thing:resource", "into_id": "@thing:hotline_ticket",
        "ticket_id": "@thing:ticket"}
TALLY: Counter = Counter()


@pytest.fixture(scope="module")
async def city(stack):
    # The matrix asks who may take a step, not when: an order's service may start and complete
    # days before its window here (test_order_loop.py checks the margin).
    async with running_city(stack, matching={"matching_service_margin_hours": 24 * 365}) as c:
        for side in (c.a, c.b):
            await more_things(c, side)
        await settle(c)
        for side in (c.a, c.b):
            async with c.h["notifications"].runtime.pool.acquire() as conn:
                side.things["notice"] = await conn.fetchval(
                    "SELECT id FROM notices WHERE recipient_kind = 'person' "
                    "AND recipient_id = $1 ORDER BY seq LIMIT 1", side.people["resident"])
            assert side.things["notice"], "the resident was told of the acceptance"
        c.docs = {name: (await h.client.get("/openapi.json")).json() for name, h in c.h.items()}
        yield c


async def more_things(city: City, side: Side) -> None:
    """A duty roster with the party member on it; the resident's matter accepted (so that
    they are told, and have a notice of their own)."""
    day = datetime.now(UTC).date()
    r = await city.h["matching"].client.post("/v1/rosters", headers=city.auth("community_admin",
                                                                                 side), json={
        "title": "法律门诊值班", "community_id": str(side.community), "frequency": "weekly",
        "weekday": 3, "start_time": "09:00", "end_time": "11:00",
        "starts_on": (day + timedelta(days=1)).isoformat(),
        "ends_on": (day + timedelta(days=60)).isoformat(), "rota": [str(side.people["member"])]})
    assert r.status_code == 201, r.text
    side.things["roster"] = UUID(r.json()["roster"]["id"])
    r = await city.h["tickets"].client.post(f"/v1/tickets/{side.things['ticket']}/accept",
                                            json={}, headers=city.auth("community_admin", side))
    assert r.status_code == 200, r.text


def declared(doc: dict) -> set[str]:
    return {f"{method} {path}" for path, method, _ in operations(doc)}


@pytest.mark.parametrize("service", list(TABLES))
async def test_every_operation_has_an_entry(city, service):
    served, table = declared(city.docs[service]), set(TABLES[service])
    assert not served - table, f"operations without an entry: {sorted(served - table)}"
    assert not table - served, f"entries without an operation: {sorted(table - served)}"


async def value(v: Any, city: City, side: Side) -> Any:
    if callable(v):
        v = v(city, side)
        return await v if inspect.isawaitable(v) else v
    if isinstance(v, str) and v.startswith("@"):
        key = v[1:]
        if key.startswith("thing:"):
            return str(side.things[key[6:]])
        if key.startswith("person:"):
            return str(side.people[key[7:]])
        return str(getattr(side, key))
    if isinstance(v, list):
        return [await value(x, city, side) for x in v]
    if isinstance(v, dict):
        return {k: await value(x, city, side) for k, x in v.items()}
    return v


async def request_for(city: City, service: str, method: str, path: str, rule: Rule,
                      side: Side) -> tuple[str, dict, Any]:
    doc = city.docs[service]
    op = doc["paths"][path][method.lower()]
    params = {k: await value(v, city, side) for k, v in rule.path.items()}
    if rule.fresh is not None:
        params.update(await rule.fresh(city, side))
    url = path
    for name, v in params.items():
        url = url.replace("{" + name + "}", str(v))
    assert "{" not in url, f"{method} {path}: no value for a path parameter"
    query = {k: await value(v, city, side) for k, v in rule.query.items()}
    body = None
    schema = body_schema(op)
    if schema is not None and (rule.body is not None or op["requestBody"].get("required")):
        union = any(k in resolve(doc, schema) for k in ("oneOf", "anyOf"))
        body = {} if union else minimal(doc, schema)  # a union: the table's body says which
        if isinstance(body, dict):
            body = {k: (await value(FILL[k], city, side) if k in FILL else v)
                    for k, v in body.items()}
            body.update(await value(rule.body or {}, city, side))
    return url, query, body


async def names_a_street(city: City, service: str, method: str, path: str, rule: Rule) -> bool:
    if rule.fresh is not None:
        return True
    return await request_for(city, service, method, path, rule, city.a) != \
        await request_for(city, service, method, path, rule, city.b)


def forbidden_ids(city: City, who: str | None) -> set[str]:
    """Ids a principal of street A must never be shown: street B's, and for a resident the
    other resident's matter and person."""
    if who in (None, CITY):
        return set()
    b = city.b
    ids = {b.street, b.community, b.branch, b.grid, b.unit, b.team, b.place,
           *b.people.values(), *(v for v in b.things.values() if isinstance(v, UUID))}
    if who == "resident":
        ids |= {city.a.things["hotline_ticket"], city.a.people["resident2"]}
    return {i.hex for i in ids}


def ids_in(payload: Any) -> set[str]:
    return {m.replace("-", "") for m in UUID_TEXT.findall(str(payload).lower())}


def listing(doc: dict, path: str, method: str) -> bool:
    """The operation answers a list or a page of them (refusing may mean answering less)."""
    op = doc["paths"][path][method.lower()]
    ok = next((r for s, r in op["responses"].items() if s.startswith("2")), {})
    schema = resolve(doc, ok.get("content", {}).get("application/json", {}).get("schema", {}))
    return schema.get("type") in ("array", "object") and (
        schema.get("type") == "array" or "items" in schema.get("properties", {})
        or not schema.get("properties"))


async def outbox(city: City, service: str) -> int:
    async with city.h[service].runtime.pool.acquire() as conn:
        return await conn.fetchval("SELECT count(*) FROM outbox")


async def call(city: City, service: str, method: str, url: str, query: dict, body: Any,
               who: str | None, files: dict | None = None):
    h = city.h[service]
    headers = city.auth(who if who != CITY else "system", city.a, scoped=who != CITY) \
        if who else {}
    if url.endswith("/stream"):
        async with h.client.stream("GET", url, headers=headers, timeout=5) as r:
            return r.status_code, None
    kwargs: dict = {"params": query, "headers": headers}
    if files is not None:
        kwargs["files"] = files
    elif body is not None:
        kwargs["json"] = body
    r = await h.client.request(method, url, **kwargs)
    if r.headers.get("content-type", "").startswith(XLSX):
        return r.status_code, sheet_rows(r.content)
    try:
        payload = r.json()
    except ValueError:
        payload = r.text
    return r.status_code, payload


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def sheet_rows(content: bytes) -> list[list]:
    """An export as what it shows: its rows from the headers on (the title row and 制表时间
    change with the clock), so that leaks and steadiness are checked inside the zip too."""
    sheet = load_workbook(BytesIO(content)).active
    return [list(row) for row in sheet.iter_rows(min_row=3, values_only=True)]


def _bad_request(status: int, payload: Any) -> bool:
    """A 422 for the shape of the request: the table's request is wrong, not the service."""
    return status == 422 and isinstance(payload, dict) and bool(payload.get("errors"))


@pytest.mark.parametrize("service", list(TABLES))
async def test_the_matrix(city, service):
    doc = city.docs[service]
    failures: list[str] = []
    for key, rule in TABLES[service].items():
        method, path = key.split(" ", 1)
        lists = listing(doc, path, method) or rule.counts
        # with nothing that names a street (no path, query or body of one), the operation
        # answers from the caller's scope alone: there is nothing outside to name
        sides = (city.b, city.a) if await names_a_street(city, service, method, path, rule) \
            else (city.a,)
        trials = [(who, side, rule.allows(who, side is city.a))
                  for side in sides for who in PRINCIPALS]
        trials.sort(key=lambda t: t[2])  # every refusal before anything is allowed to change
        for who, side, allowed in trials:
            url, query, body = await request_for(city, service, method, path, rule, side)
            before = await outbox(city, service) if not allowed and method != "GET" else None
            status, payload = await call(city, service, method, url, query, body, who,
                                         files=rule.files() if rule.files else None)
            TALLY[service, allowed] += 1
            where = f"{key} as {who or 'anonymous'} on street {side.name.upper()}"
            if rule.answers:
                if status not in rule.answers:
                    failures.append(f"{where}: {status}, not one of {sorted(rule.answers)}")
                continue
            if status >= 500:
                failures.append(f"{where}: {status} {str(payload)[:200]}")
                continue
            if allowed:
                if status in REFUSED or _bad_request(status, payload):
                    failures.append(f"{where}: refused {status} {str(payload)[:200]}")
            elif who is None and not rule.public:
                if status != 401:
                    failures.append(f"{where}: {status} without a token")
            elif status not in REFUSED and not (lists and status == 200):
                failures.append(f"{where}: let through ({status}) {str(payload)[:160]}")
            if before is not None and await outbox(city, service) != before:
                failures.append(f"{where}: refused, yet something changed")
            if status == 200 and not rule.public and not (allowed and side is city.b):
                leaked = ids_in(payload) & forbidden_ids(city, who)
                if leaked:
                    failures.append(f"{where}: shows {len(leaked)} id(s) of what it may not see")
        await asyncio.sleep(0)
    print(f"\n{service}: {len(TABLES[service])} operations, "
          f"{TALLY[service, True] + TALLY[service, False]} tries "
          f"({TALLY[service, True]} allowed, {TALLY[service, False]} refused)")
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures)


# --- nothing leaks in counts, lists and searches --------------------------------------------

VOLATILE = {"generated_at", "as_of", "now", "ms", "lag_seconds", "oldest_pending_seconds"}
# A subscription's place in the city-wide public log moves past every event, theirs or not
# (it is a position in one log, not a count of what they were sent).
LOG_PLACE = {"position", "updated_at"}


def steady(payload: Any, also: frozenset = frozenset()) -> Any:
    """An answer without what moves by itself (clocks, lags)."""
    if isinstance(payload, dict):
        return {k: steady(v, also) for k, v in payload.items()
                if k not in VOLATILE and k not in also}
    if isinstance(payload, list):
        return [steady(v, also) for v in payload]
    return payload


def readings(city: City) -> list[tuple[str, str, str, Rule]]:
    """Every read that names no thing of its own: lists, counts, figures, searches."""
    out = []
    for service, table in TABLES.items():
        for key, rule in table.items():
            method, path = key.split(" ", 1)
            if method == "GET" and not rule.public and rule.fresh is None \
                    and "{" not in path and not path.endswith("/stream"):
                out.append((service, method, path, rule))
    return out


async def read_all(city: City) -> dict:
    seen = {}
    for service, method, path, rule in readings(city):
        url, query, body = await request_for(city, service, method, path, rule, city.a)
        for who in PRINCIPALS:
            if who in (None, CITY) or not rule.allows(who, True):
                continue
            status, payload = await call(city, service, method, url, query, None, who)
            also = frozenset(LOG_PLACE) if path == "/v1/webhooks" else frozenset()
            seen[service, path, who] = (status, steady(payload, also))
    return seen


async def more_of_street_b(city: City) -> None:
    """New matters, an order, a need, an offer, a person, a visit: all in street B."""
    b = city.b
    for who, body in (("resident", {"appeal_kind": "help", "category": "environment",
                                    "title": "又一件事", "grid_id": str(b.grid)}),
                      ("community_admin", {"channel": "hotline", "appeal_kind": "complaint",
                                           "category": "road_repair", "title": "路面塌陷",
                                           "grid_id": str(b.grid), "accept": True})):
        r = await city.h["tickets"].client.post("/v1/tickets", json=body,
                                                headers=city.auth(who, b))
        assert r.status_code == 201, r.text
    start = datetime.now(UTC) + timedelta(days=3)
    calls = [
        ("matching", "/v1/orders", "resident", {
            "service_type": "tutoring", "title": "辅导作业", "grid_id": str(b.grid),
            "window_start": start.isoformat(),
            "window_end": (start + timedelta(hours=1)).isoformat()}),
        ("lists", "/v1/needs", "community_admin", {"title": "更多志愿者",
                                                   "community_id": str(b.community)}),
        ("lists", "/v1/resources", "unit", {"kind": "funds", "title": "助学金", "quantity": 3,
                                            "community_id": str(b.community)}),
        ("registry", "/v1/people", "community_admin", {"name": "新来的居民",
                                                       "home_org_id": str(b.community)}),
        ("tickets", "/v1/visits", "grid_worker", {
            "kind": "service", "grid_id": str(b.grid),
            "visited_at": datetime.now(UTC).isoformat(),
            "findings": [{"category": "environment", "title": "楼道堆物"}]}),
    ]
    for service, path, who, body in calls:
        r = await city.h[service].client.post(path, json=body, headers=city.auth(who, b))
        assert r.status_code == 201, (path, r.text)
    await settle(city)
    await asyncio.sleep(0.5)  # webhook deliveries and notices of the new events


async def test_counts_lists_and_searches_do_not_move_with_the_other_street(city):
    """What every principal of street A reads (lists, counts, figures, searches, their inbox,
    their subscriptions' deliveries) is the same before and after street B gets more of
    everything: nothing of B is counted, listed or delivered to A."""
    await settle(city)
    before = await read_all(city)
    await more_of_street_b(city)
    after = await read_all(city)
    moved = [f"{service} {path} as {who}" for (service, path, who), seen in before.items()
             if after[service, path, who] != seen]
    assert len(before) > 150
    assert not moved, "moved with street B: " + ", ".join(moved)


async def test_residents_see_only_their_own_matters_and_orders(city):
    a = city.a
    resident = city.auth("resident", a)
    tickets = (await city.h["tickets"].client.get("/v1/tickets", headers=resident,
                                                  params={"limit": 200})).json()["items"]
    assert tickets and {t["reporter_person_id"] for t in tickets} == {str(a.people["resident"])}
    orders = (await city.h["matching"].client.get("/v1/orders", headers=resident, params={
        "mine": "placed", "limit": 200})).json()["items"]
    assert orders and {o["resident_person_id"] for o in orders} == {str(a.people["resident"])}
    for number in (a.things["notice_number"], city.b.things["ticket_number"]):
        r = await city.h["tickets"].client.get(f"/v1/tickets/by-number/{number}",
                                               headers=resident)
        assert r.status_code == 404, number  # another resident's matter, searched by number
    # Open311: the resident's own requests in full; nobody else's
    r = await city.h["tickets"].client.get("/open311/v2/requests.json", headers=resident)
    assert r.status_code == 200, r.text
    assert {x["service_request_id"] for x in r.json()} >= {a.things["ticket_number"]}
    assert not {x["service_request_id"] for x in r.json()} & {
        a.things["notice_number"], city.b.things["ticket_number"],
        city.b.things["notice_number"]}
    inbox = (await city.h["notifications"].client.get("/v1/inbox", headers=resident)).json()
    assert inbox["items"] and all(n["subject_id"] in {t["id"] for t in tickets}
                                  for n in inbox["items"] if n["subject_type"] == "ticket")


async def test_staff_searches_stay_in_their_street(city):
    """Open311 with a staff key, and a search by number, find nothing of the other street."""
    admin = city.auth("community_admin", city.a)
    r = await city.h["tickets"].client.get("/open311/v2/requests.json", headers=admin)
    assert r.status_code == 200 and r.json(), r.text
    numbers = {x["service_request_id"] for x in r.json()}
    assert a_prefix(numbers) == {"DAZHONG"} or a_prefix(numbers) == {"DZ"} or \
        a_prefix(numbers) <= {"DAZHONG", "DZ"}
    r = await city.h["tickets"].client.get(
        f"/open311/v2/requests/{city.b.things['ticket_number']}.json", headers=admin)
    assert r.status_code == 404
    r = await city.h["tickets"].client.get(
        f"/v1/tickets/by-number/{city.b.things['ticket_number']}", headers=admin)
    assert r.status_code == 404


def a_prefix(numbers: set[str]) -> set[str]:
    return {n.split("-")[0] for n in numbers}


# --- tokens, over every service's HTTP layer ------------------------------------------------

def forged_tokens(city: City) -> dict[str, str]:
    """Tokens every service must refuse (tests/unit/common/test_tokens.py tries the verifier;
    here each service's HTTP layer, Open311 included, is held to it)."""
    import time

    import jwt

    from redgrid.common.settings import DEV_JWT_SECRET

    now = int(time.time())
    claims = {"sub": str(city.a.people["admin"]), "roles": ["system"], "iss": "redgrid",
              "aud": "redgrid", "iat": now, "exp": now + 600}
    good = city.token("community_admin", city.a)
    head, body, sig = good.split(".")
    forged_body = jwt.encode(claims, "x", algorithm="HS256").split(".")[1]
    return {
        "alg-none": jwt.encode(claims, None, algorithm="none"),
        "wrong-key": jwt.encode(claims, "not-the-secret-not-the-secret-32b", algorithm="HS256"),
        "wrong-alg": jwt.encode(claims, DEV_JWT_SECRET, algorithm="HS512"),
        "expired": jwt.encode({**claims, "exp": now - 5}, DEV_JWT_SECRET, algorithm="HS256"),
        "wrong-issuer": jwt.encode({**claims, "iss": "other"}, DEV_JWT_SECRET,
                                   algorithm="HS256"),
        "wrong-audience": jwt.encode({**claims, "aud": "other"}, DEV_JWT_SECRET,
                                     algorithm="HS256"),
        "no-expiry": jwt.encode({k: v for k, v in claims.items() if k != "exp"},
                                DEV_JWT_SECRET, algorithm="HS256"),
        "tampered": f"{head}.{forged_body}.{sig}",
        "unsigned": f"{head}.{body}.",
        "garbage": "not.a.token",
    }


PROTECTED = {"registry": "/v1/orgs", "tickets": "/v1/tickets", "matching": "/v1/orders",
             "lists": "/v1/resources", "notifications": "/v1/inbox"}


async def test_forged_tokens_are_refused_by_every_service(city):
    tried = 0
    for name, token in forged_tokens(city).items():
        for service, path in PROTECTED.items():
            r = await city.h[service].client.get(path, headers={
                "Authorization": f"Bearer {token}"})
            assert r.status_code == 401, (service, name, r.status_code)
            assert r.headers["content-type"] == "application/problem+json"
            assert r.headers["www-authenticate"] == "Bearer"
            tried += 1
        # Open311: the key is the token, as a query parameter or a bearer header
        r = await city.h["tickets"].client.get("/open311/v2/requests.json",
                                               params={"api_key": token})
        assert r.status_code == 403, (name, r.status_code, r.text[:200])
        r = await city.h["tickets"].client.post("/open311/v2/requests.json", data={
            "api_key": token, "service_code": "environment", "lat": "33.2", "long": "120.46",
            "description": "forged"})
        assert r.status_code == 403, (name, r.status_code)
    assert tried == 50
