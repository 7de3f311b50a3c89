"""Scores, their reasons, local-time windows against weekly availability, duty dates, points."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from uuid import uuid4

import pytest

from redgrid.common.errors import Invalid
from redgrid.matching.domain import points, schedule, scoring
from redgrid.matching.domain.schedule import LOCAL

BASE = scoring.Components(
    kind="person", matched=("elderly_care",), needs=1, same_grid=True, same_community=True,
    dual_report=False, distance_m=0.0, declared=True, covered=120, window=120, open_orders=0,
    rating_sum=0, rating_n=0)


def test_a_perfect_fit_scores_near_one_and_each_shortfall_costs_its_weight():
    best = scoring.score(BASE)
    assert best == pytest.approx(1 - scoring.WEIGHTS["rating"] * (1 - 0.75))
    assert best - scoring.score(replace(BASE, matched=())) == pytest.approx(0.35)
    assert best - scoring.score(replace(BASE, open_orders=1)) == pytest.approx(0.15 / 2)
    assert scoring.score(replace(BASE, covered=60)) < best
    assert scoring.score(replace(BASE, rating_sum=25, rating_n=5)) > best


def test_nearness_orders_grid_then_community_then_distance():
    grid = scoring.nearness_part(BASE)
    near = scoring.nearness_part(replace(BASE, same_grid=False, distance_m=300))
    far = scoring.nearness_part(replace(BASE, same_grid=False, distance_m=3000))
    elsewhere = scoring.nearness_part(replace(BASE, same_grid=False, same_community=False,
                                              distance_m=300))
    unknown = scoring.nearness_part(replace(BASE, same_grid=False, same_community=False,
                                            distance_m=None))
    assert grid > near > far > elsewhere > unknown > 0
    assert scoring.nearness_part(replace(BASE, same_grid=False, same_community=False,
                                         distance_m=1e9)) >= 0  # no underflow


def test_reasons_are_words_a_secretary_reads():
    """In Chinese, by their names (技能, 距离, 空闲…), with the English twin beside them."""
    c = replace(BASE, same_grid=False, dual_report=True, distance_m=1500, open_orders=2,
                rating_sum=9, rating_n=2, covered=60, matched=(), needs=2)
    parts = scoring.explain(c)
    assert set(parts) == set(scoring.WEIGHTS)
    assert [p["name"] for p in parts.values()] == ["技能", "距离", "空闲", "在办订单", "评价"]
    assert parts["skills"]["why"] == "不具备所需的 2 项技能"
    assert parts["nearness"]["why"] == "已向本社区双报到，相距 1.5 公里"
    assert parts["availability"]["why"] == "服务时段 120 分钟中有 60 分钟空闲"
    assert parts["load"]["why"] == "有 2 张在办订单"
    assert parts["rating"]["why"] == "2 次评价平均 4.5 分"
    assert parts["skills"]["why_en"] == "none of the 2 needed skills"
    assert "双报到" in parts["nearness"]["why_en"] and "1.5 km" in parts["nearness"]["why_en"]
    assert parts["load"]["why_en"] == "2 open order(s)"
    assert sum(p["weight"] for p in parts.values()) == pytest.approx(1)
    skilled = replace(c, matched=("陪诊",), needs=2)
    assert scoring.explain(skilled)["skills"]["why"] == "具备陪诊（所需 2 项中的 1 项）"


def test_a_candidate_is_named_by_the_kind_of_person():
    assert scoring.kind_of(replace(BASE, member_category="in_service")) == "在职党员"
    assert scoring.kind_of(replace(BASE, member_category="in_service", dual_report=True)) == (
        "在职党员（已双报到）")
    assert scoring.kind_of(replace(BASE, member_category="retired")) == "离退休党员"
    assert scoring.kind_of(replace(BASE, volunteer=True)) == "志愿者"
    assert scoring.kind_of(replace(BASE, kind="team")) == "志愿服务队"
    line = scoring.summary(replace(BASE, volunteer=True))
    assert line.startswith("志愿者：技能：") and "；距离：" in line and "；评价：" in line


def test_teams_and_undeclared_people_get_a_neutral_availability():
    assert scoring.availability_part(replace(BASE, kind="team")) == scoring.TEAM_AVAILABILITY
    assert scoring.availability_part(replace(BASE, declared=False)) == scoring.UNDECLARED


def test_a_window_in_local_time_cut_at_midnight():
    start = datetime(2026, 5, 6, 22, 0, tzinfo=LOCAL)  # a Wednesday
    segments = schedule.weekly_segments(start, start + timedelta(hours=3))
    assert segments == [(3, 22 * 60, 1440), (4, 0, 60)]
    assert schedule.window_minutes(segments) == 180
    utc = datetime(2026, 5, 5, 17, 0, tzinfo=UTC)  # 01:00 on Wednesday in 大丰
    assert schedule.weekly_segments(utc, utc + timedelta(hours=1)) == [(3, 60, 120)]


def test_covered_minutes_against_weekly_availability():
    start = datetime(2026, 5, 6, 9, 30, tzinfo=LOCAL)
    segments = schedule.weekly_segments(start, start + timedelta(hours=2))
    availability = [{"weekday": 3, "start": "09:00", "end": "10:30"},
                    {"weekday": 4, "start": "09:00", "end": "17:00"}]
    assert schedule.covered_minutes(segments, availability) == 60


def test_duty_dates_weekly_and_monthly():
    weds = schedule.duty_dates("weekly", 3, None, date(2026, 5, 1), date(2026, 5, 31))
    assert weds == [date(2026, 5, d) for d in (6, 13, 20, 27)]
    first_saturdays = schedule.duty_dates("monthly", 6, 1, date(2026, 5, 1), date(2026, 7, 31))
    assert first_saturdays == [date(2026, 5, 2), date(2026, 6, 6), date(2026, 7, 4)]
    last_fridays = schedule.duty_dates("monthly", 5, -1, date(2026, 5, 1), date(2026, 6, 30))
    assert last_fridays == [date(2026, 5, 29), date(2026, 6, 26)]
    with pytest.raises(Invalid):
        schedule.duty_dates("monthly", 5, None, date(2026, 5, 1), date(2026, 6, 30))
    assert schedule.at_local(date(2026, 5, 6), "09:00").utcoffset() == timedelta(hours=8)


def test_points_and_the_community_they_count_for():
    assert points.service_points(2) == 20 and points.service_points(1.25) == 13
    assert points.rating_bonus(5) == 5 and points.rating_bonus(3) == 0
    order_community, home = uuid4(), uuid4()
    assert points.credited_community(order_community, None) == order_community
    assert points.credited_community(order_community, home) == home
