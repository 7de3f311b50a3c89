"""Demo data from the seeds: 大中街道's matters (over 1,000 12345 orders, 1,900 disputes, 2,700
matters in the news report) in miniature: a few hundred tickets from every channel over the
street's grids, at every step of the workflow, with mediations, 六上门 visits (新澜: 52
opinions, 32 solved, 11 followed) and 公示.

Loaded through the public HTTP API with the system token, after the registry's demo; the grids
reach tickets through events, so it waits until tickets can route to the last grid drawn.
"""

from __future__ import annotations

import asyncio
import json
import random
from datetime import UTC, datetime
from pathlib import Path

import httpx

MATTERS = [
    ("environment", "complaint", "小区垃圾清运不及时"), ("environment", "complaint", "楼道堆放杂物"),
    ("road_repair", "help", "人行道方砖松动"), ("road_repair", "help", "路灯不亮"),
    ("utilities", "help", "小区停水未通知"), ("utilities", "help", "燃气表漏气"),
    ("property_dispute", "complaint", "物业费收费不透明"), ("traffic", "suggestion", "学校门口增设斑马线"),
    ("neighbour_dispute", "help", "楼上漏水引发纠纷"), ("wage_arrears", "help", "装修工人工资被拖欠"),
    ("service_need", "help", "独居老人需要助餐"), ("service_need", "consultation", "咨询养老补贴政策"),
    ("public_safety", "help", "电动车楼道充电"), ("other", "suggestion", "希望增设健身器材"),
]
CHANNELS = ["online", "letters_visits", "hotline", "12345", "patrol", "window", "forum"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
TICKETS = 240
CALENDARS = Path(__file__).parent / "calendars"  # 2027: to be checked, see its _note


class Demo:
    def __init__(self, urls: dict[str, str], token: str):
        headers = {"Authorization": f"Bearer {token}"}
        self.registry = httpx.AsyncClient(base_url=urls["registry"], headers=headers, timeout=30)
        self.tickets = httpx.AsyncClient(base_url=urls["tickets"], headers=headers, timeout=30)
        self.rng = random.Random(12345)
        self.gate = asyncio.Semaphore(6)

    async def call(self, method: str, path: str, body: dict | None = None,
                   ok: tuple[int, ...] = (200, 201, 204)) -> dict:
        async with self.gate:
            r = await self.tickets.request(method, path, json=body)
        if r.status_code not in ok:
            raise RuntimeError(f"{method} {path}: {r.status_code} {r.text}")
        return r.json() if r.content else {}

    async def grids(self) -> list[dict]:
        out, cursor = [], None
        while True:
            params = {"limit": 200, "status": "active"} | ({"cursor": cursor} if cursor else {})
            page = (await self.registry.get("/v1/grids", params=params)).json()
            out += page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                return out

    async def wait_for_read_model(self, grid: dict) -> None:
        for _ in range(600):
            r = await self.tickets.get("/v1/tickets/routing/preview", params={
                "lat": grid["center_lat"], "lng": grid["center_lng"]})
            if r.status_code == 200 and r.json().get("grid_id") == grid["id"]:
                return
            await asyncio.sleep(0.5)
        raise RuntimeError("tickets did not learn the registry's grids in time")

    async def matter(self, i: int, grid: dict) -> None:
        category, appeal, title = MATTERS[i % len(MATTERS)]
        channel = CHANNELS[i % len(CHANNELS)]
        body = {"channel": channel, "appeal_kind": appeal, "category": category,
                "title": title, "description": f"{title},请尽快处理",
                "location": {"lat": grid["center_lat"] + self.rng.uniform(-0.001, 0.001),
                             "lng": grid["center_lng"] + self.rng.uniform(-0.001, 0.001)},
                "address": f"{grid['address_keys'][0]}{self.rng.randint(1, 30)}栋"
                           f"{self.rng.randint(1, 4)}单元{self.rng.randint(101, 1802)}室",
                "reporter": {"name": self.rng.choice(SURNAMES) + "女士",
                             "phone": f"139{self.rng.randint(0, 99_999_999):08d}"},
                "accept": i % 10 != 0}
        if channel == "12345":
            body["external_ref"] = f"DF2026{i:06d}"
        t = await self.call("POST", "/v1/tickets", body)
        await self.advance(t, i)

    async def advance(self, t: dict, i: int) -> None:
        """Take the ticket some way along the workflow, as an office's week would."""
        path = f"/v1/tickets/{t['id']}"
        stage = i % 10
        if t["status"] != "accepted" or stage == 1:
            return
        t = await self.call("POST", f"{path}/dispatch", {})
        if stage == 2:
            return
        if stage == 3:
            await self.call("POST", f"{path}/bounce", {"reason": "不属于本网格职责"})
            return
        if stage == 4 and t["level"] != "street":  # the street is the top already
            await self.call("POST", f"{path}/escalate", {"reason": "网格无法解决, 请社区协调"})
            return
        await self.call("POST", f"{path}/sign", {})
        if t["kind"] == "mediation":
            await self.call("PUT", f"{path}/mediation/parties", {"parties": [
                {"role": "applicant", "name": "王某"}, {"role": "respondent", "name": "李某"}]})
            await self.call("POST", f"{path}/mediation/sessions", {
                "held_at": datetime.now(UTC).isoformat(), "place": "社区调解室"})
            await self.call("PUT", f"{path}/mediation/outcome", {"outcome": "agreed",
                                                                 "agreement": "双方达成一致"})
        await self.call("POST", f"{path}/start", {})
        if stage == 5:
            return
        await self.call("POST", f"{path}/resolve", {"resolution": "已现场处置并回复居民"})
        await self.call("POST", f"{path}/publish", {"response": "已处理完毕, 感谢反映",
                                                   "public": True})
        if stage >= 7:
            answers = ["satisfied", "satisfied", "basically_satisfied", "unevaluated",
                       "dissatisfied"]  # 回访 by phone: 是否满意, and 是否解决
            await self.call("POST", f"{path}/follow-up", {"satisfaction": answers[i % 5],
                                                          "solved": i % 5 != 4})
        if stage >= 8:
            await self.call("POST", f"{path}/close", {})

    async def visit(self, i: int, grid: dict) -> None:
        kinds = ["policy", "opinion", "problem", "dispute", "service", "help"]
        findings = [{"category": "service_need", "title": "居民希望增设助老服务"}] if i % 3 == 0 \
            else []
        await self.call("POST", "/v1/visits", {
            "kind": kinds[i % 6], "grid_id": grid["id"],
            "household": f"{grid['address_keys'][0]}{i % 20 + 1}栋",
            "visited_at": datetime.now(UTC).isoformat(), "note": "党员联户上门",
            "findings": findings})

    async def run(self) -> None:
        grids = [g for g in await self.grids() if g.get("center_lat") is not None]
        if not grids:
            return
        await self.wait_for_read_model(grids[-1])
        for year in (2026, 2027):  # the holiday notices, as a city office would load them
            data = json.loads((CALENDARS / f"{year}.json").read_text(encoding="utf-8"))
            await self.call("PUT", f"/v1/calendar/{year}", {
                "days_off": data["days_off"], "working_days": data["working_days"],
                "source": data["source"]})
        streets = (await self.registry.get("/v1/orgs", params={"kind": "street"})).json()
        for street in streets["items"]:
            if street.get("code") == "dazhong":
                await self.call("PUT", f"/v1/streets/{street['id']}/number-prefix",
                                {"prefix": "DZ"})
        await asyncio.gather(*(self.matter(i, grids[i % len(grids)]) for i in range(TICKETS)))
        await asyncio.gather(*(self.visit(i, grids[i % len(grids)]) for i in range(52)))
        await self.registry.aclose()
        await self.tickets.aclose()


async def load(urls: dict[str, str], token: str) -> None:
    await Demo(urls, token).run()
