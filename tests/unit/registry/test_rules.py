"""The registry's pure rules: tree ranks, moves, grids, roles, the walking circle."""

from __future__ import annotations

import uuid

import pytest

from redgrid.common.errors import Invalid
from redgrid.common.orgtree import path_ids
from redgrid.registry.domain import grids, orgs, people, places


def test_ranks_allow_any_depth_but_not_upside_down():
    orgs.check_parent(orgs.OrgKind.STREET, None)
    orgs.check_parent(orgs.OrgKind.COMMUNITY, orgs.OrgKind.STREET)
    orgs.check_parent(orgs.OrgKind.COMMUNITY, orgs.OrgKind.DISTRICT)  # a level may be skipped
    orgs.check_parent(orgs.OrgKind.INDUSTRY_BRANCH, orgs.OrgKind.STREET)  # 支部建在楼上
    with pytest.raises(Invalid):
        orgs.check_parent(orgs.OrgKind.STREET, orgs.OrgKind.COMMUNITY)
    with pytest.raises(Invalid):
        orgs.check_parent(orgs.OrgKind.GRID_BRANCH, orgs.OrgKind.RESIDENTIAL_BRANCH)
    with pytest.raises(Invalid):
        orgs.check_parent(orgs.OrgKind.BUILDING_GROUP, None)


def test_paths_and_moves():
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    pa = orgs.child_path(None, a)
    pb = orgs.child_path(pa, b)
    pc = orgs.child_path(pb, c)
    assert path_ids(pc) == [a, b, c]
    orgs.check_move(pc, pa)
    with pytest.raises(Invalid):
        orgs.check_move(pb, pc)
    with pytest.raises(Invalid):
        orgs.check_move(pb, pb)


def test_micro_grids_sit_in_a_comprehensive_grid_of_the_same_community():
    community = uuid.uuid4()
    grids.check_micro(grids.GridKind.COMPREHENSIVE, None, None, community)
    grids.check_micro(grids.GridKind.MICRO, grids.GridKind.COMPREHENSIVE, community, community)
    with pytest.raises(Invalid):
        grids.check_micro(grids.GridKind.MICRO, None, None, community)
    with pytest.raises(Invalid):
        grids.check_micro(grids.GridKind.MICRO, grids.GridKind.COMPREHENSIVE, uuid.uuid4(),
                          community)


def test_merge_rules():
    c = uuid.uuid4()
    ok = {"status": "active", "kind": "comprehensive", "community_id": c}
    assert grids.check_merge([ok, dict(ok)]) == c
    with pytest.raises(Invalid):
        grids.check_merge([ok])
    with pytest.raises(Invalid):
        grids.check_merge([ok, {**ok, "community_id": uuid.uuid4()}])
    with pytest.raises(Invalid):
        grids.check_merge([ok, {**ok, "status": "retired"}])


def test_point_in_polygon():
    square = [[0, 0], [10, 0], [10, 10], [0, 10]]
    assert grids.contains(square, 5, 5)
    assert not grids.contains(square, 11, 5)
    assert not grids.contains(None, 1, 1)
    concave = [[0, 0], [10, 0], [10, 10], [5, 5], [0, 10]]
    assert not grids.contains(concave, 8, 5)  # lat 8, lng 5: in the notch
    assert grids.contains(concave, 2, 5)


def test_grid_worker_roles_need_employment_and_grid():
    people.check_role(people.RoleKind.GRID_WORKER, people.Employment.PART_TIME,
                      people.PartTimeKind.DELIVERY_RIDER, True)
    with pytest.raises(Invalid):
        people.check_role(people.RoleKind.GRID_WORKER, None, None, True)
    with pytest.raises(Invalid):
        people.check_role(people.RoleKind.GRID_WORKER, people.Employment.PART_TIME, None, True)
    with pytest.raises(Invalid):
        people.check_role(people.RoleKind.VOLUNTEER, people.Employment.FULL_TIME, None, False)
    assert len(people.MANAGEMENT) == 5  # 五管合一


def test_fifteen_minutes_is_about_nine_hundred_metres():
    # 0.008 degrees of latitude is ~890 m: 1.3 detour at 80 m/min is ~14.5 minutes
    minutes = places.walking_minutes(33.2, 120.46, 33.208, 120.46)
    assert 14 < minutes < 15
    dlat, dlng = places.degree_box(33.2, 15)
    assert dlat > 0.008 and dlng > dlat
