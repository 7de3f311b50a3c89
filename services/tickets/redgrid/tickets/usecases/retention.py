"""Retention: a closed or rejected ticket's personal data is erased after a period (the setting
retention_days): the reporter's name, phone and address, the parties of a mediation and the
free-text description go; the place is cut to the building and phone numbers in the title
masked; its photos leave the object store (their rows keep only that there was one). The file
itself (steps, custody, figures) stays. Tickets are taken with FOR UPDATE SKIP LOCKED: replicas
share them out; the photos' bytes are deleted before the commit, so a failure leaves the
ticket to the next round, never a ticket marked anonymised whose photos are still kept."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import asyncpg

from redgrid.common import db, logs, metrics, outbox
from redgrid.common.clock import Clock
from redgrid.common.masking import mask_address, mask_text
from redgrid.common.objects import ObjectStore
from redgrid.tickets.store import retention as retention_store
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases import photos
from redgrid.tickets.usecases.common import caller_event

log = logs.get(__name__)


async def anonymise_once(pool: asyncpg.Pool, clock: Clock, days: int, *, objects: ObjectStore,
                         batch: int = 200) -> int:
    now = clock.now()
    async with db.transaction(pool) as conn:
        due = await store.claim_to_anonymise(conn, now - timedelta(days=days), batch)
        for t in due:
            await store.anonymise(conn, t.id, now, address=mask_address(t.address),
                                  description="", title=mask_text(t.title))
            if t.reporter_person_id is None:  # a caller's phone goes from notifications too
                await outbox.record(conn, [caller_event(t.id, None)])
        keys = await retention_store.forget_photos(conn, [t.id for t in due])
        for key in keys:  # raises: nothing is committed, the next round tries again
            await objects.delete(key)
    metrics.PRUNED.labels("tickets", "tickets_anonymised").inc(len(due))
    metrics.PRUNED.labels("tickets", "photo_objects").inc(len(keys))
    return len(due)


async def anonymiser(runtime) -> None:
    s = runtime.settings
    objects = photos.of(runtime).objects
    while not runtime.stopping.is_set():
        try:
            while await anonymise_once(runtime.pool, runtime.clock, s.retention_days,
                                       objects=objects):
                pass
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001
            log.warning("retention.failed", error=repr(exc))
        try:
            await asyncio.wait_for(runtime.stopping.wait(), s.retention_scan_seconds)
        except TimeoutError:
            pass
