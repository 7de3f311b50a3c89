"""Tickets: residents' matters. A matter lies in its grid (street A's is in grid A, held by its
branch), so every staff scope of street A covers it; its reporter is street A's resident."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse
from uuid import uuid4

from . import ADMINS, GRID, OFFICE, STAFF, STREET, Rule, public

T = {"ticket_id": "@thing:ticket"}
REPORTER = frozenset({"resident"})
CITIZENS = frozenset({"resident", "party_member", "volunteer"})


async def _file(city, side, **fields) -> str:
    r = await city.h["tickets"].client.post("/v1/tickets", headers=city.auth("resident", side),
                                            json={"appeal_kind": "help", "title": "路灯不亮",
                                                  "category": "environment", **fields})
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def matter(city, side) -> dict:
    """A new matter of the street's resident, in its grid: each step tried on its own, so that
    an earlier try (an escalation, say) does not carry it out of a later one's scope."""
    return {"ticket_id": await _file(city, side)}


async def dispute(city, side) -> dict:
    """A new neighbour dispute (a mediation) of the street's resident."""
    return {"ticket_id": await _file(city, side, category="neighbour_dispute",
                                     title="邻里噪音纠纷")}


async def published(city, side) -> dict:
    """A new matter of the street's resident, walked by the street's system token to its
    response (公示回应): its summary awaits the office's approval."""
    ticket_id = await _file(city, side)
    client = city.h["tickets"].client
    for path, body in (("accept", {}), ("dispatch", {"grid_id": str(side.grid)}), ("sign", {}),
                       ("resolve", {"resolution": "已修复"}), ("publish", {"response": "已修复"})):
        r = await client.post(f"/v1/tickets/{ticket_id}/{path}", json=body,
                              headers=city.auth("system", side))
        assert r.status_code == 200, r.text
    return {"ticket_id": ticket_id}


def photo() -> dict:
    """A multipart body with a phone's photo (a new one per try)."""
    from ...photo_files import phone_jpeg

    return {"file": ("photo.jpg", phone_jpeg(size=(64, 48)), "image/jpeg")}


async def _upload(city, side, path: str) -> dict:
    r = await city.h["tickets"].client.post(path, headers=city.auth("resident", side),
                                            files=photo())
    assert r.status_code == 201, r.text
    return r.json()


async def matter_photo(city, side) -> dict:
    """A matter of the street's resident with a new photo of theirs on it (one matter per
    street: marking a photo changes nothing else, and the resident's list stays short)."""
    if "photo_matter" not in side.things:
        side.things["photo_matter"] = await _file(city, side)
    ticket_id = side.things["photo_matter"]
    return {"ticket_id": ticket_id,
            "photo_id": (await _upload(city, side, f"/v1/tickets/{ticket_id}/photos"))["id"]}


async def media(city, side) -> dict:
    """A photo's signed URL (the resident's upload): its key now, its query kept for the try."""
    url = urlparse((await _upload(city, side, "/v1/photos"))["url"])
    side.things["media_query"] = {k: v[0] for k, v in parse_qs(url.query).items()}
    return {"key": url.path.split("/v1/media/", 1)[1]}


async def cohandled(city, side) -> dict:
    """A matter accepted by the street office, with a department co-handling it (协办 at the
    street: only the street's staff reach its part)."""
    ticket_id = await _file(city, side)
    client, office = city.h["tickets"].client, city.auth("street_admin", side)
    r = await client.post(f"/v1/tickets/{ticket_id}/accept", json={}, headers=office)
    assert r.status_code == 200, r.text
    r = await client.post(f"/v1/tickets/{ticket_id}/cohandlers", headers=office,
                          json={"cohandlers": [{"department": "城管科"}]})
    assert r.status_code == 201, r.text
    return {"ticket_id": ticket_id, "cohandler_id": r.json()[0]["id"]}


_titles = itertools.count(1)


async def reply_template(city, side) -> dict:
    """A template response of the street's (a new one per try)."""
    r = await city.h["tickets"].client.post(
        "/v1/reply-templates", headers=city.auth("street_admin", side),
        json={"street_id": str(side.street), "category": "environment",
              "title": f"已清理{next(_titles)}", "body": "已清理完毕"})
    assert r.status_code == 201, r.text
    return {"template_id": r.json()["id"]}


def step(roles, body=None, reporter: bool = False, fresh=matter) -> Rule:
    return Rule(roles, GRID, own=REPORTER if reporter else frozenset(), fresh=fresh,
                body=body if body is not None else {})


RULES = {
    "GET /healthz": public(),
    "GET /readyz": public(),
    "GET /metrics": public(),
    "GET /asyncapi.json": public(),
    # intake: residents report a matter anywhere in the city; staff record it in their scope
    "POST /v1/tickets": Rule(STAFF, GRID, anywhere=CITIZENS, body={
        "appeal_kind": "help", "category": "environment", "title": "楼道堆物",
        "grid_id": "@grid"}),
    "GET /v1/tickets": Rule(anyone=True, query={"grid_id": "@grid"},
                            note="staff: their subtree; everyone else: what they reported"),
    # the desk's export: staff only, their subtree; a grid of another street exports no rows
    "GET /v1/tickets/export.xlsx": Rule(STAFF, GRID, query={"grid_id": "@grid"}, counts=True),
    "GET /v1/tickets/export.csv": Rule(STAFF, GRID, query={"grid_id": "@grid"}, counts=True),
    "GET /v1/tickets/routing/preview": Rule(anyone=True, query={"lat": lambda c, s: 33.2,
                                                                "lng": lambda c, s: s.lng}),
    # 已有人反映: anyone logged in, about to report, sees the open matters near the point
    # (number, masked title, status, distance: nothing of any reporter)
    "GET /v1/tickets/nearby": Rule(anyone=True, query={"category": "environment",
                                                       "lat": lambda c, s: 33.2,
                                                       "lng": lambda c, s: s.lng}),
    "GET /v1/tickets/by-number/{number}": Rule(STAFF, GRID, own=REPORTER,
                                               path={"number": "@thing:ticket_number"}),
    "GET /v1/tickets/{ticket_id}": Rule(STAFF, GRID, own=REPORTER, path=T),
    "GET /v1/tickets/{ticket_id}/reporter": Rule(STAFF, GRID, own=REPORTER, path=T),
    "GET /v1/tickets/{ticket_id}/reporter/reads": Rule(ADMINS, GRID, own=REPORTER, path=T),
    "POST /v1/tickets/{ticket_id}/notes": Rule(STAFF, GRID, path=T, body={"note": "已电话联系"}),
    "POST /v1/tickets/{ticket_id}/attachments": Rule(STAFF, GRID, own=REPORTER, path=T, body={
        "name": "photo.jpg", "content_type": "image/jpeg", "size": 1000}),
    # photos: anyone uploads one before their report; on a ticket, those who may read it;
    # shown on the public notice by those who publish; read by whoever holds a signed URL
    "POST /v1/photos": Rule(anyone=True, files=photo),
    "POST /v1/tickets/{ticket_id}/photos": Rule(STAFF, GRID, own=REPORTER, path=T,
                                                files=photo),
    "PATCH /v1/tickets/{ticket_id}/photos/{photo_id}": Rule(OFFICE, GRID, fresh=matter_photo,
                                                            body={"public": True}),
    "GET /v1/media/{key}": public(fresh=media, query={
        "expires": lambda c, s: s.things["media_query"]["expires"],
        "sig": lambda c, s: s.things["media_query"]["sig"]}),
    # the workflow (the ticket's state decides which steps succeed; a refused one is 409)
    "POST /v1/tickets/{ticket_id}/accept": step(STAFF),
    "POST /v1/tickets/{ticket_id}/dispatch": step(OFFICE, {"grid_id": "@grid"}),
    "POST /v1/tickets/{ticket_id}/sign": step(STAFF),
    "POST /v1/tickets/{ticket_id}/start": step(STAFF),
    "POST /v1/tickets/{ticket_id}/bounce": step(STAFF, {"reason": "不属本网格"}),
    "POST /v1/tickets/{ticket_id}/escalate": step(STAFF, {"reason": "需社区协调"}),
    "POST /v1/tickets/{ticket_id}/resolve": step(STAFF, {"resolution": "已修复"}),
    "POST /v1/tickets/{ticket_id}/publish": step(OFFICE, {"response": "已修复"}),
    "POST /v1/tickets/{ticket_id}/follow-up": step(STAFF, {"rating": 5}, reporter=True),
    # 公示稿: read and approved by those who publish; nothing is public before
    "GET /v1/tickets/{ticket_id}/notice": step(OFFICE, fresh=published),
    "POST /v1/tickets/{ticket_id}/notice/approve": step(OFFICE, {
        "title": "路灯不亮", "response": "已修复"}, fresh=published),
    "POST /v1/tickets/{ticket_id}/close": step(OFFICE),
    "POST /v1/tickets/{ticket_id}/reopen": step(OFFICE, {"reason": "又松动了"}, reporter=True),
    "POST /v1/tickets/{ticket_id}/recollect": step(OFFICE, {
        "category": "environment", "appeal_kind": "suggestion", "title": "增设垃圾桶"}),
    "POST /v1/tickets/{ticket_id}/merge": step(OFFICE, {"into_id": "@thing:ticket",
                                                        "reason": "同一事项"}),
    "POST /v1/tickets/{ticket_id}/reject": step(OFFICE, {"reason": "不属受理范围"}),
    # 12345 practice: 延期申请 (the holder asks, the office decides; a matter not yet accepted
    # is a 409 for those who may), 协办 (a co-handler's part is reached from its own subtree)
    "POST /v1/tickets/{ticket_id}/extensions": step(STAFF, {
        "reason": "需协调燃气公司", "due_at": "2027-01-20T00:00:00+08:00"}),
    "GET /v1/tickets/{ticket_id}/extensions": Rule(STAFF, GRID, own=REPORTER, path=T),
    "POST /v1/tickets/{ticket_id}/extensions/{extension_id}/approve": Rule(
        OFFICE, GRID, fresh=matter, body={}, path={"extension_id": lambda c, s: str(uuid4())}),
    "POST /v1/tickets/{ticket_id}/extensions/{extension_id}/refuse": Rule(
        OFFICE, GRID, fresh=matter, body={"reason": "可按期办结"},
        path={"extension_id": lambda c, s: str(uuid4())}),
    "POST /v1/tickets/{ticket_id}/cohandlers": step(OFFICE, {
        "cohandlers": [{"department": "城管科"}]}),
    "GET /v1/tickets/{ticket_id}/cohandlers": Rule(STAFF, GRID, own=REPORTER, path=T),
    "POST /v1/tickets/{ticket_id}/cohandlers/{cohandler_id}/sign": Rule(
        STAFF, STREET, fresh=cohandled, body={}),
    "POST /v1/tickets/{ticket_id}/cohandlers/{cohandler_id}/resolve": Rule(
        STAFF, STREET, fresh=cohandled, body={"resolution": "已清理"}),
    # 答复模板: kept by the street office, read by the street's staff
    "GET /v1/reply-templates": Rule(STAFF, GRID),
    "POST /v1/reply-templates": Rule(frozenset({"street_admin", "system"}), STREET, body={
        "street_id": "@street", "category": "environment",
        "title": lambda c, s: f"已清理{next(_titles)}", "body": "已清理完毕"}),
    "PATCH /v1/reply-templates/{template_id}": Rule(
        frozenset({"street_admin", "system"}), STREET, fresh=reply_template,
        body={"body": "已清理完毕，欢迎监督"}),
    "DELETE /v1/reply-templates/{template_id}": Rule(
        frozenset({"street_admin", "system"}), STREET, fresh=reply_template),
    # mediation: the parties' contacts (in full for the mediator and the office, logged)
    "GET /v1/tickets/{ticket_id}/mediation/parties": Rule(STAFF, GRID, own=REPORTER,
                                                         fresh=dispute),
    # mediation (矛盾纠纷调解): a ticket of another kind is a 409 for those who may
    "PUT /v1/tickets/{ticket_id}/mediation/parties": step(STAFF, {"parties": [
        {"role": "applicant", "name": "甲"}, {"role": "respondent", "name": "乙"}]},
        fresh=dispute),
    "POST /v1/tickets/{ticket_id}/mediation/sessions": step(STAFF, {
        "held_at": "2026-11-20T10:00:00+08:00"}, fresh=dispute),
    "PUT /v1/tickets/{ticket_id}/mediation/outcome": step(STAFF, {"outcome": "agreed"},
                                                          fresh=dispute),
    # 六上门 visits
    "POST /v1/visits": Rule(STAFF, GRID, body={"kind": "policy", "grid_id": "@grid",
                                               "visited_at": "2026-11-20T10:00:00+08:00"}),
    "GET /v1/visits": Rule(STAFF, GRID),
    "GET /v1/visits/counts": Rule(STAFF, GRID),  # no filter: what the scope holds
    # the dispatch catalogue and numbers
    "GET /v1/categories": public(),
    "GET /v1/catalogue": Rule(STAFF, STREET, query={"street_id": "@street"}),
    "GET /v1/catalogue/{category}/history": Rule(STAFF, STREET, path={
        "category": lambda c, s: "road_repair"}, query={"street_id": "@street"}),
    "POST /v1/catalogue": Rule(frozenset({"street_admin", "system"}), STREET, body={
        "category": "traffic", "street_id": "@street", "level": "street",
        "limit_working_days": 3, "valid_from": lambda c, s: _later()}),
    "PUT /v1/streets/{street_id}/number-prefix": Rule(
        frozenset({"street_admin", "system"}), STREET, path={"street_id": "@street"},
        body={"prefix": lambda c, s: "DZ" if s.name == "a" else "XF"}),
    # the holiday calendar: city-wide (names no street); loaded by a street office or the city
    "GET /v1/calendar/working-days": Rule(STAFF, GRID, query={"from": "2027-02-04",
                                                              "days": 3}),
    "GET /v1/calendar/{year}": Rule(STAFF, GRID, path={"year": lambda c, s: 2027}),
    "PUT /v1/calendar/{year}": Rule(frozenset({"street_admin", "system"}), STREET,
                                    path={"year": lambda c, s: 2027},
                                    body={"days_off": ["2027-01-01", "2027-02-05"]}),
    "GET /v1/figures": Rule(STAFF, GRID, query={"grid_id": "@grid"}, counts=True),
    # 公示
    "GET /public/v1/notices": public(),
    "GET /public/v1/notices/{number}": public(path={"number": "@thing:notice_number"}),
}

_later_days = itertools.count(1)


def _later() -> str:
    """Each catalogue row after the last (a row may not start before one already there)."""
    return (datetime(2027, 1, 1, tzinfo=UTC) + timedelta(days=next(_later_days))).isoformat()
