"""How fast matching ranks candidates on a street of 10,000 members (not a timed test).

    .venv/bin/python bench/matching_rank.py [--members 10000] [--orders 200] [--busy 300]

Starts the embedded PostgreSQL and NATS (redgrid.common.testing.start_stack), runs matching
in-process with its real migrations, fills its read models of the registry (a street of 26
communities and 106 grids, like 大中街道, and the members) directly, books `--busy` orders
through the API so that load and bookings count, then times the ranking of `--orders` orders:
the SQL statement alone, and GET /v1/orders/{id}/candidates end to end. Prints p50 and p95.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from datetime import datetime, timedelta
from uuid import uuid4

from redgrid.common.clock import ManualClock
from redgrid.common.orgtree import path_text
from redgrid.common.testing import run_service, start_stack
from redgrid.matching.domain.schedule import LOCAL
from redgrid.matching.main import spec
from redgrid.matching.queries import candidates as ranking
from redgrid.matching.queries import orders as order_queries
from redgrid.matching.usecases.assignment import target

SKILLS = ["elderly_care", "repairs", "escort", "tutoring", "legal_aid", "health_care",
          "mediation", "sanitation", "policy_outreach", "traffic_guidance", "greening", "cooking"]
START = datetime(2026, 5, 4, 8, 0, tzinfo=LOCAL)
CENTRE = (33.2001, 120.4608)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


async def fill(conn, members: int, rng: random.Random):
    """A street of 26 communities with 106 grids, and the members, straight into the tables
    the registry's events would fill (the consumer's path is tested elsewhere)."""
    street = uuid4()
    orgs = [(street, None, "street", "大中街道党工委", path_text([street]), True, 1)]
    grids = []
    for c in range(26):
        community = uuid4()
        orgs.append((community, street, "community", f"社区{c + 1}",
                     path_text([street, community]), True, 1))
        for g in range(106 // 26 + (1 if c < 106 % 26 else 0)):
            lat = CENTRE[0] + rng.uniform(-0.02, 0.02)
            lng = CENTRE[1] + rng.uniform(-0.02, 0.02)
            grids.append((uuid4(), f"DZ-{c:02d}-{g:02d}", f"网格{c}-{g}", "comprehensive", None,
                          community, community, path_text([street, community]), None, lat, lng,
                          [], "active", 1))
    people = []
    for _ in range(members):
        grid = rng.choice(grids)
        availability = ([{"weekday": d, "start": "09:00", "end": "17:00"}
                         for d in rng.sample(range(1, 8), 3)] if rng.random() < 0.8 else [])
        people.append((uuid4(), "成员", grid[5], grid[7], grid[0], rng.sample(SKILLS, 2),
                       availability, [], {"branch_id": str(grid[5]), "category": "retired",
                                          "management": "taken_over"}, [], "active", 1))
    await conn.copy_records_to_table(
        "orgs", records=orgs,
        columns=["id", "parent_id", "kind", "name", "path", "active", "version"])
    await conn.executemany(
        "INSERT INTO grids (id, code, name, kind, parent_grid_id, community_id, org_id, "
        "org_path, area, center_lat, center_lng, address_keys, status, version) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)", grids)
    await conn.executemany(  # jsonb columns: COPY's binary format has no encoder for them
        "INSERT INTO people (id, name, home_org_id, org_path, grid_id, skills, availability, "
        "roles, membership, team_ids, status, version) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)", people)
    await conn.execute("ANALYZE")
    return street, grids


async def place(h, staff, grid, rng: random.Random, accept: bool) -> str:
    start = START.replace(hour=0) + timedelta(days=rng.randint(1, 14),
                                              minutes=30 * rng.randint(16, 36))
    r = await h.client.post("/v1/orders", headers=h.auth("resident", person=uuid4()), json={
        "service_type": rng.choice(SKILLS), "title": "bench", "grid_id": str(grid[0]),
        "window_start": start.isoformat(), "window_end": (start + timedelta(hours=2)).isoformat()})
    oid = r.json()["id"]
    await h.client.post(f"/v1/orders/{oid}/hand-over", headers=staff, json={})
    if accept:
        sent = (await h.client.post(f"/v1/orders/{oid}/dispatch", headers=staff,
                                    json={"auto": True})).json()
        who = h.auth("party_member", person=sent["assignee_person_id"])
        await h.client.post(f"/v1/orders/{oid}/accept", headers=who)
    return oid


async def main(members: int, orders: int, busy: int) -> None:
    stack = start_stack()
    try:
        database = await stack.new_database()
        async with run_service(spec, stack, database, clock=ManualClock(START),
                               log_level="ERROR") as h:
            rng = random.Random(106)
            async with h.runtime.pool.acquire() as conn:
                started = time.perf_counter()
                street, grids = await fill(conn, members, rng)
                print(f"{members} members in {len(grids)} grids loaded in "
                      f"{time.perf_counter() - started:.1f}s")
            staff = h.auth("street_admin", street)
            started = time.perf_counter()
            for _ in range(busy):
                await place(h, staff, rng.choice(grids), rng, accept=True)
            print(f"{busy} orders placed, handed over, auto-dispatched and accepted in "
                  f"{time.perf_counter() - started:.1f}s")
            ids = [await place(h, staff, rng.choice(grids), rng, accept=False)
                   for _ in range(orders)]
            sql, http = [], []
            async with h.runtime.pool.acquire() as conn:
                for oid in ids:
                    order = await order_queries.get(conn, oid)
                    t = await target(conn, order)
                    async with conn.transaction():
                        started = time.perf_counter()
                        await ranking.rank(conn, t, 10)
                        sql.append((time.perf_counter() - started) * 1000)
            for oid in ids:
                started = time.perf_counter()
                r = await h.client.get(f"/v1/orders/{oid}/candidates?limit=10", headers=staff)
                http.append((time.perf_counter() - started) * 1000)
                assert r.status_code == 200 and len(r.json()) == 10, r.text
            for name, values in (("ranking SQL", sql), ("GET candidates", http)):
                print(f"{name:15} over {members} members: p50 {percentile(values, 0.5):6.1f} ms"
                      f"   p95 {percentile(values, 0.95):6.1f} ms"
                      f"   mean {statistics.mean(values):6.1f} ms   (n={len(values)})")
    finally:
        for close in stack._closers:
            close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--orders", type=int, default=200)
    parser.add_argument("--busy", type=int, default=300)
    args = parser.parse_args()
    asyncio.run(main(args.members, args.orders, args.busy))
