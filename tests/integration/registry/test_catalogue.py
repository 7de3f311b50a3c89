"""One vocabulary: the catalogue of service types and skills is read by anyone, kept by street
and city admins (each change an event the others copy); people's and teams' skills are its
words, an old English tag is taken as the word it became (repair → 维修), a free tag is refused
naming the catalogue, and the migration maps the tags already stored."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, stream_messages

from .conftest import create

pytestmark = pytest.mark.asyncio(loop_scope="session")

MAPPING = (Path(__file__).parents[3] / "services/registry/redgrid/registry/migrations"
           / "0004_catalogue.sql")


async def test_the_catalogue_has_the_seeds_words_and_anyone_reads_it(street):
    r = await street.h.client.get("/v1/catalogue")
    assert r.status_code == 200
    words = [e["code"] for e in r.json()]
    assert {"代办", "维修", "陪诊", "助餐", "助浴", "心理疏导", "法律咨询", "助老", "托育",
            "家电维修", "理发"} <= set(words)
    repair = next(e for e in r.json() if e["code"] == "维修")
    assert {"repair", "repairs"} <= set(repair["aliases"])


async def test_skills_are_the_catalogues_words_and_free_tags_are_refused(street):
    h, community = street.h, street.communities[0]
    admin = street.admin(community)
    person = await create(h, "/v1/people", {"name": "刘梅", "home_org_id": str(community),
                                            "skills": ["陪诊", "repair", "repairs"]}, admin)
    assert person["skills"] == ["陪诊", "维修"]  # repair and repairs are one word now
    r = await h.client.patch(f"/v1/people/{person['id']}", headers=admin,
                             json={"skills": ["陪诊", "会修东西"]})
    assert r.status_code == 422
    assert "会修东西" in r.json()["detail"] and "服务类型目录" in r.json()["detail"]
    r = await h.client.post("/v1/teams", headers=admin, json={
        "name": "育红助老服务队", "kind": "service", "org_id": str(community),
        "skills": ["elderly_care", "barbering_free_tag"]})
    assert r.status_code == 422 and "barbering_free_tag" in r.json()["detail"]
    team = await create(h, "/v1/teams", {"name": "育红助老服务队", "kind": "service",
                                         "org_id": str(community),
                                         "skills": ["elderly_care", "理发"]}, admin)
    assert team["skills"] == ["助老", "理发"]


async def test_street_admins_keep_the_catalogue_and_each_change_is_an_event(street):
    h = street.h
    keeper = street.admin(street.street, "street_admin")
    r = await h.client.post("/v1/catalogue", headers=street.admin(street.communities[0]),
                            json={"code": "修脚", "name_en": "pedicure"})
    assert r.status_code == 403  # a community keeps to the city's words
    added = await create(h, "/v1/catalogue", {"code": "修脚", "name_en": "pedicure",
                                              "aliases": ["pedicure"]}, keeper)
    assert added["version"] == 1
    r = await h.client.post("/v1/catalogue", headers=keeper,
                            json={"code": "修鞋", "name_en": "x", "aliases": ["repair"]})
    assert r.status_code == 409  # repair already means 维修
    r = await h.client.post("/v1/catalogue", headers=keeper,
                            json={"code": "free_tag", "name_en": "x"})
    assert r.status_code == 422  # a word is Chinese
    r = await h.client.patch("/v1/catalogue/修脚", headers=keeper, json={"active": False})
    assert r.status_code == 200 and r.json()["version"] == 2
    assert "修脚" not in [e["code"] for e in (await h.client.get("/v1/catalogue")).json()]
    someone = await create(h, "/v1/people", {"name": "王芳",
                                             "home_org_id": str(street.communities[0])}, keeper)
    r = await h.client.patch(f"/v1/people/{someone['id']}", headers=keeper,
                             json={"skills": ["修脚"]})
    assert r.status_code == 422  # a retired word is not chosen anew

    async def both():
        msgs = await stream_messages(h.reader_url, "REDGRID_REGISTRY",
                                     "redgrid.registry.service_type.>")
        seen = [CloudEvent.from_bytes(m.data) for m in msgs]
        return [e for e in seen if e.data["code"] == "修脚"] if len(seen) >= 2 else None

    found = await eventually(both, timeout=15)
    assert [e.type for e in found] == ["redgrid.registry.service_type.added.v1",
                                       "redgrid.registry.service_type.updated.v1"]
    assert found[1].data["active"] is False


async def test_the_migration_maps_the_old_tags(street):
    """Rows written before the catalogue, mapped by 0004 (its statements may run again)."""
    h, community = street.h, street.communities[0]
    person = await create(h, "/v1/people", {"name": "陈杰", "home_org_id": str(community)},
                          street.admin(community))
    async with h.runtime.pool.acquire() as conn:
        await conn.execute("UPDATE people SET skills = $2 WHERE id = $1", UUID(person["id"]),
                           ["repair", "repairs", "escort", "cooking", "电工", "无人知晓"])
        await conn.execute(MAPPING.read_text())
        skills = await conn.fetchval("SELECT skills FROM people WHERE id = $1",
                                     UUID(person["id"]))
    assert skills == ["维修", "陪诊", "助餐", "水电维修", "无人知晓"]
