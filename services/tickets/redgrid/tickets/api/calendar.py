"""/v1/calendar: the holiday calendar (a year's State Council notice as data) and a clerk's
"when is this due?"."""

from __future__ import annotations

from fastapi import APIRouter, Path, Query

from redgrid.common.http import Auth, Now, Pool
from redgrid.tickets.commands import CalendarLoad
from redgrid.tickets.models import CalendarYearPublic, DueAnswer
from redgrid.tickets.usecases import calendar

router = APIRouter(tags=["calendar"])
Year = Path(ge=2000, le=2100)


@router.get("/v1/calendar/working-days", response_model=DueAnswer,
            summary="When is it due: N working days (or hours) from a day, with its basis")
async def working_days(who: Auth, start: str = Query(alias="from", max_length=40),
                       days: int | None = Query(None, ge=1, le=365),
                       hours: int | None = Query(None, ge=1, le=8760)):
    return calendar.when_due(start, days, hours, who)


@router.get("/v1/calendar/{year:int}", response_model=CalendarYearPublic,
            summary="What counts for a year: the loaded notice, else the package's")
async def year_of(who: Auth, pool: Pool, year: int = Year):
    return await calendar.year_of(year, who, pool)


@router.put("/v1/calendar/{year:int}", response_model=CalendarYearPublic,
            summary="Load a year's notice (street or city office); recounts open deadlines")
async def load(body: CalendarLoad, who: Auth, pool: Pool, clock: Now, year: int = Year):
    return await calendar.load(year, body, who, pool, clock.now())
