"""The pure rules of notifications: who must know (typed snapshots in, notices out, no
database), what they are told, quiet hours, backoff, keys, event-type patterns and Standard
Webhooks signatures."""

from __future__ import annotations

import re
import time
import uuid
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time

import pytest
from standardwebhooks.webhooks import Webhook

from redgrid.notifications.domain import webhooks
from redgrid.notifications.domain.audience import (
    RULES,
    Caller,
    GridWorkers,
    MessageKind,
    NearestSecretaries,
    Person,
    Recipient,
    RecipientKind,
    Secretaries,
    TeamMembers,
    Unit,
    UnitsServing,
    claim_confirmed,
    notices_for,
    order_dispatched,
    order_escalated,
    ticket_dispatched,
    ticket_escalated,
    ticket_received,
    ticket_reminded,
)
from redgrid.notifications.domain.channels import (
    Channel,
    Preferences,
    backoff,
    delivery_key,
    in_quiet_hours,
    sms_not_before,
)
from redgrid.notifications.domain.snapshots import (
    ClaimSeen,
    CohandlerSeen,
    NeedSeen,
    OrderSeen,
    ReminderSeen,
    TicketSeen,
)
from redgrid.notifications.domain.templates import render

GRID, BRANCH, ASSIGNEE, RESIDENT = (uuid.uuid4() for _ in range(4))


def ticket(**changes) -> TicketSeen:
    data = {"id": uuid.uuid4(), "version": 3, "status": "dispatched", "number": "DZ-2026-000123",
            "title": "楼道堆物", "category": "environment", "grid_id": GRID, "org_id": BRANCH,
            "level": "grid", "assignee_id": None, "reporter_person_id": RESIDENT,
            "due_at": "2026-05-14T02:00:00+00:00"}
    return TicketSeen.model_validate(data | changes)


def order(**changes) -> OrderSeen:
    data = {"id": uuid.uuid4(), "version": 2, "status": "dispatched", "title": "上门理发",
            "urgency": "urgent", "assignee_person_id": None, "assignee_team_id": GRID,
            "resident_person_id": RESIDENT, "branch_id": BRANCH}
    return OrderSeen.model_validate(data | changes)


def t(verb: str) -> str:
    return f"redgrid.tickets.ticket.{verb}.v1"


def test_a_ticket_dispatched_to_a_grid_tells_its_workers_and_the_assignee():
    (to_grid,) = ticket_dispatched(ticket())
    assert to_grid.kind == MessageKind.TICKET_DISPATCHED and to_grid.audience == GridWorkers(GRID)
    assert not to_grid.urgent
    both = ticket_dispatched(ticket(assignee_id=ASSIGNEE))
    assert [n.audience for n in both] == [GridWorkers(GRID), Person(ASSIGNEE)]
    # dispatched to a department: the grid's workers are not the ones to act
    (only,) = ticket_dispatched(ticket(level="department", assignee_id=ASSIGNEE))
    assert only.audience == Person(ASSIGNEE)


def test_a_matter_moved_by_a_grid_merge_tells_the_new_grid_and_its_holder():
    to_grid, to_holder = notices_for(t("rehomed"), ticket(assignee_id=ASSIGNEE))
    assert [n.audience for n in (to_grid, to_holder)] == [GridWorkers(GRID), Person(ASSIGNEE)]
    assert to_grid.kind == MessageKind.TICKET_REHOMED and to_grid.link
    title, text = render(to_grid.kind, to_grid.params)
    assert title == "网格调整：工单转入"
    assert text == ("因网格调整，民情工单转入您所在网格：楼道堆物（编号 DZ-2026-000123），"
                    "办理时限不变，请于 5月14日 10:00 前办结。")


def test_a_matter_reported_in_a_grid_tells_its_workers_to_accept_it():
    (n,) = ticket_received(ticket())
    assert n.kind == MessageKind.TICKET_RECEIVED and n.audience == GridWorkers(GRID)
    assert render(n.kind, n.params)[1] == ("您所在网格收到新的民情：楼道堆物（编号 DZ-2026-000123），"
                                          "请及时受理。")
    assert ticket_received(ticket(grid_id=None)) == []  # the community's queue


def test_escalations_are_urgent_and_go_to_secretaries():
    (n,) = ticket_escalated(ticket(level="community", org_id=BRANCH))
    assert n.urgent and n.audience == Secretaries((BRANCH,), GRID)
    (n,) = ticket_escalated(ticket(org_id=None))
    assert n.audience == Secretaries((), GRID)  # the grid's branch
    assert ticket_escalated(ticket(org_id=None, grid_id=None)) == []


def test_reminders_go_to_the_holder_else_the_grid():
    (n,) = ticket_reminded(ticket(assignee_id=ASSIGNEE))
    assert n.audience == Person(ASSIGNEE) and n.kind == MessageKind.TICKET_DUE_SOON
    (n,) = ticket_reminded(ticket())
    assert n.audience == GridWorkers(GRID)
    assert ticket_reminded(ticket(grid_id=None)) == []


@pytest.mark.parametrize("verb,kind", [
    ("accepted", MessageKind.TICKET_ACCEPTED), ("rejected", MessageKind.TICKET_REJECTED),
    ("resolved", MessageKind.TICKET_RESOLVED), ("published", MessageKind.TICKET_PUBLISHED),
    ("followed_up", MessageKind.TICKET_FOLLOWED_UP),
])
def test_the_resident_hears_about_their_matter_when_they_have_an_account(verb, kind):
    (n,) = notices_for(t(verb), ticket())
    assert n.kind == kind and n.audience == Person(RESIDENT)
    without = ticket(reporter_person_id=None)
    told = [n.audience for n in notices_for(t(verb), without)]
    assert told == ([Caller(without.id)] if verb in ("accepted", "published") else [])


@pytest.mark.parametrize("verb,kind", [("accepted", MessageKind.CALLER_ACCEPTED),
                                       ("published", MessageKind.CALLER_REPLIED)])
def test_a_caller_without_an_account_is_told_by_sms_at_acceptance_and_at_the_reply(verb, kind):
    without = ticket(reporter_person_id=None, category="epidemic")
    (n,) = notices_for(t(verb), without)
    assert (n.kind, n.audience, n.urgent) == (kind, Caller(without.id), True)
    title, body = render(kind, n.params, names=["王芳"])
    assert "DZ-2026-000123" in body and "12345" in body  # the number, and how to ask
    assert title.startswith("您反映的事项")
    assert not webhooks.is_public("redgrid.tickets.contact.recorded.v1")


def test_emergencies_are_urgent():
    (n,) = ticket_dispatched(ticket(category="epidemic"))
    assert n.urgent


def test_orders_and_claims():
    (n,) = order_dispatched(order())
    assert n.audience == TeamMembers(GRID) and n.urgent
    (n,) = order_dispatched(order(assignee_person_id=ASSIGNEE))
    assert n.audience == Person(ASSIGNEE)
    assert order_dispatched(order(assignee_team_id=None)) == []
    (n,) = notices_for("redgrid.matching.order.accepted.v1", order())
    assert n.audience == Person(RESIDENT) and n.kind == MessageKind.ORDER_ACCEPTED
    (n,) = notices_for("redgrid.matching.order.completed.v1", order(urgency="normal"))
    assert n.kind == MessageKind.ORDER_COMPLETED and not n.urgent
    assert notices_for("redgrid.matching.order.completed.v1",
                       order(resident_person_id=None)) == []
    claim = ClaimSeen(id=uuid.uuid4(), version=1, status="confirmed", need_id=GRID,
                      unit_id=ASSIGNEE, quantity=2)
    (n,) = claim_confirmed(claim)
    assert n.audience == Unit(ASSIGNEE) and n.params == {"need_id": GRID, "quantity": 2}
    assert n.link == f"/desk/needs/{GRID}"
    assert notices_for("redgrid.lists.claim.made.v1", claim) == []  # no path: nobody known


STREET, COMMUNITY = uuid.uuid4(), uuid.uuid4()


def test_an_escalated_order_goes_to_who_can_open_it_worded_by_what_happened():
    """Its org_path is the community's now: the secretaries nearest to it, not the branch's
    (whose scope does not hold the community's orders)."""
    escalated = order(org_path=[STREET, COMMUNITY], status="escalated")
    (n,) = order_escalated(escalated)
    assert n.audience == NearestSecretaries((STREET, COMMUNITY)) and n.urgent
    assert n.link == f"/desk/orders/{escalated.id}"
    assert order_escalated(order(community_id=None)) == []
    worded = {}
    for cause in ("refused", "unanswered", "undispatched", None):
        (n,) = order_escalated(order(org_path=[COMMUNITY], step={"cause": cause}))
        worded[cause] = render(n.kind, n.params)
    assert worded["refused"][0] == "服务订单多次被拒" and "多次被拒" in worded["refused"][1]
    assert worded["unanswered"][0] == "服务订单超时无人接单"
    assert "超过答复时限无人接单" in worded["unanswered"][1]
    assert "未在规定时间内派单" in worded["undispatched"][1]
    assert worded[None][0] == "服务订单无人接单"  # an older event, without a cause


def test_the_resident_hears_of_a_decline_a_cancellation_and_an_expiry():
    o = "redgrid.matching.order.{}.v1".format
    declined = order(status="declined", step={"by": ASSIGNEE, "reason": "超出社区服务范围"})
    (n,) = notices_for(o("declined_by_community"), declined)
    assert n.kind == MessageKind.ORDER_DECLINED and n.audience == Person(RESIDENT)
    assert n.link == f"/m/orders/{declined.id}"
    assert render(n.kind, n.params)[1] == ("您的服务需求「上门理发」社区暂未受理，原因：超出社区服务范围。"
                                           "如有需要可重新下单或联系社区。")
    (n,) = notices_for(o("expired"), order(status="expired", step={"reason": "window_passed"}))
    assert n.kind == MessageKind.ORDER_EXPIRED
    assert "window_passed" not in render(n.kind, n.params)[1]
    by_staff = order(status="cancelled", assignee_team_id=None, assignee_person_id=ASSIGNEE,
                     step={"by": BRANCH})
    kinds = {(n.kind, n.audience) for n in notices_for(o("cancelled"), by_staff)}
    assert kinds == {(MessageKind.ORDER_CANCELLED, Person(RESIDENT)),
                     (MessageKind.ORDER_CALLED_OFF, Person(ASSIGNEE))}


def test_the_volunteer_hears_when_the_resident_cancels_or_the_order_goes_elsewhere():
    o = "redgrid.matching.order.{}.v1".format
    by_resident = order(status="cancelled", assignee_team_id=None, assignee_person_id=ASSIGNEE,
                        step={"by": RESIDENT, "reason": "家里有人照顾了"})
    (n,) = notices_for(o("cancelled"), by_resident)  # not the resident: it was their doing
    assert n.kind == MessageKind.ORDER_CALLED_OFF and n.audience == Person(ASSIGNEE)
    assert "您无需再前往服务" in render(n.kind, n.params)[1]
    by_assignee = order(status="cancelled", assignee_team_id=None, assignee_person_id=ASSIGNEE,
                        step={"by": ASSIGNEE})
    assert [n.kind for n in notices_for(o("cancelled"), by_assignee)] == [
        MessageKind.ORDER_CANCELLED]
    other = uuid.uuid4()
    moved = order(assignee_team_id=None, assignee_person_id=other,
                  step={"previous_person_id": ASSIGNEE})
    told = {(n.kind, n.audience) for n in notices_for(o("reassigned"), moved)}
    assert told == {(MessageKind.ORDER_DISPATCHED, Person(other)),
                    (MessageKind.ORDER_TAKEN_AWAY, Person(ASSIGNEE))}
    from_team = order(assignee_team_id=None, assignee_person_id=other,
                      step={"previous_team_id": GRID})
    assert (MessageKind.ORDER_TAKEN_AWAY, TeamMembers(GRID)) in {
        (n.kind, n.audience) for n in notices_for(o("reassigned"), from_team)}


def test_reminders_claims_and_needs():
    start = datetime(2026, 5, 14, 1, 0, tzinfo=UTC)
    reminder = ReminderSeen(id=uuid.uuid4(), version=1, status="due", subject="order",
                            order_id=GRID, person_id=ASSIGNEE, title="上门理发",
                            starts_at=start, ends_at=start + timedelta(hours=2))
    (n,) = notices_for("redgrid.matching.reminder.due.v1", reminder)
    assert n.kind == MessageKind.ORDER_REMINDER and n.audience == Person(ASSIGNEE)
    assert n.link == f"/m/orders/{GRID}"
    assert render(n.kind, n.params)[1] == "提醒：您接单的服务「上门理发」将于 5月14日 09:00–11:00 开始，请准时上门。"
    duty = reminder.model_copy(update={"subject": "duty", "order_id": None, "roster_id": BRANCH,
                                       "person_id": None, "team_id": GRID, "title": "法律门诊"})
    (n,) = notices_for("redgrid.matching.reminder.due.v1", duty)
    assert n.kind == MessageKind.DUTY_REMINDER and n.audience == TeamMembers(GRID)
    assert n.link == f"/m/duties/{BRANCH}"
    claim = ClaimSeen(id=uuid.uuid4(), version=1, status="made", need_id=GRID, unit_id=ASSIGNEE,
                      quantity=2, community_id=COMMUNITY, org_path=[STREET, COMMUNITY])
    (n,) = notices_for("redgrid.lists.claim.made.v1", claim)
    assert n.audience == NearestSecretaries((STREET, COMMUNITY)) and not n.urgent
    assert render(n.kind, n.params | {"need_title": "上门理发"})[1] == (
        "共建单位认领了社区需求「上门理发」（数量 2），请及时确认。")
    need = NeedSeen(id=GRID, version=1, status="published", title="助老理发",
                    community_id=COMMUNITY)
    (n,) = notices_for("redgrid.lists.need.published.v1", need)
    assert n.audience == UnitsServing(COMMUNITY) and n.link == f"/desk/needs/{GRID}"
    assert render(n.kind, n.params)[1] == "贵单位共建的社区发布了新需求「助老理发」，欢迎认领。"
    assert notices_for("redgrid.lists.need.published.v1",
                       need.model_copy(update={"community_id": None})) == []


def test_every_notice_of_a_rule_carries_a_link():
    for n in [*ticket_dispatched(ticket(assignee_id=ASSIGNEE)), *ticket_received(ticket()),
              *ticket_reminded(ticket()), *ticket_escalated(ticket()),
              *notices_for(t("resolved"), ticket()), *order_dispatched(order())]:
        assert n.link and n.link.startswith(("/m/", "/desk/")), n


@pytest.mark.parametrize("event_type", [
    "redgrid.tickets.ticket.signed.v1", "redgrid.registry.person.updated.v1",
    "redgrid.tickets.ticket.v1", "nonsense", "",
])
def test_most_events_tell_no_one(event_type):
    assert notices_for(event_type, ticket()) == []


def test_the_table_reads_each_type_as_its_entitys_snapshot():
    """One row per type that calls for notices: the model is the one its rule reads."""
    models = {"ticket": TicketSeen, "order": OrderSeen, "claim": ClaimSeen, "need": NeedSeen,
              "reminder": ReminderSeen, "cohandler": CohandlerSeen}
    assert len(RULES) == 23
    for event_type, (model, rule) in RULES.items():
        assert model is models[event_type.split(".")[2]], event_type
        assert callable(rule)


def test_a_rule_reads_typed_snapshots_not_dicts():
    """The data arrives validated: ids are UUIDs and times datetimes in what the rules give."""
    snapshot = TicketSeen.model_validate({
        "id": str(uuid.uuid4()), "version": 1, "status": "received", "number": "N-1",
        "title": "路灯不亮", "grid_id": str(GRID), "due_at": "2026-05-14T02:00:00Z"})
    (n,) = ticket_received(snapshot)
    assert n.audience == GridWorkers(GRID) and isinstance(n.audience.grid_id, uuid.UUID)
    assert n.params["due_at"].year == 2026
    assert render(n.kind, n.params)[1].startswith("您所在网格收到新的民情：路灯不亮")


def test_messages_are_chinese_and_mask_phones_in_titles():
    (n,) = ticket_dispatched(ticket(title="13812345678反映楼道堆物"))
    title, body = render(n.kind, n.params)
    assert title == "新的民情工单"
    assert body == ("您所在网格有新的民情工单：138****5678反映楼道堆物（编号 DZ-2026-000123），"
                    "请于 5月14日 10:00 前签收。")
    (n,) = ticket_escalated(ticket(level="department", department="住建局"))
    assert render(n.kind, n.params)[1].startswith("民情工单已上报至住建局：")
    (n,) = ticket_reminded(ticket(due_at=None))
    assert render(n.kind, n.params)[1] == "民情工单即将到期：楼道堆物（编号 DZ-2026-000123），请尽快办结。"


def test_a_cohandler_is_told_by_its_grid_or_its_office():
    seen = {"id": str(uuid.uuid4()), "version": 1, "status": "assigned",
            "ticket_id": str(uuid.uuid4()), "number": "DZ-2026-000123", "title": "占道堆放建材",
            "level": "grid", "grid_id": str(GRID), "due_at": "2026-05-14T02:00:00Z"}
    (n,) = notices_for("redgrid.tickets.cohandler.assigned.v1",
                       CohandlerSeen.model_validate(seen))
    assert n.audience == GridWorkers(GRID)
    assert render(n.kind, n.params) == (
        "协办工单", "请协办民情工单：占道堆放建材（编号 DZ-2026-000123），请于 5月14日 10:00 前办结协办事项。")
    office = uuid.uuid4()
    (n,) = notices_for("redgrid.tickets.cohandler.assigned.v1", CohandlerSeen.model_validate(
        seen | {"level": "department", "grid_id": None, "org_id": str(office),
                "department": "城管科"}))
    assert n.audience == Secretaries((office,))


def test_every_kind_has_a_title_and_a_text():
    for kind in MessageKind:
        title, body = render(kind, {"title": "x", "to_grid": True})
        assert title and body and not re.search(r"[{}]", body)


BEIJING_NIGHT = datetime(2026, 5, 12, 15, 30, tzinfo=UTC)  # 23:30 in Beijing
PREFS = Preferences(off={}, quiet_start=clock_time(22), quiet_end=clock_time(7))


def test_quiet_hours_cross_midnight_in_beijing_time():
    assert in_quiet_hours(BEIJING_NIGHT, clock_time(22), clock_time(7))
    assert in_quiet_hours(BEIJING_NIGHT + timedelta(hours=7), clock_time(22), clock_time(7))
    assert not in_quiet_hours(BEIJING_NIGHT + timedelta(hours=8), clock_time(22), clock_time(7))
    assert not in_quiet_hours(BEIJING_NIGHT, clock_time(7), clock_time(7))  # none at all
    assert in_quiet_hours(BEIJING_NIGHT, clock_time(12), clock_time(23, 45))


def test_a_night_sms_waits_for_morning_unless_urgent():
    until = sms_not_before(BEIJING_NIGHT, urgent=False, prefs=PREFS)
    assert until == datetime(2026, 5, 12, 23, 0, tzinfo=UTC)  # 07:00 Beijing
    assert sms_not_before(BEIJING_NIGHT, urgent=True, prefs=PREFS) is None
    assert sms_not_before(BEIJING_NIGHT - timedelta(hours=6), urgent=False, prefs=PREFS) is None
    early = datetime(2026, 5, 12, 20, 0, tzinfo=UTC)  # 04:00 Beijing: the same morning
    assert sms_not_before(early, False, PREFS) == datetime(2026, 5, 12, 23, 0, tzinfo=UTC)


def test_preferences_never_switch_the_inbox_off():
    prefs = Preferences(off={"ticket_resolved": frozenset({Channel.SMS, Channel.INBOX})},
                        quiet_start=clock_time(22), quiet_end=clock_time(7))
    assert prefs.wants(MessageKind.TICKET_RESOLVED, Channel.INBOX)
    assert not prefs.wants(MessageKind.TICKET_RESOLVED, Channel.SMS)
    assert prefs.wants(MessageKind.TICKET_RESOLVED, Channel.EMAIL)


def test_backoff_doubles_up_to_a_cap():
    assert [backoff(n, 30, 300).total_seconds() for n in (1, 2, 3, 4, 5)] == [30, 60, 120, 240,
                                                                              300]


def test_keys_are_the_same_for_the_same_event_recipient_and_channel():
    event = uuid.uuid4()
    worker = Recipient(RecipientKind.PERSON, GRID)
    assert delivery_key(event, worker, Channel.SMS) == delivery_key(event, worker, Channel.SMS)
    others = {delivery_key(event, worker, Channel.EMAIL),
              delivery_key(uuid.uuid4(), worker, Channel.SMS),
              delivery_key(event, Recipient(RecipientKind.UNIT, GRID), Channel.SMS)}
    assert delivery_key(event, worker, Channel.SMS) not in others and len(others) == 3


@pytest.mark.parametrize("pattern,event_type,hit", [
    ("redgrid.tickets.ticket.*", "redgrid.tickets.ticket.dispatched.v1", True),
    ("redgrid.tickets.ticket.*", "redgrid.matching.order.placed.v1", False),
    ("redgrid.*.order.accepted.*", "redgrid.matching.order.accepted.v1", True),
    ("redgrid.lists.claim.confirmed.v1", "redgrid.lists.claim.confirmed.v1", True),
    ("redgrid.lists.claim_x.*", "redgrid.lists.claimAx.made.v1", False),  # _ is not a wildcard
    ("*", "redgrid.registry.org.created.v1", True),
])
def test_patterns_and_their_sql_like(pattern, event_type, hit):
    assert webhooks.valid_pattern(pattern)
    assert webhooks.matches(pattern, event_type) is hit


def test_patterns_become_sql_like_with_only_the_star_as_wildcard():
    assert webhooks.like_of("redgrid.tickets.ticket.*") == "redgrid.tickets.ticket.%"
    assert webhooks.like_of("redgrid.lists.claim_x.*") == "redgrid.lists.claim\\_x.%"
    assert webhooks.like_of("*") == "%"


@pytest.mark.parametrize("pattern", ["", "redgrid.", "tickets; DROP TABLE", "redgrid..x",
                                     "REDGRID.*", "redgrid.tickets.>"])
def test_bad_patterns(pattern):
    assert not webhooks.valid_pattern(pattern)


def test_contact_events_are_never_public():
    assert not webhooks.is_public("redgrid.registry.contact.changed.v1")
    assert webhooks.is_public("redgrid.registry.person.updated.v1")


def test_signatures_follow_standard_webhooks():
    secret = webhooks.new_secret()
    body = '{"id":"1","type":"redgrid.tickets.ticket.accepted.v1","data":{"title":"路灯"}}'
    now = int(time.time())
    headers = webhooks.headers(secret, "msg_1", now, body.encode())
    assert Webhook(secret).verify(body, headers)["data"]["title"] == "路灯"
    assert webhooks.verify(secret, "msg_1", str(now), headers["webhook-signature"],
                           body.encode(), now)
    assert not webhooks.verify(secret, "msg_1", str(now), headers["webhook-signature"],
                               body.encode() + b" ", now)
    assert not webhooks.verify(secret, "msg_1", str(now - 600), headers["webhook-signature"],
                               body.encode(), now)  # too old: a replay
    assert not webhooks.verify(webhooks.new_secret(), "msg_1", str(now),
                               headers["webhook-signature"], body.encode(), now)
