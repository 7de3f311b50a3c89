"""Time as a dependency: the system clock in production, a clock the tests move by hand; and
a moment as people here read it (Beijing time)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")  # one time zone, no daylight saving


def local_iso(moment: datetime | None) -> str | None:
    """A moment as a clerk reads it: Beijing time, e.g. 2026-12-11T00:00:00+08:00. Answers
    carry it beside the UTC moment (`due_at_local`, `window_start_local`)."""
    return moment.astimezone(BEIJING).isoformat() if moment is not None else None


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """For tests of deadlines and escalation: time stands still until advanced."""

    def __init__(self, start: datetime):
        self._now = start if start.tzinfo else start.replace(tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
