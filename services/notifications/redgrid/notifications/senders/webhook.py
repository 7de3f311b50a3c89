"""One webhook delivery: the original CloudEvent (structured JSON, exactly as it travelled on
NATS) POSTed to the subscriber, signed under the Standard Webhooks scheme."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from redgrid.notifications.domain import webhooks as rules
from redgrid.notifications.models import LogEntry, Subscription


@dataclass(frozen=True)
class Outcome:
    ok: bool
    status: int | None = None
    error: str | None = None


async def post(http: httpx.AsyncClient, sub: Subscription, entry: LogEntry,
               timeout: float) -> Outcome:
    # The signature's timestamp is the wall clock of sending: receivers compare it with theirs.
    headers = rules.headers(sub.secret, str(entry.event_id), int(time.time()), entry.body)
    try:
        r = await http.post(sub.url, content=entry.body, headers=headers, timeout=timeout)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:  # a bad URL fails this one, not the round
        return Outcome(False, None, f"unreachable: {type(exc).__name__}")
    if r.is_success:
        return Outcome(True, r.status_code)
    return Outcome(False, r.status_code, f"answered {r.status_code}")
