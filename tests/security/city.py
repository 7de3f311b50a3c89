"""A city of two streets for hostile tests: the five services in one database, served over real
HTTP, and on each street a community, a grid branch, a grid and the people and things of every
service, made through the public APIs. Street A is "inside" every scoped token the tests make;
street B is "outside". Every phone number and address given is kept, so that tests can look for
them where they must never appear."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from redgrid.common.clock import Clock
from redgrid.common.testing import Harness, Stack, eventually, nats_connect
from redgrid.lists.main import spec as lists_spec
from redgrid.matching.main import spec as matching_spec
from redgrid.notifications.main import spec as notifications_spec
from redgrid.notifications.senders.destinations import destinations_of
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.main import spec as tickets_spec

from ..integration.notifications.fakes import Names, Receiver, serve

SPECS = {s.name: s for s in (registry_spec, tickets_spec, matching_spec, lists_spec,
                             notifications_spec)}
ROLES = ("resident", "volunteer", "party_member", "grid_worker", "branch_secretary",
         "community_admin", "street_admin", "unit", "system")


@dataclass
class Side:
    """One street and what lies in it."""

    name: str
    street: UUID = None
    community: UUID = None
    branch: UUID = None
    grid: UUID = None
    people: dict[str, UUID] = field(default_factory=dict)
    unit: UUID = None
    team: UUID = None
    place: UUID = None
    things: dict[str, Any] = field(default_factory=dict)  # ids of what the services hold
    phones: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)

    @property
    def lng(self) -> float:
        """The longitude of the street's grid centre (both lie on latitude 33.2)."""
        return SIDES[self.name]["lng"]

    def scope_of(self, role: str) -> UUID | None:
        """The org a token of this role acts in on this side."""
        return {"grid_worker": self.branch, "branch_secretary": self.branch,
                "community_admin": self.community, "street_admin": self.street,
                "system": self.street, "unit": self.community,
                "volunteer": self.community, "party_member": self.community}.get(role)

    def person_of(self, role: str) -> UUID | None:
        """The person a token of this role is for (None: a system has no person)."""
        key = {"resident": "resident", "volunteer": "volunteer", "party_member": "member",
               "grid_worker": "worker", "branch_secretary": "secretary",
               "community_admin": "admin", "street_admin": "street_admin",
               "unit": "unit_contact"}.get(role)
        return self.people[key] if key else None


@dataclass
class City:
    h: dict[str, Harness]
    a: Side
    b: Side
    root: UUID
    webhook: Receiver
    system_person: UUID = field(default_factory=lambda: UUID(int=1))

    def token(self, role: str | None, side: Side | None = None, *, scoped: bool = True,
              person: UUID | None = None) -> str | None:
        """A token of `role` acting on `side` (its scope org, its person, its unit)."""
        if role is None:
            return None
        side = side or self.a
        org = side.scope_of(role) if scoped else None
        unit = side.unit if role == "unit" else None
        person = person or side.person_of(role) or self.system_person
        return self.h["registry"].token(role, org=org, person=person, unit=unit)

    def auth(self, role: str | None, side: Side | None = None, **kw) -> dict[str, str]:
        token = self.token(role, side, **kw)
        return {"Authorization": f"Bearer {token}"} if token else {}

    @property
    def system(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token('system', scoped=False)}"}

    @property
    def phones(self) -> list[str]:
        return self.a.phones + self.b.phones

    @property
    def addresses(self) -> list[str]:
        return self.a.addresses + self.b.addresses


async def post(h: Harness, path: str, body: dict | None, headers: dict,
               method: str = "POST") -> dict:
    r = await h.client.request(method, path, json=body, headers=headers)
    assert r.status_code in (200, 201, 204), f"{method} {h.spec.name}{path}: {r.text}"
    return r.json() if r.content else {}


def _square(lng: float, lat: float, d: float = 0.01) -> list[list[float]]:
    return [[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d], [lng - d, lat + d]]


# Street A is 大中街道 (盐城市大丰区); street B a neighbour a little to the east.
SIDES = {
    "a": dict(street="大中街道党工委", code="dazhong", community="育红社区党委",
              branch="育红第一网格党支部", grid="DZ-01-01", lng=120.46, lat=33.20,
              surname="曹", phone="1380000", street_name="双井巷"),
    "b": dict(street="新丰街道党工委", code="xinfeng", community="建西社区党委",
              branch="建西第一网格党支部", grid="XF-01-01", lng=120.56, lat=33.20,
              surname="王", phone="1390000", street_name="文都路"),
}
PEOPLE = ("resident", "worker", "secretary", "member", "volunteer", "admin", "street_admin",
          "unit_contact", "resident2")


async def build_registry(city: City, side: Side, root: UUID) -> None:
    reg, system = city.h["registry"], city.system
    s = SIDES[side.name]
    street = await post(reg, "/v1/orgs", {"kind": "street", "name": s["street"],
                                          "parent_id": str(root), "code": s["code"]}, system)
    side.street = UUID(street["id"])
    community = await post(reg, "/v1/orgs", {"kind": "community", "name": s["community"],
                                             "parent_id": street["id"]}, system)
    side.community = UUID(community["id"])
    branch = await post(reg, "/v1/orgs", {"kind": "grid_branch", "name": s["branch"],
                                          "parent_id": community["id"]}, system)
    side.branch = UUID(branch["id"])
    grid = await post(reg, "/v1/grids", {
        "code": s["grid"], "name": s["community"][:2] + "社区第1网格",
        "community_id": community["id"], "branch_id": branch["id"],
        "area": _square(s["lng"], s["lat"]), "center_lat": s["lat"], "center_lng": s["lng"],
        "address_keys": [s["street_name"]]}, system)
    side.grid = UUID(grid["id"])
    for n, who in enumerate(PEOPLE):
        phone = f"{s['phone']}{n:04d}"
        address = f"{s['street_name']}{12 + n}号{n + 1}栋2单元40{n}室"
        side.phones.append(phone)
        side.addresses.append(address)
        person = await post(reg, "/v1/people", {
            "name": f"{s['surname']}{'一二三四五六七八九'[n]}明", "home_org_id": community["id"],
            "grid_id": grid["id"], "phone": phone, "address": address,
            "email": f"{who}.{side.name}@example.test",
            "skills": ["elderly_care", "repairs"] if who in ("member", "volunteer") else [],
            "availability": [{"weekday": d, "start": "00:00", "end": "24:00"}
                             for d in range(1, 8)]}, system)
        side.people[who] = UUID(person["id"])
    roles = [
        ("worker", {"role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
                    "employment": "full_time"}),
        ("secretary", {"role": "branch_secretary", "org_id": branch["id"]}),
        ("volunteer", {"role": "volunteer", "org_id": community["id"]}),
    ]
    for who, role in roles:
        await post(reg, f"/v1/people/{side.people[who]}/roles", role, system)
    await post(reg, f"/v1/people/{side.people['member']}/membership",
               {"branch_id": branch["id"], "category": "in_service", "employer": "大丰区教育局"},
               system, method="PUT")
    unit = await post(reg, "/v1/units", {
        "name": f"{s['community'][:2]}小学", "kind": "school", "org_id": street["id"],
        "contact_name": f"{s['surname']}校长", "contact_phone": side.phones[7],
        "address": side.addresses[7], "community_ids": [community["id"]]}, system)
    side.unit = UUID(unit["id"])
    team = await post(reg, "/v1/teams", {"name": f"{s['community'][:2]}志愿服务队",
                                         "kind": "service", "org_id": community["id"],
                                         "skills": ["elderly_care"],
                                         "leader_id": str(side.people["volunteer"])}, system)
    side.team = UUID(team["id"])
    await post(reg, f"/v1/teams/{team['id']}/members",
               {"person_id": str(side.people["volunteer"])}, system)
    place = await post(reg, "/v1/places", {
        "kind": "service_centre", "name": f"{s['community'][:2]}社区党群服务中心",
        "org_id": community["id"], "lat": s["lat"], "lng": s["lng"],
        "functions": ["reading"], "opening_hours": {"mon": "09:00-17:00"}}, system)
    side.place = UUID(place["id"])
    report = await post(reg, "/v1/dual-reports", {
        "person_id": str(side.people["member"]),
        "community_id": community["id"]}, system)
    side.things["dual_report"] = UUID(report["id"])


async def caught_up(city: City) -> None:
    """Every service's read models know both streets' orgs, grids and people."""
    people = {p for side in (city.a, city.b) for p in side.people.values()}
    grids = {city.a.grid, city.b.grid}

    async def known() -> bool:
        for name in ("tickets", "matching", "notifications"):
            async with city.h[name].runtime.pool.acquire() as conn:
                if await conn.fetchval("SELECT count(*) FROM people WHERE id = ANY($1)",
                                       list(people)) < len(people):
                    return False
                if await conn.fetchval("SELECT count(*) FROM grids WHERE id = ANY($1)",
                                       list(grids)) < len(grids):
                    return False
        async with city.h["lists"].runtime.pool.acquire() as conn:
            if await conn.fetchval("SELECT count(*) FROM units WHERE id = ANY($1)",
                                   [city.a.unit, city.b.unit]) < 2:
                return False
        async with city.h["matching"].runtime.pool.acquire() as conn:
            return await conn.fetchval("SELECT count(*) FROM teams WHERE id = ANY($1)",
                                       [city.a.team, city.b.team]) == 2

    await eventually(known, timeout=30, interval=0.1)


async def build_things(city: City, side: Side) -> None:
    """What the other services hold on this side: a matter, an order, the three lists, a
    subscription."""
    t, m, li = city.h["tickets"], city.h["matching"], city.h["lists"]
    s = SIDES[side.name]
    resident = city.auth("resident", side)
    admin = city.auth("community_admin", side)
    # a resident's own report (online), and one filed at the hotline on a resident's behalf
    mine = await post(t, "/v1/tickets", {
        "appeal_kind": "help", "category": "road_repair", "title": f"{s['street_name']}地砖松动",
        "description": f"请联系我 {side.phones[0]}", "address": side.addresses[0]}, resident)
    side.things["ticket"] = UUID(mine["id"])
    side.things["ticket_number"] = mine["number"]
    hotline = await post(t, "/v1/tickets", {
        "channel": "hotline", "appeal_kind": "complaint", "category": "environment",
        "title": f"{s['street_name']}垃圾未清运", "grid_id": str(side.grid),
        "address": side.addresses[8], "accept": True,
        "reporter": {"name": "赵六", "phone": side.phones[8], "address": side.addresses[8],
                     "person_id": str(side.people["resident2"])}}, admin)
    side.things["hotline_ticket"] = UUID(hotline["id"])
    # through the workflow to 公示, so that the public notice shows it
    staff = city.auth("community_admin", side)
    tid = hotline["id"]
    await post(t, f"/v1/tickets/{tid}/dispatch", {"grid_id": str(side.grid)}, staff)
    await post(t, f"/v1/tickets/{tid}/sign", {}, staff)
    await post(t, f"/v1/tickets/{tid}/resolve", {"resolution": "已清运"}, staff)
    await post(t, f"/v1/tickets/{tid}/publish",
               {"response": f"已处理,联系人电话 {side.phones[8]}", "public": True}, staff)
    side.things["notice_number"] = hotline["number"]
    # a resident's service order
    start = datetime.now(UTC) + timedelta(days=2)
    order = await post(m, "/v1/orders", {
        "service_type": "elderly_care", "title": "陪同老人就医", "address": side.addresses[0],
        "window_start": start.isoformat(), "window_end": (start + timedelta(hours=2)).isoformat(),
    }, resident)
    side.things["order"] = UUID(order["id"])
    post_ = await post(m, "/v1/posts", {
        "kind": "legal_aid", "title": "法律咨询岗", "community_id": str(side.community),
        "seats": 3, "starts_on": start.date().isoformat(),
        "ends_on": (start + timedelta(days=30)).date().isoformat()}, admin)
    side.things["post"] = UUID(post_["id"])
    # the three lists
    unit = city.auth("unit", side)
    resource = await post(li, "/v1/resources", {
        "kind": "venue", "title": "学校礼堂", "quantity": 2, "unit_of_measure": "次",
        "community_id": str(side.community)}, unit)
    side.things["resource"] = UUID(resource["id"])
    need = await post(li, "/v1/needs", {"title": "暑期托管志愿者", "community_id":
                                        str(side.community), "quantity": 5}, admin)
    side.things["need"] = UUID(need["id"])
    claim = await post(li, f"/v1/needs/{need['id']}/claims", {"quantity": 2}, unit)
    side.things["claim"] = UUID(claim["id"])
    project = await post(li, "/v1/projects", {
        "title": "关爱独居老人", "owner_org_id": str(side.community),
        "need_ids": [need["id"]]}, admin)
    side.things["project"] = UUID(project["id"])
    agreement = await post(li, "/v1/agreements", {
        "unit_id": str(side.unit), "community_id": str(side.community), "title": "共建协议",
        "signed_on": start.date().isoformat()}, admin)
    side.things["agreement"] = UUID(agreement["id"])
    meeting = await post(li, "/v1/meetings", {
        "community_id": str(side.community), "title": "党建联席会议",
        "held_at": datetime.now(UTC).isoformat(),
        "attendees": [{"kind": "unit", "unit_id": str(side.unit)}],
        "resolutions": [{"text": "修缮小区路面"}]}, admin)
    side.things["meeting"] = UUID(meeting["id"])
    side.things["resolution"] = UUID(meeting["resolutions"][0]["id"])
    # a webhook subscription for the street's office
    hook = await post(city.h["notifications"], "/v1/webhooks", {
        "name": f"{s['street']}数据中心", "url": city.webhook.url(f"/{side.name}"),
        "patterns": ["redgrid.*"]}, city.auth("street_admin", side))
    side.things["webhook"] = UUID(hook["id"])


@asynccontextmanager
async def running_city(stack: Stack, clocks: dict[str, Clock] | None = None,
                       every: dict | None = None, **overrides: dict) -> AsyncIterator[City]:
    """The five services on one database, each over HTTP on a free port, and the city built."""
    await stack.purge_nats()
    database = await stack.new_database()
    receiver = Receiver()
    await receiver.start()
    async with AsyncExitStack() as stack_:
        harnesses = {}
        for name, spec in SPECS.items():
            settings = {"db_pool_max": 8, **(every or {}), **overrides.get(name, {})}
            if name == "notifications":  # webhooks reach the receiver, and nothing else
                settings.update(webhook_poll_seconds=0.1, delivery_poll_seconds=0.1,
                                webhook_timeout=2, webhook_allow_http=True,
                                webhook_internal_allowed=[f"127.0.0.1:{receiver.port}"])
            harnesses[name] = await stack_.enter_async_context(
                serve(spec, stack, database, clock=(clocks or {}).get(name), **settings))
        # no name resolves (the fuzzer's hosts never reach the real DNS)
        destinations_of(harnesses["notifications"].runtime).resolve = Names()
        city = City(harnesses, Side("a"), Side("b"), root=None, webhook=receiver)
        root = await post(harnesses["registry"], "/v1/orgs",
                          {"kind": "city", "name": "盐城市"}, city.system)
        city.root = UUID(root["id"])
        for side in (city.a, city.b):
            await build_registry(city, side, city.root)
        await caught_up(city)
        for side in (city.a, city.b):
            await build_things(city, side)
        yield city
    await receiver.stop()


async def settle(city: City, timeout: float = 20) -> None:
    """Every service has consumed every event so far (each consumer's pending count is 0)."""

    nc = await nats_connect(city.h["registry"].reader_url)
    js = nc.jetstream()
    try:
        async def drained() -> bool:
            for info in await js.streams_info():
                if info.config.name == "REDGRID_DLQ":
                    continue
                for consumer in await js.consumers_info(info.config.name):
                    if "-from-" not in (consumer.config.durable_name or ""):
                        continue  # a test's own reader
                    if consumer.num_pending or consumer.num_ack_pending:
                        return False
            return True

        await eventually(drained, timeout=timeout, interval=0.1)
        await asyncio.sleep(0.2)
    finally:
        await nc.close()
