"""The registry: orgs, grids, people, teams, units, 双报到, places."""

from __future__ import annotations

from . import ADMINS, COMMUNITY, GRID, OFFICE, STAFF, STREET, Rule, public
from .fresh import building_group, grid_of, grids_of, role_of, team_member


def code(prefix: str):
    from redgrid.common.ids import uuid7

    return lambda city, side: f"{prefix}-{uuid7().hex[-10:]}"


def word(city, side) -> str:
    """A new catalogue word: Chinese characters only."""
    from redgrid.common.ids import uuid7

    return "测试" + "".join(chr(0x4E00 + int(d, 16)) for d in uuid7().hex[-6:])


def people_sheet() -> dict:
    """A filled people template of one row (a new resident of the community imported into)."""
    from io import BytesIO

    from openpyxl import Workbook

    book = Workbook()
    for row in (["人员批量导入模板"], ["统计单位"], ["姓名", "所属组织"], ["新居民"]):
        book.active.append(row)
    out = BytesIO()
    book.save(out)
    return {"file": ("人员.xlsx", out.getvalue(), "application/octet-stream")}


KEEPERS = frozenset({"street_admin", "system"})
ORG = {"org_id": "@branch"}
PERSON = {"person_id": "@person:resident"}
MEMBER = {"person_id": "@person:member"}

RULES = {
    "GET /healthz": public(),
    "GET /readyz": public(),
    "GET /metrics": public(),
    "GET /asyncapi.json": public(),
    # the tree
    "POST /v1/orgs": Rule(ADMINS, COMMUNITY, body={"kind": "grid_branch", "name": "新支部",
                                                   "parent_id": "@community"}),
    "GET /v1/orgs": Rule(STAFF, GRID, query={"root": "@branch"}),
    "GET /v1/orgs/{org_id}": Rule(STAFF, GRID, path=ORG),
    "PATCH /v1/orgs/{org_id}": Rule(ADMINS, GRID, path=ORG, body={}),
    "POST /v1/orgs/{org_id}/move": Rule(ADMINS, GRID, fresh=building_group,
                                        body={"parent_id": "@branch"}),
    "POST /v1/orgs/{org_id}/dissolve": Rule(ADMINS, GRID, fresh=building_group),
    "GET /v1/orgs/{org_id}/history": Rule(STAFF, GRID, path=ORG),
    "GET /v1/orgs/{org_id}/figures": Rule(STAFF, GRID, path=ORG),
    "GET /v1/orgs/{org_id}/circle": Rule(STAFF, GRID, path=ORG),
    # grids
    "POST /v1/grids": Rule(ADMINS, COMMUNITY, body={
        "code": code("G"), "name": "新网格", "community_id": "@community", "branch_id": "@branch"}),
    "GET /v1/grids": Rule(STAFF, GRID, query={"community_id": "@community"}),
    "GET /v1/grids/locate": Rule(STAFF, GRID, query={"lat": lambda c, s: 33.2,
                                                     "lng": lambda c, s: s.lng}),
    "POST /v1/grids/merge": Rule(ADMINS, COMMUNITY, body={
        "grid_ids": grids_of, "into": {"code": code("M"), "name": "合并网格"}}),
    "GET /v1/grids/{grid_id}": Rule(STAFF, GRID, path={"grid_id": "@grid"}),
    "PATCH /v1/grids/{grid_id}": Rule(ADMINS, GRID, path={"grid_id": "@grid"}, body={}),
    "POST /v1/grids/{grid_id}/split": Rule(ADMINS, GRID, fresh=grid_of, body={"parts": [
        {"code": code("S1"), "name": "一"}, {"code": code("S2"), "name": "二"}]}),
    "GET /v1/grids/{grid_id}/lineage": Rule(STAFF, GRID, path={"grid_id": "@grid"}),
    # people (a person belongs to the community they live in)
    "POST /v1/people": Rule(STAFF, GRID, body={"name": "新居民", "home_org_id": "@branch"}),
    "GET /v1/people": Rule(STAFF, GRID, query={"grid_id": "@grid"}),
    "GET /v1/people/{person_id}": Rule(STAFF, COMMUNITY, own={"resident"}, path=PERSON),
    "PATCH /v1/people/{person_id}": Rule(STAFF, COMMUNITY, own={"resident"}, path=PERSON,
                                         body={}),
    "GET /v1/people/{person_id}/contact": Rule(STAFF, COMMUNITY, own={"resident"}, path=PERSON),
    "GET /v1/people/{person_id}/contact-log": Rule(ADMINS, COMMUNITY, own={"resident"},
                                                   path=PERSON),
    "POST /v1/people/{person_id}/roles": Rule(ADMINS, COMMUNITY, path=PERSON, body={
        "role": "observer", "org_id": "@community"}),
    "DELETE /v1/people/{person_id}/roles/{role_id}": Rule(ADMINS, COMMUNITY, fresh=role_of),
    "PUT /v1/people/{person_id}/login": Rule(ADMINS, COMMUNITY, path=PERSON,
                                             body={"idp_subject": code("kc")}),
    # logging in: the ID token is the proof, whoever sends it (not configured here: 404)
    "POST /v1/session": Rule(answers=frozenset({401, 404})),
    "GET /v1/session/config": public(),
    "PUT /v1/people/{person_id}/membership": Rule(OFFICE, COMMUNITY, path=MEMBER, body={
        "branch_id": "@branch", "category": "in_service", "employer": "大丰区教育局"}),
    "POST /v1/people/{person_id}/cards": Rule(OFFICE, COMMUNITY, path=MEMBER, body={
        "colour": "red", "title": "承诺"}),
    "GET /v1/people/{person_id}/cards": Rule(STAFF, COMMUNITY, own={"party_member"},
                                             path=MEMBER),
    # teams (of the community)
    "POST /v1/teams": Rule(ADMINS, COMMUNITY, body={"name": "新队", "kind": "service",
                                                    "org_id": "@community"}),
    "GET /v1/teams": Rule(STAFF, GRID),
    "GET /v1/teams/{team_id}": Rule(STAFF, COMMUNITY, path={"team_id": "@team"}),
    "PATCH /v1/teams/{team_id}": Rule(ADMINS, COMMUNITY, path={"team_id": "@team"}, body={}),
    "POST /v1/teams/{team_id}/members": Rule(ADMINS, COMMUNITY, path={"team_id": "@team"},
                                             body={"person_id": "@person:member"}),
    "DELETE /v1/teams/{team_id}/members/{person_id}": Rule(ADMINS, COMMUNITY,
                                                           fresh=team_member),
    # co-building units (of the street) and 双报到
    "POST /v1/units": Rule(ADMINS, COMMUNITY, body={"name": "新单位", "kind": "enterprise",
                                                    "org_id": "@community"}),
    "GET /v1/units": Rule(STAFF, GRID),
    "GET /v1/units/{unit_id}": Rule(STAFF, STREET, own={"unit"}, path={"unit_id": "@unit"}),
    "PATCH /v1/units/{unit_id}": Rule(ADMINS, STREET, own={"unit"}, path={"unit_id": "@unit"},
                                      body={}),
    "POST /v1/dual-reports": Rule(OFFICE, COMMUNITY, own={"party_member"}, body={
        "community_id": "@community", "person_id": "@person:member"}),
    "GET /v1/dual-reports": Rule(STAFF, GRID),
    "POST /v1/dual-reports/{report_id}/end": Rule(OFFICE, COMMUNITY, own={"party_member"},
                                                  path={"report_id": "@thing:dual_report"}),
    # the catalogue of service types and skills: public to read, kept by street and city admins
    "GET /v1/catalogue": public(),
    # (the city's one vocabulary: a street admin of either street keeps it)
    "POST /v1/catalogue": Rule(KEEPERS, STREET, anywhere=KEEPERS,
                               body={"code": word, "name_en": "test"}),
    "PATCH /v1/catalogue/{code}": Rule(KEEPERS, STREET, anywhere=KEEPERS,
                                       path={"code": lambda c, s: "综合服务"}, body={}),
    # service places: public to read
    "POST /v1/places": Rule(ADMINS, COMMUNITY, body={
        "kind": "service_station", "name": "服务站", "org_id": "@community",
        "lat": lambda c, s: 33.2, "lng": lambda c, s: s.lng}),
    "GET /v1/places": public(),
    "PUT /v1/places/{place_id}": Rule(ADMINS, COMMUNITY, path={"place_id": "@place"}, body={
        "kind": "service_centre", "name": "党群服务中心", "org_id": "@community",
        "lat": lambda c, s: 33.2, "lng": lambda c, s: s.lng}),
    "GET /v1/places/nearby": public(query={"lat": lambda c, s: 33.2, "lng": lambda c, s: s.lng}),
    # bulk imports (批量导入): offices, into their own subtree (a real run: one new person)
    "GET /v1/imports/{kind}/template.xlsx": Rule(ADMINS, COMMUNITY, path={"kind": "people"}),
    "POST /v1/imports/{kind}": Rule(ADMINS, COMMUNITY, path={"kind": "people"},
                                    query={"org_id": "@community", "dry_run": "false"},
                                    files=people_sheet),
}
