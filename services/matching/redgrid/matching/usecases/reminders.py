"""Reminders before a service window or a roster duty (redgrid.matching.reminder.due): matching
owns the bookings, so it knows what still stands; notifications tells the person.

Each round looks for bookings starting within the lead (REDGRID_REMINDER_LEAD_HOURS) that have
no reminder yet and records one per booking with its event, in one transaction; the reminders
table's primary key makes a second one impossible, so replicas may look side by side.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import asyncpg

from redgrid.common import db, logs, outbox
from redgrid.common.ids import uuid7
from redgrid.common.masking import mask_text
from redgrid.common.orgtree import path_ids
from redgrid.matching import events
from redgrid.matching.store import reminders as store

log = logs.get(__name__)
BATCH = 200


def reminder_data(row: asyncpg.Record, reminder_id) -> events.ReminderData:
    return events.ReminderData(
        id=reminder_id, subject="order" if row["order_id"] else "duty",
        order_id=row["order_id"], roster_id=row["roster_id"], person_id=row["person_id"],
        team_id=row["team_id"], title=mask_text(row["title"]) or "", starts_at=row["starts_at"],
        ends_at=row["ends_at"], org_path=path_ids(row["org_path"] or "/"),
    )


async def remind_once(pool: asyncpg.Pool, now: datetime, lead: timedelta) -> int:
    """Remind of every booking starting within `lead`; returns how many reminders went out."""
    async with db.transaction(pool) as conn:
        sent = []
        for row in await store.due(conn, now, now + lead, BATCH):
            reminder_id = uuid7()
            if await store.record(conn, row["booking_id"], reminder_id, now):
                data = reminder_data(row, reminder_id)
                sent.append(events.REMINDER_DUE.make(reminder_id, data, at=now))
        await outbox.record(conn, sent)
    return len(sent)


async def reminder(runtime) -> None:
    """The worker in ServiceSpec.workers: looks every `matching_sweep_seconds`."""
    settings = runtime.settings
    interval = getattr(settings, "matching_sweep_seconds", 5.0)
    lead = timedelta(hours=getattr(settings, "reminder_lead_hours", 2.0))
    while not runtime.stopping.is_set():
        try:
            sent = await remind_once(runtime.pool, runtime.clock.now(), lead)
            if sent:
                log.info("reminders.sent", reminders=sent)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - the worker outlives a bad moment
            log.warning("reminders.failed", error=repr(exc))
        await _pause(runtime, interval)


async def _pause(runtime, seconds: float) -> None:
    try:
        await asyncio.wait_for(runtime.stopping.wait(), seconds)
    except TimeoutError:
        pass
