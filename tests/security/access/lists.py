"""The three lists (三张清单): what lies in a community (resources, needs, projects, meetings,
agreements) is seen by staff whose scope covers the community and kept by its admins; a
co-building unit acts for itself (its offers, its claims, the communities it serves)."""

from __future__ import annotations

from datetime import date, timedelta

from . import ADMINS, COMMUNITY, GRID, OFFICE, STAFF, Rule, public

UNIT = frozenset({"unit"})


def _day(offset: int = 0):
    return lambda c, s: (date.today() + timedelta(days=offset)).isoformat()


def _last_week() -> str:
    """A meeting's time: held, and within the year a record may look back."""
    return f"{date.today() - timedelta(days=7)}T10:00:00+08:00"


async def milestone(city, side) -> dict:
    r = await city.h["lists"].client.post(
        f"/v1/projects/{side.things['project']}/milestones", json={"title": "走访"},
        headers=city.auth("community_admin", side))
    assert r.status_code == 201, r.text
    return {"project_id": str(side.things["project"]),
            "milestone_id": r.json()["milestones"][-1]["id"]}


async def work_item(city, side) -> dict:
    """A resolution of a new joint meeting, given to the street's unit as a work item."""
    admin = city.auth("community_admin", side)
    r = await city.h["lists"].client.post("/v1/meetings", headers=admin, json={
        "community_id": str(side.community), "title": "联席会议",
        "held_at": _last_week(),
        "attendees": [{"kind": "unit", "unit_id": str(side.unit)}],
        "resolutions": [{"text": "清理楼道"}]})
    assert r.status_code == 201, r.text
    resolution = r.json()["resolutions"][0]["id"]
    r = await city.h["lists"].client.post(f"/v1/resolutions/{resolution}/follow", headers=admin,
                                          json={"kind": "work_item",
                                                "assignee_unit_id": str(side.unit)})
    assert r.status_code == 200, r.text
    return {"resolution_id": resolution}


async def activity(city, side) -> dict:
    """An activity of a new running project, recorded yesterday, to correct or withdraw."""
    client, admin = city.h["lists"].client, city.auth("community_admin", side)
    r = await client.post("/v1/projects", headers=admin, json={
        "title": "义诊进社区", "owner_org_id": str(side.community)})
    assert r.status_code == 201, r.text
    project = r.json()["id"]
    r = await client.post(f"/v1/projects/{project}/start", headers=admin)
    assert r.status_code == 200, r.text
    r = await client.post(f"/v1/projects/{project}/activities", headers=admin, json={
        "title": "义诊", "held_on": (date.today() - timedelta(days=1)).isoformat()})
    assert r.status_code == 201, r.text
    return {"project_id": project, "activity_id": r.json()["id"]}


async def meeting(city, side) -> dict:
    """A joint meeting without resolutions, held yesterday, to correct or withdraw."""
    r = await city.h["lists"].client.post("/v1/meetings", headers=city.auth(
        "community_admin", side), json={
        "community_id": str(side.community), "title": "联席会议",
        "held_at": (date.today() - timedelta(days=1)).isoformat() + "T10:00:00+08:00",
        "attendees": [{"kind": "unit", "unit_id": str(side.unit)}]})
    assert r.status_code == 201, r.text
    return {"meeting_id": r.json()["id"]}


RULES = {
    "GET /healthz": public(),
    "GET /readyz": public(),
    "GET /metrics": public(),
    "GET /asyncapi.json": public(),
    # resources (资源清单): offered by a unit for itself, or recorded by the community's admins
    "POST /v1/resources": Rule(ADMINS, COMMUNITY, own=UNIT, body={
        "kind": "equipment", "title": "投影仪", "community_id": "@community",
        "offerer_kind": "unit", "offerer_id": "@unit"}),
    "GET /v1/resources": Rule(anyone=True, query={"community_id": "@community"},
                              note="staff: their subtree; a unit or a person: their own offers"),
    "GET /v1/resources/{resource_id}": Rule(STAFF, COMMUNITY, own=UNIT,
                                            path={"resource_id": "@thing:resource"}),
    "PATCH /v1/resources/{resource_id}": Rule(ADMINS, COMMUNITY, own=UNIT,
                                              path={"resource_id": "@thing:resource"}, body={}),
    "POST /v1/resources/{resource_id}/withdraw": Rule(ADMINS, COMMUNITY, own=UNIT, path={
        "resource_id": "@thing:resource"}),
    # needs (需求清单)
    "POST /v1/needs": Rule(ADMINS, COMMUNITY, body={"title": "助老志愿者",
                                                    "community_id": "@community"}),
    "GET /v1/needs": Rule(STAFF, GRID, own=UNIT, query={"community_id": "@community"}),
    "GET /v1/needs/{need_id}": Rule(STAFF, COMMUNITY, own=UNIT, path={"need_id": "@thing:need"}),
    "PATCH /v1/needs/{need_id}": Rule(ADMINS, COMMUNITY, path={"need_id": "@thing:need"},
                                      body={}),
    "POST /v1/needs/{need_id}/close": Rule(ADMINS, COMMUNITY, path={"need_id": "@thing:need"},
                                           body={"reason": "已满足"}),
    "GET /v1/candidates": Rule(STAFF, COMMUNITY, query={"community_id": "@community"}),
    "POST /v1/candidates/{kind}/{source_id}/promote": Rule(ADMINS, COMMUNITY, path={
        "kind": lambda c, s: "ticket", "source_id": "@thing:ticket"}, body={}),
    # claims (精准接单)
    "POST /v1/needs/{need_id}/claims": Rule(ADMINS, COMMUNITY, own=UNIT,
                                            path={"need_id": "@thing:need"},
                                            body={"quantity": 1}),
    "GET /v1/needs/{need_id}/claims": Rule(STAFF, COMMUNITY, own=UNIT,
                                           path={"need_id": "@thing:need"}),
    "GET /v1/claims": Rule(STAFF, GRID, own=UNIT),
    "GET /v1/claims/{claim_id}": Rule(STAFF, COMMUNITY, own=UNIT,
                                      path={"claim_id": "@thing:claim"}),
    "POST /v1/claims/{claim_id}/{step}": Rule(ADMINS, COMMUNITY, path={
        "claim_id": "@thing:claim", "step": lambda c, s: "confirm"}),
    # projects (项目清单), run by the community's admins and branch secretaries
    "POST /v1/projects": Rule(OFFICE, GRID, body={"title": "楼道微改造",
                                                  "owner_org_id": "@branch"}),
    "GET /v1/projects": Rule(STAFF, GRID, own=UNIT),
    "GET /v1/projects/{project_id}": Rule(STAFF, COMMUNITY,
                                          path={"project_id": "@thing:project"}),
    "PATCH /v1/projects/{project_id}": Rule(OFFICE, COMMUNITY,
                                            path={"project_id": "@thing:project"}, body={}),
    "POST /v1/projects/{project_id}/milestones": Rule(OFFICE, COMMUNITY, path={
        "project_id": "@thing:project"}, body={"title": "入户"}),
    "POST /v1/projects/{project_id}/milestones/{milestone_id}/done": Rule(
        OFFICE, COMMUNITY, fresh=milestone),
    "POST /v1/projects/{project_id}/needs": Rule(OFFICE, COMMUNITY, path={
        "project_id": "@thing:project"}, body={"need_id": "@thing:need"}),
    "POST /v1/projects/{project_id}/resources": Rule(OFFICE, COMMUNITY, path={
        "project_id": "@thing:project"}, body={"resource_id": "@thing:resource", "quantity": 1}),
    "POST /v1/projects/{project_id}/activities": Rule(OFFICE, COMMUNITY, path={
        "project_id": "@thing:project"}, body={"title": "义诊", "held_on": _day(-1)}),
    "GET /v1/projects/{project_id}/activities": Rule(STAFF, COMMUNITY, path={
        "project_id": "@thing:project"}),
    "PATCH /v1/projects/{project_id}/activities/{activity_id}": Rule(
        OFFICE, COMMUNITY, fresh=activity, body={"reason": "人数录错", "participants": 3}),
    "POST /v1/projects/{project_id}/activities/{activity_id}/withdraw": Rule(
        OFFICE, COMMUNITY, fresh=activity, body={"reason": "重复登记"}),
    "POST /v1/projects/{project_id}/{step}": Rule(OFFICE, COMMUNITY, path={
        "project_id": "@thing:project", "step": lambda c, s: "start"}),
    # co-building agreements and joint meetings (共建协议, 党建联席会议)
    "POST /v1/agreements": Rule(ADMINS, COMMUNITY, body={
        "unit_id": "@unit", "community_id": "@community", "title": "共建协议",
        "signed_on": _day(0)}),
    "GET /v1/agreements": Rule(STAFF, GRID, own=UNIT),
    "GET /v1/agreements/{agreement_id}": Rule(STAFF, COMMUNITY, own=UNIT, path={
        "agreement_id": "@thing:agreement"}),
    "POST /v1/agreements/{agreement_id}/end": Rule(ADMINS, COMMUNITY, path={
        "agreement_id": "@thing:agreement"}),
    "POST /v1/meetings": Rule(ADMINS, COMMUNITY, body={
        "community_id": "@community", "title": "联席会议", "held_at": lambda c, s: _last_week(),
        "attendees": [{"kind": "unit", "unit_id": "@unit"}]}),
    "GET /v1/meetings": Rule(STAFF, GRID, own=UNIT),
    "GET /v1/meetings/{meeting_id}": Rule(STAFF, COMMUNITY, own=UNIT, path={
        "meeting_id": "@thing:meeting"}),
    "PATCH /v1/meetings/{meeting_id}": Rule(ADMINS, COMMUNITY, fresh=meeting, body={
        "reason": "标题录错", "title": "党建联席会议"}),
    "POST /v1/meetings/{meeting_id}/withdraw": Rule(ADMINS, COMMUNITY, fresh=meeting, body={
        "reason": "会议未召开"}),
    "GET /v1/resolutions": Rule(STAFF, GRID, own=UNIT),
    "GET /v1/resolutions/{resolution_id}": Rule(STAFF, COMMUNITY, own=UNIT, fresh=work_item),
    "POST /v1/resolutions/{resolution_id}/follow": Rule(ADMINS, COMMUNITY, path={
        "resolution_id": "@thing:resolution"}, body={"kind": "work_item",
                                                    "assignee_unit_id": "@unit"}),
    "POST /v1/resolutions/{resolution_id}/done": Rule(ADMINS, COMMUNITY, own=UNIT,
                                                      fresh=work_item),
    "POST /v1/resolutions/{resolution_id}/drop": Rule(ADMINS, COMMUNITY, path={
        "resolution_id": "@thing:resolution"}),
    # the public board (公示) and the figures
    "GET /v1/board/needs": public(),
    "GET /v1/board/projects": public(),
    "GET /v1/figures": Rule(STAFF, GRID, own=UNIT),
}
