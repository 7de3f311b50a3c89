"""The tickets service's own settings (environment, prefix REDGRID_)."""

from __future__ import annotations

from pydantic import model_validator

from redgrid.common.settings import Settings


class TicketsSettings(Settings):
    deadline_scan_seconds: float = 30.0  # how often the deadline scanner looks
    retention_days: int = 730  # closed tickets' personal data is erased after this
    retention_scan_seconds: float = 3600.0
    calendar_check_seconds: float = 3600.0  # re-read the holiday calendar, warn once a day

    @model_validator(mode="after")
    def _refuse_unsafe_objects(self) -> TicketsSettings:
        self.refuse_unsafe_objects()  # photos live in the object store
        return self
