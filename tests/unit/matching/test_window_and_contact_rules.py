"""The service keeps to its window (a margin either side) and the assignee reads the resident's
contact for the order's life plus a day: the rules alone, without a database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from redgrid.common.errors import Conflict, Invalid
from redgrid.matching.domain import orders as rules

START = datetime(2026, 5, 6, 1, 0, tzinfo=UTC)  # 09:00 in Beijing
END = START + timedelta(hours=2)
MARGIN = timedelta(hours=2)


@pytest.mark.parametrize(("now", "ok"), [
    (START - timedelta(days=1), False), (START - MARGIN - timedelta(seconds=1), False),
    (START - MARGIN, True), (START, True), (END + timedelta(hours=5), True)])
def test_the_service_starts_no_earlier_than_the_margin_before_its_window(now, ok):
    if ok:
        rules.check_start(now, START, MARGIN)
    else:
        with pytest.raises(Conflict) as err:
            rules.check_start(now, START, MARGIN)
        assert "05月06日 09:00" in err.value.detail and "07:00" in err.value.detail
        assert err.value.en.startswith("the window starts at")


def test_an_order_without_a_window_starts_any_time():
    rules.check_start(START - timedelta(days=30), None, MARGIN)
    rules.check_service_hours(24, None, None, MARGIN)


@pytest.mark.parametrize(("hours", "ok"), [(1, True), (2, True), (4, True), (4.01, False)])
def test_hours_fit_the_window_and_the_margin(hours, ok):
    if ok:
        rules.check_service_hours(hours, START, END, MARGIN)
    else:
        with pytest.raises(Invalid) as err:
            rules.check_service_hours(hours, START, END, MARGIN)
        assert err.value.extra["most_hours"] == 4 and "最多 4 小时" in err.value.detail


def test_the_contact_is_open_from_accepting_for_the_orders_life_and_a_day():
    accepted = START - timedelta(days=2)
    assert not rules.contact_open(None, None, START)  # nobody took it
    assert rules.contact_open(accepted, None, START + timedelta(days=60))  # still running
    assert rules.contact_until(accepted, None) is None
    ended = END + timedelta(minutes=10)
    assert rules.contact_until(accepted, ended) == ended + rules.CONTACT_AFTER
    assert rules.contact_open(accepted, ended, ended + timedelta(hours=23))
    assert not rules.contact_open(accepted, ended, ended + timedelta(days=1))
