"""Pure rules: deadlines with the holiday calendar, escalation, permissions, numbers,
duplicates, intake channels, the catalogue's checks."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redgrid.common.auth import Principal, Role
from redgrid.common.errors import Conflict, Forbidden, Invalid
from redgrid.tickets.domain import deadlines, duplicates, numbers, permissions, routing
from redgrid.tickets.domain.calendar import Basis, Calendar
from redgrid.tickets.domain.catalogue import BY_CODE, CATEGORIES, DEFAULTS, check_rule
from redgrid.tickets.domain.intake import Channel, check_intake
from redgrid.tickets.domain.routing import Level
from redgrid.tickets.domain.workflow import Action

BJ = ZoneInfo("Asia/Shanghai")


def who(*roles: Role, person: UUID | None = None) -> Principal:
    return Principal(person or uuid4(), frozenset(roles), uuid4())


# --- deadlines ---------------------------------------------------------------------------

@pytest.mark.parametrize("start,days,due", [
    (datetime(2026, 9, 29, 10, tzinfo=BJ), 3, datetime(2026, 10, 10, tzinfo=BJ)),  # 国庆
    (datetime(2026, 9, 30, 23, tzinfo=BJ), 1, datetime(2026, 10, 9, tzinfo=BJ)),
    (datetime(2026, 10, 9, 10, tzinfo=BJ), 1, datetime(2026, 10, 11, tzinfo=BJ)),  # 调休 Sat
    (datetime(2026, 3, 6, 10, tzinfo=BJ), 1, datetime(2026, 3, 10, tzinfo=BJ)),  # a weekend
])
def test_working_days_follow_the_holiday_calendar(start, days, due):
    d = deadlines.add_working_days(start, days, Calendar())  # the package's 2026 notice
    assert d.due_at == due and d.basis == Basis.PACKAGE and d.note is None


def test_beyond_the_calendar_weekdays_count_less_the_statutory_days_and_it_says_so():
    nothing_loaded = Calendar()
    d = deadlines.add_working_days(datetime(2031, 9, 30, 10, tzinfo=BJ), 1, nothing_loaded)
    # 10-01..03 are 国庆 by law even without the notice; 10-04/05 a weekend; 10-06 counts
    assert d.due_at == datetime(2031, 10, 7, tzinfo=BJ)
    assert d.basis == Basis.FALLBACK and "Monday-Friday" in d.note
    assert deadlines.is_working_day(date(2031, 10, 4), nothing_loaded) == \
        (False, Basis.FALLBACK)  # a Saturday


def test_the_day_is_taken_in_beijing_time():
    # 17:00 UTC on 09-29 is already 09-30 in Beijing
    d = deadlines.add_working_days(datetime(2026, 9, 29, 17, tzinfo=ZoneInfo("UTC")), 1,
                                   Calendar())
    assert d.due_at == datetime(2026, 10, 9, tzinfo=BJ)


def test_emergencies_count_clock_hours_and_reminders_come_before():
    start = datetime(2026, 10, 1, 22, tzinfo=BJ)
    d = deadlines.due(start, 2, None)
    assert d.due_at == start + timedelta(hours=2)
    assert deadlines.remind_at(start, d.due_at) == start + timedelta(hours=1, minutes=30)
    long = deadlines.due(start, None, 10)
    assert long.due_at - deadlines.remind_at(start, long.due_at) == timedelta(days=1)
    with pytest.raises(ValueError):
        deadlines.add_working_days(start, 0)


@given(st.datetimes(min_value=datetime(2004, 1, 1), max_value=datetime(2035, 12, 1)),
       st.integers(min_value=1, max_value=20))
def test_a_deadline_is_never_earlier_than_the_limit_in_calendar_days(start, days):
    start = start.replace(tzinfo=BJ)
    d = deadlines.add_working_days(start, days)
    assert d.due_at >= start + timedelta(days=days)
    assert deadlines.working_days_between(start, d.due_at - timedelta(seconds=1)) == days


# --- escalation --------------------------------------------------------------------------

def test_escalation_goes_grid_community_street_and_stops():
    assert routing.level_above(Level.GRID) == Level.COMMUNITY
    assert routing.level_above("community") == Level.STREET
    assert routing.level_above(Level.DEPARTMENT) == Level.STREET
    with pytest.raises(Conflict):
        routing.level_above(Level.STREET)
    assert routing.can_escalate_automatically(Level.GRID, 0)
    assert not routing.can_escalate_automatically(Level.STREET, 0)
    assert not routing.can_escalate_automatically(Level.COMMUNITY, 2)
    assert routing.escalation_limit(None, 5) == (None, 3)
    assert routing.escalation_limit(None, 1) == (None, 1)
    assert routing.escalation_limit(24, None) == (24, None)


# --- permissions -------------------------------------------------------------------------

def test_roles_decide_the_steps():
    worker, secretary = who(Role.GRID_WORKER), who(Role.BRANCH_SECRETARY)
    permissions.check(worker, Action.SIGN, is_reporter=False)
    permissions.check(secretary, Action.DISPATCH, is_reporter=False)
    with pytest.raises(Forbidden):
        permissions.check(worker, Action.DISPATCH, is_reporter=False)
    with pytest.raises(Forbidden):
        permissions.check(who(Role.RESIDENT), Action.ACCEPT, is_reporter=True)
    permissions.check(who(Role.RESIDENT), Action.FOLLOW_UP, is_reporter=True)
    with pytest.raises(Forbidden):
        permissions.check(who(Role.RESIDENT), Action.FOLLOW_UP, is_reporter=False)
    with pytest.raises(Forbidden):
        permissions.check(worker, Action.REMIND, is_reporter=False)  # only the scanner


def test_an_assigned_ticket_is_the_assignees_or_the_offices():
    me = uuid4()
    permissions.check(who(Role.GRID_WORKER, person=me), Action.RESOLVE, is_reporter=False,
                      assignee_id=me)
    with pytest.raises(Forbidden):
        permissions.check(who(Role.GRID_WORKER), Action.RESOLVE, is_reporter=False,
                          assignee_id=me)
    permissions.check(who(Role.COMMUNITY_ADMIN), Action.RESOLVE, is_reporter=False,
                      assignee_id=me)


def test_an_extension_is_asked_by_the_holder_and_decided_by_the_office():
    me = uuid4()
    permissions.check(who(Role.GRID_WORKER, person=me), Action.ASK_EXTENSION,
                      is_reporter=False, assignee_id=me)
    with pytest.raises(Forbidden):  # the office decides; it does not ask for the assignee
        permissions.check(who(Role.COMMUNITY_ADMIN), Action.ASK_EXTENSION, is_reporter=False,
                          assignee_id=me)
    with pytest.raises(Forbidden):
        permissions.check(who(Role.GRID_WORKER, person=me), Action.APPROVE_EXTENSION,
                          is_reporter=False, assignee_id=me)
    permissions.check(who(Role.STREET_ADMIN), Action.APPROVE_EXTENSION, is_reporter=False)
    with pytest.raises(Forbidden):
        permissions.check(who(Role.GRID_WORKER), Action.COHANDLE, is_reporter=False)


def test_who_sees_the_reporter_in_full():
    admin = who(Role.COMMUNITY_ADMIN)
    assert permissions.sees_reporter(admin, is_reporter=False, is_assignee=False,
                                     holder_in_scope=True)
    assert not permissions.sees_reporter(admin, is_reporter=False, is_assignee=False,
                                         holder_in_scope=False)
    assert not permissions.sees_reporter(who(Role.SYSTEM), is_reporter=False,
                                         is_assignee=False, holder_in_scope=True)
    assert permissions.sees_reporter(who(Role.GRID_WORKER), is_reporter=False,
                                     is_assignee=True, holder_in_scope=False)


# --- numbers, duplicates, intake, catalogue ----------------------------------------------

def test_numbers_and_prefixes():
    street = UUID("0123456789abcdef0123456789abcdef")
    assert numbers.format_number("DZ", 2026, 123) == "DZ-2026-000123"
    assert numbers.format_number("DZ", 2026, 1234567) == "DZ-2026-1234567"
    assert numbers.NUMBER.match("DZ-2026-1234567")
    assert numbers.prefix_from_code("dazhong", street) == "DAZHONG"
    assert numbers.prefix_from_code("jiao-bei", street) == "JIAOBEI"
    assert numbers.prefix_from_code(None, street) == "S012345"
    assert numbers.prefix_from_code("rg", street) == "S012345"  # RG is for no street
    assert numbers.prefix_from_code("街道", street) == "S012345"


def test_likely_duplicates():
    now = datetime(2026, 9, 29, 10, tzinfo=BJ)
    other = {"category": "road_repair", "lat": 33.2, "lng": 120.46, "address": None,
             "received_at": now - timedelta(hours=5)}
    assert duplicates.likely_duplicate("road_repair", 33.2005, 120.46, None, now, other)
    assert not duplicates.likely_duplicate("road_repair", 33.21, 120.46, None, now, other)
    assert not duplicates.likely_duplicate("environment", 33.2, 120.46, None, now, other)
    assert not duplicates.likely_duplicate("road_repair", 33.2, 120.46, None,
                                           now + timedelta(days=4), other)
    by_address = other | {"lat": None, "lng": None, "address": "育红路 12号"}
    assert duplicates.likely_duplicate("road_repair", None, None, "育红路12号", now, by_address)


def test_intake_channels():
    check_intake(who(Role.RESIDENT), Channel.ONLINE, None)
    check_intake(who(Role.SYSTEM), Channel.HOTLINE_12345, "GD1")
    with pytest.raises(Invalid):
        check_intake(who(Role.SYSTEM), Channel.HOTLINE_12345, None)
    with pytest.raises(Invalid):
        check_intake(who(Role.COMMUNITY_ADMIN), Channel.WINDOW, "GD1")
    with pytest.raises(Forbidden):
        check_intake(who(Role.GRID_WORKER), Channel.HOTLINE_12345, "GD1")
    with pytest.raises(Forbidden):
        check_intake(who(Role.RESIDENT), Channel.FORUM, None)
    with pytest.raises(Forbidden):
        check_intake(who(Role.UNIT), Channel.ONLINE, None)


def test_the_catalogue_defaults_are_consistent():
    assert {c.code for c in CATEGORIES} == {d[0] for d in DEFAULTS}
    for _, level, department, hours, days, emergency, _ in DEFAULTS:
        check_rule(level, department, hours, days, emergency)
    assert not BY_CODE["neighbour_dispute"].public and BY_CODE["neighbour_dispute"].mediation
    with pytest.raises(Invalid):
        check_rule(Level.GRID, None, 2, None, False)
    with pytest.raises(Invalid):
        check_rule(Level.GRID, None, None, 3, True)
    with pytest.raises(Invalid):
        check_rule(Level.DEPARTMENT, None, None, 3, False)


def test_the_seed_migration_matches_the_defaults():
    from pathlib import Path

    import redgrid.tickets as package

    sql = (Path(package.__file__).parent / "migrations" / "0002_catalogue_seed.sql").read_text()
    for category, level, department, hours, days, emergency, sign in DEFAULTS:
        null = "NULL"
        row = (f"'{category}', NULL, '{level.value}', "
               f"{repr(department) if department else null}, {hours or null}, {days or null}, "
               f"{str(emergency).lower()}, {sign}")
        assert row in sql, row
