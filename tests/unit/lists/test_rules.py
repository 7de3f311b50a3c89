"""The lists' pure rules: claims never exceed a need, steps in order, resolutions follow."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redgrid.common.errors import Conflict, Invalid, InvalidTransition
from redgrid.lists.domain import meetings, needs, projects, resources, sources
from redgrid.lists.domain.needs import ClaimStatus, NeedStatus
from redgrid.lists.usecases.figures import months


def test_a_claim_takes_no_more_than_is_left():
    needs.check_claim("open", 10, 6, 4)
    with pytest.raises(Conflict) as err:
        needs.check_claim("open", 10, 6, 5)
    assert err.value.extra == {"remaining": 4}
    for status in ("met", "closed"):
        with pytest.raises(InvalidTransition):
            needs.check_claim(status, 10, 0, 1)


def test_a_needs_status_follows_its_counts():
    assert needs.status_after("open", 10, 4, 0) == NeedStatus.OPEN
    assert needs.status_after("open", 10, 10, 3) == NeedStatus.CLAIMED
    assert needs.status_after("claimed", 10, 10, 10) == NeedStatus.MET
    assert needs.status_after("claimed", 10, 7, 0) == NeedStatus.OPEN  # a claim released
    assert needs.status_after("closed", 10, 0, 0) == NeedStatus.CLOSED


def test_claim_steps_go_in_order():
    assert needs.claim_step("made", "confirm") == ClaimStatus.CONFIRMED
    assert needs.claim_step("confirmed", "fulfil") == ClaimStatus.FULFILLED
    assert needs.claim_step("confirmed", "withdraw") == ClaimStatus.WITHDRAWN
    for status, step in [("made", "fulfil"), ("fulfilled", "withdraw"), ("declined", "confirm"),
                         ("withdrawn", "withdraw"), ("confirmed", "decline")]:
        with pytest.raises(InvalidTransition):
            needs.claim_step(status, step)


@given(quantity=st.integers(1, 30),
       script=st.lists(st.tuples(st.sampled_from(["claim", "confirm", "decline", "withdraw",
                                                  "fulfil"]),
                                 st.integers(0, 9), st.integers(1, 8)), max_size=60))
def test_no_sequence_of_steps_over_claims_or_over_fulfils(quantity, script):
    """Whatever units and the community do, in any order, the counts stay within bounds."""
    status, claimed, fulfilled, claims = "open", 0, 0, []
    for action, pick, amount in script:
        try:
            if action == "claim":
                needs.check_claim(status, quantity, claimed, amount)
                claims.append(["made", amount])
                claimed += amount
            elif claims:
                claim = claims[pick % len(claims)]
                after = needs.claim_step(claim[0], action)
                claimed, fulfilled = needs.counts_after_step(claimed, fulfilled, claim[1], after)
                claim[0] = after
            status = needs.status_after(status, quantity, claimed, fulfilled)
        except (Conflict, InvalidTransition):
            continue
        assert 0 <= fulfilled <= claimed <= quantity
        assert claimed == sum(q for s, q in claims if s in ("made", "confirmed", "fulfilled"))
        assert (status == "met") == (fulfilled == quantity)


def test_offers_and_their_use():
    resources.check_allocation("offered", 20, 10, 10)
    resources.check_allocation("offered", None, 0, 0)  # uncounted: expertise on call
    with pytest.raises(Conflict):
        resources.check_allocation("offered", 20, 18, 3)
    with pytest.raises(InvalidTransition):
        resources.check_allocation("withdrawn", 20, 0, 1)
    with pytest.raises(Conflict):
        resources.check_quantity(5, 6)
    with pytest.raises(Invalid):
        resources.check_window(date(2026, 5, 1), date(2026, 4, 1))


def test_projects_go_planned_active_completed_and_hold_activities_only_when_active():
    assert projects.project_step("planned", "start") == "active"
    assert projects.project_step("active", "complete") == "completed"
    assert projects.project_step("planned", "cancel") == "cancelled"
    with pytest.raises(InvalidTransition):
        projects.project_step("planned", "complete")
    with pytest.raises(InvalidTransition):
        projects.check_holds_activities("planned")


def test_a_resolution_follows_what_it_became():
    assert meetings.from_need("met") == "done"
    assert meetings.from_need("claimed") == "following"
    assert meetings.from_need("closed") == "dropped"
    assert meetings.from_project("completed") == "done"
    assert meetings.from_project("cancelled") == "dropped"
    assert meetings.from_ticket("closed") == "done"
    assert meetings.from_ticket("reopened") == "following"
    assert meetings.from_ticket("rejected") == "dropped"
    meetings.check_followable("dropped")
    with pytest.raises(InvalidTransition):
        meetings.check_followable("following")
    with pytest.raises(InvalidTransition):
        meetings.check_work_item_done("following", "need")
    with pytest.raises(Invalid):
        meetings.check_attendees([("owners_committee", None), ("unit", None)])
    with pytest.raises(Invalid):
        meetings.check_attendees([("property_company", "some-unit")])


def test_candidates_are_what_no_one_has_taken_yet():
    assert sources.is_candidate("ticket", "accepted")
    assert sources.is_candidate("ticket", "escalated")
    assert not sources.is_candidate("ticket", "received")
    assert not sources.is_candidate("ticket", "closed")
    assert sources.is_candidate("order", "expired")
    assert not sources.is_candidate("order", "accepted")


def test_months_cut_a_period_at_month_starts():
    assert months(date(2026, 3, 15), date(2026, 5, 2)) == [
        (date(2026, 3, 15), date(2026, 4, 1)), (date(2026, 4, 1), date(2026, 5, 1)),
        (date(2026, 5, 1), date(2026, 5, 2))]
    assert months(date(2026, 12, 1), date(2027, 1, 1)) == [(date(2026, 12, 1), date(2027, 1, 1))]
