"""Demo data from the seeds for 大中街道, after the registry's: the units' resource offers and
co-building agreements (共建协议), needs each community publishes and units claim (精准接单),
projects with their activities (海洪社区's "联民送温暖—关爱失独家庭": 32 visits, 22 activities,
66 families), and a joint meeting (党建联席会议) per community whose resolutions are followed.

Everything goes through the lists' public HTTP API with the system token; the communities and
units are read back from the registry, and the lists learn them from its events, so the demo
first waits until the lists know them all.
"""

from __future__ import annotations

import asyncio
import random
from datetime import date, timedelta

import httpx

OFFERS = {  # unit -> (kind, title, quantity, unit of measure)
    "大丰区社科联": ("expertise", "理论政策宣讲", 12, "场"),
    "江苏工程学院": ("venue", "学院报告厅", 24, "场"),
    "大中社区卫生服务中心": ("expertise", "家庭医生上门义诊", 40, "次"),
    "综合行政执法局": ("expertise", "违建与占道整治指导", 10, "次"),
    "大丰区人社局": ("expertise", "就业政策咨询", 20, "场"),
    "大中派出所": ("expertise", "反诈宣传进小区", 30, "场"),
    "大中司法所": ("expertise", "法律咨询与纠纷调解", 50, "小时"),
    "兴元物业服务有限公司": ("equipment", "保洁与维修工具", 15, "套"),
    "大丰港集团": ("funds", "共建经费", 200_000, "元"),
    "大中实验小学": ("venue", "四点半课堂教室", 40, "场"),
    "国网大丰供电公司": ("expertise", "用电安全检查", 60, "户"),
    "大丰区市场监管局": ("expertise", "食品安全宣传", 10, "场"),
}
NEEDS = [  # (title, category, quantity, unit of measure)
    ("文明创建志愿服务", "civility", 20, "人次"), ("烟花爆竹禁限放宣传", "safety", 6, "场"),
    ("反诈宣传进小区", "anti_fraud", 4, "场"), ("独居老人上门义诊", "elderly_care", 10, "次"),
    ("四点半课堂辅导", "education", 8, "场"), ("楼道堆物清理", "sanitation", 5, "次"),
    ("电动车飞线充电排查", "safety", 30, "户"), ("物业纠纷调解", "property_dispute", 3, "件"),
    ("疫情防控值守", "epidemic", 12, "人次"), ("困难家庭就业帮扶", "employment", 5, "户"),
]
MEETINGS_A_YEAR = 4
SOLVED = 850  # "全街道26个社区党建联席会议为居民群众解决问题850个"
AGENDA = ["小区停车难", "独居老人关爱", "电动车飞线充电", "楼道堆物", "物业服务质量",
          "绿化带毁绿种菜"]


class Demo:
    def __init__(self, urls: dict[str, str], token: str):
        headers = {"Authorization": f"Bearer {token}"}
        self.registry = httpx.AsyncClient(base_url=urls["registry"], timeout=30, headers=headers)
        self.lists = httpx.AsyncClient(base_url=urls["lists"], timeout=30, headers=headers)
        self.rng = random.Random(209850)
        self.gate = asyncio.Semaphore(8)
        self.today = date.today()
        self.offers: dict[str, dict] = {}

    async def post(self, path: str, body: dict | None = None) -> dict:
        async with self.gate:
            r = await self.lists.post(path, json=body)
        if r.status_code >= 300:
            raise RuntimeError(f"lists {path}: {r.status_code} {r.text}")
        return r.json()

    def day(self, within: int = 120) -> str:
        return str(self.today - timedelta(days=self.rng.randint(1, within)))

    async def read_registry(self) -> None:
        orgs = (await self.registry.get("/v1/orgs", params={"kind": "community",
                                                            "limit": 200})).json()["items"]
        self.communities = {o["id"]: o["name"] for o in orgs}
        units = (await self.registry.get("/v1/units", params={"limit": 200})).json()["items"]
        self.units = {u["id"]: u for u in units}

    async def wait_for_read_models(self, timeout: float = 120) -> None:
        """The lists learn communities and units from the registry's events: wait for them."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            r = await self.lists.get("/v1/figures", params={"group_by": "unit"})
            known = {g["key"] for g in r.json().get("groups", [])} if r.status_code == 200 else {}
            r = await self.lists.get("/v1/figures", params={"group_by": "community"})
            communities = len(r.json().get("groups", [])) if r.status_code == 200 else 0
            if set(self.units) <= set(known) and communities >= len(self.communities):
                return
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("the lists did not learn the registry's units in time")
            await asyncio.sleep(0.5)

    async def unit_offers_and_agreements(self, unit: dict) -> None:
        kind, title, quantity, measure = OFFERS.get(unit["name"], ("other", "志愿服务", 10, "次"))
        for community in unit["community_ids"]:
            await self.post("/v1/agreements", {
                "unit_id": unit["id"], "community_id": community, "title": "党建共建协议",
                "terms": "双联系双报到双服务:每季度至少开展一次共建活动", "signed_on": self.day(300),
                "valid_until": str(self.today + timedelta(days=365))})
        self.offers[unit["id"]] = await self.post("/v1/resources", {
            "kind": kind, "title": title, "quantity": quantity, "unit_of_measure": measure,
            "community_id": unit["community_ids"][0], "offerer_kind": "unit",
            "offerer_id": unit["id"], "availability": "工作日,提前三天预约"})

    async def community_needs(self, community: str, serving: list[str]) -> None:
        for title, category, quantity, measure in self.rng.sample(NEEDS, 3):
            need = await self.post("/v1/needs", {
                "title": title, "category": category, "community_id": community,
                "quantity": quantity, "unit_of_measure": measure,
                "due_on": str(self.today + timedelta(days=30))})
            left = quantity
            for unit in self.rng.sample(serving, min(2, len(serving))):
                part = min(left, max(1, quantity // 2))
                if part <= 0:
                    break
                claim = await self.post(f"/v1/needs/{need['id']}/claims", {
                    "quantity": part, "unit_id": unit, "resource_id": self.offers[unit]["id"]})
                left -= part
                await self.post(f"/v1/claims/{claim['id']}/confirm")
                if self.rng.random() < 0.6:
                    await self.post(f"/v1/claims/{claim['id']}/fulfil")

    async def joint_meeting(self, community: str, serving: list[str], quarter: int,
                            solved: int) -> None:
        """One quarter's meeting: `solved` resolutions carried out as work items, one published
        as a need (still being followed), one left open."""
        agenda = self.rng.sample(AGENDA, 3)
        held = self.today - timedelta(days=90 * quarter + self.rng.randint(0, 30))
        meeting = await self.post("/v1/meetings", {
            "community_id": community,
            "title": f"{self.communities[community]}{held.year}年第{(held.month - 1) // 3 + 1}"
                     "季度党建联席会议",
            "held_at": f"{held}T14:30:00+08:00", "place": "社区党群服务中心",
            "attendees": [{"kind": "community"}, {"kind": "owners_committee", "name": "小区业委会"},
                          {"kind": "property_company", "name": "兴元物业服务有限公司"},
                          *({"kind": "unit", "unit_id": u} for u in serving)],
            "agenda": agenda,
            "resolutions": [{"text": f"解决{self.rng.choice(AGENDA)}问题({n + 1})"}
                            for n in range(solved)]
                           + [{"text": f"为{agenda[0]}发布需求清单"}, {"text": f"研究{agenda[1]}"}]})
        *done, need, _open = meeting["resolutions"]
        for resolution in done:
            await self.post(f"/v1/resolutions/{resolution['id']}/follow", {
                "kind": "work_item", "assignee_unit_id": self.rng.choice(serving or [None]),
                "due_on": str(held + timedelta(days=30))})
            await self.post(f"/v1/resolutions/{resolution['id']}/done", {"reason": "已解决"})
        await self.post(f"/v1/resolutions/{need['id']}/follow", {
            "kind": "need", "need": {"quantity": 2, "unit_of_measure": "次"}})

    async def project(self, community: str, title: str, partners: list[str], visits: int,
                      events: int, beneficiaries: int) -> None:
        project = await self.post("/v1/projects", {
            "title": title, "owner_org_id": community, "partner_unit_ids": partners,
            "beneficiaries": beneficiaries, "beneficiary_kind": "households",
            "starts_on": self.day(150),
            "milestones": [{"title": "摸排建档", "due_on": self.day(120)},
                           {"title": "结对帮扶全覆盖", "due_on": str(self.today + timedelta(60))}]})
        await self.post(f"/v1/projects/{project['id']}/start")
        if partners:
            offer = self.offers[partners[0]]
            await self.post(f"/v1/projects/{project['id']}/resources",
                            {"resource_id": offer["id"], "quantity": 1})
        await self.post(f"/v1/projects/{project['id']}/milestones/"
                        f"{project['milestones'][0]['id']}/done")
        # visits by the project's own volunteers; events held with a partner unit (共建活动)
        records = ([("入户走访慰问", "visit", 3, 2, [])] * visits
                   + [("社区公益文化活动", "event", 30, 20, partners[:1])] * events)
        await asyncio.gather(*(self.post(f"/v1/projects/{project['id']}/activities", {
            "title": name, "kind": kind, "held_on": self.day(150), "participants": people,
            "served": served, "unit_ids": units}) for name, kind, people, served, units in records))

    async def run(self) -> None:
        await self.read_registry()
        await self.wait_for_read_models()
        await asyncio.gather(*(self.unit_offers_and_agreements(u) for u in self.units.values()))
        serving = {c: [u["id"] for u in self.units.values() if c in u["community_ids"]]
                   for c in self.communities}
        await asyncio.gather(*(self.community_needs(c, units) for c, units in serving.items()
                               if units))
        # four meetings a year in each of the 26 communities solved 850 problems
        meetings = [(c, q) for c in serving for q in range(MEETINGS_A_YEAR)]
        solved = [SOLVED // len(meetings) + (i < SOLVED % len(meetings))
                  for i in range(len(meetings))]
        await asyncio.gather(*(self.joint_meeting(c, serving[c], q, n)
                               for (c, q), n in zip(meetings, solved, strict=True)))
        first = next(c for c, name in self.communities.items() if name.startswith("育红"))
        await self.project(first, "联民送温暖—关爱失独家庭", serving[first], visits=32, events=22,
                           beneficiaries=66)
        for community in self.rng.sample([c for c in serving if serving[c]], 5):
            await self.project(community, "红色物业共建", serving[community], visits=2, events=4,
                               beneficiaries=120)
        await self.registry.aclose()
        await self.lists.aclose()


async def load(urls: dict[str, str], token: str) -> None:
    await Demo(urls, token).run()
