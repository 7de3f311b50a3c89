"""Every service's OpenAPI fuzzed with schemathesis, all checks: no 5xx, every answer (problem+json
errors included) as its schema says, invalid input refused, valid input taken. Seeded and
deterministic; REDGRID_FUZZ_EXAMPLES makes the hunt longer. What it found once is pinned down
in test_fuzz_regressions.py."""

from __future__ import annotations

import os
import time

import pytest

from .city import City, running_city
from .fuzz import fuzz, load

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


# The live stream never ends by itself; it has its own tests (notifications).
EXCLUDE = {"notifications": ("/v1/inbox/stream",)}


@pytest.mark.parametrize("service", ["registry", "tickets", "matching", "lists",
                                     "notifications"])
async def test_fuzz(city, service):
    h = city.h[service]
    doc = (await h.client.get("/openapi.json")).json()
    started = time.perf_counter()
    schema = load(doc, str(h.client.base_url), city.system, known_ids(city),
                  exclude=EXCLUDE.get(service, ()))
    report = await fuzz(schema, service)
    print(f"\n{report.summary()}\n{service}: {time.perf_counter() - started:.1f}s")
    if os.environ.get("REDGRID_FUZZ_REPORT"):
        with open(f"{os.environ['REDGRID_FUZZ_REPORT']}.{service}.txt", "w") as out:
            out.write(report.summary(limit=None))
    assert not report.findings and not report.errors, report.summary()


async def test_fuzz_open311(city):
    """The Open311 facade answers in GeoReport's own formats (JSON or XML by the path's
    extension, GeoReport errors), which its OpenAPI does not describe: held to no 5xx, with a
    key and without one."""
    t = city.h["tickets"]
    doc = (await t.client.get("/open311/v2/openapi.json")).json()
    known = {"fmt": ["json", "xml"], "code": ["road_repair", "environment"],
             "number": [str(s.things[k]) for s in (city.a, city.b)
                        for k in ("ticket_number", "notice_number")]}
    for headers in (city.system, {}):
        schema = load(doc, f"{t.client.base_url}/open311/v2", headers, known,
                      only=("not_a_server_error",))
        report = await fuzz(schema, "open311")
        print(f"\n{report.summary()}")
        assert not report.findings and not report.errors, report.summary()
