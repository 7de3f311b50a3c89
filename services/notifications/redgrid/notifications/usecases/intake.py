"""Events from the other services, inside the consumer's transaction (after its inbox claim):
every public event goes into the local log for webhooks, and the notices it calls for go into
the inbox with the e-mails and SMS to send. Nothing twice: each notice and delivery has a key
derived from (event id, recipient, channel) that the tables hold unique."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from uuid import UUID

import asyncpg

from redgrid.common import logs
from redgrid.common.events import CloudEvent
from redgrid.common.masking import mask_data
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


@dataclass
class Writes:
    """What the events applied in one transaction add: written with one statement per kind
    at its end (a consumer's batch), not one per event and recipient."""

    log: list[tuple] = field(default_factory=list)  # public log rows
    notices: list[tuple] = field(default_factory=list)  # store.NOTICE_COLUMNS
    deliveries: list[tuple] = field(default_factory=list)  # store.DELIVERY_COLUMNS


_writes: ContextVar[Writes | None] = ContextVar("notifications_writes", default=None)


@asynccontextmanager
async def gathered(conn: asyncpg.Connection) -> AsyncIterator[None]:
    """Gather the writes of the events applied meanwhile, then write them (joins the one
    already open: a handler inside a consumer's batch)."""
    if _writes.get() is not None:
        yield
        return
    writes = Writes()
    token = _writes.set(writes)
    try:
        yield
    finally:
        _writes.reset(token)
    await log_store.append(conn, writes.log)
    added = await store.add(conn, writes.notices, writes.deliveries)
    if added:
        metrics.NOTICES.inc(added)
        log.info("notify.notices", notices=added)


def _as_it_is(key: str) -> bool:
    return key.endswith(("id", "_ids", "_at", "path"))


def record_public(writes: Writes, event: CloudEvent, names: list[str]) -> None:
    """The log that webhooks replay to other city systems: the event with the personal data
    in its text masked (the event as it travelled when it had none)."""
    if not is_public(event.type):
        return
    data = mask_data(event.data, names, skip=_as_it_is)
    if data != event.data:
        event = event.model_copy(update={"data": data})
    writes.log.append((event.id, event.type, event_path(event.data), event.to_bytes(),
                       event.time))


async def notify(conn: asyncpg.Connection, writes: Writes, event: CloudEvent,
                 names: list[str]) -> None:
    """The notices (and deliveries) an event calls for; a redelivered event's are skipped
    when written (their keys exist)."""
    wanted = notices_for(event.type, event.data)
    if not wanted:
        return
    subject_id, org_path = _uuid(event.data.get("id")), event_path(event.data)
    told = set()
    for notice in wanted:
        params = dict(notice.params)
        if notice.kind == MessageKind.CLAIM_CONFIRMED:
            params["need_title"] = await directory.need_title(conn, _uuid(params.get("need_id")))
        title, body = templates.render(notice.kind, params, names)
        for recipient in await directory.resolve(conn, notice.audience):
            if recipient in told:  # e.g. the assignee is also a worker of the grid
                continue
            told.add(recipient)
            notice_id = delivery_key(event.id, recipient, Channel.INBOX)
            writes.notices.append((notice_id, recipient.kind.value, recipient.id,
                                   notice.kind.value, notice.urgent, title, body,
                                   subject_of(event.type), subject_id, event.id, event.type,
                                   org_path, event.time))
            reach, prefs = await directory.reach(conn, recipient, _ANY_HOURS, _ANY_HOURS)
            for channel in SENT_CHANNELS:
                if channel in reach and prefs.wants(notice.kind, channel):
                    writes.deliveries.append((delivery_key(event.id, recipient, channel),
                                              notice_id, channel.value, notice.urgent,
                                              event.time))


async def on_event(conn: asyncpg.Connection, event: CloudEvent) -> None:
    async with gathered(conn):
        writes = _writes.get()
        names = await directory.names_on_record(conn, event.data)
        record_public(writes, event, names)
        await notify(conn, writes, event, names)
