"""The steps an order offers each reader (`allowed_actions`, the buttons a page shows) are the
steps the API takes from them: at every status of the 五单制, each step the order does not offer
a reader is refused when that reader tries it, and leaves the order as it was; the offered step
the loop takes next goes through."""

from __future__ import annotations

from uuid import UUID

import pytest

from .conftest import call, known, window

pytestmark = pytest.mark.asyncio(loop_scope="session")

WEEKDAYS = [{"weekday": d, "start": "08:00", "end": "20:00"} for d in range(1, 8)]
# each step with a body it would accept, so that a refusal is the rule's, not the body's
BODIES = {"hand_over": {"note": "已核实"}, "decline": {"reason": "不在服务范围"},
          "reassign": {}, "accept": {}, "refuse": {"reason": "时间冲突"}, "start": {},
          "complete": {"hours": 1.5}, "rate": {"rating": 5}, "cancel": {"reason": "不需要了"}}
PATHS = {"hand_over": "hand-over"}


@pytest.fixture(scope="module")
async def cast(street):
    ids = [await street.reg.person(home=street.yuhong, grid=street.grid, name="赵兰英"),
           await street.reg.person(home=street.yuhong, grid=street.grid, name="孙志刚",
                                   skills=["elderly_care"], availability=WEEKDAYS,
                                   member_of=street.branch),
           await street.reg.person(home=street.yuhong, grid=street.grid, name="周海燕",
                                   skills=["elderly_care"], availability=WEEKDAYS,
                                   member_of=street.branch)]
    await known(street.h, "SELECT count(*) FROM people WHERE id = ANY($1::uuid[])", ids,
                expect=3)
    return dict(zip(("resident", "member", "other"), ids, strict=True))


async def offered_are_taken(street, oid: str, readers: dict[str, dict], member: UUID,
                            other: UUID) -> dict[str, list[str]]:
    """Each reader's offered steps; every step not offered to them is refused and changes
    nothing (4xx, the same version after). A reader who may not see the order is offered nothing."""
    h = street.h
    offered = {}
    for name, token in readers.items():
        r = await h.client.get(f"/v1/orders/{oid}", headers=token)
        assert r.status_code in (200, 404), r.text  # 404: not theirs to see, so nothing offered
        offered[name] = r.json()["allowed_actions"] if r.status_code == 200 else []
        before = await call(h, "GET", f"/v1/orders/{oid}", street.admin)
        for action, body in {**BODIES, "dispatch": {"person_id": str(member)}}.items():
            if action in offered[name]:
                continue
            body = {"person_id": str(other), "reason": "原接单人临时有事"} if action == "reassign" else body
            r = await h.client.post(f"/v1/orders/{oid}/{PATHS.get(action, action)}",
                                    json=body, headers=token)
            assert 400 <= r.status_code < 500 and r.status_code != 422, (name, action, r.text)
        after = await call(h, "GET", f"/v1/orders/{oid}", street.admin)
        assert after["version"] == before["version"], (name, after)
    return offered


async def test_the_steps_offered_are_the_steps_taken(street, cast):
    h, resident = street.h, street.person(cast["resident"])
    member = street.person(cast["member"], "party_member")
    readers = {"resident": resident, "admin": street.admin, "secretary": street.secretary,
               "member": member, "other": street.person(cast["other"], "party_member")}
    order = await call(h, "POST", "/v1/orders", resident, {
        "service_type": "elderly_care", "title": "陪老人去医院复诊", "urgency": "normal",
        "address": "育红路3号2栋401室", **window(1, 9)}, expect=201)
    oid = order["id"]
    assert order["allowed_actions"] == ["cancel"]  # the resident's answer names hers too

    loop = [("placed", "admin", "hand_over", BODIES["hand_over"]),
            ("handed_over", "secretary", "dispatch", {"person_id": str(cast["member"])}),
            ("dispatched", "member", "accept", {}),
            ("accepted", "member", "start", {}),
            ("in_progress", "member", "complete", BODIES["complete"]),
            ("completed", "resident", "rate", BODIES["rate"])]
    seen = {}
    for status, who, action, body in loop:
        offered = await offered_are_taken(street, oid, readers, cast["member"], cast["other"])
        seen[status] = offered
        assert action in offered[who], (status, who, offered)
        done = await call(h, "POST", f"/v1/orders/{oid}/{PATHS.get(action, action)}",
                          readers[who], body)
        assert done["status"] != status
    # what each reader is offered along the loop, as the 五单制 assigns the steps
    assert seen["placed"]["admin"] == ["hand_over", "decline", "cancel"]
    assert seen["placed"]["resident"] == ["cancel"] and seen["placed"]["other"] == []
    assert seen["handed_over"]["secretary"] == ["dispatch", "cancel"]
    assert seen["dispatched"]["member"] == ["accept", "refuse"]
    assert seen["dispatched"]["secretary"] == ["reassign", "cancel"]
    assert seen["in_progress"]["resident"] == []  # the service has begun: ask the community
    assert seen["in_progress"]["member"] == ["complete"]
    assert seen["completed"]["resident"] == ["rate"] and seen["completed"]["admin"] == []
    final = await call(h, "GET", f"/v1/orders/{oid}", resident)
    assert final["status"] == "rated" and final["allowed_actions"] == []
