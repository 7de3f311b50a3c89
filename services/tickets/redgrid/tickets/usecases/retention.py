"""Retention: a closed or rejected ticket's personal data is erased after a period (the setting
retention_days): the reporter's name, phone and address, the parties of a mediation and the
free-text description go; the place is cut to the building and phone numbers in the title
masked. The file itself (steps, custody, figures) stays."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import asyncpg

from redgrid.common import db, logs
from redgrid.common.clock import Clock
from redgrid.common.masking import mask_address, mask_text
from redgrid.tickets.store import tickets as store

log = logs.get(__name__)


async def anonymise_once(pool: asyncpg.Pool, clock: Clock, days: int, batch: int = 200) -> int:
    now = clock.now()
    async with db.transaction(pool) as conn:
        rows = await conn.fetch(
            "SELECT id, address, description, title FROM tickets WHERE anonymised_at IS NULL "
            "AND closed_at IS NOT NULL AND closed_at < $1 AND status IN ('closed', 'rejected') "
            "ORDER BY closed_at LIMIT $2 FOR UPDATE SKIP LOCKED",
            now - timedelta(days=days), batch,
        )
        for r in rows:
            await store.anonymise(conn, r["id"], now, mask_address(r["address"]), "",
                                  mask_text(r["title"]))
    return len(rows)


async def anonymiser(runtime) -> None:
    s = runtime.settings
    while not runtime.stopping.is_set():
        try:
            while await anonymise_once(runtime.pool, runtime.clock, s.retention_days):
                pass
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001
            log.warning("retention.failed", error=repr(exc))
        try:
            await asyncio.wait_for(runtime.stopping.wait(), s.retention_scan_seconds)
        except TimeoutError:
            pass
