"""The e-mail/SMS worker's round: take the due deliveries (FOR UPDATE SKIP LOCKED, so replicas
never send the same one), hold back non-urgent SMS in quiet hours, send, and record each try:
sent, retried with backoff, or failed for good (with a delivery.failed event)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime

import asyncpg

from redgrid.common import db, logs, outbox
from redgrid.common.clock import Clock
from redgrid.common.masking import mask_text
from redgrid.common.orgtree import path_ids
from redgrid.notifications import events, metrics
from redgrid.notifications.domain import links
from redgrid.notifications.domain.audience import Recipient, RecipientKind
from redgrid.notifications.domain.channels import Channel, backoff, sms_not_before
from redgrid.notifications.models import Delivery
from redgrid.notifications.queries import directory
from redgrid.notifications.senders import NotConfigured, SendFailed
from redgrid.notifications.senders.email import SmtpSender
from redgrid.notifications.senders.sms import SmsSender
from redgrid.notifications.settings import NotificationSettings
from redgrid.notifications.store import deliveries as store

log = logs.get(__name__)


@dataclass
class Senders:
    email: SmtpSender
    sms: SmsSender


async def _send(senders: Senders, d: Delivery, address: str,
                base_url: str) -> SendFailed | None:
    # The SMS provider and the mail servers are third parties: the text is masked when the
    # notice is made (with the names on the record); once more here for one made before.
    # The link follows the masked text (an id is no personal data, and no phone either).
    title, body = mask_text(d.title), mask_text(d.body)
    link = links.full(base_url, d.link)
    if link:
        body = f"{body}\n详情：{link}" if d.channel == Channel.EMAIL else f"{body} 详情：{link}"
    try:
        if d.channel == Channel.EMAIL:
            await senders.email.send(address, title, body, d.id)
        else:
            await senders.sms.send(address, body, d.id)
    except SendFailed as failure:
        return failure
    return None


async def _failed_for_good(conn: asyncpg.Connection, d: Delivery, reason: str,
                           attempts: int, now: datetime) -> None:
    await store.finish(conn, d.id, "failed", reason, now)
    data = events.DeliveryFailedData(
        id=d.id, channel=d.channel, attempts=attempts, reason=reason,
        source_event_id=d.source_event_id, source_type=d.source_type, message_kind=d.kind,
        recipient_kind=d.recipient_kind, recipient_id=d.recipient_id,
        org_path=path_ids(d.org_path),
    )
    await outbox.record(conn, [events.DELIVERY_FAILED.make(d.id, data, at=now)])
    metrics.DELIVERIES.labels(d.channel, "failed").inc()
    log.warning("delivery.failed", delivery_id=str(d.id), channel=d.channel, reason=reason)


async def deliver_due(pool: asyncpg.Pool, settings: NotificationSettings, clock: Clock,
                      senders: Senders) -> int:
    """One round; returns how many deliveries it took (0: nothing was due)."""
    now = clock.now()
    async with db.transaction(pool) as conn:
        due = await store.claim_due(conn, now, settings.delivery_batch)
        sending: list[tuple[Delivery, str]] = []
        for d in due:
            recipient = Recipient(RecipientKind(d.recipient_kind), d.recipient_id)
            if d.channel == Channel.SMS:
                prefs = await directory.preferences(conn, recipient, settings.quiet_start,
                                                    settings.quiet_end)
                until = sms_not_before(now, d.urgent, prefs)
                if until is not None:  # night: deferred to the morning, not dropped
                    await store.defer(conn, d.id, until)
                    metrics.DELIVERIES.labels(d.channel, "deferred").inc()
                    continue
            address = (await directory.addresses(conn, recipient)).get(Channel(d.channel))
            if not address:
                await store.finish(conn, d.id, "skipped", "no address any more", now,
                                   tried=False)
                metrics.DELIVERIES.labels(d.channel, "skipped").inc()
                continue
            sending.append((d, address))
        outcomes = await asyncio.gather(*(_send(senders, d, a, settings.web_base_url)
                                          for d, a in sending))
        for (d, _), failure in zip(sending, outcomes, strict=True):
            attempts = d.attempts + 1
            if failure is None:
                await store.sent(conn, d.id, now)
                metrics.DELIVERIES.labels(d.channel, "sent").inc()
            elif isinstance(failure, NotConfigured):  # e.g. make dev: no SMTP, no SMS provider
                await store.finish(conn, d.id, "skipped", failure.reason, now, tried=False)
                metrics.DELIVERIES.labels(d.channel, "skipped").inc()
            elif failure.permanent or attempts >= settings.delivery_max_attempts:
                await _failed_for_good(conn, d, failure.reason, attempts, now)
            else:
                delay = backoff(attempts, settings.delivery_backoff_seconds,
                                settings.delivery_backoff_cap)
                await store.retry(conn, d.id, failure.reason, now, now + delay)
                metrics.DELIVERIES.labels(d.channel, "retried").inc()
    return len(due)
