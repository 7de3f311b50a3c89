"""A year with no holiday calendar is an alarm, not a guess: on start and then daily, this year
and next without a loaded notice (or the package's) are a warning in the log, the gauge
redgrid_calendar_years_missing and a detail of /readyz. The same worker keeps this replica's
calendar fresh: on every `calendar.loaded` event (a core NATS subscription, so every replica
hears it, not one of a durable consumer's group) and at each check, it re-reads the table."""

from __future__ import annotations

import asyncio
from datetime import datetime

from redgrid.common import logs
from redgrid.common.metrics import CALENDAR_YEARS_MISSING
from redgrid.tickets.domain.calendar import CURRENT
from redgrid.tickets.domain.deadlines import local_day
from redgrid.tickets.events import CALENDAR_LOADED
from redgrid.tickets.usecases.calendar import refresh

log = logs.get(__name__)


def missing_years(now: datetime) -> list[int]:
    year = local_day(now).year
    return CURRENT.missing([year, year + 1])


def readiness_notes(runtime) -> dict[str, str]:
    """A warning beside /readyz's checks (the service stays ready: it still counts weekdays)."""
    years = missing_years(runtime.clock.now())
    if not years:
        return {}
    listed = "、".join(str(y) for y in years)
    return {"holiday_calendar": f"{listed} 年节假日安排未载入（PUT /v1/calendar/{{year}}）："
                                "期限按周一至周五估算"}


def check(runtime, service: str) -> list[int]:
    years = missing_years(runtime.clock.now())
    CALENDAR_YEARS_MISSING.labels(service).set(len(years))
    if years:
        log.warning("calendar.years_missing", years=years,
                    action="load the State Council notice: PUT /v1/calendar/{year}")
    return years


async def calendar_watch(runtime) -> None:
    """A ServiceSpec worker: refresh and check on start, then every calendar_check_seconds;
    warn once a (Beijing) day at most, refresh on each load event."""
    service = runtime.settings.service

    async def on_loaded(msg) -> None:
        try:
            await refresh(runtime.pool)
            check(runtime, service)
            log.info("calendar.refreshed", subject=msg.subject)
        except Exception as exc:  # noqa: BLE001 - the next check reads the table again
            log.warning("calendar.refresh_failed", error=repr(exc))

    sub = await runtime.nc.subscribe(CALENDAR_LOADED.subject, cb=on_loaded)
    warned_on = None
    try:
        while not runtime.stopping.is_set():
            try:
                await refresh(runtime.pool)
                today = local_day(runtime.clock.now())
                if warned_on != today:
                    check(runtime, service)
                    warned_on = today
                else:
                    CALENDAR_YEARS_MISSING.labels(service).set(
                        len(missing_years(runtime.clock.now())))
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - a failed check must not end the worker
                log.warning("calendar.check_failed", error=repr(exc))
            try:
                await asyncio.wait_for(runtime.stopping.wait(),
                                       runtime.settings.calendar_check_seconds)
            except TimeoutError:
                pass
    finally:
        try:
            await sub.unsubscribe()
        except Exception as exc:  # noqa: BLE001 - the connection may be closing
            log.debug("calendar.unsubscribe_failed", error=repr(exc))
