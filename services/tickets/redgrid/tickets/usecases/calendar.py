"""The holiday calendar as data: a street or city office loads a year's State Council notice;
open tickets whose deadline that year moves are recounted in the same transaction (so exactly
once, whichever replica takes the PUT, and never half done); every replica then counts with it
(this process at once, the others on the `calendar.loaded` event, each re-reading the table)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import asyncpg

from redgrid.common import db, outbox
from redgrid.common.auth import Principal, Role
from redgrid.common.errors import Forbidden, Invalid
from redgrid.tickets import commands, events
from redgrid.tickets.domain import calendar, deadlines, workflow
from redgrid.tickets.domain.calendar import CURRENT, Basis, Calendar, YearNotice
from redgrid.tickets.domain.deadlines import BEIJING
from redgrid.tickets.domain.workflow import Action
from redgrid.tickets.models import CalendarYear, CalendarYearPublic, DueAnswer, Ticket
from redgrid.tickets.queries import calendar as queries
from redgrid.tickets.store import calendar as store
from redgrid.tickets.usecases.common import SYSTEM
from redgrid.tickets.usecases.stepping import Change, apply

RESCHEDULED_NOTE = "节假日安排更新，期限重算"


def _notice(y: CalendarYear) -> YearNotice:
    return YearNotice(y.year, frozenset(y.days_off), frozenset(y.working_days))


async def refresh(pool: asyncpg.Pool) -> Calendar:
    """This process's calendar from the table (on start, on the event, and now and then)."""
    async with pool.acquire() as conn:
        CURRENT.replace(_notice(y) for y in await queries.in_force(conn))
    return CURRENT


def _view(year: int, cal: Calendar, loaded: CalendarYear | None,
          rescheduled: int | None = None) -> CalendarYearPublic:
    n = cal.loaded.get(year) or calendar.package_year(year)
    basis = cal.basis_of(year)
    return CalendarYearPublic(
        year=year, basis=basis, days_off=sorted(n.days_off), working_days=sorted(n.working_days),
        loaded=loaded, rescheduled=rescheduled,
        note=deadlines.FALLBACK_NOTE if basis == Basis.FALLBACK else None)


async def year_of(year: int, who: Principal, pool: asyncpg.Pool) -> CalendarYearPublic:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看节假日安排", en="staff read the holiday calendar")
    async with pool.acquire() as conn:
        loaded = await queries.year(conn, year)
    return _view(year, CURRENT.put(_notice(loaded)) if loaded else CURRENT, loaded)


async def load(year: int, cmd: commands.CalendarLoad, who: Principal, pool: asyncpg.Pool,
               now: datetime) -> CalendarYearPublic:
    who.require(Role.STREET_ADMIN, Role.SYSTEM)
    n = calendar.notice(year, cmd.days_off, cmd.working_days)
    async with db.transaction(pool) as conn:
        await store.lock_year(conn, year)
        row = await store.insert(conn, n, cmd.source, who.person_id, now)
        counted = CURRENT.put(n)
        moved = await recount(conn, counted, year, now)
        data = events.CalendarData(**row.model_dump(), rescheduled=moved)
        await outbox.record(conn, [events.CALENDAR_LOADED.make(year, data, at=now)])
    CURRENT.loaded[year] = n  # this process at once; the others on the event
    return _view(year, counted, row, moved)


async def recount(conn: asyncpg.Connection, cal: Calendar, year: int, now: datetime) -> int:
    """Open tickets counted in working days through `year`: each whose deadline or basis
    changes gets the new one, counted from its own start (custody and escalations stay), and a
    `reschedule` step on its timeline. Returns how many changed."""
    begins = datetime.combine(date(year, 1, 1), time(0), tzinfo=BEIJING)
    ends = datetime.combine(date(year + 1, 1, 1), time(0), tzinfo=BEIJING)
    moved = 0
    for t in await store.lock_counted_across(conn, list(workflow.OPEN), begins, ends):
        d = deadlines.add_working_days(t.due_from, t.due_working_days, cal)
        if d.due_at == t.due_at and d.basis == t.deadline_basis:
            continue
        await apply(conn, t, Action.RESCHEDULE, _rescheduled(t, d, now, year), by=SYSTEM,
                    by_person=None, roles=["system"], now=now, note=RESCHEDULED_NOTE)
        moved += 1
    return moved


def _rescheduled(t: Ticket, d: deadlines.Deadline, now: datetime, year: int) -> Change:
    fields = {"due_at": d.due_at, "deadline_basis": d.basis.value}
    if t.escalation_level == 0:  # the first deadline itself was miscounted
        fields["first_due_at"] = d.due_at
    remind = deadlines.remind_at(t.due_from, d.due_at)
    if t.remind_at is not None or remind > now:  # not reminded yet, or due again later
        fields["remind_at"] = remind
    return Change(fields, data={"year": year, "due_at_before": deadlines.local_iso(t.due_at),
                                "basis_before": t.deadline_basis,
                                "due_at": deadlines.local_iso(d.due_at), "basis": d.basis.value})


def _start(text: str) -> datetime:
    """`from`: a day (the clock starts that day, Beijing time) or a moment with its zone."""
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(0), tzinfo=BEIJING)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise Invalid("from 应为日期 YYYY-MM-DD 或带时区的时间，如 2027-02-04T09:00:00+08:00",
                      en="from is a day YYYY-MM-DD or a moment with its offset, e.g. "
                         "2027-02-04T09:00:00+08:00") from None
    if moment.tzinfo is None:
        raise Invalid("from 的时间须带时区，如 2027-02-04T09:00:00+08:00",
                      en="the moment in from needs its offset, e.g. 2027-02-04T09:00:00+08:00")
    return moment


def when_due(start: str, days: int | None, hours: int | None, who: Principal) -> DueAnswer:
    """A clerk's "when is this due?"."""
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查询办理期限", en="staff ask for deadlines")
    if (days is None) == (hours is None):
        raise Invalid("请给出 days（工作日数）或 hours（小时数）其中之一",
                      en="give either days (working days) or hours")
    moment = _start(start)
    d = deadlines.due(moment, hours, days)
    return DueAnswer(start=moment, days=days, hours=hours, due_at=d.due_at.astimezone(UTC),
                     due_at_local=deadlines.local_iso(d.due_at), basis=d.basis, note=d.note)
