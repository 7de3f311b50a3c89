"""Routing's pure rules: what a matter says of its place, a place from the read model's grid,
community and street, who holds a ticket at each level, what a dispatch sends to."""

from __future__ import annotations

from uuid import uuid4

import pytest

from redgrid.common.errors import Invalid
from redgrid.tickets.domain import routing
from redgrid.tickets.domain.routing import Grid, Holder, Level, Org, Place, Where

STREET = Org(uuid4(), "street", "/s/")
COMMUNITY = Org(uuid4(), "community", "/s/c/")
BRANCH = uuid4()
GRID = Grid(uuid4(), "YH-01", "育红第一网格", BRANCH, "/s/c/b/", COMMUNITY.id, active=True)


@pytest.mark.parametrize(("where", "located"), [
    (Where(), False),
    (Where(grid_id=GRID.id, community_id=COMMUNITY.id, reporter_id=uuid4()), False),
    (Where(lat=0.0, lng=0.0), True),  # the equator is a place
    (Where(address="育红路12号"), True),
    (Where(address=""), False),
])
def test_a_matter_is_located_by_a_point_or_an_address(where, located):
    assert where.located is located


def test_a_place_in_a_grid_is_held_by_its_branch_until_accepted():
    place = Place.of(GRID, COMMUNITY, STREET)
    assert place.area_path == "/s/c/b/"
    assert routing.first_holder(place) == Holder(Level.GRID, BRANCH, "/s/c/b/")


def test_a_place_without_a_grid_waits_in_its_communitys_queue():
    place = Place.of(None, COMMUNITY, STREET)
    assert place.area_path == "/s/c/"
    assert routing.first_holder(place) == Holder(Level.COMMUNITY, COMMUNITY.id, "/s/c/")


def test_nothing_known_is_the_street_else_the_whole_city():
    assert routing.first_holder(Place.of(None, None, STREET)) == \
        Holder(Level.STREET, STREET.id, "/s/")
    nowhere = Place.of(None, None, None)
    assert nowhere.area_path == routing.WHOLE_CITY
    assert routing.first_holder(nowhere) == Holder(Level.STREET, None, routing.WHOLE_CITY)


@pytest.mark.parametrize(("place", "level", "department", "held"), [
    (Place.of(GRID, COMMUNITY, STREET), Level.GRID, None, (Level.GRID, BRANCH)),
    (Place.of(None, COMMUNITY, STREET), Level.GRID, None, (Level.COMMUNITY, COMMUNITY.id)),
    (Place.of(GRID, COMMUNITY, STREET), Level.COMMUNITY, None, (Level.COMMUNITY, COMMUNITY.id)),
    (Place.of(GRID, None, STREET), Level.COMMUNITY, None, (Level.STREET, STREET.id)),
    (Place.of(GRID, COMMUNITY, STREET), Level.STREET, None, (Level.STREET, STREET.id)),
    (Place.of(GRID, COMMUNITY, STREET), Level.DEPARTMENT, "市政部门",
     (Level.DEPARTMENT, STREET.id)),
    (Place.of(GRID, COMMUNITY, STREET), Level.DEPARTMENT, None, (Level.STREET, STREET.id)),
])
def test_a_level_the_place_lacks_goes_up_one(place, level, department, held):
    holder = routing.holder_at(place, level, department)
    assert (holder.level, holder.org_id) == held
    assert holder.department == (department if held[0] == Level.DEPARTMENT else None)


def test_a_grid_sent_to_is_known_and_active():
    assert routing.active_grid(GRID, GRID.id) is GRID
    with pytest.raises(Invalid):
        routing.active_grid(None, GRID.id)
    with pytest.raises(Invalid):
        routing.active_grid(Grid(**{**GRID.__dict__, "active": False}), GRID.id)


def test_a_community_named_is_a_community():
    assert routing.a_community(COMMUNITY, COMMUNITY.id) is COMMUNITY
    for org in (None, STREET):
        with pytest.raises(Invalid):
            routing.a_community(org, COMMUNITY.id)


@pytest.mark.parametrize(("given", "to_grid", "rule", "sent"), [
    ((Level.STREET, None), False, (Level.GRID, None), (Level.STREET, None)),
    ((Level.COMMUNITY, "市政部门"), False, None, (Level.COMMUNITY, None)),  # only departments
    ((None, None), True, (Level.DEPARTMENT, "市政部门"), (Level.GRID, None)),
    ((None, None), False, (Level.DEPARTMENT, "市政部门"), (Level.DEPARTMENT, "市政部门")),
    ((None, "交警部门"), False, (Level.DEPARTMENT, "市政部门"), (Level.DEPARTMENT, "交警部门")),
    ((None, None), False, None, (Level.COMMUNITY, None)),  # no rule in force
])
def test_a_dispatch_goes_where_it_says_else_where_the_catalogue_says(given, to_grid, rule, sent):
    level, department = given
    rule_level, rule_department = rule or (None, None)
    assert routing.dispatch_level(level, department, to_grid=to_grid, rule_level=rule_level,
                                  rule_department=rule_department) == sent


def test_a_dispatch_to_the_department_level_names_the_department():
    with pytest.raises(Invalid):
        routing.dispatch_level(Level.DEPARTMENT, None, to_grid=False, rule_level=None,
                               rule_department=None)


def test_an_office_works_at_its_level():
    assert [routing.level_of_org(k) for k in ("street", "community", "grid_branch")] == \
        [Level.STREET, Level.COMMUNITY, Level.GRID]
