"""Demo data from the seeds: 大中街道 (盐城大丰) with 26 communities, 106 comprehensive grids each
with its branch and full-time grid worker, part-time workers (unit heads, riders), party members
of every category, 26 volunteer teams, co-building units, 双报到 and service places.

Loaded through the public HTTP API with a system token, so every event flows as in real use.
"""

from __future__ import annotations

import asyncio
import random

import httpx

COMMUNITIES = [
    "育红", "建西", "大华", "滨河", "东方", "幸福", "阳光", "新华", "向阳", "友谊", "健康", "丰收",
    "永丰", "大中", "南翔", "北苑", "红旗", "人民", "和平", "团结", "光明", "新村", "金桥", "银杏",
    "长安", "锦绣",
]
GRIDS = 106  # 大中街道 re-drew 185 grids into 106 comprehensive grids
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国志强海燕春梅晓东文军德明建华丽华国庆卫东"
SKILLS = ["elderly_care", "repairs", "escort", "tutoring", "legal_aid", "health_care",
          "mediation", "sanitation", "policy_outreach", "traffic_guidance", "greening", "cooking"]
TEAM_KINDS = ["public_welfare", "governance", "service", "culture_sports"]
CATEGORIES = ["in_service", "resident", "retired", "floating", "laid_off"]
UNITS = [
    ("大丰区社科联", "government"), ("江苏工程学院", "school"), ("大中社区卫生服务中心", "clinic"),
    ("综合行政执法局", "government"), ("大丰区人社局", "government"), ("大中派出所", "government"),
    ("大中司法所", "government"), ("兴元物业服务有限公司", "property_company"),
    ("大丰港集团", "enterprise"), ("大中实验小学", "school"), ("国网大丰供电公司", "enterprise"),
    ("大丰区市场监管局", "government"),
]
CENTRE = (33.2001, 120.4608)  # 大丰城区
LATTICE_COLUMNS = 11
CELL = 0.004  # degrees between grid centres (about 400 m)


class Demo:
    def __init__(self, base: str, token: str):
        self.http = httpx.AsyncClient(base_url=base, timeout=30,
                                      headers={"Authorization": f"Bearer {token}"})
        self.rng = random.Random(185106)
        self.gate = asyncio.Semaphore(8)

    async def post(self, path: str, body: dict) -> dict:
        async with self.gate:
            r = await self.http.request("PUT" if path.endswith("/membership") else "POST",
                                        path, json=body)
        if r.status_code >= 300:
            raise RuntimeError(f"{path}: {r.status_code} {r.text}")
        return r.json() if r.content else {}

    def name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.sample(GIVEN, self.rng.randint(1, 2)))

    def phone(self) -> str:
        return f"1{self.rng.choice('3589')}{self.rng.randint(0, 999_999_999):09d}"

    @staticmethod
    def cell(index: int) -> tuple[float, float]:
        """The centre of the index-th grid on a lattice: grids tile the street, never overlap."""
        row, col = divmod(index, LATTICE_COLUMNS)
        return (CENTRE[0] - 0.02 + row * CELL, CENTRE[1] - 0.022 + col * CELL)

    async def person(self, community: str, grid: str | None, name: str | None = None,
                     skills: int = 0) -> dict:
        return await self.post("/v1/people", {
            "name": name or self.name(), "home_org_id": community, "grid_id": grid,
            "phone": self.phone(), "skills": self.rng.sample(SKILLS, skills),
            "availability": [{"weekday": d, "start": "09:00", "end": "17:00"}
                             for d in self.rng.sample(range(1, 8), 3)] if skills else [],
        })

    async def grid(self, street: str, community: str, cname: str, n: int, index: int) -> None:
        branch = await self.post("/v1/orgs", {"kind": "grid_branch", "parent_id": community,
                                              "name": f"{cname}社区第{n}网格党支部"})
        lat, lng = self.cell(index)
        d = CELL / 2 * 0.98
        grid = await self.post("/v1/grids", {
            "code": f"DZ-{COMMUNITIES.index(cname) + 1:02d}-{n:02d}",
            "name": f"{cname}社区第{n}网格", "community_id": community, "branch_id": branch["id"],
            "center_lat": lat, "center_lng": lng,
            "area": [[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d], [lng - d, lat + d]],
            "address_keys": [f"{cname}路{n}号", f"{cname}{n}区"],
            "households": self.rng.randint(300, 600), "population": self.rng.randint(800, 1600),
        })
        special = {("育红", 1): "曹龙池", ("建西", 3): "束方兵"}
        worker = await self.person(community, grid["id"], special.get((cname, n)), skills=2)
        await self.post(f"/v1/people/{worker['id']}/roles", {
            "role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
            "employment": "full_time"})
        for kind in ("unit_head", "delivery_rider"):
            part = await self.person(community, grid["id"])
            await self.post(f"/v1/people/{part['id']}/roles", {
                "role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
                "employment": "part_time", "part_time_kind": kind})
        members = []
        for i in range(5):
            member = await self.person(community, grid["id"], skills=self.rng.randint(1, 3))
            await self.post(f"/v1/people/{member['id']}/membership", {
                "branch_id": branch["id"], "category": CATEGORIES[i % len(CATEGORIES)]})
            members.append(member)
        await self.post(f"/v1/people/{members[0]['id']}/roles", {
            "role": "branch_secretary", "org_id": branch["id"], "grid_id": grid["id"]})
        await self.post(f"/v1/people/{members[0]['id']}/cards", {
            "colour": "red", "title": "承诺每月为独居老人服务一次"})
        # the in-service member reports to the community where they live (双报到)
        await self.post("/v1/dual-reports", {"community_id": community,
                                             "person_id": members[0]["id"]})

    async def community(self, street: str, cname: str, grids: range) -> None:
        c = await self.post("/v1/orgs", {"kind": "community", "parent_id": street,
                                         "name": f"{cname}社区党委"})
        centres = [self.cell(i) for i in grids]  # the centre stands amid its grids
        lat = sum(p[0] for p in centres) / len(centres)
        lng = sum(p[1] for p in centres) / len(centres)
        await self.post("/v1/places", {
            "kind": "service_centre", "name": f"{cname}社区党群服务中心", "org_id": c["id"],
            "lat": lat, "lng": lng, "address": f"大中街道{cname}路1号",
            "functions": ["协商议事", "志愿服务", "学习教育", "文化休闲"],
            "opening_hours": {d: "08:30-17:30" for d in ("mon", "tue", "wed", "thu", "fri")}})
        await asyncio.gather(*(self.grid(street, c["id"], cname, n + 1, index)
                               for n, index in enumerate(grids)))
        team = await self.post("/v1/teams", {
            "name": f"{cname}社区党员志愿服务队", "kind": TEAM_KINDS[len(cname) % 4],
            "org_id": c["id"], "skills": self.rng.sample(SKILLS, 4)})
        volunteers = [await self.person(c["id"], None, skills=2) for _ in range(3)]
        for v in volunteers:
            await self.post(f"/v1/teams/{team['id']}/members", {"person_id": v["id"]})

    async def run(self) -> None:
        street = await self.post("/v1/orgs", {"kind": "street", "name": "大中街道党工委",
                                              "code": "dazhong"})
        per = [GRIDS // len(COMMUNITIES)] * len(COMMUNITIES)
        for i in range(GRIDS - sum(per)):
            per[i] += 1
        starts = [sum(per[:i]) for i in range(len(per))]
        await asyncio.gather(*(self.community(street["id"], name, range(start, start + n))
                               for name, start, n in zip(COMMUNITIES, starts, per, strict=True)))
        orgs = (await self.http.get("/v1/orgs", params={"kind": "community", "limit": 200})).json()
        communities = [o["id"] for o in orgs["items"]]
        for name, kind in UNITS:
            await self.post("/v1/units", {
                "name": name, "kind": kind, "org_id": street["id"],
                "community_ids": self.rng.sample(communities, 3)})
        await self.http.aclose()


async def load(urls: dict[str, str], token: str) -> None:
    await Demo(urls["registry"], token).run()


# Who one logs in as on make dev (web/dev/oidc.mjs reads the list): one person per role, each
# linked to their subject at the identity provider as a street office would link them. The
# offices' and the unit's access comes with the provider's claims, as Keycloak would send it
# (realm_access.roles, redgrid_org, redgrid_unit: make dev's REDGRID_OIDC_*_CLAIM settings).
DEMO_PASSWORD = "redgrid-demo"


async def logins(urls: dict[str, str], token: str) -> list[dict]:
    demo = Demo(urls["registry"], token)
    http = demo.http

    async def items(path: str, **params) -> list[dict]:
        r = await http.get(path, params=params | {"limit": 200})
        r.raise_for_status()
        return r.json()["items"]

    async def person(name: str, home: str, grid: str | None = None, **more) -> dict:
        return await demo.post("/v1/people", {"name": name, "home_org_id": home,
                                              "grid_id": grid, "phone": demo.phone(), **more})

    try:
        (street,) = await items("/v1/orgs", kind="street")
        yuhong = next(o for o in await items("/v1/orgs", kind="community")
                      if o["name"] == "育红社区党委")
        grid = next(g for g in await items("/v1/grids", community_id=yuhong["id"])
                    if g["code"] == "DZ-01-01")
        worker = next(p for p in await items("/v1/people", grid_id=grid["id"], role="grid_worker")
                      if p["name"] == "曹龙池")
        (secretary,) = await items("/v1/people", grid_id=grid["id"], role="branch_secretary")
        (member, *_) = await items("/v1/people", grid_id=grid["id"], category="retired")
        unit = next(u for u in await items("/v1/units") if u["name"] == "大中派出所")
        resident = await person("朱军", yuhong["id"], grid["id"], address="育红路1号3栋2单元401室")
        volunteer = await person("刘梅", yuhong["id"], grid["id"], skills=["elderly_care", "escort"])
        await demo.post(f"/v1/people/{volunteer['id']}/roles", {"role": "volunteer",
                                                                "org_id": yuhong["id"]})
        office = await person("李红", yuhong["id"])
        street_office = await person("陈建国", street["id"])
        liaison = await person("周明", street["id"])
        accounts = [
            ("resident", "zhujun", resident, None),
            ("grid_worker", "caolongchi", worker, None),
            ("branch_secretary", "secretary", secretary, None),
            ("party_member", "member", member, None),
            ("volunteer", "liumei", volunteer, None),
            ("community_admin", "yuhong", office, {"roles": ["community_admin"],
                                                   "org": yuhong["id"]}),
            ("street_admin", "dazhong", street_office, {"roles": ["street_admin"],
                                                        "org": street["id"]}),
            ("unit", "paichusuo", liaison, {"roles": ["unit"], "org": street["id"],
                                             "unit": unit["id"]}),
        ]
        users = []
        for role, username, p, claims in accounts:
            r = await http.put(f"/v1/people/{p['id']}/login",
                               json={"idp_subject": f"demo-{username}"})
            r.raise_for_status()
            users.append({"username": username, "password": DEMO_PASSWORD,
                          "sub": f"demo-{username}", "name": p["name"], "role": role,
                          **(claims or {})})
        return users
    finally:
        await http.aclose()
