"""Deadlines counted the way Chinese hotlines count them: hours for emergencies, working days for
the rest, with the public-holiday calendar (chinese_calendar, including 调休 make-up workdays).

A limit of N working days ends at the close of the N-th working day after the day the clock
started (the start day itself does not count: "N个工作日内"), at 24:00 Beijing time. Years the
calendar package does not cover fall back to "Monday to Friday are working days"; such a
deadline says so (`calendar_covered` False) so that the office can check it by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar

BEIJING = ZoneInfo("Asia/Shanghai")


def is_working_day(day: date) -> tuple[bool, bool]:
    """(is it a working day, does the holiday calendar cover that year)."""
    try:
        return chinese_calendar.is_workday(day), True
    except NotImplementedError:  # a year the package has no data for
        return day.weekday() < 5, False


def local_day(moment: datetime) -> date:
    return moment.astimezone(BEIJING).date()


@dataclass(frozen=True)
class Deadline:
    due_at: datetime
    calendar_covered: bool  # False: weekends-only fallback was used for some day

    @property
    def note(self) -> str | None:
        if self.calendar_covered:
            return None
        return "holiday calendar not available for that year: counted Monday-Friday only"


def add_working_days(start: datetime, days: int) -> Deadline:
    """The end (24:00 Beijing) of the `days`-th working day after the day of `start`."""
    if days < 1:
        raise ValueError("a limit in working days is at least 1")
    day, counted, covered = local_day(start), 0, True
    while counted < days:
        day += timedelta(days=1)
        working, known = is_working_day(day)
        covered = covered and known
        counted += working
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=BEIJING)
    return Deadline(end, covered)


def due(start: datetime, hours: int | None, working_days: int | None) -> Deadline:
    """Emergencies run in clock hours, everything else in working days."""
    if hours:
        return Deadline(start + timedelta(hours=hours), True)
    return add_working_days(start, working_days or 1)


def remind_at(start: datetime, due_at: datetime) -> datetime:
    """When to remind the holder: a quarter of the time before the deadline, at most a day."""
    lead = min((due_at - start) / 4, timedelta(days=1))
    return due_at - lead


def working_days_between(start: datetime, end: datetime) -> int:
    """Whole working days from the day after `start` to the day of `end` (for figures)."""
    day, last, n = local_day(start), local_day(end), 0
    while day < last:
        day += timedelta(days=1)
        n += is_working_day(day)[0]
    return n
