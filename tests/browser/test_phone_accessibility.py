"""axe-core in a real Chromium on each phone page, as the person of that role sees it (issue
23): no serious or critical violation (labels, contrast, names of buttons, focus)."""

from __future__ import annotations

import json
from uuid import UUID

import pytest

from .conftest import INSIDE, run_node

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _hers(site) -> str:
    """A matter the resident reported, in the worker's grid."""
    tickets, city = site.h["tickets"], site.city
    r = await tickets.client.post("/v1/tickets", json={
        "appeal_kind": "help", "category": "environment", "title": "育红社区5号楼楼道堆放杂物",
        "location": INSIDE}, headers=tickets.auth("resident", UUID(city["community"]["id"]),
                                                  UUID(city["resident"]["id"])))
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def _audit(site, login: dict, pages: list[str]) -> dict:
    out = await run_node("phone_axe.mjs", BASE_URL=site.url, USERNAME=login["username"],
                         PASSWORD=login["password"], NAME=login["name"], PAGES=",".join(pages))
    return json.loads(out.strip().splitlines()[-1])


async def test_no_serious_accessibility_violations_on_the_phone_pages(site):
    ticket = f"/m/tickets/{await _hers(site)}"
    found = await _audit(site, site.city["resident_login"], ["/", "/m/report", "/m/tickets",
                                                            ticket, "/m/service", "/m/service/new",
                                                            "/m/notices", "/m/board"])
    found |= {f"worker {p}": v for p, v in (await _audit(
        site, site.city["login"], ["/m/grid", "/m/grid/map", ticket, "/m/orders",
                                   "/m/visits/new"])).items()}
    found |= {f"volunteer {p}": v for p, v in (await _audit(
        site, site.city["volunteer_login"], ["/m/orders", "/m/record"])).items()}
    assert len(found) == 15
    assert {p: v for p, v in found.items() if v} == {}, json.dumps(found, ensure_ascii=False,
                                                                   indent=1)
