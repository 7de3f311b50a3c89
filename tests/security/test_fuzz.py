"""Every service's OpenAPI fuzzed with schemathesis, all checks: no 5xx, every answer (problem+json
errors included) as its schema says, invalid input refused, valid input taken. Seeded and
deterministic; REDGRID_FUZZ_EXAMPLES makes the hunt longer. What it found once is pinned down
in test_fuzz_regressions.py.

Who calls matters (what a resident may reach, what a street admin's scope lets through): every
service is fuzzed as the platform, a street admin and a resident, the Open311 facade also
without a key. make soak runs it longer (fuzz.py) and prints the run's figures."""

from __future__ import annotations

import os
import time

import pytest

from .city import City, running_city
from .fuzz import ROLE_EXAMPLES, SERVER_ERROR, SOAKING, Report, fuzz, load

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module")
async def city(stack):
    async with running_city(stack) as c:
        yield c


def known_ids(city: City) -> dict[str, list[str]]:
    """Parameter name → seeded ids, both streets, so that the fuzzer reaches real things."""
    a, b = city.a, city.b
    both = (a, b)
    ids = {
        "org_id": [city.root, *(x for s in both for x in (s.street, s.community, s.branch))],
        "street_id": [a.street, b.street],
        "community_id": [a.community, b.community],
        "grid_id": [a.grid, b.grid],
        "person_id": [p for s in both for p in s.people.values()],
        "unit_id": [a.unit, b.unit],
        "team_id": [a.team, b.team],
        "place_id": [a.place, b.place],
        "report_id": [s.things["dual_report"] for s in both],
        "ticket_id": [s.things[k] for s in both for k in ("ticket", "hotline_ticket")],
        "number": [s.things[k] for s in both for k in ("ticket_number", "notice_number")],
        "order_id": [s.things["order"] for s in both],
        "post_id": [s.things["post"] for s in both],
        "resource_id": [s.things["resource"] for s in both],
        "need_id": [s.things["need"] for s in both],
        "claim_id": [s.things["claim"] for s in both],
        "project_id": [s.things["project"] for s in both],
        "agreement_id": [s.things["agreement"] for s in both],
        "meeting_id": [s.things["meeting"] for s in both],
        "resolution_id": [s.things["resolution"] for s in both],
        "subscription_id": [s.things["webhook"] for s in both],
        "source_id": [s.things[k] for s in both for k in ("ticket", "order")],
        "category": ["road_repair", "environment"],
        "root": [a.street, a.community],
    }
    return {k: [str(v) for v in vs] for k, vs in ids.items()}


# The live stream never ends by itself: a fuzzer's call would hold its connection for the whole
# request timeout. It is tested apart (tests/integration/notifications/test_live_stream.py).
EXCLUDE = {"notifications": ("/v1/inbox/stream",)}
SERVICES = ["registry", "tickets", "matching", "lists", "notifications"]
TALLY: list[Report] = []


@pytest.fixture(scope="module", autouse=True)
def tally():
    """The run's figures, printed at its end (make soak shows them)."""
    yield
    if TALLY:
        print(f"\nfuzz: {sum(r.cases for r in TALLY)} cases, "
              f"{sum(r.server_errors for r in TALLY)} server errors, "
              f"{sum(r.unparseable for r in TALLY)} unparseable answers, "
              f"{sum(len(r.findings) for r in TALLY)} findings over {len(TALLY)} runs")


def roles(city: City) -> dict[str, dict[str, str]]:
    """The callers: the platform, a street's admin and a resident (street A), and nobody."""
    return {"system": city.system, "street_admin": city.auth("street_admin", city.a),
            "resident": city.auth("resident", city.a), "anonymous": {}}


def _done(report: Report, label: str, started: float) -> None:
    TALLY.append(report)
    print(f"\n{report.summary()}\n{label}: {time.perf_counter() - started:.1f}s")
    if os.environ.get("REDGRID_FUZZ_REPORT"):
        with open(f"{os.environ['REDGRID_FUZZ_REPORT']}.{label}.txt", "w") as out:
            out.write(report.summary(limit=None))
    assert not report.findings and not report.errors, report.summary()


@pytest.mark.parametrize("service", SERVICES)
async def test_fuzz(city, service):
    """As the platform (the widest reach): every check."""
    h = city.h[service]
    doc = (await h.client.get("/openapi.json")).json()
    started = time.perf_counter()
    schema = load(doc, str(h.client.base_url), city.system, known_ids(city),
                  exclude=EXCLUDE.get(service, ()))
    _done(await fuzz(schema, service), service, started)


@pytest.mark.parametrize("role", ["street_admin", "resident"])
@pytest.mark.parametrize("service", SERVICES)
async def test_fuzz_as(city, service, role):
    """As a street's admin and as a resident: scope and role checks on every path, held to no
    5xx and XML that parses (their refusals are 403/404s the schema cannot predict per role)."""
    h = city.h[service]
    doc = (await h.client.get("/openapi.json")).json()
    started = time.perf_counter()
    schema = load(doc, str(h.client.base_url), roles(city)[role], known_ids(city),
                  examples=ROLE_EXAMPLES, exclude=EXCLUDE.get(service, ()),
                  only=(SERVER_ERROR,), coverage=SOAKING)
    _done(await fuzz(schema, f"{service}/{role}"), f"{service}.{role}", started)


# What the facade is held to: its own description (statuses, content types, headers, JSON
# bodies), no 5xx, and XML that parses. Not negative_data_rejection: GeoReport clients send
# keys of their own, and the facade takes them.
OPEN311_CHECKS = (SERVER_ERROR, "status_code_conformance", "content_type_conformance",
                  "response_headers_conformance", "response_schema_conformance")


@pytest.mark.parametrize("role", ["system", "street_admin", "resident", "anonymous"])
async def test_fuzz_open311(city, role):
    """The Open311 facade, fuzzed from its own OpenAPI (JSON and XML by the path's extension,
    GeoReport's errors) with a key of each role and without one."""
    t = city.h["tickets"]
    doc = (await t.client.get("/open311/v2/openapi.json")).json()
    known = {"fmt": ["json", "xml"], "code": ["road_repair", "environment"],
             "number": [str(s.things[k]) for s in (city.a, city.b)
                        for k in ("ticket_number", "notice_number")]}
    started = time.perf_counter()
    schema = load(doc, f"{t.client.base_url}/open311/v2", roles(city)[role], known,
                  only=OPEN311_CHECKS)
    _done(await fuzz(schema, f"open311/{role}"), f"open311.{role}", started)
