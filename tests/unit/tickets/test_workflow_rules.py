"""The state machine, exhaustively: every (status, action) pair is either an edge or a 409."""

from __future__ import annotations

import pytest

from redgrid.common.errors import InvalidTransition
from redgrid.tickets.domain import workflow
from redgrid.tickets.domain.workflow import Action, Status

S, A = Status, Action
# The workflow written out by hand, independently of TRANSITIONS.
EXPECTED = {
    S.RECEIVED: {A.ACCEPT: S.ACCEPTED, A.REJECT: S.REJECTED, A.MERGE: S.MERGED,
                 A.REHOME: S.RECEIVED},
    S.ACCEPTED: {A.DISPATCH: S.DISPATCHED, A.REJECT: S.REJECTED, A.MERGE: S.MERGED,
                 A.ESCALATE: S.DISPATCHED, A.REMIND: S.ACCEPTED,
                 A.RESCHEDULE: S.ACCEPTED, A.REHOME: S.ACCEPTED},
    S.DISPATCHED: {A.SIGN: S.SIGNED, A.BOUNCE: S.BOUNCED, A.MERGE: S.MERGED,
                   A.ESCALATE: S.DISPATCHED, A.REMIND: S.DISPATCHED,
                 A.RESCHEDULE: S.DISPATCHED, A.REHOME: S.DISPATCHED},
    S.SIGNED: {A.START: S.IN_PROGRESS, A.RESOLVE: S.RESOLVED, A.BOUNCE: S.BOUNCED,
               A.MERGE: S.MERGED, A.ESCALATE: S.DISPATCHED, A.REMIND: S.SIGNED,
                 A.RESCHEDULE: S.SIGNED, A.REHOME: S.SIGNED},
    S.IN_PROGRESS: {A.RESOLVE: S.RESOLVED, A.MERGE: S.MERGED, A.ESCALATE: S.DISPATCHED,
                    A.REMIND: S.IN_PROGRESS,
                 A.RESCHEDULE: S.IN_PROGRESS, A.REHOME: S.IN_PROGRESS},
    S.BOUNCED: {A.DISPATCH: S.DISPATCHED, A.REJECT: S.REJECTED, A.MERGE: S.MERGED,
                A.ESCALATE: S.DISPATCHED, A.REMIND: S.BOUNCED,
                 A.RESCHEDULE: S.BOUNCED, A.REHOME: S.BOUNCED},
    S.RESOLVED: {A.PUBLISH: S.PUBLISHED},
    S.PUBLISHED: {A.FOLLOW_UP: S.FOLLOWED_UP, A.CLOSE: S.CLOSED, A.REOPEN: S.PUBLISHED,
                  A.RECOLLECT: S.PUBLISHED, A.APPROVE_NOTICE: S.PUBLISHED},
    S.FOLLOWED_UP: {A.CLOSE: S.CLOSED, A.REOPEN: S.FOLLOWED_UP, A.RECOLLECT: S.FOLLOWED_UP,
                    A.APPROVE_NOTICE: S.FOLLOWED_UP},
    S.CLOSED: {A.REOPEN: S.CLOSED, A.RECOLLECT: S.CLOSED, A.APPROVE_NOTICE: S.CLOSED},
    S.MERGED: {A.FOLLOW_UP: S.FOLLOWED_UP, A.CLOSE: S.CLOSED},
    S.REJECTED: {},
}
# 延期申请 and 协办: steps in place, only while the matter is being handled.
for _s in (S.ACCEPTED, S.DISPATCHED, S.SIGNED, S.IN_PROGRESS, S.BOUNCED):
    EXPECTED[_s].update({A.ASK_EXTENSION: _s, A.APPROVE_EXTENSION: _s,
                         A.REFUSE_EXTENSION: _s, A.COHANDLE: _s})


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("action", list(Action))
def test_every_pair_is_an_edge_or_a_409(status, action):
    expected = EXPECTED[status].get(action)
    if expected is None:
        with pytest.raises(InvalidTransition) as err:
            workflow.next_status(status, action)
        assert err.value.status == 409
        # 网格调整 is the registry's (a grid merged or split), never offered to a person
        assert err.value.extra["allowed"] == sorted(a.value for a in EXPECTED[status]
                                                    if a != A.REHOME)
        assert err.value.extra["current_status"] == status.value
    else:
        assert workflow.next_status(status, action) == expected


def test_the_table_has_no_edge_the_test_does_not_know():
    written = {(s, a) for s, edges in EXPECTED.items() for a in edges}
    assert set(workflow.TRANSITIONS) == written


def test_the_happy_path_walks_through():
    status = S.RECEIVED
    for action in (A.ACCEPT, A.DISPATCH, A.SIGN, A.START, A.RESOLVE, A.PUBLISH, A.FOLLOW_UP,
                   A.CLOSE):
        status = workflow.next_status(status, action)
    assert status == S.CLOSED


def test_rejected_is_final_and_every_action_has_an_event_verb():
    assert workflow.allowed_actions(S.REJECTED) == []
    assert set(workflow.VERBS) == set(Action)
    assert len(set(workflow.VERBS.values())) == len(Action)


def test_the_clock_runs_only_while_the_matter_is_handled():
    assert S.RESOLVED not in workflow.OPEN and S.RECEIVED not in workflow.OPEN
    assert workflow.OPEN <= {s for s in Status if (s, A.ESCALATE) in workflow.TRANSITIONS}


def test_strings_are_accepted_and_unknown_ones_refused():
    assert workflow.next_status("received", "accept") == S.ACCEPTED
    with pytest.raises(ValueError):
        workflow.next_status("lost", "accept")


def test_a_milestone_is_set_by_the_first_step_of_its_kind_only():
    assert workflow.milestone(A.DISPATCH, {}) == "first_dispatched_at"
    assert workflow.milestone("escalate", {"first_escalated_at": None}) == "first_escalated_at"
    assert workflow.milestone(A.DISPATCH, {"first_dispatched_at": "2026-10-01"}) is None
    assert workflow.milestone(A.START, {}) is None  # not one the figures count
    # each milestone belongs to a step that exists in the state machine
    assert all(any(a == action for (_, a) in workflow.TRANSITIONS)
               for action in workflow.MILESTONES)


@pytest.mark.parametrize("status", list(Status))
def test_a_served_need_is_resolved_from_any_open_status_only(status):
    """A volunteer order done resolves its ticket wherever the office has it, once."""
    expected = S.RESOLVED if status in workflow.OPEN else None
    assert workflow.served(status) == expected
