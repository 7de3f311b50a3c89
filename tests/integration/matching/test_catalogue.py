"""One vocabulary in matching: an order's service type and needs are the catalogue's words (an
old tag is taken as the word it became), a free tag is refused naming the catalogue, a word the
registry adds reaches matching by its event, and the migration maps what was stored before."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest

from redgrid.common.ids import uuid7

from .conftest import call, known, window

pytestmark = pytest.mark.asyncio(loop_scope="session")

MAPPING = (Path(__file__).parents[3] / "services/matching/redgrid/matching/migrations"
           / "0006_catalogue.sql")


def order(street, service_type: str, **extra) -> dict:
    return {"service_type": service_type, "title": "修理水龙头", "grid_id": str(street.grid),
            **window(3, 9), **extra}


async def test_repair_finds_the_member_announced_with_repairs(street):
    """Before the catalogue an order for repair matched none of those announced with
    repairs; now both are 维修."""
    member = await street.reg.person(street.yuhong, street.grid, skills=["repairs"],
                                     member_of=street.branch)
    await known(street.h, "SELECT count(*) FROM people WHERE id = $1 AND skills = '{维修}'",
                member, expect=1)
    me = street.person(uuid7())
    placed = await call(street.h, "POST", "/v1/orders", me, order(street, "repair"), expect=201)
    assert (placed["service_type"], placed["needs"]) == ("维修", ["维修"])
    await call(street.h, "POST", f"/v1/orders/{placed['id']}/hand-over", street.admin, {})
    ranked = await call(street.h, "GET", f"/v1/orders/{placed['id']}/candidates",
                        street.secretary)
    mine = next(c for c in ranked if c["id"] == str(member))
    assert mine["parts"]["skills"]["why"] == "具备维修（所需 1 项中的 1 项）"
    placed = await call(street.h, "POST", "/v1/orders", me, order(street, "陪诊"), expect=201)
    assert placed["service_type"] == "陪诊"  # once refused by a pattern


async def test_free_tags_are_refused_naming_the_catalogue(street):
    me = street.person(uuid7())
    r = await street.h.client.post("/v1/orders", headers=me, json=order(street, "修东西"))
    assert r.status_code == 422
    assert "修东西" in r.json()["detail"] and "服务类型目录" in r.json()["detail"]
    r = await street.h.client.post("/v1/orders", headers=me,
                                   json=order(street, "维修", needs=["维修", "fix_things"]))
    assert r.status_code == 422 and "fix_things" in r.json()["detail"]
    r = await street.h.client.post("/v1/orders", headers={**me, "Accept-Language": "en"},
                                   json=order(street, "修东西"))
    assert "catalogue" in r.json()["detail"]


async def test_a_word_the_registry_adds_reaches_matching(street):
    me = street.person(uuid7())
    r = await street.h.client.post("/v1/orders", headers=me, json=order(street, "修脚"))
    assert r.status_code == 422
    await street.reg.publish("registry", "service_type", "added", "修脚", {
        "code": "修脚", "name_en": "pedicure", "aliases": ["pedicure"], "sort": 300,
        "active": True, "version": 1})
    await known(street.h, "SELECT count(*) FROM service_types WHERE code = '修脚'", expect=1)
    placed = await call(street.h, "POST", "/v1/orders", me, order(street, "pedicure"), expect=201)
    assert placed["service_type"] == "修脚"
    await street.reg.publish("registry", "service_type", "updated", "修脚", {
        "code": "修脚", "name_en": "pedicure", "aliases": ["pedicure"], "sort": 300,
        "active": False, "version": 2})
    await known(street.h, "SELECT count(*) FROM service_types WHERE code = '修脚' "
                "AND NOT active", expect=1)
    r = await street.h.client.post("/v1/orders", headers=me, json=order(street, "修脚"))
    assert r.status_code == 422  # retired: no new orders for it


async def test_the_migration_maps_stored_orders(street):
    me = street.person(uuid7())
    placed = await call(street.h, "POST", "/v1/orders", me, order(street, "维修"), expect=201)
    async with street.h.runtime.pool.acquire() as conn:
        await conn.execute("UPDATE orders SET service_type = 'general', "
                           "needs = '{repair,repairs,escort}' WHERE id = $1", UUID(placed["id"]))
        await conn.execute(MAPPING.read_text())
        row = await conn.fetchrow("SELECT service_type, needs FROM orders WHERE id = $1",
                                  UUID(placed["id"]))
    assert (row["service_type"], row["needs"]) == ("综合服务", ["维修", "陪诊"])
