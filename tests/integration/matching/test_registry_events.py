"""The real registry and matching in one database: people, teams and 双报到 registered in the
registry become matching's candidates through events, leave when they leave, and an in-service
member's hours count for the community they registered with."""

from __future__ import annotations

from uuid import UUID

import pytest

from redgrid.common.clock import ManualClock
from redgrid.common.testing import eventually, run_service
from redgrid.matching.main import spec as matching_spec
from redgrid.registry.main import spec as registry_spec

from .conftest import ANY_TIME, START, Announcer, call, known, same_scores, window

pytestmark = pytest.mark.asyncio(loop_scope="session")
WEDNESDAY_MORNING = [{"weekday": 3, "start": "09:00", "end": "12:00"}]


@pytest.fixture(scope="module")
async def both(stack, clean_nats):
    # The tickets stream must exist: a consumer waiting for its source stream does not stop
    # until its grace period ends (libs/common ConsumerRunner.ensure).
    await (await Announcer(stack.nats_url_as("admin")).start()).close()
    database = await stack.new_database()
    async with run_service(registry_spec, stack, database) as registry:
        async with run_service(matching_spec, stack, database, clock=ManualClock(START),
                               matching_sweep_seconds=0.05,
                               matching_service_margin_hours=ANY_TIME) as matching:
            yield registry, matching


async def test_registry_members_become_candidates(both):
    registry, matching = both
    system = registry.auth("system")

    async def post(path, body):
        return await call(registry, "POST", path, system, body, expect=201)

    street = await post("/v1/orgs", {"kind": "street", "name": "蕉北街道党工委"})
    hefeng = await post("/v1/orgs", {"kind": "community", "name": "鹤峰社区党总支",
                                     "parent_id": street["id"]})
    chongwen = await post("/v1/orgs", {"kind": "community", "name": "崇文社区党总支",
                                       "parent_id": street["id"]})
    branch = await post("/v1/orgs", {"kind": "grid_branch", "name": "鹤峰网格党支部",
                                     "parent_id": hefeng["id"]})
    grid_a = await post("/v1/grids", {"code": "JB-HF-1", "name": "鹤峰网格",
                                      "community_id": hefeng["id"], "branch_id": branch["id"],
                                      "center_lat": 26.665, "center_lng": 119.525})
    grid_b = await post("/v1/grids", {"code": "JB-CW-1", "name": "崇文网格",
                                      "community_id": chongwen["id"],
                                      "center_lat": 26.672, "center_lng": 119.531})

    async def person(name, home, grid, skills=(), availability=()):
        return await post("/v1/people", {"name": name, "home_org_id": home["id"],
                                          "grid_id": grid["id"] if grid else None,
                                          "skills": list(skills),
                                          "availability": list(availability)})

    lawyer = await person("林静", hefeng, grid_a, ["legal_aid"], WEDNESDAY_MORNING)
    await call(registry, "PUT", f"/v1/people/{lawyer['id']}/membership", system,
               {"branch_id": branch["id"], "category": "retired"})
    commuter = await person("黄志强", chongwen, grid_b, ["legal_aid"])
    await call(registry, "PUT", f"/v1/people/{commuter['id']}/membership", system,
               {"branch_id": chongwen["id"], "category": "in_service"})
    await post("/v1/dual-reports", {"community_id": hefeng["id"], "person_id": commuter["id"]})
    volunteer = await person("周敏", hefeng, None, ["legal_aid"])
    await post(f"/v1/people/{volunteer['id']}/roles",
               {"role": "volunteer", "org_id": hefeng["id"]})
    bystander = await person("吴芳", hefeng, grid_a, ["legal_aid"])  # no party, no team
    team = await post("/v1/teams", {"name": "鹤峰法律服务队", "kind": "service",
                                    "org_id": hefeng["id"], "skills": ["legal_aid"]})
    resident = await person("郑大爷", hefeng, grid_a)

    await known(matching, "SELECT count(*) FROM dual_reports WHERE person_id = $1",
                UUID(commuter["id"]), expect=1)
    # the resident, created last, places the first order from their own grid
    await known(matching, "SELECT count(*) FROM people WHERE id = $1", UUID(resident["id"]),
                expect=1)
    await known(matching, "SELECT count(*) FROM teams", expect=1)
    await known(matching, "SELECT count(*) FROM people WHERE membership IS NOT NULL", expect=2)
    await known(matching, "SELECT count(*) FROM people "
                "WHERE roles @> '[{\"role\": \"volunteer\"}]'", expect=1)
    # the resident, registered last, places the order from their own grid
    await known(matching, "SELECT count(*) FROM people WHERE id = $1", UUID(resident["id"]),
                expect=1)

    me = matching.auth("resident", person=UUID(resident["id"]))
    admin = matching.auth("community_admin", UUID(hefeng["id"]))
    oid = (await call(matching, "POST", "/v1/orders", me, {
        "service_type": "legal_aid", "title": "咨询赡养纠纷", **window(2, 9)}, expect=201))["id"]
    await call(matching, "POST", f"/v1/orders/{oid}/hand-over", admin, {})
    ranked = await call(matching, "GET", f"/v1/orders/{oid}/candidates",
                        matching.auth("branch_secretary", UUID(branch["id"])))
    by_id = {c["id"]: c for c in ranked}
    assert set(by_id) == {lawyer["id"], commuter["id"], volunteer["id"], team["id"]}
    assert ranked[0]["id"] == lawyer["id"]  # same grid, free all of Wednesday morning
    assert by_id[lawyer["id"]]["parts"]["availability"]["why"] == (
        "服务时段 120 分钟中有 120 分钟空闲")
    assert by_id[commuter["id"]]["parts"]["nearness"]["why"].startswith("已向本社区双报到")
    assert by_id[team["id"]]["kind"] == "team"
    # each named by the kind of person, in Chinese
    assert {by_id[p["id"]]["kind_label"] for p in (lawyer, commuter, volunteer, team)} == {
        "离退休党员", "在职党员（已双报到）", "志愿者", "志愿服务队"}
    assert by_id[lawyer["id"]]["parts"]["skills"]["why"] == "具备法律咨询（所需 1 项中的 1 项）"
    assert bystander["id"] not in by_id
    assert await same_scores(matching, oid) == 4

    # she moves away in the registry: matching stops proposing her
    await call(registry, "PATCH", f"/v1/people/{lawyer['id']}", system, {"status": "left"})

    async def gone():
        rows = await call(matching, "GET", f"/v1/orders/{oid}/candidates", admin)
        return lawyer["id"] not in {c["id"] for c in rows}

    await eventually(gone)

    # the in-service member serves in the community where he works; it counts where he lives
    there = (await call(matching, "POST", "/v1/orders", me, {
        "service_type": "legal_aid", "title": "劳动合同咨询", "grid_id": grid_b["id"],
        **window(3, 14)}, expect=201))["id"]
    await call(matching, "POST", f"/v1/orders/{there}/hand-over",
               matching.auth("community_admin", UUID(chongwen["id"])), {})
    await call(matching, "POST", f"/v1/orders/{there}/dispatch",
               matching.auth("community_admin", UUID(chongwen["id"])),
               {"person_id": commuter["id"]})
    him = matching.auth("party_member", person=UUID(commuter["id"]))
    await call(matching, "POST", f"/v1/orders/{there}/accept", him)
    await call(matching, "POST", f"/v1/orders/{there}/complete", him, {"hours": 1.5})
    ledger = await call(matching, "GET", f"/v1/ledger?person_id={commuter['id']}", him)
    (entry,) = ledger["entries"]
    assert entry["community_id"] == hefeng["id"] and entry["dual_report"] is True
    assert (float(entry["hours"]), entry["points"]) == (1.5, 15)
    board = await call(matching, "GET", "/v1/leaderboard?by=community",
                       matching.auth("street_admin", UUID(street["id"])))
    assert [(s["name"], s["points"]) for s in board] == [("鹤峰社区党总支", 15)]
    members = await call(matching, "GET", "/v1/leaderboard?by=member",
                         matching.auth("street_admin", UUID(street["id"])))
    assert members[0]["name"] == "黄**"  # names are masked on boards
