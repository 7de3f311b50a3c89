"""Intake: 一号一档 numbers under concurrency, routing through registry events, the community's
queue, 12345 orders filed twice, likely duplicates, bad input that changes nothing, and the
request's correlation id on every event an intake makes (HTTP and Open311)."""

from __future__ import annotations

import asyncio
from uuid import UUID

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, stream_messages
from redgrid.tickets.domain import duplicates

from .conftest import count, created, square

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_street_prefix_comes_from_the_registry_and_can_be_set(world):
    async def known():
        return await count(world.tickets, "SELECT count(*) FROM street_prefixes "
                           "WHERE street_id = $1 AND prefix = 'DAZHONG'", world.street)

    await eventually(known)
    t = await world.file({"appeal_kind": "help", "category": "environment",
                          "title": "楼道堆放杂物", "community_id": str(world.yuhong.id)})
    assert t["number"].startswith("DAZHONG-2026-")
    r = await world.tickets.client.put(f"/v1/streets/{world.street}/number-prefix",
                                       json={"prefix": "DZ"}, headers=world.street_admin())
    assert r.status_code == 200, r.text
    r = await world.tickets.client.put(f"/v1/streets/{world.street}/number-prefix",
                                       json={"prefix": "DZ"}, headers=world.admin(world.yuhong))
    assert r.status_code == 403  # a community office does not name the street's files
    t = await world.file({"appeal_kind": "help", "category": "environment",
                          "title": "路灯不亮", "community_id": str(world.yuhong.id)})
    assert t["number"].startswith("DZ-2026-")


async def test_fifty_concurrent_intakes_get_fifty_consecutive_numbers(world):
    body = {"appeal_kind": "consultation", "category": "other", "title": "咨询",
            "community_id": str(world.jianxi.id), "channel": "hotline"}
    headers = world.admin(world.jianxi)
    results = await asyncio.gather(*(world.tickets.client.post("/v1/tickets", json=body,
                                                               headers=headers)
                                     for _ in range(50)))
    assert all(r.status_code == 201 for r in results), [r.text for r in results][:2]
    numbers = sorted(r.json()["number"] for r in results)
    sequences = [int(n.rsplit("-", 1)[1]) for n in numbers]
    assert len(set(numbers)) == 50
    assert sequences == list(range(sequences[0], sequences[0] + 50))  # no gaps
    # and nothing else took a number in between: the counter is where the last one left it
    last = await count(world.tickets, "SELECT last FROM ticket_counters WHERE street_id = $1",
                       world.street)
    assert last == sequences[-1]



async def test_a_ticket_and_its_events_carry_its_number(world):
    t = await world.file({"appeal_kind": "help", "category": "environment",
                          "title": "楼道灯坏了", "community_id": str(world.yuhong.id),
                          "channel": "hotline", "accept": True})
    async with world.tickets.runtime.pool.acquire() as conn:
        bodies = await conn.fetch(
            "SELECT convert_from(body, 'UTF8')::jsonb AS e FROM outbox "
            "WHERE convert_from(body, 'UTF8')::jsonb ->> 'subject' = $1", t["id"])
    assert sorted(b["e"]["type"].split(".")[3] for b in bodies) == ["accepted", "received"]
    assert {b["e"]["data"]["number"] for b in bodies} == {t["number"]}


async def published(world, numbers: set[str], verbs: int) -> list[CloudEvent] | None:
    """The events of these tickets in the stream, once each has `verbs` of them."""
    events = [CloudEvent.from_bytes(m.data) for m in await stream_messages(
        world.tickets.reader_url, "REDGRID_TICKETS", "redgrid.tickets.ticket.>")]
    mine = [e for e in events if e.data.get("number") in numbers]
    return mine if len(mine) == verbs * len(numbers) else None


async def test_every_event_of_an_intake_carries_its_requests_correlation_id(world):
    """Intakes filed together share a batch (a transaction in another task): each one's events
    (received, and accepted when staff accept at once) carry its own request's id."""
    body = {"appeal_kind": "help", "category": "environment", "title": "路灯不亮",
            "community_id": str(world.yuhong.id), "channel": "hotline", "accept": True}
    ids = [f"corr-http-{i}" for i in range(8)]
    answers = await asyncio.gather(*(world.tickets.client.post(
        "/v1/tickets", json=body, headers={**world.admin(world.yuhong), "X-Request-ID": i})
        for i in ids))
    assert all(r.status_code == 201 for r in answers), answers[0].text
    sent = {r.json()["number"]: i for r, i in zip(answers, ids, strict=True)}
    events = await eventually(lambda: published(world, set(sent), verbs=2))
    assert sorted(e.type.split(".")[3] for e in events) == ["accepted"] * 8 + ["received"] * 8
    assert {(e.data["number"], e.correlationid) for e in events} == set(sent.items())


async def test_an_open311_intakes_events_carry_its_correlation_id(world):
    key = world.tickets.token("resident", person=UUID(int=0x3110))
    r = await world.tickets.client.post("/open311/v2/requests.json", data={
        "api_key": key, "service_code": "environment", "lat": "33.2002", "long": "120.4602",
        "description": "垃圾桶满了"})  # no X-Request-ID: the service gives the request one
    assert r.status_code == 201, r.text
    request_id = r.headers["x-request-id"]
    number = r.json()[0]["service_request_id"]
    (event,) = await eventually(lambda: published(world, {number}, verbs=1))
    assert event.type == "redgrid.tickets.ticket.received.v1"
    assert event.correlationid == request_id


async def test_a_rolled_back_intake_gives_its_number_back(world):
    from redgrid.tickets.store.tickets import next_sequence

    before = await count(world.tickets, "SELECT last FROM ticket_counters WHERE street_id = $1",
                         world.street)

    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        async with world.tickets.runtime.pool.acquire() as conn, conn.transaction():
            assert await next_sequence(conn, world.street, 2026) == before + 1
            raise Boom  # whatever fails later in the intake's transaction
    t = await world.file({"appeal_kind": "help", "category": "environment", "title": "井盖缺失",
                          "community_id": str(world.yuhong.id)})
    assert int(t["number"].rsplit("-", 1)[1]) == before + 1


async def test_a_grid_drawn_in_the_registry_becomes_routable(world):
    system = world.registry.auth("system")
    branch = await created(world.registry, "/v1/orgs", {
        "kind": "grid_branch", "parent_id": str(world.yuhong.id), "name": "育红第二网格党支部"},
        system)
    grid = await created(world.registry, "/v1/grids", {
        "code": "YH-02", "name": "育红第二网格", "community_id": str(world.yuhong.id),
        "branch_id": branch["id"], "area": square(120.40, 33.10, 0.002),
        "address_keys": ["育红新村"]}, system)
    body = {"appeal_kind": "help", "category": "environment", "title": "垃圾未清运",
            "location": {"lat": 33.1005, "lng": 120.4003}}

    async def routed():
        r = await world.tickets.client.post("/v1/tickets", json=body,
                                            headers=world.admin(world.yuhong))
        return r.json() if r.json().get("grid_id") == grid["id"] else None

    t = await eventually(routed, timeout=15, interval=0.2)
    assert t["level"] == "grid" and t["org_id"] == branch["id"]
    assert t["community_id"] == str(world.yuhong.id) and t["street_id"] == str(world.street)
    by_address = await world.file({"appeal_kind": "help", "category": "environment",
                                   "title": "化粪池满溢", "address": "大中街道育红新村5幢"})
    assert by_address["grid_id"] == grid["id"]
    r = await world.tickets.client.get("/v1/tickets/routing/preview",
                                       params={"lat": 33.1005, "lng": 120.4003},
                                       headers=world.worker(world.yuhong))
    assert (r.json()["grid_code"], r.json()["level"]) == ("YH-02", "grid")


async def test_an_unknown_place_goes_to_the_community_queue(world):
    t = await world.file({"appeal_kind": "help", "category": "service_need",
                          "title": "需要助浴服务", "location": {"lat": 10.0, "lng": 10.0},
                          "community_id": str(world.jianxi.id)}, world.admin(world.jianxi))
    assert t["grid_id"] is None
    assert (t["level"], t["org_id"]) == ("community", str(world.jianxi.id))
    # a resident with no place given: their own grid from the registry
    system = world.registry.auth("system")
    resident = await created(world.registry, "/v1/people", {
        "name": "李桂英", "home_org_id": str(world.jianxi.id),
        "grid_id": str(world.jianxi.grid)}, system)

    async def known():
        return await count(world.tickets, "SELECT count(*) FROM people WHERE id = $1",
                           UUID(resident["id"]))

    await eventually(known)
    mine = await world.file({"appeal_kind": "help", "category": "environment",
                             "title": "门口积水"},
                            world.as_("resident", person=UUID(resident["id"])))
    assert mine["grid_id"] == str(world.jianxi.grid)
    assert mine["status"] == "received" and mine["channel"] == "online"
    assert mine["reporter_person_id"] == resident["id"]


async def test_the_same_12345_order_filed_twice_gives_one_ticket(world):
    body = {"appeal_kind": "complaint", "category": "environment", "title": "噪音扰民",
            "channel": "12345", "external_ref": "DF202609280001",
            "community_id": str(world.yuhong.id)}
    first = await world.file(body, world.system())
    second = await world.file(body, world.system(), status=200)
    assert second["id"] == first["id"] and second["number"] == first["number"]
    concurrent = {**body, "external_ref": "DF202609280002"}
    results = await asyncio.gather(*(world.tickets.client.post("/v1/tickets", json=concurrent,
                                                               headers=world.system())
                                     for _ in range(5)))
    assert sorted(r.status_code for r in results) == [200, 200, 200, 200, 201]
    assert len({r.json()["id"] for r in results}) == 1
    assert await count(world.tickets, "SELECT count(*) FROM tickets WHERE external_ref = $1",
                       "DF202609280002") == 1


async def test_likely_duplicates_are_flagged(world):
    body = {"appeal_kind": "complaint", "category": "road_repair", "title": "双井巷方砖松动",
            "location": {"lat": 33.2001, "lng": 120.4601}}
    first = await world.file(body)
    near = await world.file({**body, "location": {"lat": 33.2003, "lng": 120.4602}})
    far = await world.file({**body, "location": {"lat": 33.2101, "lng": 120.4602}})
    other = await world.file({**body, "category": "environment"})
    assert first["id"] in near["possible_duplicates"]
    assert first["id"] not in far["possible_duplicates"]
    assert first["id"] not in other["possible_duplicates"]
    # 140 m north is near; a corner of the search box, 170 m away, is not
    north = await world.file({**body, "location": {"lat": 33.2001 + 0.00126, "lng": 120.4601}})
    corner = await world.file({**body, "location": {"lat": 33.2001 + 0.0011,
                                                    "lng": 120.4601 + 0.0013}})
    assert first["id"] in north["possible_duplicates"]
    assert first["id"] not in corner["possible_duplicates"]
    # the database puts each point in the cell the service searches around it
    for t in (first, near, far, north, corner):
        stored = await count(world.tickets, "SELECT near_cell FROM tickets WHERE id = $1",
                             UUID(t["id"]))
        assert stored == duplicates.cell(t["lat"], t["lng"])


async def test_a_hotspot_flags_only_its_most_recent_duplicates(world):
    body = {"appeal_kind": "help", "category": "environment", "title": "垃圾满溢",
            "location": {"lat": 33.3001, "lng": 120.5601}}
    earlier = [await world.file(body) for _ in range(12)]
    latest = await world.file(body)
    assert latest["possible_duplicates"] == [t["id"] for t in reversed(earlier)][:10]


@pytest.mark.parametrize("body,status", [
    ({"appeal_kind": "help", "category": "no_such_thing", "title": "x"}, 422),
    ({"appeal_kind": "help", "category": "environment", "title": "x",
      "location": {"lat": 95, "lng": 120}}, 422),
    ({"appeal_kind": "help", "category": "environment", "title": "x",
      "location": {"lat": "north"}}, 422),
    ({"appeal_kind": "gossip", "category": "environment", "title": "x"}, 422),
    ({"appeal_kind": "help", "category": "environment", "title": "x", "channel": "12345"}, 422),
    ({"appeal_kind": "help", "category": "environment", "title": "x", "status": "closed"}, 422),
    ({"appeal_kind": "help", "category": "environment", "title": "x" * 500}, 422),
])
async def test_bad_input_gets_a_problem_and_changes_nothing(world, body, status):
    tickets = await count(world.tickets, "SELECT count(*) FROM tickets")
    outbox = await count(world.tickets, "SELECT count(*) FROM outbox")
    r = await world.tickets.client.post("/v1/tickets", json=body, headers=world.system())
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["status"] == status and r.json()["type"].startswith("https://redgrid.dev/")
    assert await count(world.tickets, "SELECT count(*) FROM tickets") == tickets
    assert await count(world.tickets, "SELECT count(*) FROM outbox") == outbox


async def test_residents_file_only_online_and_only_for_themselves(world):
    r = await world.tickets.client.post("/v1/tickets", headers=world.as_("resident"), json={
        "appeal_kind": "help", "category": "environment", "title": "x", "channel": "12345",
        "external_ref": "X1"})
    assert r.status_code == 403
    r = await world.tickets.client.post("/v1/tickets", headers=world.as_("resident"), json={
        "appeal_kind": "help", "category": "environment", "title": "x", "channel": "window"})
    assert r.status_code == 403
    r = await world.tickets.client.post("/v1/tickets", json={
        "appeal_kind": "help", "category": "environment", "title": "x"})
    assert r.status_code == 401


async def test_a_resident_sees_open_matters_nearby_before_reporting(world):
    """已有人反映: open matters of the category within 200 m, their number, masked title,
    status and distance, never who reported them; not another category, not a closed one."""
    body = {"appeal_kind": "complaint", "category": "road_repair",
            "title": "育英巷井盖松动，联系人13812345678", "location": {"lat": 33.3001, "lng": 120.5601}}
    first = await world.file(body)
    await world.file({**body, "category": "environment"})
    await world.file({**body, "location": {"lat": 33.3001 - 0.001, "lng": 120.5601}})  # 278 m off
    rejected = await world.file({**body, "title": "重复"})
    r = await world.tickets.client.post(f"/v1/tickets/{rejected['id']}/reject",
                                        json={"reason": "重复反映"}, headers=world.system())
    assert r.status_code == 200, r.text
    resident = world.as_("resident")
    r = await world.tickets.client.get("/v1/tickets/nearby", headers=resident, params={
        "category": "road_repair", "lat": 33.3001 + 0.0015, "lng": 120.5601})  # 167 m north
    assert r.status_code == 200, r.text
    assert r.json() == [{"number": first["number"], "title": "育英巷井盖松动，联系人138****5678",
                         "status": first["status"], "distance_m": 170}]
    r = await world.tickets.client.get("/v1/tickets/nearby", headers=resident, params={
        "category": "road_repair", "lat": 33.3001 + 0.0025, "lng": 120.5601})
    assert first["number"] not in [m["number"] for m in r.json()]
    r = await world.tickets.client.get("/v1/tickets/nearby", params={
        "category": "road_repair", "lat": 33.3, "lng": 120.56})
    assert r.status_code == 401
