"""Time on the local calendar: an order's window as weekly segments (to compare with people's
availability, which the registry keeps as weekday + "HH:MM" in local time), and the dates of a
recurring duty (every Wednesday morning; the first Saturday of each month)."""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from redgrid.common.errors import Invalid

LOCAL = ZoneInfo("Asia/Shanghai")  # one time zone, no daylight saving
Segment = tuple[int, int, int]  # (ISO weekday 1-7, start minute, end minute) of one local day


def minutes(hhmm: str) -> int:
    """'09:30' -> 570; '24:00' is the end of the day."""
    hours, _, mins = hhmm.partition(":")
    return int(hours) * 60 + int(mins)


def weekly_segments(start: datetime, end: datetime, tz: ZoneInfo = LOCAL) -> list[Segment]:
    """The window cut at local midnights: one (weekday, from, to) per local day it touches."""
    out: list[Segment] = []
    cursor, end = start.astimezone(tz), end.astimezone(tz)
    while cursor < end:
        midnight = datetime.combine(cursor.date() + timedelta(days=1), time(), tz)
        stop = min(end, midnight)
        first = cursor.hour * 60 + cursor.minute
        last = 1440 if stop == midnight else stop.hour * 60 + stop.minute
        if last > first:
            out.append((cursor.isoweekday(), first, last))
        cursor = stop
    return out


def covered_minutes(segments: list[Segment], availability: list[dict]) -> int:
    """Minutes of the window that fall in the person's weekly availability windows."""
    total = 0
    for day, first, last in segments:
        for w in availability:
            if int(w["weekday"]) == day:
                total += max(0, min(last, minutes(w["end"])) - max(first, minutes(w["start"])))
    return total


def window_minutes(segments: list[Segment]) -> int:
    return sum(last - first for _, first, last in segments)


def duty_dates(frequency: str, weekday: int, week_of_month: int | None, starts_on: date,
               ends_on: date) -> list[date]:
    """The dates of a weekly duty (every <weekday>) or a monthly one (the n-th <weekday> of each
    month; -1 is the last), from starts_on to ends_on inclusive."""
    if frequency == "weekly":
        first = starts_on + timedelta(days=(weekday - starts_on.isoweekday()) % 7)
        return [first + timedelta(weeks=i) for i in range((ends_on - first).days // 7 + 1)
                if first + timedelta(weeks=i) <= ends_on]
    if frequency != "monthly" or week_of_month not in (1, 2, 3, 4, -1):
        raise Invalid("排班须为每周，或每月的第 1–4 周或最后一周（-1）",
                      en="a roster is weekly, or monthly with week_of_month 1-4 or -1 (the last)")
    out = []
    year, month = starts_on.year, starts_on.month
    while date(year, month, 1) <= ends_on:
        days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
                if date(year, month, d).isoweekday() == weekday]
        day = date(year, month, days[week_of_month - 1 if week_of_month > 0 else -1])
        if starts_on <= day <= ends_on:
            out.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def at_local(day: date, hhmm: str, tz: ZoneInfo = LOCAL) -> datetime:
    mins = minutes(hhmm)
    return datetime.combine(day, time(), tz) + timedelta(minutes=mins)
