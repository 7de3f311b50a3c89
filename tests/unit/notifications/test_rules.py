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
    GridWorkers,
    MessageKind,
    Person,
    Recipient,
    RecipientKind,
    Secretaries,
    TeamMembers,
    Unit,
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
    OrderSeen,
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
    assert notices_for(t(verb), ticket(reporter_person_id=None)) == []


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
    (n,) = order_escalated(order())
    assert n.audience == Secretaries((BRANCH,)) and n.urgent
    assert order_escalated(order(branch_id=None)) == []
    claim = ClaimSeen(id=uuid.uuid4(), version=1, status="confirmed", need_id=GRID,
                      unit_id=ASSIGNEE, quantity=2)
    (n,) = claim_confirmed(claim)
    assert n.audience == Unit(ASSIGNEE) and n.params == {"need_id": GRID, "quantity": 2}
    assert notices_for("redgrid.lists.claim.made.v1", claim) == []


@pytest.mark.parametrize("event_type", [
    "redgrid.tickets.ticket.signed.v1", "redgrid.registry.person.updated.v1",
    "redgrid.tickets.ticket.v1", "nonsense", "",
])
def test_most_events_tell_no_one(event_type):
    assert notices_for(event_type, ticket()) == []


def test_the_table_reads_each_type_as_its_entitys_snapshot():
    """One row per type that calls for notices: the model is the one its rule reads."""
    models = {"ticket": TicketSeen, "order": OrderSeen, "claim": ClaimSeen,
              "cohandler": CohandlerSeen}
    assert len(RULES) == 16
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
