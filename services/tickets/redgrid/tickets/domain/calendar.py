"""Which days are working days, and on what authority (the basis of a deadline).

1. `calendar`: the year's State Council notice (国务院办公厅关于…年部分节假日安排的通知) as the
   city loaded it (PUT /v1/calendar/{year}): its days off and its make-up working days (调休).
2. `package`: the `holidays` package, for the years whose notice it carries (days off and the
   make-up working days; 2001–2026 in version 0.109).
3. `weekdays-fallback`: neither. Monday to Friday, less the statutory holidays the law fixes
   (元旦, 春节 with its eve, 清明, 劳动节, 端午, 中秋, 国庆, as the package computes them): the
   extra days and the 调休 of the notice are unknown. Such a deadline needs a second look, and
   such a year is an alarm.

Loaded data wins over the package. No I/O here: the loaded years come from the table
(usecases/calendar.py keeps CURRENT, this process's copy, up to date).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

import holidays
from holidays.countries.china import ChinaStaticHolidays

from redgrid.common.errors import Invalid


class Basis(StrEnum):
    CALENDAR = "calendar"
    PACKAGE = "package"
    FALLBACK = "weekdays-fallback"
    HOURS = "hours"  # clock hours (emergencies): no calendar involved


_RANK = {Basis.HOURS: 0, Basis.CALENDAR: 0, Basis.PACKAGE: 1, Basis.FALLBACK: 2}


def weakest(a: Basis, b: Basis) -> Basis:
    return a if _RANK[a] >= _RANK[b] else b


# The last year whose State Council notice the installed package carries.
PACKAGE_NOTICES_UNTIL = max(ChinaStaticHolidays.special_public_holidays)


@dataclass(frozen=True)
class YearNotice:
    """One year's notice: the days off and the make-up working days (调休)."""

    year: int
    days_off: frozenset[date]
    working_days: frozenset[date]

    def is_working(self, day: date) -> bool:
        if day in self.working_days:
            return True
        return day not in self.days_off and day.weekday() < 5


def notice(year: int, days_off: Iterable[date], working_days: Iterable[date]) -> YearNotice:
    """A notice as given, checked: every date in the year, no day both off and working."""
    off, working = frozenset(days_off), frozenset(working_days)
    if not 2000 <= year <= 2100:
        raise Invalid(f"年份 {year} 不在 2000–2100 之间",
                      en=f"the year {year} is not between 2000 and 2100")
    if not off:
        raise Invalid("放假日期不能为空：请按国务院办公厅当年通知填写",
                      en="the days off may not be empty: copy them from the State Council's "
                         "notice of the year")
    outside = sorted(d.isoformat() for d in off | working if d.year != year)
    if outside:
        raise Invalid(f"以下日期不在 {year} 年内：{'、'.join(outside)}",
                      en=f"these dates are not in {year}: {', '.join(outside)}", dates=outside)
    both = sorted(d.isoformat() for d in off & working)
    if both:
        raise Invalid(f"以下日期既是放假日又是调休上班日：{'、'.join(both)}",
                      en=f"these dates are both off and working: {', '.join(both)}",
                      dates=both)
    return YearNotice(year, off, working)


@lru_cache(maxsize=256)
def package_year(year: int) -> YearNotice:
    """The package's notice for `year` (a year it has no notice for: its statutory days)."""
    if year <= PACKAGE_NOTICES_UNTIL:
        h = holidays.China(years=year)
        return YearNotice(year, frozenset(h),
                          frozenset(d for d in h.weekend_workdays if d.year == year))
    statutory = holidays.China(years=year, observed=False)  # the law's days, nothing guessed
    return YearNotice(year, frozenset(statutory), frozenset())


class Calendar:
    """The loaded notices over the package."""

    def __init__(self, loaded: Iterable[YearNotice] = ()):
        self.loaded: dict[int, YearNotice] = {n.year: n for n in loaded}

    def replace(self, loaded: Iterable[YearNotice]) -> None:
        self.loaded = {n.year: n for n in loaded}

    def put(self, n: YearNotice) -> Calendar:
        """A copy with `n` loaded (the calendar a load's own transaction counts with)."""
        return Calendar([*(v for y, v in self.loaded.items() if y != n.year), n])

    def basis_of(self, year: int) -> Basis:
        if year in self.loaded:
            return Basis.CALENDAR
        return Basis.PACKAGE if year <= PACKAGE_NOTICES_UNTIL else Basis.FALLBACK

    def day(self, day: date) -> tuple[bool, Basis]:
        """(is it a working day, on what basis)."""
        n = self.loaded.get(day.year) or package_year(day.year)
        return n.is_working(day), self.basis_of(day.year)

    def missing(self, years: Iterable[int]) -> list[int]:
        """The years among `years` with neither a loaded notice nor the package's."""
        return [y for y in years if self.basis_of(y) == Basis.FALLBACK]


CURRENT = Calendar()  # this process's: refreshed from the table on start, load and event
