"""How well a person or team fits an order: five parts, each 0..1, weighted into one score.

The candidates query computes the same formula in SQL (with these constants as parameters) to
rank a whole street at once; this module is the reference, explains each score in words, and is
what the unit tests pin down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

WEIGHTS = {"skills": 0.35, "nearness": 0.25, "availability": 0.15, "load": 0.15, "rating": 0.10}
NO_NEEDS = 0.5  # an order that names no skills: everyone fits equally
NEAR_GRID = 1.0
NEAR_COMMUNITY = 0.6  # same community (or registered there by 双报到) ...
NEAR_COMMUNITY_BONUS = 0.3  # ... plus up to this much the closer their grid is
NEAR_ELSEWHERE = 0.5  # another community: decays with distance
UNKNOWN_ELSEWHERE = 0.1  # another community, distance unknown
DECAY_METRES = 1000.0
MAX_DECAY = 50.0  # exp(-50) is as good as nothing (and PostgreSQL's exp() raises below that)
UNDECLARED = 0.3  # a person who declared no availability
TEAM_AVAILABILITY = 0.5  # teams arrange their own rota
RATING_PRIOR, RATING_PRIOR_N = 4.0, 2  # a newcomer counts as two ratings of 4


@dataclass(frozen=True)
class Components:
    """The facts a score is made of, as the candidates query returns them."""

    kind: str  # person, team
    matched: tuple[str, ...]
    needs: int
    same_grid: bool
    same_community: bool
    dual_report: bool
    distance_m: float | None
    declared: bool
    covered: int
    window: int
    open_orders: int
    rating_sum: int
    rating_n: int
    member_category: str | None = None  # a party member's category (五管合一), else None
    volunteer: bool = False


def skills_part(c: Components) -> float:
    return NO_NEEDS if c.needs == 0 else len(c.matched) / c.needs


def _decay(distance_m: float) -> float:
    return math.exp(-min(distance_m / DECAY_METRES, MAX_DECAY))


def nearness_part(c: Components) -> float:
    if c.same_grid:
        return NEAR_GRID
    if c.same_community:
        bonus = 0.0 if c.distance_m is None else _decay(c.distance_m)
        return NEAR_COMMUNITY + NEAR_COMMUNITY_BONUS * bonus
    if c.distance_m is None:
        return UNKNOWN_ELSEWHERE
    return NEAR_ELSEWHERE * _decay(c.distance_m)


def availability_part(c: Components) -> float:
    if c.kind == "team":
        return TEAM_AVAILABILITY
    if not c.declared or c.window == 0:
        return UNDECLARED
    return min(1.0, c.covered / c.window)


def load_part(c: Components) -> float:
    return 1.0 / (1 + c.open_orders)


def mean_rating(c: Components) -> float:
    return (c.rating_sum + RATING_PRIOR * RATING_PRIOR_N) / (c.rating_n + RATING_PRIOR_N)


def rating_part(c: Components) -> float:
    return (mean_rating(c) - 1) / 4


PARTS = {"skills": skills_part, "nearness": nearness_part, "availability": availability_part,
         "load": load_part, "rating": rating_part}


def score(c: Components) -> float:
    return sum(WEIGHTS[name] * part(c) for name, part in PARTS.items())


# Each part as a branch secretary names it
PART_NAMES = {"skills": "技能", "nearness": "距离", "availability": "空闲",
              "load": "在办订单", "rating": "评价"}
# Party members by the "五管合一" category, said of a candidate
MEMBER_KINDS = {"in_service": "在职党员", "resident": "居民党员", "retired": "离退休党员",
                "laid_off": "党员", "floating": "流动党员"}


def kind_of(c: Components) -> str:
    """The kind of candidate: 队伍, 在职党员 (双报到), 党员, 志愿者 …"""
    if c.kind == "team":
        return "志愿服务队"
    if c.member_category is not None:
        word = MEMBER_KINDS.get(c.member_category, "党员")
        return f"{word}（已双报到）" if c.dual_report else word
    return "志愿者" if c.volunteer else "居民"


def _distance(m: float | None) -> str:
    if m is None:
        return "距离不详"
    return f"相距 {m:.0f} 米" if m < 1000 else f"相距 {m / 1000:.1f} 公里"


def _skills(c: Components) -> str:
    if c.needs == 0:
        return "订单未指定技能"
    if c.matched:
        return f"具备{'、'.join(c.matched)}（所需 {c.needs} 项中的 {len(c.matched)} 项）"
    return f"不具备所需的 {c.needs} 项技能"


def _nearness(c: Components) -> str:
    if c.same_grid:
        return "住在订单所在网格"
    if c.same_community:
        where = "已向本社区双报到" if c.dual_report else "同一社区"
        return f"{where}，{_distance(c.distance_m)}"
    return f"其他社区，{_distance(c.distance_m)}"


def _availability(c: Components) -> str:
    if c.kind == "team":
        return "队伍自行安排人手"
    if not c.declared:
        return "未填写可服务时间"
    if c.window == 0:
        return "订单尚未约定服务时间"
    return f"服务时段 {c.window} 分钟中有 {min(c.covered, c.window)} 分钟空闲"


def why(c: Components) -> dict[str, str]:
    """The reason for each part, in the words a branch secretary reads."""
    load = "没有在办订单" if c.open_orders == 0 else f"有 {c.open_orders} 张在办订单"
    rating = ("尚无评价" if c.rating_n == 0
              else f"{c.rating_n} 次评价平均 {c.rating_sum / c.rating_n:.1f} 分")
    return {"skills": _skills(c), "nearness": _nearness(c), "availability": _availability(c),
            "load": load, "rating": rating}


def _distance_en(m: float | None) -> str:
    if m is None:
        return "distance unknown"
    return f"{m:.0f} m away" if m < 1000 else f"{m / 1000:.1f} km away"


def why_en(c: Components) -> dict[str, str]:
    """The same reasons in English (Accept-Language: en readers, logs)."""
    if c.needs == 0:
        skills = "the order names no skills"
    elif c.matched:
        skills = f"has {', '.join(c.matched)} ({len(c.matched)} of {c.needs} needed)"
    else:
        skills = f"none of the {c.needs} needed skills"
    if c.same_grid:
        near = "lives in the order's grid"
    elif c.same_community:
        where = "registered with this community (双报到)" if c.dual_report else "same community"
        near = f"{where}, {_distance_en(c.distance_m)}"
    else:
        near = f"another community, {_distance_en(c.distance_m)}"
    if c.kind == "team":
        avail = "a team: arranges its own rota"
    elif not c.declared:
        avail = "declared no availability"
    elif c.window == 0:
        avail = "the order has no window yet"
    else:
        avail = f"available {min(c.covered, c.window)} of the window's {c.window} minutes"
    load = "no open orders" if c.open_orders == 0 else f"{c.open_orders} open order(s)"
    rating = ("not rated yet" if c.rating_n == 0
              else f"rated {c.rating_sum / c.rating_n:.1f} on average over {c.rating_n}")
    return {"skills": skills, "nearness": near, "availability": avail, "load": load,
            "rating": rating}


def explain(c: Components) -> dict[str, dict]:
    words, english = why(c), why_en(c)
    return {name: {"score": round(part(c), 4), "weight": WEIGHTS[name], "name": PART_NAMES[name],
                   "why": words[name], "why_en": english[name]}
            for name, part in PARTS.items()}


def summary(c: Components) -> str:
    """One line: the kind of candidate, then each reason by its name (技能、距离、空闲…)."""
    words = why(c)
    return f"{kind_of(c)}：" + "；".join(f"{PART_NAMES[n]}：{words[n]}" for n in PARTS)


def sql_params() -> dict[str, float]:
    """The constants the candidates query needs, by name."""
    return dict(
        w_skills=WEIGHTS["skills"], w_near=WEIGHTS["nearness"],
        w_avail=WEIGHTS["availability"], w_load=WEIGHTS["load"], w_rating=WEIGHTS["rating"],
        no_needs=NO_NEEDS, near_grid=NEAR_GRID, near_community=NEAR_COMMUNITY,
        near_bonus=NEAR_COMMUNITY_BONUS, near_elsewhere=NEAR_ELSEWHERE,
        unknown_elsewhere=UNKNOWN_ELSEWHERE, decay=DECAY_METRES, max_decay=MAX_DECAY,
        undeclared=UNDECLARED,
        team_avail=TEAM_AVAILABILITY, prior=RATING_PRIOR, prior_n=RATING_PRIOR_N,
    )
