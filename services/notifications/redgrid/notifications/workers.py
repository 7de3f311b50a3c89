"""The service's own background work, started with it: a LISTEN connection for wake-ups, the
e-mail/SMS sender and the webhook feeder. Thin loops around the use cases."""

from __future__ import annotations

import asyncio

import asyncpg
import httpx

from redgrid.common import logs
from redgrid.common.service import Runtime
from redgrid.notifications.live import signals_of
from redgrid.notifications.senders import destinations
from redgrid.notifications.senders.email import SmtpSender
from redgrid.notifications.senders.sms import SmsSender
from redgrid.notifications.store.notices import DELIVERY_CHANNEL, INBOX_CHANNEL
from redgrid.notifications.store.webhooks import LOG_CHANNEL
from redgrid.notifications.usecases import feeding, sending

log = logs.get(__name__)


async def _pause(runtime: Runtime, wake: asyncio.Event, seconds: float) -> None:
    """Wait for a wake-up, the poll interval, or the service stopping."""
    stopping = asyncio.ensure_future(runtime.stopping.wait())
    woken = asyncio.ensure_future(wake.wait())
    try:
        await asyncio.wait({stopping, woken}, timeout=seconds,
                           return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopping.cancel()
        woken.cancel()
    wake.clear()


async def listen(runtime: Runtime) -> None:
    """One dedicated connection (not from the pool) LISTENing on the service's channels."""
    signals = signals_of(runtime)
    handlers = {
        INBOX_CHANNEL: lambda payload: signals.on_inbox(payload),
        DELIVERY_CHANNEL: lambda payload: signals.deliveries.set(),
        LOG_CHANNEL: lambda payload: signals.public_log.set(),
    }
    while not runtime.stopping.is_set():
        conn = None
        try:
            conn = await asyncpg.connect(runtime.settings.database_url())
            for channel, handler in handlers.items():
                await conn.add_listener(channel, lambda c, pid, ch, payload, h=handler: h(payload))
            signals.listening.set()
            signals.wake_all_streams()  # whatever was missed while away
            signals.deliveries.set()
            signals.public_log.set()
            idle = asyncio.Event()  # never set: _pause just waits 5 s or for the stop
            while not runtime.stopping.is_set() and not conn.is_closed():
                await _pause(runtime, idle, 5.0)
                await conn.execute("SELECT 1")  # notices a dead connection
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - polling carries on meanwhile
            log.warning("listen.failed", error=repr(exc))
            signals.listening.clear()
            await asyncio.sleep(1)
        finally:
            if conn is not None and not conn.is_closed():
                await conn.close()


async def send_deliveries(runtime: Runtime) -> None:
    settings, signals = runtime.settings, signals_of(runtime)
    async with httpx.AsyncClient() as http:
        senders = sending.Senders(SmtpSender(settings), SmsSender(settings, http))
        while not runtime.stopping.is_set():
            try:
                taken = await sending.deliver_due(runtime.pool, settings, runtime.clock, senders)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the worker must outlive DB trouble
                log.warning("deliveries.round_failed", error=repr(exc))
                taken = 0
            if taken < settings.delivery_batch:
                await _pause(runtime, signals.deliveries, settings.delivery_poll_seconds)


async def feed_webhooks(runtime: Runtime) -> None:
    settings, signals = runtime.settings, signals_of(runtime)
    async with destinations.client(destinations.destinations_of(runtime), settings) as http:
        while not runtime.stopping.is_set():
            try:
                delivered = await feeding.feed_once(runtime.pool, settings, runtime.clock, http)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001
                log.warning("webhooks.round_failed", error=repr(exc))
                delivered = 0
            if not delivered:  # else more may be waiting: go on at once
                await _pause(runtime, signals.public_log, settings.webhook_poll_seconds)
