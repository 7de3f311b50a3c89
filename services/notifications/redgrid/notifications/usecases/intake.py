"""Events from the other services, inside the consumer's transaction (after its inbox claim):
every public event goes into the local log for webhooks, and the notices it calls for go into
the inbox with the e-mails and SMS to send. Nothing twice: each notice and delivery has a key
derived from (event id, recipient, channel) that the tables hold unique."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import logs
from redgrid.common.events import CloudEvent
from redgrid.common.orgtree import path_text
from redgrid.notifications import metrics
from redgrid.notifications.domain import templates
from redgrid.notifications.domain.audience import MessageKind, notices_for, subject_of
from redgrid.notifications.domain.channels import SENT_CHANNELS, Channel, delivery_key
from redgrid.notifications.domain.webhooks import is_public
from redgrid.notifications.queries import directory
from redgrid.notifications.store import notices as store
from redgrid.notifications.store import webhooks as log_store

log = logs.get(__name__)
# The consumer does not know the default quiet hours; channel choices do not depend on them.
_ANY_HOURS = "00:00"


def event_path(data: dict) -> str | None:
    """Where an event's thing lies in the org tree ('/…/'), when its snapshot says."""
    ids = data.get("org_path") or data.get("path")
    if isinstance(ids, list) and ids:
        try:
            return path_text(ids)
        except (ValueError, TypeError):
            return None
    return None


def _uuid(value) -> UUID | None:
    try:
        return UUID(str(value)) if value else None
    except ValueError:
        return None


async def record_public(conn: asyncpg.Connection, event: CloudEvent) -> None:
    if is_public(event.type):
        await log_store.append(conn, event.id, event.type, event_path(event.data),
                               event.to_bytes(), event.time)


async def notify(conn: asyncpg.Connection, event: CloudEvent) -> int:
    """Add the notices (and deliveries) an event calls for; returns how many notices."""
    wanted = notices_for(event.type, event.data)
    if not wanted:
        return 0
    subject_id, org_path = _uuid(event.data.get("id")), event_path(event.data)
    told, added = set(), 0
    for notice in wanted:
        params = dict(notice.params)
        if notice.kind == MessageKind.CLAIM_CONFIRMED:
            params["need_title"] = await directory.need_title(conn, _uuid(params.get("need_id")))
        title, body = templates.render(notice.kind, params)
        for recipient in await directory.resolve(conn, notice.audience):
            if recipient in told:  # e.g. the assignee is also a worker of the grid
                continue
            told.add(recipient)
            notice_id = delivery_key(event.id, recipient, Channel.INBOX)
            if not await store.add(conn, notice_id, recipient, notice.kind.value, notice.urgent,
                                   title, body, subject_of(event.type), subject_id, event.id,
                                   event.type, org_path, event.time):
                continue  # told already: the event came again
            added += 1
            reach, prefs = await directory.reach(conn, recipient, _ANY_HOURS, _ANY_HOURS)
            for channel in SENT_CHANNELS:
                if channel in reach and prefs.wants(notice.kind, channel):
                    await store.add_delivery(conn, delivery_key(event.id, recipient, channel),
                                             notice_id, channel.value, notice.urgent, event.time)
    if added:
        metrics.NOTICES.inc(added)
        log.info("notify.notices", event_type=event.type, notices=added)
    return added


async def on_event(conn: asyncpg.Connection, event: CloudEvent) -> None:
    await record_public(conn, event)
    await notify(conn, event)
