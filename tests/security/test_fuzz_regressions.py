"""What an independent fuzzing run found once (issue 27), pinned down on the running city: a
reference to a person nobody checked, Open311 dates outside the years the services count with,
a control character that broke the public XML, and spec mismatches a client generator trips
on. The classes behind them have unit tests of their own (tests/unit/common)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from .city import City, running_city

pytestmark = pytest.mark.asyncio(loop_scope="session")
NOBODY = "00000000-0000-4000-8000-000000000001"
PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
async def city(stack):
    async with running_city(stack) as c:
        yield c


def refused(r, status: int = 422) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    return r.json()


# --- 1. registry: a team's leader (and an org's secretary) is a person the caller manages ---

async def test_a_team_leader_who_is_nobody_or_of_another_street_is_refused(city: City):
    reg = city.h["registry"].client
    admin = city.auth("street_admin", city.a)
    team = f"/v1/teams/{city.a.team}"
    before = (await reg.get(team, headers=admin)).json()
    for leader in (NOBODY, str(city.b.people["volunteer"])):
        refused(await reg.patch(team, json={"leader_id": leader}, headers=admin))
        refused(await reg.post("/v1/teams", headers=admin, json={
            "name": "护河队", "kind": "service", "org_id": str(city.a.community),
            "leader_id": leader}))
    # the same rule as for a member
    refused(await reg.post(f"{team}/members", json={"person_id": str(city.b.people["volunteer"])},
                           headers=admin))
    assert (await reg.get(team, headers=admin)).json() == before  # nothing changed
    ok = await reg.patch(team, json={"leader_id": str(city.a.people["volunteer"])},
                         headers=admin)
    assert ok.status_code == 200 and ok.json()["leader_id"] == str(city.a.people["volunteer"])


async def test_an_org_secretary_who_is_nobody_or_of_another_street_is_refused(city: City):
    reg = city.h["registry"].client
    admin = city.auth("street_admin", city.a)
    for secretary in (NOBODY, str(city.b.people["secretary"])):
        refused(await reg.patch(f"/v1/orgs/{city.a.branch}", json={"secretary_id": secretary},
                                headers=admin))
        refused(await reg.post("/v1/orgs", headers=admin, json={
            "kind": "branch", "name": "第二支部", "parent_id": str(city.a.community),
            "secretary_id": secretary}))
    ok = await reg.patch(f"/v1/orgs/{city.a.branch}",
                         json={"secretary_id": str(city.a.people["secretary"])}, headers=admin)
    assert ok.status_code == 200, ok.text


# --- 2. Open311: dates outside 1900-2200 are GeoReport 400s, not 500s ----------------------

@pytest.mark.parametrize("query", ["end_date=0001-01-01T00:00:00Z",
                                   "start_date=9999-12-31T23:59:59-12:00",
                                   "start_date=1899-12-31T00:00:00Z",
                                   "end_date=2201-01-01T00:00:00"])
@pytest.mark.parametrize("fmt", ["json", "xml"])
async def test_open311_dates_out_of_range_are_400s(city: City, query, fmt):
    r = await city.h["tickets"].client.get(f"/open311/v2/requests.{fmt}?{query}")
    assert r.status_code == 400, r.text
    if fmt == "json":
        assert r.json()[0]["code"] == 400
    else:
        assert ET.fromstring(r.content).find("error/code").text == "400"


# --- 3. control characters: refused at the door, dropped from XML if already stored ---------

async def test_a_control_character_is_refused_in_open311_and_in_the_json_api(city: City):
    t = city.h["tickets"].client
    resident = city.auth("resident", city.a)
    r = await t.post("/open311/v2/requests.json", headers=resident, data={
        "service_code": "road_repair", "address_string": "育红路1号",
        "description": "a\x01b"})
    assert r.status_code == 400 and r.json()[0]["code"] == 400
    body = refused(await t.post("/v1/tickets", headers=resident, json={
        "appeal_kind": "help", "category": "road_repair", "title": "a\x01b"}))
    assert body["errors"][0]["type"] == "unreadable_text"
    body = refused(await t.get("/v1/tickets?q=a%01b", headers=resident))
    assert body["errors"][0]["type"] == "unreadable_text"


async def test_open311_xml_parses_even_with_a_control_character_stored(city: City):
    t = city.h["tickets"]
    number = city.a.things["notice_number"]  # published: the public sees it
    async with t.runtime.pool.acquire() as conn:
        title = await conn.fetchval("SELECT title FROM tickets WHERE number = $1", number)
        await conn.execute("UPDATE tickets SET title = $2 WHERE number = $1", number,
                           f"{title}\x01\x1b[0m\ufffe")
    try:
        for headers in ({}, city.system):
            r = await t.client.get("/open311/v2/requests.xml", headers=headers)
            assert r.status_code == 200
            root = ET.fromstring(r.content)  # raises on "not well-formed"
            texts = [e.text or "" for e in root.iter()]
            assert any(title in text for text in texts)
            assert not any(re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe]", x) for x in texts)
            r = await t.client.get(f"/open311/v2/requests/{number}.xml", headers=headers)
            assert ET.fromstring(r.content).find("request/service_request_id").text == number
    finally:
        async with t.runtime.pool.acquire() as conn:
            await conn.execute("UPDATE tickets SET title = $2 WHERE number = $1", number, title)


# --- 4. what the OpenAPI says is what the server does -----------------------------------------

async def test_the_email_pattern_served_is_the_one_checked(city: City):
    reg = city.h["registry"].client
    doc = (await reg.get("/openapi.json")).json()
    email = doc["components"]["schemas"]["PersonCreate"]["properties"]["email"]
    (pattern,) = [b["pattern"] for b in email.get("anyOf", [email]) if "pattern" in b]
    for value in ("a\u0085b@c.de", "a\ufeffb@c.de"):
        assert not re.fullmatch(pattern, value)
        r = await reg.post("/v1/people", headers=city.system, json={
            "name": "李四", "home_org_id": str(city.a.community), "email": value})
        (error,) = refused(r)["errors"]
        assert error["loc"][-1] == "email" or error["type"] == "unreadable_text", error
    r = await reg.post("/v1/people", headers=city.system, json={
        "name": "李四", "home_org_id": str(city.a.community), "email": "li.si@example.com"})
    assert r.status_code == 201 and re.fullmatch(pattern, "li.si@example.com")


async def test_locate_says_lat_and_lng_come_together(city: City):
    reg = city.h["registry"].client
    doc = (await reg.get("/openapi.json")).json()
    op = doc["paths"]["/v1/grids/locate"]["get"]
    assert "lat **and** lng" in op["description"]
    params = {p["name"]: p for p in op["parameters"]}
    assert "lng" in params["lat"]["description"] and "lat" in params["lng"]["description"]
    admin = city.auth("street_admin", city.a)
    body = refused(await reg.get("/v1/grids/locate?lat=33.2", headers=admin))
    assert body["type"].endswith("/invalid")


async def test_open311_documents_every_status_it_gives_and_its_405_names_allow(city: City):
    t = city.h["tickets"].client
    doc = (await t.get("/open311/v2/openapi.json")).json()
    for path, item in doc["paths"].items():
        for method, op in item.items():
            assert {"400", "403", "404", "503"} <= set(op["responses"]), (method, path)
    r = await t.put("/open311/v2/requests.json")
    assert r.status_code == 405
    assert set(r.headers["allow"].replace(" ", "").split(",")) == {"GET", "POST"}
    assert r.json()[0]["code"] == 405
    r = await t.delete("/open311/v2/services.xml")
    assert r.status_code == 405 and r.headers["allow"] == "GET"
    ET.fromstring(r.content)
