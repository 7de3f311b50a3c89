"""Demo data for `make dev`: service orders of 大中街道 at every step of the 五单制, the ten
service posts of 蕉北 with members' claims, the legal clinic's Wednesday-morning roster and the
monthly 五心五所 volunteer day.

Runs after the registry's demo and goes through matching's public HTTP API. The registry's
people are read back with the system token; the residents and members who place, accept and
rate orders act with development tokens of their own (issued with the development secret, as
`make token` does; never possible in production).
"""

from __future__ import annotations

import asyncio
import random
from datetime import date, datetime, timedelta

import httpx

from redgrid.common.auth import issue_token
from redgrid.common.settings import Settings
from redgrid.matching.domain.schedule import LOCAL

SERVICES = {  # what residents ask for, with a title (the seeds' kinds of service)
    "elderly_care": "陪独居老人聊天、读报", "repairs": "修理漏水的水龙头",
    "escort": "陪同老人去医院复诊", "tutoring": "小学生课后作业辅导",
    "legal_aid": "咨询赡养纠纷", "health_care": "上门量血压", "mediation": "邻里噪音纠纷调解",
    "sanitation": "楼道杂物清理", "cooking": "为行动不便老人做午饭",
}
POSTS = [("policy_outreach", "政策宣传岗"), ("poverty_relief", "扶贫助困岗"),
         ("legal_aid", "法律咨询援助岗"), ("mediation", "纠纷调解岗"), ("civility", "文明劝导岗"),
         ("health_care", "医疗卫生保健岗"), ("employment_policy", "劳动就业政策宣传岗"),
         ("traffic_guidance", "交通疏导岗"), ("public_order", "治安维护岗"),
         ("sanitation_greening", "环境卫生清理与小区绿化岗")]
ORDERS = 48


class Demo:
    def __init__(self, urls: dict[str, str], token: str):
        auth = {"Authorization": f"Bearer {token}"}
        self.registry = httpx.AsyncClient(base_url=urls["registry"], headers=auth, timeout=30)
        self.matching = httpx.AsyncClient(base_url=urls["matching"], headers=auth, timeout=30)
        self.settings = Settings(service="matching")
        self.rng = random.Random(575)  # 桐城: 1,669 in-service members did 575 services

    def as_person(self, person_id: str, role: str) -> dict:
        token = issue_token(self.settings, person_id, [role])
        return {"Authorization": f"Bearer {token}"}

    async def pages(self, path: str, **params) -> list[dict]:
        items, cursor = [], None
        while True:
            query = {**params, "limit": 200, **({"cursor": cursor} if cursor else {})}
            page = (await self.registry.get(path, params=query)).raise_for_status().json()
            items += page["items"]
            cursor = page["next_cursor"]
            if not cursor:
                return items

    async def send(self, method: str, path: str, body: dict | None = None,
                   headers: dict | None = None, ok: tuple[int, ...] = (200, 201, 204)) -> dict:
        r = await self.matching.request(method, path, json=body, headers=headers)
        if r.status_code not in ok:
            raise RuntimeError(f"{method} {path}: {r.status_code} {r.text}")
        return r.json() if r.content else {}

    async def place(self, body: dict, headers: dict | None) -> dict:
        """Matching learns the registry's grids from events: until it knows the grid, an order
        there is refused (422), so the first one waits for them."""
        for _ in range(600):
            r = await self.matching.post("/v1/orders", json=body, headers=headers)
            if r.status_code != 422:
                break
            await asyncio.sleep(0.5)
        if r.status_code != 201:
            raise RuntimeError(f"POST /v1/orders: {r.status_code} {r.text}")
        return r.json()

    def window(self, days: int, hour: float) -> dict:
        start = (datetime.now(LOCAL).replace(hour=0, minute=0, second=0, microsecond=0)
                 + timedelta(days=days, hours=hour))
        return {"window_start": start.isoformat(),
                "window_end": (start + timedelta(hours=2)).isoformat()}

    def soon(self) -> dict:
        """A window beginning within the hour: its service may start and complete now (an
        order's service keeps to its window, give or take the margin)."""
        start = datetime.now(LOCAL).replace(second=0, microsecond=0) + timedelta(minutes=30)
        return {"window_start": start.isoformat(),
                "window_end": (start + timedelta(hours=3)).isoformat()}

    async def order(self, i: int, grid: dict, resident: str | None) -> None:
        service, title = self.rng.choice(list(SERVICES.items()))
        me = self.as_person(resident, "resident") if resident else None
        stage = i % 8
        when = self.soon() if stage >= 6 else self.window(1 + i % 10,
                                                          8 + self.rng.randint(0, 18) / 2)
        body = {"service_type": service, "title": title, "grid_id": grid["id"],
                "urgency": self.rng.choice(["low", "normal", "normal", "high", "urgent"]),
                **when}
        order = await self.place(body, me)
        oid = order["id"]
        if stage == 0:
            return  # 居民点单: waiting for the community
        if stage == 1:
            await self.send("POST", f"/v1/orders/{oid}/decline",
                            {"reason": "属于物业服务范围, 已转交物业公司"})
            return
        await self.send("POST", f"/v1/orders/{oid}/hand-over", {"note": "已电话确认时间"})
        if stage == 2:
            return  # 社区交单: with the branch
        sent = await self.send("POST", f"/v1/orders/{oid}/dispatch", {"auto": True},
                               ok=(200, 409))
        if "assignee_person_id" not in sent or stage == 3:
            return  # 支部下单: waiting for an answer
        taker = sent["assignee_person_id"] or ""
        if sent.get("assignee_team_id"):
            return
        member = self.as_person(taker, "party_member")
        if stage == 4:
            await self.send("POST", f"/v1/orders/{oid}/refuse", {"reason": "那天值班"},
                            headers=member)
            return
        taken = await self.send("POST", f"/v1/orders/{oid}/accept", body=None, headers=member,
                                ok=(200, 409))
        if stage == 5 or taken.get("status") != "accepted":
            return  # 党员接单
        await self.send("POST", f"/v1/orders/{oid}/complete",
                        {"hours": self.rng.choice([1, 1.5, 2, 3])}, headers=member)
        if stage == 6:
            return
        await self.send("POST", f"/v1/orders/{oid}/rate",
                        {"rating": self.rng.choice([5, 5, 5, 4, 3]), "comment": "服务很热心"},
                        headers=me)

    async def run(self) -> None:
        communities = await self.pages("/v1/orgs", kind="community")
        grids = await self.pages("/v1/grids")
        people = await self.pages("/v1/people")
        members = {p["id"] for c in ("in_service", "resident", "retired", "floating", "laid_off")
                   for p in await self.pages("/v1/people", category=c)}
        residents = {}
        for p in people:
            if p["id"] not in members and p["grid_id"]:
                residents.setdefault(p["grid_id"], []).append(p["id"])
        for i in range(ORDERS):
            if i == 1:
                await asyncio.sleep(2)  # the people follow the grids on the same stream
            grid = grids[i * 7 % len(grids)]
            resident = self.rng.choice(residents.get(grid["id"], [None]))
            await self.order(i, grid, resident)
        today = datetime.now(LOCAL).date()
        by_name = {c["name"]: c["id"] for c in communities}
        for name in ("育红社区党委", "建西社区党委", "大华社区党委"):
            community = by_name.get(name) or communities[0]["id"]
            for kind, title in POSTS:
                post = await self.send("POST", "/v1/posts", {
                    "kind": kind, "title": title, "community_id": community, "seats": 3,
                    "starts_on": today.isoformat(),
                    "ends_on": (today + timedelta(days=180)).isoformat()})
                for member in self.rng.sample(sorted(members), 2):
                    await self.send("POST", f"/v1/posts/{post['id']}/claims", {
                        "person_id": member, "from_on": today.isoformat(),
                        "until_on": (today + timedelta(days=90)).isoformat()},
                        ok=(201, 409, 422))
        rota = self.rng.sample(sorted(members), 4)
        await self.send("POST", "/v1/rosters", {
            "title": "社区法律诊所 每周三上午坐诊", "community_id": by_name.get("育红社区党委",
                                                                     communities[0]["id"]),
            "frequency": "weekly", "weekday": 3, "start_time": "09:00", "end_time": "12:00",
            "starts_on": today.isoformat(), "ends_on": (today + timedelta(weeks=12)).isoformat(),
            "rota": rota[:2]}, ok=(201, 409))
        await self.send("POST", "/v1/rosters", {
            "title": "五心五所联盟党员志愿服务日", "community_id": communities[0]["id"],
            "frequency": "monthly", "weekday": 6, "week_of_month": 1, "start_time": "08:30",
            "end_time": "11:30", "starts_on": today.isoformat(),
            "ends_on": date(today.year + 1, today.month, 1).isoformat(), "rota": rota[2:]},
            ok=(201, 409))
        await self.registry.aclose()
        await self.matching.aclose()


async def load(urls: dict[str, str], token: str) -> None:
    await Demo(urls, token).run()
