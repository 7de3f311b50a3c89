"""The registry and tickets running in-process against one test database and NATS: a street
with two communities, each with a grid and its full-time grid worker, known to tickets through
the registry's events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from itertools import product
from uuid import UUID
from zoneinfo import ZoneInfo

import pytest

from redgrid.common.clock import ManualClock
from redgrid.common.scope import WHOLE_CITY
from redgrid.common.testing import Harness, eventually, run_service
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.domain.followups import RateDefinition, Satisfaction
from redgrid.tickets.main import spec as tickets_spec
from redgrid.tickets.queries import figures

BEIJING = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 9, 28, 9, 0, tzinfo=BEIJING)  # a Monday before 国庆
# 基本满意 counts and 未评价 is in the denominator: every part of the kept 满意率 is exercised
RATES = RateDefinition(satisfied=frozenset({Satisfaction.SATISFIED, Satisfaction.BASICALLY}),
                       unevaluated_counted=True)


def square(lng: float, lat: float, d: float = 0.005) -> list[list[float]]:
    return [[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d], [lng - d, lat + d]]


@dataclass
class Community:
    id: UUID
    branch: UUID
    grid: UUID
    worker: UUID  # the grid's full-time grid worker
    centre: tuple[float, float]  # lat, lng


@dataclass
class World:
    registry: Harness
    tickets: Harness
    clock: ManualClock
    street: UUID
    yuhong: Community  # 育红社区
    jianxi: Community  # 建西社区
    extra: dict = field(default_factory=dict)

    def as_(self, role: str, org: UUID | None = None, person: UUID | None = None) -> dict:
        return self.tickets.auth(role, org, person)

    def system(self) -> dict:
        return self.tickets.auth("system")

    def street_admin(self) -> dict:
        return self.tickets.auth("street_admin", self.street)

    def admin(self, c: Community) -> dict:
        return self.tickets.auth("community_admin", c.id)

    def worker(self, c: Community) -> dict:
        return self.tickets.auth("grid_worker", c.branch, c.worker)

    async def file(self, body: dict, headers: dict | None = None, status: int = 201) -> dict:
        r = await self.tickets.client.post("/v1/tickets", json=body,
                                           headers=headers or self.admin(self.yuhong))
        assert r.status_code == status, r.text
        return r.json()

    async def step(self, ticket_id: str, action: str, body: dict | None, headers: dict,
                   status: int = 200) -> dict:
        r = await self.tickets.client.post(f"/v1/tickets/{ticket_id}/{action}", json=body or {},
                                           headers=headers)
        assert r.status_code == status, (action, r.text)
        return r.json()


async def created(h: Harness, path: str, body: dict, headers: dict) -> dict:
    r = await h.client.post(path, json=body, headers=headers)
    assert r.status_code in (200, 201), r.text
    return r.json()


async def community(registry: Harness, street: str, name: str, code: str,
                    centre: tuple[float, float]) -> Community:
    system = registry.auth("system")
    c = await created(registry, "/v1/orgs", {"kind": "community", "name": f"{name}社区党委",
                                             "parent_id": street}, system)
    branch = await created(registry, "/v1/orgs", {"kind": "grid_branch", "parent_id": c["id"],
                                                  "name": f"{name}第一网格党支部"}, system)
    lat, lng = centre
    grid = await created(registry, "/v1/grids", {
        "code": code, "name": f"{name}第一网格", "community_id": c["id"],
        "branch_id": branch["id"], "area": square(lng, lat), "center_lat": lat,
        "center_lng": lng, "address_keys": [f"{name}路"]}, system)
    worker = await created(registry, "/v1/people", {"name": f"{name}网格员",
                                                    "home_org_id": c["id"],
                                                    "grid_id": grid["id"]}, system)
    await created(registry, f"/v1/people/{worker['id']}/roles", {
        "role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
        "employment": "full_time"}, system)
    return Community(UUID(c["id"]), UUID(branch["id"]), UUID(grid["id"]), UUID(worker["id"]),
                     centre)


async def worker_known(tickets: Harness, grid: UUID) -> bool:
    async with tickets.runtime.pool.acquire() as conn:
        return bool(await conn.fetchval(
            "SELECT 1 FROM person_roles WHERE grid_id = $1 AND role = 'grid_worker'", grid))


@pytest.fixture(scope="module")
async def world(stack, clean_nats):
    database = await stack.new_database()
    clock = ManualClock(START)
    async with run_service(registry_spec, stack, database) as registry:
        async with run_service(tickets_spec, stack, database, clock=clock,
                               deadline_scan_seconds=0.05) as tickets:
            system = registry.auth("system")
            street = await created(registry, "/v1/orgs", {"kind": "street", "name": "大中街道党工委",
                                                          "code": "dazhong"}, system)
            yuhong = await community(registry, street["id"], "育红", "YH-01", (33.20, 120.46))
            jianxi = await community(registry, street["id"], "建西", "JX-01", (33.22, 120.48))
            for c in (yuhong, jianxi):
                await eventually(lambda c=c: worker_known(tickets, c.grid), timeout=20)
            world = World(registry, tickets, clock, UUID(street["id"]), yuhong, jianxi,
                          extra={"stack": stack, "database": database})
            yield world
            # whatever the module's tests did to its tickets, the kept figures still add up
            await kept_figures_agree(world)


async def count(h: Harness, sql: str, *args) -> int:
    async with h.runtime.pool.acquire() as conn:
        return await conn.fetchval(sql, *args)


# Each ticket's milestones as docs/tickets.md defines them, from its steps: what the columns
# kept on the row (domain/workflow.MILESTONES) must always agree with.
FROM_STEPS = """
SELECT t.id, t.number FROM tickets t CROSS JOIN LATERAL (
    SELECT min(s.at) FILTER (WHERE s.action = 'accept') AS accepted,
           min(s.at) FILTER (WHERE s.action = 'dispatch') AS dispatched,
           min(s.at) FILTER (WHERE s.action = 'sign') AS signed,
           min(s.at) FILTER (WHERE s.action = 'bounce') AS bounced,
           min(s.at) FILTER (WHERE s.action = 'escalate') AS escalated,
           min(s.at) FILTER (WHERE s.action = 'resolve') AS resolved,
           coalesce(bool_or(s.action = 'reject'), false) AS rejected,
           coalesce(bool_or(s.action = 'merge'), false) AS merged,
           (array_agg((s.data->>'rating')::int ORDER BY s.id DESC)
              FILTER (WHERE s.action = 'follow_up'))[1] AS rating
    FROM ticket_steps s WHERE s.ticket_id = t.id) x
WHERE t.accepted_at IS DISTINCT FROM x.accepted
   OR t.first_dispatched_at IS DISTINCT FROM x.dispatched
   OR t.first_signed_at IS DISTINCT FROM x.signed
   OR t.first_bounced_at IS DISTINCT FROM x.bounced
   OR t.first_escalated_at IS DISTINCT FROM x.escalated
   OR t.resolved_at IS DISTINCT FROM x.resolved
   OR (t.status = 'rejected') <> x.rejected OR (t.merged_into_id IS NOT NULL) <> x.merged
   OR t.rating IS DISTINCT FROM x.rating
"""


async def milestones_at_odds(h: Harness) -> list[str]:
    """Numbers of the tickets whose milestone columns disagree with their steps."""
    async with h.runtime.pool.acquire() as conn:
        return [r["number"] for r in await conn.fetch(FROM_STEPS)]


async def kept_figures_agree(world: World) -> int:
    """The figures from the day rows (figure_counts) equal a recount of the tickets, for
    every place, grouping and period tried, at several moments, before and after the day rows
    are folded. Returns how many comparisons were made."""
    now = world.clock.now()
    day = timedelta(days=1)
    midnight = datetime.combine(now.astimezone(BEIJING).date(), time(), BEIJING)
    periods = [(None, None), (START - 3 * day, None), (None, now + 2 * day),
               (midnight - 5 * day, midnight + day), (START + timedelta(hours=5), now + day),
               (START - timedelta(hours=1), now + timedelta(hours=3)),
               (midnight + timedelta(hours=1), midnight + timedelta(hours=2))]
    compared = 0
    async with world.tickets.runtime.pool.acquire() as conn:
        places = []
        # a street, its communities, a grid's branch: each level of day rows is read
        for org in (world.street, world.yuhong.id, world.jianxi.id, world.yuhong.branch):
            path = await conn.fetchval("SELECT path FROM orgs WHERE id = $1", org)
            places += [(path, None, None), (path, [world.yuhong.grid], None)]
        places.append((WHOLE_CITY, None, world.street))
        for fold in (False, True):
            if fold:
                await conn.fetchval("SELECT compact_figure_counts()")
            for moment in (now, now + timedelta(hours=30), now + 40 * day):
                for (path, grids, street), (since, until), group_by in product(
                        places, periods, (None, "grid", "community", "street", "month")):
                    args = (conn, path, group_by, since, until, moment, None, None, None, grids,
                            None, street)
                    kept = await figures.figures(*args, rates=RATES)
                    recount = await figures.figures(*args, rates=RATES, kept=False)
                    assert [dict(r) for r in kept] == [dict(r) for r in recount], (
                        path, grids, since, until, group_by, moment, fold)
                    compared += 1
    return compared
