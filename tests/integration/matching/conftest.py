"""Matching running in-process against the test stack, and a stand-in for the registry.

Most tests need a street of communities, grids and members in matching's read models. Rather
than run the registry for each, `Announcer` publishes registry-shaped snapshots (docs/events.md,
"registry → everyone") onto the real REDGRID_REGISTRY stream, and matching's real consumer
applies them; test_registry_events.py runs the real registry instead. The same goes for the
tickets service, which is being built in parallel: `Announcer.ticket` publishes a documented
ticket snapshot onto REDGRID_TICKETS.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from uuid import UUID

import nats
import pytest

from redgrid.common import streams
from redgrid.common.clock import ManualClock
from redgrid.common.events import EventKind
from redgrid.common.ids import uuid7
from redgrid.common.settings import Settings
from redgrid.common.testing import Harness, eventually, nats_connect, run_service
from redgrid.matching.domain.schedule import LOCAL
from redgrid.matching.main import spec

START = datetime(2026, 5, 4, 8, 0, tzinfo=LOCAL)  # a Monday morning in 大丰
CENTRE = (33.2001, 120.4608)


def at(day: int, hour: float) -> datetime:
    """`day` days after START's date, at `hour` local time."""
    base = START.replace(hour=0, minute=0) + timedelta(days=day)
    return base + timedelta(hours=hour)


def window(day: int, hour: float, hours: float = 2) -> dict:
    return {"window_start": at(day, hour).isoformat(),
            "window_end": at(day, hour + hours).isoformat()}


@dataclass
class Announcer:
    """Publishes what the registry (and tickets) would, onto their real streams (connected as
    admin: it stands in for both)."""

    nats_url: str
    nc: nats.NATS | None = None
    versions: dict[UUID, int] = field(default_factory=dict)
    paths: dict[UUID, list[UUID]] = field(default_factory=dict)
    sent: int = 0

    async def start(self) -> Announcer:
        self.nc = await nats_connect(self.nats_url)
        js = self.nc.jetstream()
        settings = Settings(service="registry", environment="test")
        for source in ("registry", "tickets"):
            await streams.ensure(js, streams.service_stream(source, settings))
            await streams.ensure_private(js, source, settings)
        return self

    async def close(self) -> None:
        await self.nc.close()

    async def publish(self, service: str, entity: str, verb: str, subject_id, data: dict) -> None:
        event = EventKind(service, entity, verb).make(subject_id, data)
        await self.nc.jetstream().publish(event.nats_subject, event.to_bytes(),
                                          headers={"Nats-Msg-Id": str(event.id)})
        self.sent += 1

    async def publish_many(self, items: list[tuple]) -> None:
        js = self.nc.jetstream()
        futures = []
        for service, entity, verb, subject_id, data in items:
            event = EventKind(service, entity, verb).make(subject_id, data)
            futures.append(await js.publish_async(event.nats_subject, event.to_bytes(),
                                                  headers={"Nats-Msg-Id": str(event.id)}))
        await asyncio.gather(*futures)
        self.sent += len(items)

    def _version(self, entity_id: UUID) -> int:
        self.versions[entity_id] = self.versions.get(entity_id, 0) + 1
        return self.versions[entity_id]

    async def org(self, kind: str, name: str, parent: UUID | None = None) -> UUID:
        org_id = uuid7()
        path = [*(self.paths[parent] if parent else []), org_id]
        self.paths[org_id] = path
        await self.publish("registry", "org", "created", org_id, {
            "id": str(org_id), "parent_id": str(parent) if parent else None, "kind": kind,
            "name": name, "path": [str(p) for p in path], "active": True,
            "version": self._version(org_id)})
        return org_id

    def grid_data(self, grid_id: UUID, community: UUID, org: UUID, code: str,
                  lat: float, lng: float) -> dict:
        d = 0.002
        return {
            "id": str(grid_id), "code": code, "name": f"{code}网格", "kind": "comprehensive",
            "parent_grid_id": None, "community_id": str(community),
            "branch_id": str(org) if org != community else None, "org_id": str(org),
            "org_path": [str(p) for p in self.paths[org]], "layers": ["party_building"],
            "area": [[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d],
                     [lng - d, lat + d]],
            "center_lat": lat, "center_lng": lng, "address_keys": [f"{code}路"],
            "status": "active", "version": self._version(grid_id)}

    async def grid(self, community: UUID, org: UUID, code: str, lat: float = CENTRE[0],
                   lng: float = CENTRE[1]) -> UUID:
        grid_id = uuid7()
        await self.publish("registry", "grid", "created", grid_id,
                           self.grid_data(grid_id, community, org, code, lat, lng))
        return grid_id

    def person_data(self, person_id: UUID, home: UUID, grid: UUID | None, *, name: str = "",
                    skills: list[str] = (), availability: list[dict] = (),
                    member_of: UUID | None = None, category: str = "resident",
                    roles: list[dict] = (), team_ids: list[UUID] = (),
                    status: str = "active") -> dict:
        return {
            "id": str(person_id), "name": name or f"成员{str(person_id)[-4:]}",
            "home_org_id": str(home), "org_path": [str(p) for p in self.paths[home]],
            "grid_id": str(grid) if grid else None, "skills": list(skills),
            "availability": list(availability), "roles": list(roles),
            "membership": {"branch_id": str(member_of), "category": category,
                           "management": "direct"} if member_of else None,
            "team_ids": [str(t) for t in team_ids], "status": status,
            "version": self._version(person_id)}

    async def person(self, home: UUID, grid: UUID | None, person_id: UUID | None = None,
                     **profile) -> UUID:
        person_id = person_id or uuid7()
        verb = "registered" if person_id not in self.versions else "updated"
        await self.publish("registry", "person", verb, person_id,
                           self.person_data(person_id, home, grid, **profile))
        return person_id

    async def team(self, org: UUID, name: str, skills: list[str], members: list[UUID],
                   leader: UUID | None = None) -> UUID:
        team_id = uuid7()
        await self.publish("registry", "team", "created", team_id, {
            "id": str(team_id), "name": name, "kind": "service", "org_id": str(org),
            "org_path": [str(p) for p in self.paths[org]], "skills": skills,
            "leader_id": str(leader) if leader else None,
            "member_ids": [str(m) for m in members], "active": True,
            "version": self._version(team_id)})
        return team_id

    async def dual_report(self, person: UUID, community: UUID, ended: bool = False) -> UUID:
        report_id = uuid7()
        await self.publish("registry", "dual_report", "registered", report_id, {
            "id": str(report_id), "kind": "member", "person_id": str(person), "unit_id": None,
            "community_id": str(community), "reported_on": "2026-01-01", "ended_on": None})
        return report_id

    async def ticket(self, verb: str, data: dict, event_id: UUID | None = None) -> None:
        event = EventKind("tickets", "ticket", verb).make(data["id"], data)
        if event_id is not None:
            event = event.model_copy(update={"id": event_id})
        await self.nc.jetstream().publish(event.nats_subject, event.to_bytes(),
                                          headers={"Nats-Msg-Id": str(event.id)})


async def known(h: Harness, sql: str, *args, expect=None, timeout: float = 20.0):
    """Wait until `sql` returns `expect` (or anything truthy) in matching's database."""
    async def check():
        async with h.runtime.pool.acquire() as conn:
            value = await conn.fetchval(sql, *args)
        return value if expect is None and value else (expect is not None and value == expect)

    return await eventually(check, timeout=timeout)


async def same_scores(h: Harness, order_id) -> int:
    """The ranking's SQL score and domain/scoring.py's agree for every candidate of an order;
    returns how many were compared."""
    from redgrid.matching.domain import scoring
    from redgrid.matching.queries import candidates, orders
    from redgrid.matching.usecases.assignment import target

    async with h.runtime.pool.acquire() as conn, conn.transaction():
        order = await orders.get(conn, UUID(str(order_id)))
        ranked = await candidates.rank(conn, await target(conn, order), 10_000)
    for r in ranked:
        assert abs(r.sql_score - scoring.score(r.facts)) < 1e-9, (r.sql_score, r.facts)
    return len(ranked)


async def call(h: Harness, method: str, path: str, headers: dict, body: dict | None = None,
               expect: int = 200) -> dict:
    r = await h.client.request(method, path, json=body, headers=headers)
    assert r.status_code == expect, (path, r.status_code, r.text)
    return r.json() if r.content else {}


@dataclass
class Street:
    """大中街道 as announced: two communities; 育红 with a branch and two grids, 建西 with one."""

    h: Harness
    reg: Announcer
    clock: ManualClock
    street: UUID
    yuhong: UUID
    jianxi: UUID
    branch: UUID
    grid: UUID  # 育红 grid 1, under the branch
    grid2: UUID  # 育红 grid 2, 600 m east
    far_grid: UUID  # 建西, 3 km away

    def staff(self, role: str, org: UUID) -> dict:
        return self.h.auth(role, org)

    def person(self, person_id: UUID, role: str = "resident") -> dict:
        return self.h.auth(role, person=person_id)

    @property
    def admin(self) -> dict:
        return self.h.auth("community_admin", self.yuhong)

    @property
    def secretary(self) -> dict:
        return self.h.auth("branch_secretary", self.branch)


async def build_street(h: Harness, reg: Announcer, clock: ManualClock) -> Street:
    street = await reg.org("street", "大中街道党工委")
    yuhong = await reg.org("community", "育红社区党委", street)
    jianxi = await reg.org("community", "建西社区党委", street)
    branch = await reg.org("grid_branch", "育红社区第1网格党支部", yuhong)
    grid = await reg.grid(yuhong, branch, "YH-01")
    grid2 = await reg.grid(yuhong, yuhong, "YH-02", CENTRE[0], CENTRE[1] + 0.0064)
    far = await reg.grid(jianxi, jianxi, "JX-01", CENTRE[0] + 0.027, CENTRE[1])
    await known(h, "SELECT count(*) FROM grids", expect=3)
    return Street(h, reg, clock, street, yuhong, jianxi, branch, grid, grid2, far)


# The margin around an order's window for start and complete (settings): most modules walk
# orders through without moving their shared clock to each window, so they allow any time; a
# module that checks the window says its own margin (SERVICE_MARGIN_HOURS).
ANY_TIME = 24 * 365


@pytest.fixture(scope="module")
async def service(stack, clean_nats, request):
    """Matching with a manual clock and a fast sweeper, and the announcer."""
    database = await stack.new_database()
    clock = ManualClock(START)
    reg = await Announcer(stack.nats_url_as("admin")).start()
    margin = getattr(request.module, "SERVICE_MARGIN_HOURS", ANY_TIME)
    async with run_service(spec, stack, database, clock=clock, matching_sweep_seconds=0.05,
                           matching_service_margin_hours=margin, db_pool_max=10) as h:
        yield h, reg, clock
    await reg.close()


@pytest.fixture(scope="module")
async def street(service) -> Street:
    h, reg, clock = service
    return await build_street(h, reg, clock)
