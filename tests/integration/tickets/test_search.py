"""The desk's search and deadline states (issue 24): `q` finds a matter by part of its number or
title, and by its reporter's phone or name only for those who may see them in full (the office
holding it, the person it is assigned to); answers stay masked. `deadline` narrows the queue to
逾期 / 即将到期 / 正常 as the working-day deadlines give them."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

import pytest

from redgrid.common.clock import ManualClock
from redgrid.common.testing import eventually, run_service
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.main import spec as tickets_spec

from .conftest import START, World, community, created, kept_figures_agree, worker_known

pytestmark = pytest.mark.asyncio(loop_scope="session")
PHONE, NAME = "13900001111", "李四光"


@pytest.fixture(scope="module")
async def world(stack, clean_nats):
    """conftest's street, with a deadline scanner too slow to escalate what falls overdue here
    (an escalation sets a new deadline: the overdue state would last a scan)."""
    database = await stack.new_database()
    clock = ManualClock(START)
    async with run_service(registry_spec, stack, database) as registry:
        async with run_service(tickets_spec, stack, database, clock=clock,
                               deadline_scan_seconds=3600) as tickets:
            system = registry.auth("system")
            street = await created(registry, "/v1/orgs", {"kind": "street", "name": "大中街道党工委",
                                                          "code": "dazhong"}, system)
            yuhong = await community(registry, street["id"], "育红", "YH-01", (33.20, 120.46))
            jianxi = await community(registry, street["id"], "建西", "JX-01", (33.22, 120.48))
            for c in (yuhong, jianxi):
                await eventually(lambda c=c: worker_known(tickets, c.grid), timeout=20)
            world = World(registry, tickets, clock, UUID(street["id"]), yuhong, jianxi)
            yield world
            await kept_figures_agree(world)  # as conftest's world ends every module


@pytest.fixture(scope="module")
async def matters(world):
    yh, jx = world.yuhong, world.jianxi
    lamp = await world.file({"channel": "hotline", "appeal_kind": "help",
                             "category": "environment", "title": "育红路路灯不亮",
                             "grid_id": str(yh.grid), "accept": True,
                             "reporter": {"name": NAME, "phone": PHONE}}, world.admin(yh))
    gas = await world.file({"appeal_kind": "help", "category": "public_safety",
                            "title": "燃气泄漏气味", "community_id": str(yh.id), "accept": True},
                           world.admin(yh))
    theirs = await world.file({"channel": "hotline", "appeal_kind": "help",
                               "category": "environment", "title": "建西路灯不亮",
                               "grid_id": str(jx.grid), "accept": True,
                               "reporter": {"name": NAME, "phone": PHONE}}, world.admin(jx))
    return {"lamp": lamp, "gas": gas, "theirs": theirs}


async def found(world, headers: dict, **params) -> list[str]:
    r = await world.tickets.client.get("/v1/tickets", headers=headers,
                                       params={"limit": 200, **params})
    assert r.status_code == 200, r.text
    assert PHONE not in r.text and NAME not in r.text  # answers stay masked
    return [t["title"] for t in r.json()["items"]]


async def test_the_office_finds_by_number_title_phone_and_name(world, matters):
    office, lamp = world.admin(world.yuhong), matters["lamp"]
    assert await found(world, office, q="路灯") == ["育红路路灯不亮"]  # not 建西's
    assert await found(world, office, q=lamp["number"][-6:]) == ["育红路路灯不亮"]
    assert await found(world, office, q=lamp["number"].lower()) == ["育红路路灯不亮"]
    assert await found(world, office, q="0001111") == ["育红路路灯不亮"]
    assert await found(world, office, q="李四") == ["育红路路灯不亮"]
    assert await found(world, office, q="路灯%") == []  # a wildcard is a character here
    assert await found(world, office, q="不存在的诉求") == []
    street = await found(world, world.street_admin(), q=PHONE)
    assert sorted(street) == ["建西路灯不亮", "育红路路灯不亮"]


async def test_phone_and_name_only_for_those_who_see_them(world, matters):
    yh, lamp = world.yuhong, matters["lamp"]
    secretary = world.as_("branch_secretary", yh.branch)
    assert await found(world, secretary, q="路灯") == ["育红路路灯不亮"]  # the title: yes
    assert await found(world, secretary, q=PHONE) == []
    assert await found(world, secretary, q=NAME) == []
    worker = world.worker(yh)
    assert await found(world, worker, q=PHONE) == []
    await world.step(lamp["id"], "dispatch", {}, world.admin(yh))
    await world.step(lamp["id"], "sign", {}, worker)  # now it is the worker's to call back
    assert await found(world, worker, q=PHONE) == ["育红路路灯不亮"]
    assert await found(world, world.as_("resident", yh.id), q=PHONE) == []


async def test_deadline_states(world, matters):
    office = world.admin(world.yuhong)
    assert await found(world, office, deadline="due_soon") == ["燃气泄漏气味"]  # hours
    assert await found(world, office, deadline="on_time") == ["育红路路灯不亮"]
    assert await found(world, office, deadline="overdue") == []
    r = await world.tickets.client.get("/v1/tickets", headers=office)
    states = {t["title"]: t["deadline_state"] for t in r.json()["items"]}
    assert states == {"燃气泄漏气味": "due_soon", "育红路路灯不亮": "on_time"}
    world.clock.set(world.clock.now() + timedelta(hours=3))
    assert await found(world, office, deadline="overdue") == ["燃气泄漏气味"]
    assert await found(world, office, deadline="overdue", q="燃气") == ["燃气泄漏气味"]
    assert await found(world, office, deadline="overdue", q="路灯") == []
    r = await world.tickets.client.get("/v1/tickets", headers=office,
                                       params={"deadline": "late"})
    assert r.status_code == 422


async def test_a_phone_written_in_a_title_finds_it_only_for_the_office(world, matters):
    """Titles are shown masked to those who may not see reporters: a phone written into one
    must not find it for them either."""
    yh = world.yuhong
    noisy = await world.file({"appeal_kind": "help", "category": "environment",
                              "title": "楼下噪音扰民 13700002222", "grid_id": str(yh.grid),
                              "accept": True}, world.admin(yh))

    async def ids(headers: dict, q: str) -> list[str]:
        r = await world.tickets.client.get("/v1/tickets", headers=headers,
                                           params={"limit": 200, "q": q})
        assert r.status_code == 200, r.text
        return [t["id"] for t in r.json()["items"]]

    assert await ids(world.admin(yh), "13700002222") == [noisy["id"]]
    assert await ids(world.as_("branch_secretary", yh.branch), "13700002222") == []
    assert await ids(world.as_("branch_secretary", yh.branch), "噪音") == [noisy["id"]]
