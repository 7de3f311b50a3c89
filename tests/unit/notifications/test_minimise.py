"""What leaves the platform by webhook: coarse points, no residents' person ids, no names,
party data, skills or availability of people, unless the city granted that data class."""

from __future__ import annotations

import orjson

from redgrid.notifications.domain.minimise import minimise, outbound

TICKET = {"id": "t1", "number": "DZ-2026-000123", "title": "幸福路1号路灯不亮",
          "reporter_person_id": "p1", "assignee_id": "w1",
          "location": {"lat": 31.2051234, "lng": 121.4051234}}
PERSON = {"id": "p2", "name": "李四", "skills": ["电工"], "availability": [{"day": "sat"}],
          "membership": {"branch_id": "b1", "category": "retired", "management": "接管"},
          "roles": [{"role": "volunteer"}], "grid_id": "g1"}
ORDER = {"id": "o1", "resident_person_id": "p1", "assignee_person_id": "p2", "title": "陪同就医"}


def test_by_default_points_are_coarse_and_residents_unnamed():
    cut = minimise("redgrid.tickets.ticket.accepted.v1", TICKET)
    assert cut["location"] == {"lat": 31.205, "lng": 121.405}
    assert cut["reporter_person_id"] is None
    assert (cut["number"], cut["title"], cut["assignee_id"]) == ("DZ-2026-000123", "幸福路1号路灯不亮", "w1")
    order = minimise("redgrid.matching.order.accepted.v1", ORDER)
    assert order["resident_person_id"] is None and order["assignee_person_id"] == "p2"


def test_a_person_event_carries_no_name_party_skills_or_availability():
    cut = minimise("redgrid.registry.person.updated.v1", PERSON)
    assert {k: cut[k] for k in ("name", "skills", "availability", "membership")} == dict.fromkeys(
        ("name", "skills", "availability", "membership"))
    assert cut["roles"] == [{"role": "volunteer"}] and cut["grid_id"] == "g1"
    card = minimise("redgrid.registry.member.card_recorded.v1",
                    {"id": "c1", "person_id": "p2", "colour": "red", "title": "承诺为老服务"})
    assert card["person_id"] is None and card["title"] is None
    dual = minimise("redgrid.registry.dual_report.registered.v1",
                    {"id": "d1", "kind": "member", "person_id": "p2", "community_id": "c"})
    assert dual["person_id"] is None


def test_what_the_city_granted_is_kept():
    cut = minimise("redgrid.registry.person.updated.v1", PERSON, ["names", "skills"])
    assert (cut["name"], cut["skills"], cut["membership"]) == ("李四", ["电工"], None)
    full = minimise("redgrid.tickets.ticket.accepted.v1", TICKET,
                    ["residents", "precise_location"])
    assert full == TICKET
    assert minimise("redgrid.registry.person.updated.v1", PERSON,
                    ["names", "skills", "party"]) == PERSON


def test_a_body_is_cut_and_one_with_nothing_to_cut_stays_byte_for_byte():
    body = orjson.dumps({"id": "e1", "type": "redgrid.tickets.ticket.accepted.v1",
                         "data": TICKET})
    assert orjson.loads(outbound(body))["data"]["location"]["lat"] == 31.205
    plain = orjson.dumps({"id": "e2", "type": "redgrid.lists.need.published.v1",
                          "data": {"id": "n1", "title": "需要场地"}})
    assert outbound(plain) is plain
