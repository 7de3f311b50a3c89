"""People's contact data, party members, 双报到, units and places, over HTTP."""

from __future__ import annotations

import asyncpg
import pytest

from redgrid.common import migrate
from redgrid.common.testing import prepare_database, service_settings
from redgrid.registry.main import spec

from .conftest import create

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_contact_is_masked_and_every_staff_read_is_logged(street):
    h = street.h
    community = street.communities[0]
    admin = street.admin(community)
    person = await create(h, "/v1/people", {
        "name": "朱军", "home_org_id": str(community), "phone": "13912345678",
        "address": "老坝村3组18号2栋301室"}, admin)
    assert person["phone_masked"] == "139****5678"
    assert person["address_masked"] == "老坝村3组18号2栋"
    assert "phone" not in person and "address" not in person
    worker = h.auth("grid_worker", community)
    r = await h.client.get(f"/v1/people/{person['id']}/contact?purpose=寻找走失女孩",
                           headers=worker)
    assert r.status_code == 200 and r.json()["phone"] == "13912345678"
    themself = h.auth("resident", person=person["id"])
    assert (await h.client.get(f"/v1/people/{person['id']}/contact",
                               headers=themself)).json()["phone"] == "13912345678"
    log = (await h.client.get(f"/v1/people/{person['id']}/contact-log", headers=themself)).json()
    assert [entry["purpose"] for entry in log] == ["寻找走失女孩"]  # their own read is not logged
    r = await h.client.get(f"/v1/people/{person['id']}/contact", headers=h.auth("resident"))
    assert r.status_code == 404


async def test_a_person_edits_only_their_own_contact_and_skills(street):
    h = street.h
    community = street.communities[0]
    person = await create(h, "/v1/people", {"name": "李敏", "home_org_id": str(community)},
                          street.admin(community))
    me = h.auth("volunteer", person=person["id"])
    r = await h.client.patch(f"/v1/people/{person['id']}", headers=me,
                             json={"skills": ["tutoring"], "phone": "13700001111"})
    assert r.status_code == 200 and r.json()["skills"] == ["课业辅导"]  # the catalogue's word
    r = await h.client.patch(f"/v1/people/{person['id']}", headers=me,
                             json={"home_org_id": str(street.communities[1])})
    assert r.status_code == 403


async def test_dual_report_is_for_in_service_members(street):
    h = street.h
    community = street.communities[1]
    admin = street.admin(community)
    branch = await create(h, "/v1/orgs", {"kind": "grid_branch", "name": "建西第二网格党支部",
                                          "parent_id": str(community)}, admin)
    member = await create(h, "/v1/people", {"name": "束方兵", "home_org_id": str(community)},
                          admin)
    report = {"community_id": str(community), "person_id": member["id"]}
    me = h.auth("party_member", person=member["id"])
    r = await h.client.post("/v1/dual-reports", json=report, headers=me)
    assert r.status_code == 422  # not a party member yet
    r = await h.client.put(f"/v1/people/{member['id']}/membership", headers=admin,
                           json={"branch_id": branch["id"], "category": "in_service",
                                 "employer": "大丰区人社局"})
    assert r.status_code == 200, r.text
    r = await h.client.post("/v1/dual-reports", json=report, headers=me)
    assert r.status_code == 201, r.text
    assert (await h.client.post("/v1/dual-reports", json=report, headers=me)).status_code == 409
    r = await h.client.post(f"/v1/people/{member['id']}/cards", headers=admin, json={
        "colour": "pink", "title": "为环卫工提供充电点"})
    assert r.status_code == 201
    figures = (await h.client.get(f"/v1/orgs/{community}/figures", headers=admin)).json()
    assert figures["dual_reported_members"] >= 1
    assert figures["party_members"]["in_service"] >= 1
    person = (await h.client.get(f"/v1/people/{member['id']}", headers=admin)).json()
    assert person["membership"]["category"] == "in_service"


async def test_a_unit_edits_its_own_contact_not_its_communities(street):
    h = street.h
    community = street.communities[0]
    admin = street.admin(street.street, "street_admin")
    unit = await create(h, "/v1/units", {"name": "江苏工程学院", "kind": "school",
                                         "org_id": str(street.street),
                                         "community_ids": [str(community)],
                                         "contact_phone": "13800001234"}, admin)
    assert unit["contact_phone_masked"] == "138****1234"
    own = h.auth("unit", unit=unit["id"])
    r = await h.client.patch(f"/v1/units/{unit['id']}", headers=own,
                             json={"contact_name": "刘老师"})
    assert r.status_code == 200 and r.json()["contact_name"] == "刘老师"
    r = await h.client.patch(f"/v1/units/{unit['id']}", headers=own,
                             json={"community_ids": []})
    assert r.status_code == 403
    other = h.auth("unit", unit=street.street)  # some other unit
    assert (await h.client.patch(f"/v1/units/{unit['id']}", headers=other,
                                 json={"contact_name": "x"})).status_code == 404


async def test_places_are_public_and_make_a_walking_circle(street):
    h = street.h
    community = street.communities[0]
    admin = street.admin(community)
    await create(h, "/v1/places", {"kind": "service_centre", "name": "育红社区党群服务中心",
                                   "org_id": str(community), "lat": 33.2, "lng": 120.46,
                                   "opening_hours": {"mon": "08:30-17:30"}}, admin)
    near = (await h.client.get("/v1/places/nearby?lat=33.203&lng=120.46&minutes=15")).json()
    assert [p["name"] for p in near] == ["育红社区党群服务中心"] and near[0]["walking_minutes"] < 6
    far = (await h.client.get("/v1/places/nearby?lat=33.25&lng=120.46&minutes=15")).json()
    assert far == []
    await create(h, "/v1/grids", {"code": "C-NEAR", "name": "近", "community_id": str(community),
                                  "center_lat": 33.201, "center_lng": 120.46}, admin)
    await create(h, "/v1/grids", {"code": "C-FAR", "name": "远", "community_id": str(community),
                                  "center_lat": 33.25, "center_lng": 120.46}, admin)
    coverage = (await h.client.get(f"/v1/orgs/{community}/circle", headers=admin)).json()
    assert "C-FAR" in {g["code"] for g in coverage["uncovered"]}
    assert "C-NEAR" not in {g["code"] for g in coverage["uncovered"]}
    r = await h.client.post("/v1/places", headers=admin, json={
        "kind": "service_station", "name": "x", "org_id": str(community), "lat": 91, "lng": 0})
    assert r.status_code == 422


async def test_a_service_role_cannot_read_another_services_schema(stack):
    """Each service owns its schema under its own role; nobody else may even look."""
    database = await stack.new_database()
    settings = service_settings(spec, stack, database)
    await prepare_database(spec, stack, database, settings)
    admin = await asyncpg.connect(stack.url_for(database))
    try:
        await migrate.bootstrap(admin, "tickets", settings.db_password)
    finally:
        await admin.close()
    tickets = await asyncpg.connect(
        f"postgresql://redgrid_tickets:{settings.db_password}@{stack.db_host}:{stack.db_port}/"
        f"{database}")
    try:
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await tickets.fetch("SELECT * FROM registry.people")
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await tickets.execute("CREATE TABLE public.sneaky (id int)")
    finally:
        await tickets.close()
