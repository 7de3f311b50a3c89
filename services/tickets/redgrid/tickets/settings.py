"""The tickets service's own settings (environment, prefix REDGRID_)."""

from __future__ import annotations

from pydantic import model_validator

from redgrid.common.settings import Settings
from redgrid.tickets.domain.followups import RateDefinition, Satisfaction


class TicketsSettings(Settings):
    deadline_scan_seconds: float = 30.0  # how often the deadline scanner looks
    retention_days: int = 730  # closed tickets' personal data is erased after this
    retention_scan_seconds: float = 3600.0
    figures_compact_seconds: float = 60.0  # folds the figures' day rows (migration 0022)
    calendar_check_seconds: float = 3600.0  # re-read the holiday calendar, warn once a day
    # 满意率 as this city publishes it: the 是否满意 answers that count as satisfied (基本满意
    # among them, or not), and whether 未评价 counts in the denominator.
    satisfied_answers: list[Satisfaction] = [Satisfaction.SATISFIED, Satisfaction.BASICALLY]
    unevaluated_in_satisfaction: bool = False

    def rates(self) -> RateDefinition:
        return RateDefinition(satisfied=frozenset(self.satisfied_answers),
                              unevaluated_counted=self.unevaluated_in_satisfaction)

    @model_validator(mode="after")
    def _refuse_unsafe_objects(self) -> TicketsSettings:
        self.refuse_unsafe_objects()  # photos live in the object store
        return self
