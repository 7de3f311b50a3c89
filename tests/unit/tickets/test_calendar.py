"""The holiday calendar as data (issue 17): loaded notices over the package over Monday–Friday,
each deadline with its basis; validation of a notice; the years that are an alarm."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from redgrid.common.errors import Invalid
from redgrid.tickets.domain import calendar, deadlines
from redgrid.tickets.domain.calendar import Basis, Calendar, notice

BJ = ZoneInfo("Asia/Shanghai")
D = date.fromisoformat
# 2027 as the demo loads it (calendars/2027.json: the package's days, still to be checked
# against the State Council notice)
DEMO_2027 = notice(2027, [D("2027-01-01"), *(date(2027, 2, d) for d in range(5, 11))], [])


def test_three_working_days_from_2027_02_04_end_after_the_spring_festival():
    loaded = Calendar([DEMO_2027])
    d = deadlines.add_working_days(datetime(2027, 2, 4, 10, tzinfo=BJ), 3, loaded)
    # 02-05..02-10 off (02-06/07 a weekend): 02-11, 02-12, then Monday 02-15
    assert d.due_at == datetime(2027, 2, 16, tzinfo=BJ)
    assert d.basis == Basis.CALENDAR and d.note is None


def test_a_make_up_saturday_counts_once_loaded():
    start = datetime(2027, 2, 19, 10, tzinfo=BJ)  # a Friday
    before = deadlines.add_working_days(start, 1, Calendar([DEMO_2027]))
    assert before.due_at == datetime(2027, 2, 23, tzinfo=BJ)  # Monday 02-22
    with_saturday = notice(2027, DEMO_2027.days_off, [D("2027-02-20")])  # an example 调休
    after = deadlines.add_working_days(start, 1, Calendar([with_saturday]))
    assert after.due_at == datetime(2027, 2, 21, tzinfo=BJ)  # Saturday 02-20 is worked
    assert after.basis == Basis.CALENDAR


def test_without_a_notice_a_year_is_a_fallback_that_still_keeps_the_statutory_days():
    nothing = Calendar()
    d = deadlines.add_working_days(datetime(2027, 2, 4, 10, tzinfo=BJ), 3, nothing)
    # the law's 除夕 and 初一–初三 (02-05..08) are off, the notice's extra days unknown:
    # 02-09, 02-10, 02-11 count
    assert d.due_at == datetime(2027, 2, 12, tzinfo=BJ)
    assert d.basis == Basis.FALLBACK and "Monday-Friday" in d.note
    assert nothing.missing([2026, 2027, 2028]) == [2027, 2028]
    assert Calendar([DEMO_2027]).missing([2026, 2027]) == []


def test_the_basis_is_the_weakest_day_counted():
    loaded = Calendar([DEMO_2027])
    d = deadlines.add_working_days(datetime(2026, 12, 28, 10, tzinfo=BJ), 5, loaded)
    # 12-29, 12-30, 12-31 (package, 2026 notice), 01-01 off, 01-04, 01-05 (loaded)
    assert d.due_at == datetime(2027, 1, 6, tzinfo=BJ) and d.basis == Basis.PACKAGE
    d = deadlines.add_working_days(datetime(2026, 12, 28, 10, tzinfo=BJ), 5, Calendar())
    assert d.basis == Basis.FALLBACK
    assert deadlines.due(datetime(2027, 2, 4, tzinfo=BJ), 24, None).basis == Basis.HOURS


def test_loaded_data_wins_over_the_package():
    # the package's 2026 has 10-08 as a working day; a (made-up) load giving it off wins
    day = date(2026, 10, 8)
    assert Calendar().day(day) == (True, Basis.PACKAGE)
    changed = notice(2026, calendar.package_year(2026).days_off | {day},
                     calendar.package_year(2026).working_days)
    assert Calendar([changed]).day(day) == (False, Basis.CALENDAR)


def test_the_package_carries_the_2026_notice_with_its_make_up_days():
    p = calendar.package_year(2026)
    assert {D("2026-09-20"), D("2026-10-10")} <= p.working_days  # 国庆 2026 调休
    assert D("2026-10-07") in p.days_off and calendar.PACKAGE_NOTICES_UNTIL >= 2026


@pytest.mark.parametrize("days_off,working,words", [
    ([D("2026-12-31")], [], "不在 2027 年内"),
    ([D("2027-02-05")], [D("2027-02-05")], "既是放假日又是调休上班日"),
    ([], [], "不能为空"),
])
def test_a_bad_notice_is_refused_in_chinese(days_off, working, words):
    with pytest.raises(Invalid) as e:
        notice(2027, days_off, working)
    assert words in str(e.value.detail)


def test_a_copy_with_a_load_leaves_the_original():
    base = Calendar()
    with_2027 = base.put(DEMO_2027)
    assert with_2027.basis_of(2027) == Basis.CALENDAR and base.basis_of(2027) == Basis.FALLBACK
