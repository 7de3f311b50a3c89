"""A street-sized registry for the benchmark, through the registry's public API: communities,
grids tiling the street (each with its branch and full-time grid worker), and members; then a
wait until tickets and notifications know them from events."""

from __future__ import annotations

import asyncio
import time

import asyncpg
import httpx

from redgrid.common.auth import issue_token
from redgrid.common.ids import uuid7
from redgrid.common.settings import Settings

CENTRE = (33.2001, 120.4608)
CELL = 0.004


async def seed(registry_url: str, conn: asyncpg.Connection, communities: int, grids_per: int,
               members_per_grid: int) -> list[dict]:
    token = issue_token(Settings(environment="development"), uuid7(), ["system"])
    gate = asyncio.Semaphore(16)
    async with httpx.AsyncClient(base_url=registry_url, timeout=60,
                                 headers={"Authorization": f"Bearer {token}"}) as http:

        async def post(path: str, body: dict) -> dict:
            async with gate:
                r = await http.post(path, json=body)
            r.raise_for_status()
            return r.json()

        street = await post("/v1/orgs", {"kind": "street", "name": "基准街道", "code": "bench"})
        columns = 20

        async def grid(community: dict, index: int) -> dict:
            row, col = divmod(index, columns)
            lat, lng = CENTRE[0] + row * CELL, CENTRE[1] + col * CELL
            d = CELL / 2 * 0.98
            branch = await post("/v1/orgs", {"kind": "grid_branch", "parent_id": community["id"],
                                             "name": f"第{index}网格党支部"})
            g = await post("/v1/grids", {
                "code": f"B-{index:04d}", "name": f"第{index}网格", "community_id": community["id"],
                "branch_id": branch["id"], "center_lat": lat, "center_lng": lng,
                "area": [[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d],
                         [lng - d, lat + d]]})
            worker = await post("/v1/people", {"name": f"网格员{index}",
                                               "home_org_id": community["id"],
                                               "grid_id": g["id"]})
            await post(f"/v1/people/{worker['id']}/roles", {
                "role": "grid_worker", "org_id": branch["id"], "grid_id": g["id"],
                "employment": "full_time"})
            for m in range(members_per_grid):
                await post("/v1/people", {"name": f"党员{index}-{m}",
                                          "home_org_id": community["id"], "grid_id": g["id"],
                                          "skills": ["elderly_care"]})
            return g

        made = []
        for c in range(communities):
            community = await post("/v1/orgs", {"kind": "community", "parent_id": street["id"],
                                                "name": f"第{c}社区"})
            made += await asyncio.gather(*(grid(community, c * grids_per + g)
                                           for g in range(grids_per)))
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:  # the read models catch up through events
        known = await conn.fetchval(
            "SELECT (SELECT count(*) FROM tickets.grids) + (SELECT count(*) FROM "
            "notifications.person_roles WHERE role = 'grid_worker')")
        if known >= 2 * len(made):
            return made
        await asyncio.sleep(0.2)
    raise TimeoutError("tickets and notifications did not learn the grids")
