"""One webhook delivery: the CloudEvent of the public log (structured JSON, its text masked) cut
to what the subscription was granted (domain/minimise.py), POSTed to the subscriber, signed
under the Standard Webhooks scheme."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from redgrid.common import logs
from redgrid.notifications.domain import webhooks as rules
from redgrid.notifications.domain.minimise import outbound
from redgrid.notifications.models import LogEntry, Subscription
from redgrid.notifications.senders.destinations import Refused

log = logs.get(__name__)
# What a failed connection is recorded as, whatever failed: an address refused, a port closed,
# a connection reset, a timeout. Telling them apart would make webhooks a port scanner.
UNREACHABLE = "无法送达"


@dataclass(frozen=True)
class Outcome:
    ok: bool
    status: int | None = None
    error: str | None = None


async def post(http: httpx.AsyncClient, sub: Subscription, entry: LogEntry,
               timeout: float) -> Outcome:
    # Only what the subscription was granted leaves (domain/minimise.py). The signature's
    # timestamp is the wall clock of sending: receivers compare it with theirs.
    body = outbound(entry.body, sub.data_classes)
    headers = rules.headers(sub.secret, str(entry.event_id), int(time.time()), body)
    try:
        r = await http.post(sub.url, content=body, headers=headers, timeout=timeout)
    except (Refused, httpx.HTTPError, httpx.InvalidURL) as exc:  # this one fails, not the round
        why = exc.kind if isinstance(exc, Refused) else type(exc).__name__
        log.warning("webhook.unreachable", subscription_id=str(sub.id), why=why)
        return Outcome(False, None, UNREACHABLE)
    if r.is_success:
        return Outcome(True, r.status_code)
    return Outcome(False, r.status_code, f"answered {r.status_code}")
