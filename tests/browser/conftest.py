"""The site a browser opens, as make dev serves it: the services over real HTTP behind their
/api/<service> prefixes, the development identity provider, and the built web app under `vite
preview` (the one origin, forwarding /api/… with the prefix stripped). A demo street with a
grid and its worker, who logs in by the provider's verified phone."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import tempfile
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest

from redgrid.common import devstack
from redgrid.common.testing import Harness, eventually, serve_http
from redgrid.lists.main import spec as lists_spec
from redgrid.matching.main import spec as matching_spec
from redgrid.notifications.main import spec as notifications_spec
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.main import spec as tickets_spec

WEB = devstack.WEB
RESULTS = WEB / "e2e" / "results"
SPECS = (registry_spec, tickets_spec, matching_spec, lists_spec, notifications_spec)
# 育红社区第1网格 (lng, lat): the phone pages' resident stands inside it at (32.025, 118.795)
GRID_AREA = [[118.79, 32.02], [118.80, 32.02], [118.80, 32.03], [118.79, 32.03]]
INSIDE = {"lat": 32.025, "lng": 118.795}


@dataclass
class Site:
    url: str
    h: dict[str, Harness]
    city: dict


async def run_node(script: str, **env: str) -> str:
    """A browser story (web/e2e/*.mjs) in Debian's chromium; fails with what the page showed.
    Awaited, not run blocking: the services it calls are served by this event loop."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    assert Path(chromium).exists(), "chromium is missing: apt-get install chromium (.ci/run does)"
    proc = await asyncio.create_subprocess_exec(
        "node", f"e2e/{script}", cwd=WEB, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=dict(os.environ, CHROMIUM=chromium, RESULTS=str(RESULTS), **env))
    out, err = await asyncio.wait_for(proc.communicate(), 180)
    assert proc.returncode == 0, f"{script} failed:\n{out.decode()}\n{err.decode()}"
    return out.decode()


async def post(h: Harness, path: str, body: dict) -> dict:
    r = await h.client.post(path, json=body, headers=h.auth("system"))
    assert r.status_code == 201, r.text
    return r.json()


async def seed(registry: Harness) -> dict:
    street = await post(registry, "/v1/orgs", {"kind": "street", "name": "大中街道党工委",
                                               "code": "DZ"})
    community = await post(registry, "/v1/orgs", {"kind": "community", "name": "育红社区党委",
                                                  "parent_id": street["id"]})
    branch = await post(registry, "/v1/orgs", {"kind": "grid_branch", "name": "育红第一网格党支部",
                                               "parent_id": community["id"]})
    grid = await post(registry, "/v1/grids", {"code": "DZ-01-01", "name": "育红社区第1网格",
                                              "community_id": community["id"],
                                              "branch_id": branch["id"], "area": GRID_AREA})
    worker = await post(registry, "/v1/people", {"name": "王芳", "home_org_id": community["id"],
                                                 "grid_id": grid["id"], "phone": "13800001111"})
    await post(registry, f"/v1/people/{worker['id']}/roles", {
        "role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
        "employment": "full_time"})
    admin = await post(registry, "/v1/people", {"name": "于红", "home_org_id": community["id"],
                                                "phone": "13700003333"})
    resident = await post(registry, "/v1/people", {"name": "李秀英", "home_org_id": community["id"],
                                                   "grid_id": grid["id"], "phone": "13900002222"})
    # a retired party member who volunteers (离退休党员、志愿者): the volunteer's story's
    volunteer = await post(registry, "/v1/people", {"name": "张建国", "home_org_id": community["id"],
                                                    "grid_id": grid["id"], "phone": "13600004444"})
    await post(registry, f"/v1/people/{volunteer['id']}/roles", {"role": "volunteer",
                                                                 "org_id": branch["id"]})
    r = await registry.client.put(f"/v1/people/{volunteer['id']}/membership",
                                  headers=registry.auth("system"),
                                  json={"branch_id": branch["id"], "category": "retired"})
    assert r.status_code == 200, r.text
    # the grid branch's secretary (支部书记): 支部下单 in the desk's orders story
    secretary = await post(registry, "/v1/people", {"name": "陈立新", "home_org_id": community["id"],
                                                    "phone": "13500005555"})
    await post(registry, f"/v1/people/{secretary['id']}/roles", {"role": "branch_secretary",
                                                                 "org_id": branch["id"]})
    # the street office (陈建国, 街道党工委) and a co-building unit's liaison (周明, 大中派出所):
    # the desk's registry and lists stories; no phone, so the read models' counts stay as they are
    street_admin = await post(registry, "/v1/people", {"name": "陈建国", "home_org_id": street["id"]})
    unit = await post(registry, "/v1/units", {"name": "大中派出所", "kind": "government",
                                              "org_id": street["id"],
                                              "community_ids": [community["id"]]})
    liaison = await post(registry, "/v1/people", {"name": "周明", "home_org_id": street["id"]})
    for person, subject in ((street_admin, "demo-dazhong"), (liaison, "demo-paichusuo")):
        r = await registry.client.put(f"/v1/people/{person['id']}/login",
                                      headers=registry.auth("system"),
                                      json={"idp_subject": subject})
        assert r.status_code == 204, r.text
    return {"street": street, "community": community, "branch": branch, "grid": grid,
            "worker": worker, "resident": resident, "admin": admin,
            "login": {"username": "wangfang", "password": "网格员-2026", "name": "王芳"},
            "resident_login": {"username": "lixiuying", "password": "居民-2026", "name": "李秀英"},
            "admin_login": {"username": "yuhong", "password": "社区-2026", "name": "于红"},
            "volunteer": volunteer,
            "volunteer_login": {"username": "zhangjianguo", "password": "志愿者-2026",
                                "name": "张建国"},
            "secretary": secretary,
            "secretary_login": {"username": "chenlixin", "password": "支部-2026",
                                "name": "陈立新"},
            "street_admin": street_admin, "unit": unit, "liaison": liaison,
            "street_login": {"username": "dazhong", "password": "街道-2026", "name": "陈建国"},
            "unit_login": {"username": "paichusuo", "password": "单位-2026", "name": "周明"}}


@pytest.fixture(scope="module")
async def site(stack, clean_nats):
    assert (WEB / "dist" / "index.html").exists(), "web/dist is missing: make test builds it"
    database = await stack.new_database()
    ports = {s.name: devstack.free_port() for s in SPECS}
    web_port = devstack.free_port()
    users = Path(tempfile.mkdtemp(prefix="redgrid-browser-")) / "users.json"
    idp = devstack.OidcProvider(users, devstack.free_port(), [f"http://127.0.0.1:{web_port}/"])
    async with AsyncExitStack() as running:
        h = {}
        for spec in SPECS:
            h[spec.name] = await running.enter_async_context(serve_http(
                spec, stack, database, port=ports[spec.name], root_path=f"/api/{spec.name}",
                oidc_issuer=idp.issuer, oidc_roles_claim="realm_access.roles",
                oidc_org_claim="redgrid_org", oidc_unit_claim="redgrid_unit"))
        city = await seed(h["registry"])

        async def known() -> bool:
            # tickets knows the grid, matching the people's phones, notifications the worker
            counts = []
            for name, sql in (("tickets", "SELECT count(*) FROM grids"),
                              ("matching", "SELECT count(*) FROM contacts"),
                              ("notifications", "SELECT count(*) FROM person_roles")):
                async with h[name].runtime.pool.acquire() as conn:
                    counts.append(await conn.fetchval(sql))
            return counts == [1, 5, 3]  # people with a phone; those holding a role

        await eventually(known, timeout=30, interval=0.2)
        login = city["login"]
        resident = city["resident_login"]
        users.write_text(json.dumps([{"username": login["username"], "password": login["password"],
                                      "sub": "demo-wangfang", "name": login["name"],
                                      "phone_number": "13800001111"},
                                     {"username": resident["username"],
                                      "password": resident["password"], "sub": "demo-lixiuying",
                                      "name": resident["name"], "phone_number": "13900002222"},
                                     {"username": "yuhong", "password": "社区-2026",
                                      "sub": "demo-yuhong", "name": "于红",
                                      "phone_number": "13700003333",
                                      # an office's role and org come in the ID token's claims
                                      "roles": ["community_admin"],
                                      "org": city["community"]["id"]},
                                     {"username": "zhangjianguo", "password": "志愿者-2026",
                                      "sub": "demo-zhangjianguo", "name": "张建国",
                                      "phone_number": "13600004444"},
                                     {"username": "chenlixin", "password": "支部-2026",
                                      "sub": "demo-chenlixin", "name": "陈立新",
                                      "phone_number": "13500005555",
                                      "roles": ["branch_secretary"],
                                      "org": city["branch"]["id"]},
                                     {"username": "dazhong", "password": "街道-2026",
                                      "sub": "demo-dazhong", "name": "陈建国",
                                      "roles": ["street_admin"], "org": city["street"]["id"]},
                                     {"username": "paichusuo", "password": "单位-2026",
                                      "sub": "demo-paichusuo", "name": "周明", "roles": ["unit"],
                                      "org": city["street"]["id"],
                                      "unit": city["unit"]["id"]}],
                                    ensure_ascii=False))
        idp.start()
        running.callback(idp.stop)
        env = dict(os.environ, REDGRID_WEB_PORT=str(web_port),
                   **{f"REDGRID_{n.upper()}_PORT": str(p) for n, p in ports.items()})
        web = subprocess.Popen([str(WEB / "node_modules" / ".bin" / "vite"), "preview"], cwd=WEB,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
                               start_new_session=True)
        running.callback(lambda: (web.terminate(), web.wait(10)))
        devstack.wait_for_port(web_port, proc=web)
        yield Site(f"http://127.0.0.1:{web_port}/", h, city)
