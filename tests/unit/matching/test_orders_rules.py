"""The 五单制 state machine and its deadlines: every step allowed where it should be, refused
(409) everywhere else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from redgrid.common.errors import Invalid, InvalidTransition
from redgrid.matching.domain import orders
from redgrid.matching.domain.orders import RULES, Status, Step, Urgency, advance

NOW = datetime(2026, 5, 4, 0, 0, tzinfo=UTC)


def test_the_five_steps_in_order():
    status = Status.PLACED
    for step in (Step.HANDED_OVER, Step.DISPATCHED, Step.ACCEPTED, Step.STARTED,
                 Step.COMPLETED, Step.RATED):
        status = advance(status, step)
    assert status == Status.RATED


@pytest.mark.parametrize("step", list(Step))
@pytest.mark.parametrize("status", list(Status))
def test_every_pair_is_either_a_rule_or_a_409(status, step):
    if step == Step.PLACED or step in orders.IN_PLACE:
        return  # placing creates an order; it follows nothing; a re-homing keeps the status
    allowed, after = RULES[step]
    if status in allowed:
        assert advance(status, step) == after
    else:
        with pytest.raises(InvalidTransition) as err:
            advance(status, step)
        assert err.value.status == 409


def test_closed_orders_take_no_further_step():
    for status in orders.CLOSED:
        for step in Step:
            if step != Step.PLACED and step not in orders.IN_PLACE:
                with pytest.raises(InvalidTransition):
                    advance(status, step)


def test_a_resident_may_cancel_until_closed_but_not_after_completion():
    assert advance(Status.ACCEPTED, Step.CANCELLED) == Status.CANCELLED
    with pytest.raises(InvalidTransition):
        advance(Status.COMPLETED, Step.CANCELLED)


def test_refusal_returns_the_order_to_the_branch_and_the_next_offer_follows():
    assert advance(Status.DISPATCHED, Step.REFUSED) == Status.HANDED_OVER
    assert orders.next_after_no_answer(Status.HANDED_OVER, 1, True) == Step.DISPATCHED
    assert orders.next_after_no_answer(Status.DISPATCHED, 2, True) == Step.REASSIGNED
    assert orders.next_after_no_answer(Status.DISPATCHED, orders.MAX_OFFERS, True) == Step.ESCALATED
    assert orders.next_after_no_answer(Status.DISPATCHED, 1, False) == Step.ESCALATED


def test_windows():
    orders.check_window(NOW + timedelta(hours=1), NOW + timedelta(hours=3), NOW)
    for start, end in [(NOW + timedelta(hours=3), NOW + timedelta(hours=1)),
                       (NOW, NOW + timedelta(hours=13)),
                       (NOW - timedelta(hours=3), NOW - timedelta(hours=1)),
                       (NOW + timedelta(days=91), NOW + timedelta(days=91, hours=1)),
                       (NOW + timedelta(hours=1), None),
                       (datetime(2026, 5, 5, 9), datetime(2026, 5, 5, 10))]:
        with pytest.raises(Invalid):
            orders.check_window(start, end, NOW)


def test_deadlines_follow_urgency_and_never_pass_the_window():
    end = NOW + timedelta(hours=6)
    assert orders.offer_deadline(NOW, Urgency.URGENT, end) == NOW + timedelta(minutes=30)
    assert orders.offer_deadline(NOW, Urgency.NORMAL, end) == end  # 8 h would be too late
    assert orders.offer_deadline(NOW, "low", None) == NOW + timedelta(hours=24)
    assert orders.dispatch_deadline(NOW, "high") == NOW + timedelta(hours=4)


def test_hours():
    orders.check_hours(0.5)
    for bad in (0, -1, 25):
        with pytest.raises(Invalid):
            orders.check_hours(bad)
