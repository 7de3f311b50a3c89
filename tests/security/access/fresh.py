"""New things for operations that use their thing up (dissolve, move, merge, split, end): each
try gets its own, made through the registry's API, in the street of the try."""

from __future__ import annotations

from redgrid.common.ids import uuid7


async def _post(city, path: str, body: dict) -> dict:
    r = await city.h["registry"].client.post(path, json=body, headers=city.system)
    assert r.status_code in (200, 201), r.text
    return r.json()


async def building_group(city, side) -> dict:
    org = await _post(city, "/v1/orgs", {"kind": "building_group", "name": "楼栋党小组",
                                         "parent_id": str(side.branch)})
    return {"org_id": org["id"]}


async def _grid(city, side) -> str:
    grid = await _post(city, "/v1/grids", {"code": f"F-{uuid7().hex[-10:]}", "name": "临时网格",
                                           "community_id": str(side.community),
                                           "branch_id": str(side.branch)})
    return grid["id"]


async def grid_of(city, side) -> dict:
    return {"grid_id": await _grid(city, side)}


async def grids_of(city, side) -> list[str]:
    return [await _grid(city, side), await _grid(city, side)]


async def role_of(city, side) -> dict:
    person = side.people["resident2"]
    role = await _post(city, f"/v1/people/{person}/roles",
                       {"role": "observer", "org_id": str(side.community)})
    return {"person_id": str(person), "role_id": role["id"]}


async def team_member(city, side) -> dict:
    person = await _post(city, "/v1/people", {"name": "新队员", "home_org_id": str(side.community)})
    await _post(city, f"/v1/teams/{side.team}/members", {"person_id": person["id"]})
    return {"team_id": str(side.team), "person_id": person["id"]}
