"""Deadlines counted the way Chinese hotlines count them: hours for emergencies, working days for
the rest, with the holiday calendar of domain/calendar.py (the loaded notice, else the package,
else Monday to Friday less the statutory holidays).

A limit of N working days ends at the close of the N-th working day after the day the clock
started (the start day itself does not count: "N个工作日内"), at 24:00 Beijing time. A deadline
carries its basis: the weakest source any counted day came from, so that an office sees which
deadlines need a second look (`weekdays-fallback`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from redgrid.common.clock import BEIJING, local_iso  # noqa: F401 - models read local_iso here
from redgrid.tickets.domain.calendar import CURRENT, Basis, Calendar, weakest
from redgrid.tickets.domain.workflow import Status

FALLBACK_NOTE = ("该年度节假日安排尚未载入：期限按周一至周五（扣除法定节日）估算，请人工核对"
                 " (no holiday notice for that year: counted Monday-Friday less the statutory "
                 "holidays)")


def is_working_day(day: date, calendar: Calendar | None = None) -> tuple[bool, Basis]:
    """(is it a working day, on what basis)."""
    return (calendar or CURRENT).day(day)


def overdue(due_at: datetime | None, resolved_at: datetime | None, status: str,
            now: datetime) -> bool:
    """Past its deadline and not settled: not resolved, and neither rejected nor merged (those
    end without a resolution, and no deadline runs for them)."""
    return bool(due_at and resolved_at is None
                and status not in (Status.REJECTED, Status.MERGED) and now > due_at)


class DeadlineState(StrEnum):
    """期限状态 of a matter still to settle: the desk queue's filter and its tag."""

    OVERDUE = "overdue"  # 逾期
    DUE_SOON = "due_soon"  # 即将到期: less than DUE_SOON before its deadline
    ON_TIME = "on_time"  # 正常


DEADLINE_STATE_NAMES = {DeadlineState.OVERDUE: "逾期", DeadlineState.DUE_SOON: "即将到期",
                        DeadlineState.ON_TIME: "正常"}
# The reminder's longest lead (remind_at): what the holder is reminded of is about to fall due.
DUE_SOON = timedelta(days=1)


def deadline_state(due_at: datetime | None, resolved_at: datetime | None, status: str,
                   now: datetime) -> DeadlineState | None:
    """None for a matter no deadline runs for (settled, rejected, merged, or none set)."""
    if not due_at or resolved_at is not None or status in (Status.REJECTED, Status.MERGED):
        return None
    if overdue(due_at, resolved_at, status, now):
        return DeadlineState.OVERDUE
    return DeadlineState.DUE_SOON if due_at - now < DUE_SOON else DeadlineState.ON_TIME


def due_window(state: DeadlineState, now: datetime) -> tuple[datetime | None, datetime | None]:
    """The deadlines [from, before) of the unsettled matters in that state (queries' filter),
    the same bounds as deadline_state()."""
    return {DeadlineState.OVERDUE: (None, now),
            DeadlineState.DUE_SOON: (now, now + DUE_SOON),
            DeadlineState.ON_TIME: (now + DUE_SOON, None)}[state]


def local_day(moment: datetime) -> date:
    return moment.astimezone(BEIJING).date()


@dataclass(frozen=True)
class Deadline:
    due_at: datetime
    basis: Basis

    @property
    def note(self) -> str | None:
        return FALLBACK_NOTE if self.basis == Basis.FALLBACK else None


def add_working_days(start: datetime, days: int, calendar: Calendar | None = None) -> Deadline:
    """The end (24:00 Beijing) of the `days`-th working day after the day of `start`."""
    if days < 1:
        raise ValueError("a limit in working days is at least 1")
    day, counted, basis = local_day(start), 0, Basis.CALENDAR
    while counted < days:
        day += timedelta(days=1)
        working, source = is_working_day(day, calendar)
        basis = weakest(basis, source)
        counted += working
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=BEIJING)
    return Deadline(end, basis)


def due(start: datetime, hours: int | None, working_days: int | None,
        calendar: Calendar | None = None) -> Deadline:
    """Emergencies run in clock hours, everything else in working days."""
    if hours:
        return Deadline(start + timedelta(hours=hours), Basis.HOURS)
    return add_working_days(start, working_days or 1, calendar)


def years_spanned(start: datetime, due_at: datetime) -> range:
    return range(local_day(start).year, local_day(due_at).year + 1)


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
