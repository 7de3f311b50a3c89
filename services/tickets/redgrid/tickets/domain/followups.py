"""回访 as 12345 offices record it: 是否解决 and 是否满意 as two answers (an old 1–5 score is read
as a 是否满意), and the definitions of the rates built on them, which each city publishes its own
(settings: satisfied_answers, unevaluated_in_satisfaction)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from redgrid.common.errors import Invalid


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"  # 满意
    BASICALLY = "basically_satisfied"  # 基本满意
    DISSATISFIED = "dissatisfied"  # 不满意
    UNEVALUATED = "unevaluated"  # 未评价: the caller would not say


NAMES = {Satisfaction.SATISFIED: "满意", Satisfaction.BASICALLY: "基本满意",
         Satisfaction.DISSATISFIED: "不满意", Satisfaction.UNEVALUATED: "未评价"}


def of_rating(rating: int) -> Satisfaction:
    """A 1–5 score as a 是否满意 (migration 0016 reads the old rows the same way)."""
    if rating >= 4:
        return Satisfaction.SATISFIED
    return Satisfaction.BASICALLY if rating == 3 else Satisfaction.DISSATISFIED


def satisfaction_of(rating: int | None, satisfaction: Satisfaction | None) -> Satisfaction:
    """What a follow-up answers to 是否满意: said outright, else read from its score."""
    if satisfaction is not None:
        return satisfaction
    if rating is None:
        raise Invalid("回访请填写是否满意（满意、基本满意、不满意、未评价）或满意度评分",
                      en="a follow-up gives a satisfaction (satisfied, basically_satisfied, "
                         "dissatisfied, unevaluated) or a 1-5 rating")
    return of_rating(rating)


@dataclass(frozen=True)
class RateDefinition:
    """满意率 = answers in `satisfied` / answers given (未评价 among them when
    `unevaluated_counted`); 解决率 = 是否解决 yes / 是否解决 answered."""

    satisfied: frozenset[Satisfaction] = frozenset({Satisfaction.SATISFIED,
                                                    Satisfaction.BASICALLY})
    unevaluated_counted: bool = False
