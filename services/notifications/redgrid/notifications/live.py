"""Wake-ups inside one process, fed by PostgreSQL LISTEN/NOTIFY so that every replica hears
every commit: a new notice wakes the open live streams (SSE) of its recipient, a new delivery
wakes the e-mail/SMS worker, a new public event wakes the webhook worker."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import orjson

from redgrid.notifications import metrics


@dataclass
class Signals:
    streams: dict[str, set[asyncio.Event]] = field(default_factory=lambda: defaultdict(set))
    deliveries: asyncio.Event = field(default_factory=asyncio.Event)
    public_log: asyncio.Event = field(default_factory=asyncio.Event)
    listening: asyncio.Event = field(default_factory=asyncio.Event)

    @contextmanager
    def stream(self, recipient: str):
        """An event set whenever a notice for `recipient` commits (in any replica)."""
        wake = asyncio.Event()
        self.streams[recipient].add(wake)
        metrics.LIVE_STREAMS_OPEN.inc()
        try:
            yield wake
        finally:
            metrics.LIVE_STREAMS_OPEN.dec()
            self.streams[recipient].discard(wake)
            if not self.streams[recipient]:
                del self.streams[recipient]

    def on_inbox(self, payload: str) -> None:
        try:
            recipient = orjson.loads(payload)["r"]
        except (ValueError, KeyError, TypeError):
            return
        for wake in self.streams.get(recipient, ()):
            wake.set()

    def wake_all_streams(self) -> None:
        """After the listener was away, streams look again (they may have missed a notify)."""
        for wakes in self.streams.values():
            for wake in wakes:
                wake.set()


def signals_of(runtime: Any) -> Signals:
    """The Signals of a running service (one per Runtime, so replicas in one test process
    each have their own)."""
    signals = getattr(runtime, "notification_signals", None)
    if signals is None:
        signals = Signals()
        runtime.notification_signals = signals
    return signals
