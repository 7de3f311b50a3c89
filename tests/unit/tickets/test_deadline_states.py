"""逾期 / 即将到期 / 正常: the tag a ticket carries and the window the queue's filter reads must
agree at their bounds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from redgrid.tickets.domain.deadlines import DUE_SOON, DeadlineState, deadline_state, due_window

NOW = datetime(2026, 10, 12, 1, 0, tzinfo=UTC)


def in_window(state: DeadlineState, due_at: datetime) -> bool:
    lo, hi = due_window(state, NOW)
    return (lo is None or due_at >= lo) and (hi is None or due_at < hi)


@pytest.mark.parametrize("left", [timedelta(hours=-5), timedelta(microseconds=-1), timedelta(0),
                                  timedelta(hours=23), DUE_SOON - timedelta(microseconds=1),
                                  DUE_SOON, timedelta(days=3)])
def test_the_tag_and_the_filter_agree(left):
    due_at = NOW + left
    state = deadline_state(due_at, None, "in_progress", NOW)
    assert [s for s in DeadlineState if in_window(s, due_at)] == [state]


def test_no_deadline_runs_for_settled_rejected_merged_or_unset():
    due_at = NOW - timedelta(days=1)
    assert deadline_state(due_at, NOW, "resolved", NOW) is None
    assert deadline_state(due_at, None, "rejected", NOW) is None
    assert deadline_state(due_at, None, "merged", NOW) is None
    assert deadline_state(None, None, "received", NOW) is None
    assert deadline_state(due_at, None, "dispatched", NOW) == DeadlineState.OVERDUE
