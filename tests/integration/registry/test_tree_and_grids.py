"""The organisation tree and grids: moves rewrite the subtree; merges and splits re-home people
and keep lineage (大中街道 merged 185 grids into 106)."""

from __future__ import annotations

import pytest

from redgrid.common.events import CloudEvent
from redgrid.common.testing import eventually, stream_messages

from .conftest import create

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_move_takes_the_subtree_along(street):
    h = street.h
    a, b = street.communities
    admin = street.admin(street.street, "street_admin")
    branch = await create(h, "/v1/orgs", {"kind": "residential_branch", "name": "滨河小区党支部",
                                          "parent_id": str(a)}, admin)
    group = await create(h, "/v1/orgs", {"kind": "building_group", "name": "3栋党小组",
                                         "parent_id": branch["id"]}, admin)
    household = await create(h, "/v1/orgs", {"kind": "unit_household", "name": "2单元党员中心户",
                                             "parent_id": group["id"]}, admin)
    grid = await create(h, "/v1/grids", {"code": "MV-1", "name": "滨河网格",
                                         "community_id": str(a), "branch_id": branch["id"]},
                        admin)
    r = await h.client.post(f"/v1/orgs/{branch['id']}/move", json={"parent_id": str(b)},
                            headers=admin)
    assert r.status_code == 200, r.text
    moved = (await h.client.get(f"/v1/orgs/{household['id']}", headers=admin)).json()
    assert moved["path"].startswith(f"/{street.street.hex}/{b.hex}/")
    assert moved["depth"] == 5
    # community b's admin now sees the branch and its grid; community a's admin no longer does
    assert (await h.client.get(f"/v1/grids/{grid['id']}", headers=street.admin(b))).status_code == 200
    assert (await h.client.get(f"/v1/grids/{grid['id']}", headers=street.admin(a))).status_code == 404
    subtree = (await h.client.get(f"/v1/orgs?root={b}&limit=200", headers=admin)).json()["items"]
    assert [o["name"] for o in subtree][:4] == ["建西社区党委", "滨河小区党支部", "3栋党小组",
                                                 "2单元党员中心户"]
    history = (await h.client.get(f"/v1/orgs/{branch['id']}/history", headers=admin)).json()
    assert [c["change"] for c in history] == ["created", "moved"]
    r = await h.client.post(f"/v1/orgs/{branch['id']}/move", json={"parent_id": group["id"]},
                            headers=admin)
    assert r.status_code == 422  # not under itself


async def test_subtree_pagination_walks_every_org_once(street):
    h = street.h
    admin = street.admin(street.street, "street_admin")
    seen, cursor = [], None
    while True:
        url = "/v1/orgs?limit=2" + (f"&cursor={cursor}" if cursor else "")
        body = (await h.client.get(url, headers=admin)).json()
        seen += [o["id"] for o in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) >= 3
    async with h.runtime.pool.acquire() as conn:
        total = await conn.fetchval("SELECT count(*) FROM orgs WHERE active")
    assert len(seen) == total


async def _grid(h, admin, community, code, **extra):
    return await create(h, "/v1/grids", {"code": code, "name": f"网格{code}",
                                         "community_id": str(community), **extra}, admin)


async def test_merge_rehomes_people_micro_grids_and_keeps_lineage(street):
    h = street.h
    community = street.communities[0]
    admin = street.admin(community)
    g1 = await _grid(h, admin, community, "M-1")
    g2 = await _grid(h, admin, community, "M-2")
    micro = await _grid(h, admin, community, "M-2-a", kind="micro", parent_grid_id=g2["id"])
    people = [await create(h, "/v1/people", {"name": f"居民{i}", "home_org_id": str(community),
                                             "grid_id": g["id"]}, admin)
              for i, g in enumerate([g1, g2, g2])]
    worker = people[0]
    r = await h.client.post(f"/v1/people/{worker['id']}/roles", headers=admin, json={
        "role": "grid_worker", "org_id": str(community), "grid_id": g1["id"],
        "employment": "part_time", "part_time_kind": "delivery_rider"})
    assert r.status_code == 201, r.text

    r = await h.client.post("/v1/grids/merge", headers=admin, json={
        "grid_ids": [g1["id"], g2["id"]], "reason": "185 并 106",
        "into": {"code": "M-12", "name": "合并网格"}})
    assert r.status_code == 201, r.text
    merged = r.json()
    for old in (g1, g2):
        assert (await h.client.get(f"/v1/grids/{old['id']}", headers=admin)).json()["status"] == "retired"
    for p in people:
        body = (await h.client.get(f"/v1/people/{p['id']}", headers=admin)).json()
        assert body["grid_id"] == merged["id"]
    roles = (await h.client.get(f"/v1/people/{worker['id']}", headers=admin)).json()["roles"]
    assert roles[0]["grid_id"] == merged["id"]
    assert (await h.client.get(f"/v1/grids/{micro['id']}", headers=admin)).json()["parent_grid_id"] == merged["id"]
    lineage = (await h.client.get(f"/v1/grids/{g1['id']}/lineage", headers=admin)).json()
    assert lineage[0]["change"] == "merge"
    assert set(lineage[0]["from_ids"]) == {g1["id"], g2["id"]}
    assert lineage[0]["to_ids"] == [merged["id"]]

    async def merged_event():
        msgs = await stream_messages(h.reader_url, "REDGRID_REGISTRY",
                                     "redgrid.registry.grid.merged")
        return [CloudEvent.from_bytes(m.data) for m in msgs
                if merged["id"] in CloudEvent.from_bytes(m.data).data["to_ids"]]

    (event,) = await eventually(merged_event)
    assert event.data["rehomed_people"] == 3

    r = await h.client.post("/v1/grids/merge", headers=admin, json={
        "grid_ids": [g1["id"], merged["id"]], "into": {"code": "M-X", "name": "again"}})
    assert r.status_code == 422  # a retired grid is not merged again


async def test_a_grid_workers_role_follows_its_grid_to_the_new_branch(street):
    """A grid worker's role held in the old grid's branch moves to the merged grid's branch (its
    org is where the role is seen from: scope, audiences); one held in the community stays."""
    h = street.h
    community = street.communities[0]
    admin = street.admin(community)
    old_branch, new_branch = [await create(h, "/v1/orgs", {
        "kind": "grid_branch", "name": name, "parent_id": str(community)}, admin)
        for name in ("第7网格党支部", "第12网格党支部")]
    g1 = await _grid(h, admin, community, "B-1", branch_id=old_branch["id"])
    g2 = await _grid(h, admin, community, "B-2", branch_id=old_branch["id"])
    workers = [await create(h, "/v1/people", {"name": f"网格员{i}", "home_org_id": str(community),
                                              "grid_id": g1["id"]}, admin) for i in range(2)]
    for worker, org in zip(workers, (old_branch["id"], str(community)), strict=True):
        r = await h.client.post(f"/v1/people/{worker['id']}/roles", headers=admin, json={
            "role": "grid_worker", "org_id": org, "grid_id": g1["id"],
            "employment": "full_time"})
        assert r.status_code == 201, r.text
    r = await h.client.post("/v1/grids/merge", headers=admin, json={
        "grid_ids": [g1["id"], g2["id"]],
        "into": {"code": "B-12", "name": "合并网格", "branch_id": new_branch["id"]}})
    assert r.status_code == 201, r.text
    merged = r.json()
    held = []
    for worker in workers:
        (role,) = (await h.client.get(f"/v1/people/{worker['id']}", headers=admin)).json()["roles"]
        held.append((role["grid_id"], role["org_id"]))
    assert held == [(merged["id"], new_branch["id"]), (merged["id"], str(community))]


async def test_split_sends_named_people_to_their_part(street):
    h = street.h
    community = street.communities[0]
    admin = street.admin(community)
    grid = await _grid(h, admin, community, "S-1")
    east = await create(h, "/v1/people", {"name": "东头", "home_org_id": str(community),
                                          "grid_id": grid["id"]}, admin)
    west = await create(h, "/v1/people", {"name": "西头", "home_org_id": str(community),
                                          "grid_id": grid["id"]}, admin)
    r = await h.client.post(f"/v1/grids/{grid['id']}/split", headers=admin, json={
        "parts": [{"code": "S-1E", "name": "东"},
                  {"code": "S-1W", "name": "西", "person_ids": [west["id"]]}]})
    assert r.status_code == 201, r.text
    e_part, w_part = r.json()
    assert (await h.client.get(f"/v1/people/{east['id']}", headers=admin)).json()["grid_id"] == e_part["id"]
    assert (await h.client.get(f"/v1/people/{west['id']}", headers=admin)).json()["grid_id"] == w_part["id"]
    lineage = (await h.client.get(f"/v1/grids/{w_part['id']}/lineage", headers=admin)).json()
    assert lineage[-1]["change"] == "split" and lineage[-1]["from_ids"] == [grid["id"]]


async def test_locate_by_area_and_by_address(street):
    h = street.h
    community = street.communities[0]
    admin = street.admin(community)
    square = [[120.40, 33.20], [120.41, 33.20], [120.41, 33.21], [120.40, 33.21]]
    grid = await _grid(h, admin, community, "L-1", area=square, address_keys=["双井巷"])
    r = await h.client.get("/v1/grids/locate?lat=33.205&lng=120.405", headers=admin)
    assert r.status_code == 200 and r.json()["id"] == grid["id"]
    r = await h.client.get("/v1/grids/locate", params={"address": "六尺巷社区双井巷12号"},
                           headers=admin)
    assert r.json()["id"] == grid["id"]
    r = await h.client.get("/v1/grids/locate?lat=10&lng=10", headers=admin)
    assert r.status_code == 404


def _square(x: float, y: float, side: float = 0.01) -> list[list[float]]:
    return [[x, y], [x + side, y], [x + side, y + side], [x, y + side]]


async def test_overlapping_grids_are_refused_naming_the_others(street):
    """Neighbours may share a border; a grid drawn over another is refused with 422 naming it,
    unless the office allows it on purpose; a merge or split may redraw over what it retires."""
    h = street.h
    community = street.communities[0]
    admin = street.admin(community)
    west = await _grid(h, admin, community, "O-W", area=_square(121.00, 34.00))
    east = await _grid(h, admin, community, "O-E", area=_square(121.01, 34.00))  # shares a border
    r = await h.client.post("/v1/grids", headers=admin, json={
        "code": "O-X", "name": "重叠网格", "community_id": str(community),
        "area": _square(121.005, 34.002)})
    assert r.status_code == 422, r.text
    problem = r.json()
    assert "重叠" in problem["detail"] and "网格O-W（O-W）" in problem["detail"]
    assert {g["id"] for g in problem["overlapping"]} == {west["id"], east["id"]}
    async with h.runtime.pool.acquire() as conn:
        assert await conn.fetchval("SELECT count(*) FROM grids WHERE code = 'O-X'") == 0

    r = await h.client.patch(f"/v1/grids/{east['id']}", headers=admin,
                             json={"area": _square(121.009, 34.00)})
    assert r.status_code == 422 and [g["id"] for g in r.json()["overlapping"]] == [west["id"]]
    r = await h.client.patch(f"/v1/grids/{east['id']}", headers=admin,
                             json={"area": _square(121.009, 34.00), "allow_overlap": True})
    assert r.status_code == 200, r.text
    micro = await _grid(h, admin, community, "O-W-a", kind="micro", parent_grid_id=west["id"],
                        area=_square(121.002, 34.002, 0.002))  # inside its grid, as it should
    assert micro["parent_grid_id"] == west["id"]

    # split west into halves that overlap each other: refused; clean halves: accepted
    r = await h.client.post(f"/v1/grids/{west['id']}/split", headers=admin, json={"parts": [
        {"code": "O-W1", "name": "西一", "area": _square(120.99, 34.00, 0.006)},
        {"code": "O-W2", "name": "西二", "area": _square(120.995, 34.00, 0.005)}]})
    assert r.status_code == 422 and "本次所画" in r.json()["detail"]
    r = await h.client.post(f"/v1/grids/{west['id']}/split", headers=admin, json={"parts": [
        {"code": "O-W1", "name": "西一",
         "area": [[121.00, 34.00], [121.005, 34.00], [121.005, 34.01], [121.00, 34.01]]},
        {"code": "O-W2", "name": "西二",
         "area": [[121.005, 34.00], [121.01, 34.00], [121.01, 34.01], [121.005, 34.01]]}],
        "allow_overlap": False})
    assert r.status_code == 422  # the second half meets east, redrawn over it above
    assert [g["code"] for g in r.json()["overlapping"]] == ["O-E"]
    r = await h.client.post("/v1/grids/merge", headers=admin, json={
        "grid_ids": [west["id"], east["id"]],
        "into": {"code": "O-WE", "name": "合并", "area": _square(121.00, 34.00, 0.02)}})
    assert r.status_code == 201, r.text  # over the two it retires: no overlap
