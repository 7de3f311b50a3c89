"""Issue 21: every change a person must know of an order, a need or a claim reaches them once,
in Chinese, with a link into the web app; a redelivered event tells no one twice."""

from __future__ import annotations

from datetime import timedelta

import pytest

from redgrid.common.ids import uuid7
from redgrid.common.testing import eventually

from .conftest import WEB
from .test_notices import drained

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def told(city, kind: str, subject_id: str, headers: dict) -> list[dict]:
    r = await city.notifications.client.get("/v1/inbox", headers=headers)
    assert r.status_code == 200, r.text
    return [i for i in r.json()["items"] if i["kind"] == kind and i["subject_id"] == subject_id]


async def once_and_not_again(city, source: str, entity: str, verb: str, data: dict,
                             kind: str, headers: dict) -> dict:
    """Publish; the one notice arrives; the same event again (another Nats-Msg-Id, as after a
    relay crash) adds nothing."""
    event = await city.publish(source, entity, verb, data)
    (item,) = await eventually(lambda: told(city, kind, data["id"], headers), timeout=10)
    await city.publish(source, entity, verb, data, msg_id=f"{event.id}-again", event=event)
    await drained(city, source)
    assert len(await told(city, kind, data["id"], headers)) == 1
    assert await city.count("SELECT count(*) FROM notices WHERE source_event_id = $1 "
                            "AND kind = $2", event.id, kind) == 1
    return item


async def test_the_resident_hears_of_a_declined_cancelled_or_expired_order(city):
    resident = city.auth("resident", "resident")
    declined = city.order(status="declined", assignee_person_id=None,
                          step={"by": str(city.people["community_secretary"]),
                                "reason": "不在社区服务范围内", "note": None})
    item = await once_and_not_again(city, "matching", "order", "declined_by_community",
                                    declined, "order_declined", resident)
    assert item["title"] == "您的服务需求未被受理"
    assert item["body"] == ("您的服务需求「陪同独居老人就医」社区暂未受理，原因：不在社区服务范围内。"
                            "如有需要可重新下单或联系社区。")
    assert item["link"] == f"{WEB}/m/orders/{declined['id']}"

    cancelled = city.order(status="cancelled", assignee_person_id=None,
                           step={"by": str(city.people["community_secretary"]),
                                 "reason": None, "note": None})
    item = await once_and_not_again(city, "matching", "order", "cancelled", cancelled,
                                    "order_cancelled", resident)
    assert item["body"].startswith("您的服务订单「陪同独居老人就医」（服务时间 ")

    expired = city.order(status="expired", assignee_person_id=None,
                         step={"by": None, "reason": "window_passed", "note": None})
    item = await once_and_not_again(city, "matching", "order", "expired", expired,
                                    "order_expired", resident)
    assert "无人接单，已过期" in item["body"] and "window_passed" not in item["body"]
    # SMS too, with the link after the text
    await eventually(lambda: [m for m in city.sms.json("/sms") if m["to"] == "13900000005"
                              and expired["id"] in m["text"]])


async def test_the_volunteer_hears_when_the_resident_cancels_or_it_is_reassigned(city):
    member = city.auth("party_member", "member")
    cancelled = city.order(status="cancelled",
                           step={"by": str(city.people["resident"]), "reason": "家里人回来了",
                                 "note": None})
    item = await once_and_not_again(city, "matching", "order", "cancelled", cancelled,
                                    "order_called_off", member)
    assert item["body"].endswith("已取消，原因：家里人回来了，您无需再前往服务。")
    assert item["link"] == f"{WEB}/m/orders/{cancelled['id']}"
    # the resident cancelled it: they are not told of their own doing
    assert await told(city, "order_cancelled", cancelled["id"],
                      city.auth("resident", "resident")) == []

    moved = city.order(status="dispatched", assignee_person_id=str(city.people["rider"]),
                       step={"by": str(city.people["secretary"]), "reason": None, "note": None,
                             "previous_person_id": str(city.people["member"])})
    item = await once_and_not_again(city, "matching", "order", "reassigned", moved,
                                    "order_taken_away", member)
    assert "已改派给其他人员" in item["body"]
    (offered,) = await told(city, "order_dispatched", moved["id"],
                            city.auth("grid_worker", "rider"))
    assert offered["link"] == f"{WEB}/m/orders/{moved['id']}"


async def test_the_community_hears_of_a_claim_and_units_of_a_new_need(city):
    need = {"id": str(uuid7()), "title": "为社区老人义诊", "community_id": str(city.community),
            "org_path": [str(city.street), str(city.community)], "quantity": 3, "claimed": 0,
            "status": "published", "version": 1}
    unit = city.auth("unit", unit=city.unit)
    item = await once_and_not_again(city, "lists", "need", "published", need,
                                    "need_published", unit)
    assert item["body"] == "贵单位共建的社区发布了新需求「为社区老人义诊」，欢迎认领。"
    assert item["link"] == f"{WEB}/desk/needs/{need['id']}"

    claim = {"id": str(uuid7()), "need_id": need["id"], "unit_id": str(city.unit),
             "quantity": 2, "status": "made", "community_id": str(city.community),
             "org_path": [str(city.street), str(city.community)], "version": 1}
    secretary = city.auth("branch_secretary", "community_secretary", org=city.community)
    item = await once_and_not_again(city, "lists", "claim", "made", claim, "claim_made",
                                    secretary)
    assert item["body"] == "共建单位认领了社区需求「为社区老人义诊」（数量 2），请及时确认。"
    assert item["link"] == f"{WEB}/desk/needs/{need['id']}"
    # the community's secretary, not the grid branch's
    assert await told(city, "claim_made", claim["id"],
                      city.auth("branch_secretary", "secretary")) == []


async def test_a_reminder_is_told_once(city):
    start = city.clock.now() + timedelta(hours=2)
    reminder = {"id": str(uuid7()), "version": 1, "status": "due", "subject": "duty",
                "order_id": None, "roster_id": str(uuid7()),
                "person_id": str(city.people["member"]), "team_id": None, "title": "法律门诊值班",
                "starts_at": start.isoformat(),
                "ends_at": (start + timedelta(hours=3)).isoformat(),
                "org_path": [str(city.street), str(city.community)]}
    item = await once_and_not_again(city, "matching", "reminder", "due", reminder,
                                    "duty_reminder", city.auth("party_member", "member"))
    assert item["title"] == "值班提醒" and "法律门诊值班" in item["body"]
    assert item["link"] == f"{WEB}/m/duties/{reminder['roster_id']}"
