"""Matching: 五单制 service orders (street A's order is in grid A, placed by its resident and,
once dispatched, offered to its party member), posts and rosters of the community."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

from . import ADMINS, COMMUNITY, GRID, OFFICE, STAFF, Rule, public

ORDER = {"order_id": "@thing:order"}
RESIDENT = frozenset({"resident"})
MEMBER = frozenset({"party_member"})
CITIZENS = frozenset({"resident", "party_member", "volunteer"})
_days = itertools.count(3)
_slots = itertools.count()


def _window(c, s) -> str:
    return (datetime.now(UTC) + timedelta(days=5)).isoformat()


def _window_end(c, s) -> str:
    return (datetime.now(UTC) + timedelta(days=5, hours=2)).isoformat()


def _day(offset: int = 0):
    return lambda c, s: (date.today() + timedelta(days=offset)).isoformat()


async def claim(city, side) -> dict:
    """A seat of the community's post, claimed by staff for its party member, on a day of its
    own."""
    day = (date.today() + timedelta(days=next(_days) % 25 + 3)).isoformat()
    r = await city.h["matching"].client.post(
        f"/v1/posts/{side.things['post']}/claims", headers=city.auth("community_admin", side),
        json={"from_on": day, "until_on": day, "person_id": str(side.people["member"])})
    assert r.status_code == 201, r.text
    return {"post_id": str(side.things["post"]), "claim_id": r.json()["id"]}


async def _order(city, side, *, accept: bool) -> dict:
    """A new order of the street's resident, handed over and dispatched to its party member
    (and accepted by them): each try on one of its own, in the state the step needs."""
    m = city.h["matching"]
    admin, member = city.auth("community_admin", side), city.auth("party_member", side)
    # evenings in Beijing (18:00, 20:00, 22:00), never the roster's mornings nor each other
    slot = next(_slots)
    today = datetime.now(UTC).replace(hour=10, minute=0, second=0, microsecond=0)
    start = today + timedelta(days=5 + slot // 3, hours=2 * (slot % 3))
    r = await m.client.post("/v1/orders", headers=city.auth("resident", side), json={
        "service_type": "repairs", "title": "修理水龙头", "grid_id": str(side.grid),
        "window_start": start.isoformat(), "window_end": (start + timedelta(hours=2)).isoformat()})
    assert r.status_code == 201, r.text
    order = r.json()["id"]
    for path, body, who in ((f"/v1/orders/{order}/hand-over", {}, admin),
                            (f"/v1/orders/{order}/dispatch",
                             {"person_id": str(side.people["member"])}, admin),
                            *([(f"/v1/orders/{order}/accept", None, member)] if accept else [])):
        r = await m.client.post(path, json=body, headers=who)
        assert r.status_code == 200, r.text
    return {"order_id": order}


async def new_post(city, side) -> dict:
    """A post of the community of its own, for a try that closes it."""
    r = await city.h["matching"].client.post(
        "/v1/posts", headers=city.auth("community_admin", side), json={
            "kind": "mediation", "title": "调解岗", "community_id": str(side.community),
            "seats": 2, "starts_on": _day(1)(city, side), "ends_on": _day(30)(city, side)})
    assert r.status_code == 201, r.text
    return {"post_id": r.json()["id"]}


async def offered(city, side) -> dict:
    return await _order(city, side, accept=False)


async def taken(city, side) -> dict:
    return await _order(city, side, accept=True)


RULES = {
    "GET /healthz": public(),
    "GET /readyz": public(),
    "GET /metrics": public(),
    "GET /asyncapi.json": public(),
    # 居民点单 anywhere in the city; staff place orders in their scope
    "POST /v1/orders": Rule(STAFF, GRID, anywhere=CITIZENS, body={
        "service_type": "repairs", "title": "修理水龙头", "grid_id": "@grid",
        "window_start": _window, "window_end": _window_end}),
    "GET /v1/orders": Rule(STAFF, GRID, query={"grid_id": "@grid"},
                           note="non-staff list their own with mine=placed|assigned"),
    "GET /v1/orders/{order_id}": Rule(STAFF, GRID, own=RESIDENT, path=ORDER),
    "GET /v1/orders/{order_id}/steps": Rule(STAFF, GRID, own=RESIDENT, path=ORDER),
    # the resident's contact: for the member who accepted it; who read it: the office
    "GET /v1/orders/{order_id}/contact": Rule(own=MEMBER, fresh=taken),
    "GET /v1/orders/{order_id}/contact-log": Rule(OFFICE, GRID, path=ORDER),
    "POST /v1/orders/{order_id}/hand-over": Rule(ADMINS, GRID, path=ORDER, body={}),
    "GET /v1/orders/{order_id}/candidates": Rule(OFFICE, GRID, path=ORDER),
    "POST /v1/orders/{order_id}/dispatch": Rule(OFFICE, GRID, path=ORDER, body={
        "person_id": "@person:member"}),
    "POST /v1/orders/{order_id}/reassign": Rule(OFFICE, GRID, path=ORDER, body={
        "person_id": "@person:member", "reason": "换人"}),
    "POST /v1/orders/{order_id}/accept": Rule(own=MEMBER, fresh=offered),
    "POST /v1/orders/{order_id}/refuse": Rule(own=MEMBER, fresh=offered, body={"reason": "没空"}),
    "POST /v1/orders/{order_id}/start": Rule(own=MEMBER, fresh=taken),
    "POST /v1/orders/{order_id}/complete": Rule(OFFICE, GRID, own=MEMBER, fresh=taken,
                                                body={"hours": 2}),
    "POST /v1/orders/{order_id}/rate": Rule(own=RESIDENT, path=ORDER, body={"rating": 5}),
    "POST /v1/orders/{order_id}/cancel": Rule(OFFICE, GRID, own=RESIDENT, path=ORDER,
                                              body={"reason": "不需要了"}),
    "POST /v1/orders/{order_id}/decline": Rule(ADMINS, GRID, path=ORDER, body={"reason": "不受理"}),
    # points: one's own, or staff over their scope's members
    "GET /v1/ledger": Rule(STAFF, COMMUNITY, own=MEMBER, query={"person_id": "@person:member"}),
    "GET /v1/leaderboard": Rule(STAFF, COMMUNITY, query={"org_id": "@community"}),
    "GET /v1/figures": Rule(STAFF, COMMUNITY, query={"org_id": "@community"}),
    # posts (服务岗位) and rosters of a community
    "POST /v1/posts": Rule(ADMINS, COMMUNITY, body={
        "kind": "mediation", "title": "调解岗", "community_id": "@community", "seats": 2,
        "starts_on": _day(1), "ends_on": _day(60)}),
    "GET /v1/posts": Rule(STAFF, COMMUNITY, anywhere=CITIZENS | {"unit"},
                          query={"community_id": "@community"},
                          note="open posts are listed to anyone who names the community"),
    "PATCH /v1/posts/{post_id}": Rule(ADMINS, COMMUNITY, path={"post_id": "@thing:post"},
                                      body={"title": "法律咨询岗（周末）"}),
    "POST /v1/posts/{post_id}/close": Rule(ADMINS, COMMUNITY, fresh=new_post,
                                           body={"reason": "岗位撤销"}),
    "POST /v1/posts/{post_id}/claims": Rule(anyone=True, path={"post_id": "@thing:post"}, body={
        "from_on": _day(2), "until_on": _day(2)},
        note="anyone claims a seat for themself (refused 422 if not a member or volunteer)"),
    "GET /v1/posts/{post_id}/claims": Rule(anyone=True, path={"post_id": "@thing:post"},
                                           note="staff of its scope see all, others their own"),
    "DELETE /v1/posts/{post_id}/claims/{claim_id}": Rule(STAFF, COMMUNITY, own=MEMBER,
                                                         fresh=claim),
    "POST /v1/rosters": Rule(ADMINS, COMMUNITY, body={
        "title": "法律门诊值班", "community_id": "@community", "frequency": "weekly",
        "weekday": 3, "start_time": "09:00", "end_time": "11:00", "starts_on": _day(1),
        "ends_on": _day(60), "rota": ["@person:member"]}),
    "GET /v1/rosters": Rule(anyone=True, query={"community_id": "@community"},
                            note="staff list their scope's rosters, members those they are on"),
    "GET /v1/duties": Rule(anyone=True, note="one's own turns of every roster"),
    "GET /v1/rosters/{roster_id}/duties": Rule(STAFF, COMMUNITY, own=MEMBER,
                                               path={"roster_id": "@thing:roster"}),
}
