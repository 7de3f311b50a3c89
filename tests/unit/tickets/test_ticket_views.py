"""One declaration of the ticket: the row, the answer and the event's snapshot derive from
TicketBase; the snapshot carries no personal data; "overdue" is a domain rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from redgrid.tickets.domain.deadlines import overdue
from redgrid.tickets.events import StepData, TicketData
from redgrid.tickets.models import Ticket, TicketBase, TicketDetails, TicketPublic

NOW = datetime(2026, 10, 9, 8, 0, tzinfo=UTC)


def ticket(**changes) -> Ticket:
    street, community = uuid4(), uuid4()
    values = dict(
        id=uuid4(), number="DZ-2026-000001", version=3, status="dispatched", kind="matter",
        channel="online", appeal_kind="help", category="environment",
        title="楼道堆物 电话13812345678", grid_id=None, community_id=community,
        street_id=street, org_id=community, level="community", department=None,
        assignee_id=None, reporter_person_id=uuid4(), due_at=NOW - timedelta(hours=1),
        deadline_basis="calendar", escalation_level=0, external_ref=None, occurred_at=None,
        updated_at=NOW, merged_into_id=None, follows_id=None, description="三楼",
        emergency=False, lat=33.2, lng=120.46, address="育红路12号3栋401室", received_at=NOW,
        accepted_at=NOW, first_due_at=NOW, resolved_at=None, closed_at=None, visit_id=None,
        possible_duplicates=[], resolution=None, response=None, response_public=False,
        published_at=None, rating=None, rating_comment=None, area_path=f"/{street}/{community}/",
        org_path=f"/{street}/{community}/", limit_hours=None, limit_working_days=3,
        sign_hours=24, remind_at=None, followed_up_at=None, anonymised_at=None)
    return Ticket(**(values | changes))


def test_every_view_says_what_the_base_says():
    base = set(TicketBase.model_fields)
    for view in (Ticket, TicketPublic, TicketData):
        assert base <= set(view.model_fields), view
    assert set(TicketDetails.model_fields) <= set(TicketPublic.model_fields)


def test_the_snapshot_is_the_base_with_no_personal_data():
    t = ticket()
    data = TicketData.of(t, StepData.of("system", note="请致电13812345678"))
    same = set(TicketBase.model_fields) - {"title"}
    assert {n: getattr(data, n) for n in same} == {n: getattr(t, n) for n in same}
    assert "13812345678" not in data.title and "13812345678" not in data.step.note
    assert data.org_path == [t.street_id, t.community_id]
    assert (data.location.lat, data.location.lng) == (33.2, 120.46)
    dumped = data.model_dump()
    assert not {"address", "description", "lat", "lng"} & set(dumped)


@pytest.mark.parametrize(("changes", "late"), [
    ({}, True),
    ({"due_at": NOW + timedelta(hours=1)}, False),
    ({"due_at": None}, False),
    ({"resolved_at": NOW}, False),
    ({"status": "rejected"}, False),
    ({"status": "merged"}, False),
    ({"status": "bounced"}, True),
])
def test_overdue_is_a_deadline_passed_on_a_matter_not_settled(changes, late):
    t = ticket(**changes)
    assert overdue(t.due_at, t.resolved_at, t.status, NOW) is late
    assert TicketPublic.of(t, NOW).overdue is late
