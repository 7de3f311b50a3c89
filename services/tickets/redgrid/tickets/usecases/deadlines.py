"""The deadline scanner: a reminder before a ticket is due, and an overdue ticket escalates by
itself grid → community → street. Correct with several replicas: each batch claims due tickets
with FOR UPDATE SKIP LOCKED, and every step leaves the ticket no longer due for that step."""

from __future__ import annotations

import asyncio
from datetime import datetime

import asyncpg

from redgrid.common import db, logs
from redgrid.common.clock import Clock
from redgrid.tickets.domain import routing, workflow
from redgrid.tickets.domain.workflow import Action
from redgrid.tickets.models import Ticket
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases import routing as route
from redgrid.tickets.usecases.common import SYSTEM
from redgrid.tickets.usecases.stepping import Change, apply
from redgrid.tickets.usecases.workflow import escalation

log = logs.get(__name__)


async def scan_once(pool: asyncpg.Pool, clock: Clock, batch: int = 100) -> int:
    """One pass: returns how many steps it took."""
    now = clock.now()
    async with db.transaction(pool) as conn:
        due = await store.claim_due(conn, now, statuses=list(workflow.OPEN),
                                    max_escalations=routing.MAX_ESCALATIONS, batch=batch)
        for t in due:
            await _handle(conn, t, now)
    return len(due)


async def _handle(conn: asyncpg.Connection, t: Ticket, now: datetime) -> None:
    if t.due_at and t.due_at <= now and routing.can_escalate_automatically(
            t.level, t.escalation_level):
        place = await route.place_of_ticket(conn, t.grid_id, t.community_id, t.street_id)
        await apply(conn, t, Action.ESCALATE, escalation(t, place, now), by=SYSTEM,
                    by_person=None, roles=["system"], now=now,
                    reason="overdue: not handled within the time limit")
    else:
        overdue = bool(t.due_at and t.due_at <= now)
        await apply(conn, t, Action.REMIND, Change({"remind_at": None},
                                                   data={"due_at": t.due_at.isoformat(),
                                                         "overdue": overdue}),
                    by=SYSTEM, by_person=None, roles=["system"], now=now,
                    note="overdue" if overdue else f"due at {t.due_at.isoformat()}")


async def scanner(runtime) -> None:
    """A ServiceSpec worker: scans every `deadline_scan_seconds` on the runtime's clock."""
    every = runtime.settings.deadline_scan_seconds
    while not runtime.stopping.is_set():
        try:
            while await scan_once(runtime.pool, runtime.clock) and not runtime.stopping.is_set():
                pass
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - a bad pass must not end the worker
            log.warning("deadlines.scan_failed", error=repr(exc))
        try:
            await asyncio.wait_for(runtime.stopping.wait(), every)
        except TimeoutError:
            pass
