"""Events from the other services, inside the consumer's transaction (after its inbox claim):
every public event goes into the local log for webhooks, and the notices its rule calls for go
into the inbox with the e-mails and SMS to send. A handler returns these rows (`Writes`); the
consumer hands a batch's rows to `write`, which adds them with one statement per table. Nothing
twice: each notice and delivery has a key derived from (event id, recipient, channel) that the
tables hold unique."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import asyncpg

from redgrid.common import logs
from redgrid.common.events import CloudEvent
from redgrid.common.masking import mask_data
from redgrid.common.orgtree import path_text
from redgrid.notifications import metrics
from redgrid.notifications.domain import templates
from redgrid.notifications.domain.audience import notices_for, subject_of
from redgrid.notifications.domain.channels import SENT_CHANNELS, Channel, delivery_key
from redgrid.notifications.domain.snapshots import Snapshot
from redgrid.notifications.domain.webhooks import is_public
from redgrid.notifications.queries import directory
from redgrid.notifications.store import notices as store
from redgrid.notifications.store import webhooks as log_store

log = logs.get(__name__)
# The consumer does not know the default quiet hours; channel choices do not depend on them.
_ANY_HOURS = "00:00"


@dataclass
class Writes:
    """What applying an event adds: public log rows, notices (store.NOTICE_COLUMNS) and
    deliveries (store.DELIVERY_COLUMNS)."""

    log: list[tuple] = field(default_factory=list)
    notices: list[tuple] = field(default_factory=list)
    deliveries: list[tuple] = field(default_factory=list)


def event_path(data: dict[str, Any]) -> str | None:
    """Where an event's thing lies in the org tree ('/…/'), when its snapshot says: any type's,
    known here or not (the public log keeps them all)."""
    ids = data.get("org_path") or data.get("path")
    if isinstance(ids, list) and ids:
        try:
            return path_text(ids)
        except (ValueError, TypeError):
            return None
    return None


def _as_it_is(key: str) -> bool:
    return key.endswith(("id", "_ids", "_at", "path"))


async def logged(conn: asyncpg.Connection, event: CloudEvent,
                 names: list[str] | None = None) -> Writes:
    """The event's row in the public log, unless it is internal: the log webhooks replay to
    other city systems, so the personal data in its text is masked (the names of the people it
    refers to among them); an event with none is kept as it travelled."""
    if not is_public(event.type):
        return Writes()
    if names is None:
        names = await directory.names_on_record(conn, event.data)
    data = mask_data(event.data, names, skip=_as_it_is)
    if data != event.data:
        event = event.model_copy(update={"data": data})
    return Writes(log=[(event.id, event.type, event_path(event.data), event.to_bytes(),
                        event.time)])


async def log_only(conn: asyncpg.Connection, event: CloudEvent, data: dict[str, Any]) -> Writes:
    """Any other event of the streams: into the public log, nothing more."""
    return await logged(conn, event)


async def notify(conn: asyncpg.Connection, event: CloudEvent, data: Snapshot) -> Writes:
    """The public log row and the notices (and deliveries) the event's rule calls for; a
    redelivered event's are skipped when written (their keys exist). The names of the people
    the event refers to are masked wherever its text repeats them."""
    names = await directory.names_on_record(conn, event.data)
    writes = await logged(conn, event, names)
    org_path = path_text(data.org_path) if data.org_path else None
    told = set()
    for notice in notices_for(event.type, data):
        params = dict(notice.params)
        if "need_id" in params and "need_title" not in params:  # a claim names its need
            params["need_title"] = await directory.need_title(conn, params["need_id"])
        title, body = templates.render(notice.kind, params, names)
        for recipient in await directory.resolve(conn, notice.audience):
            if recipient in told:  # e.g. the assignee is also a worker of the grid
                continue
            told.add(recipient)
            notice_id = delivery_key(event.id, recipient, Channel.INBOX)
            writes.notices.append((notice_id, recipient.kind.value, recipient.id,
                                   notice.kind.value, notice.urgent, title, body,
                                   subject_of(event.type), data.id, event.id, event.type,
                                   org_path, event.time, notice.link))
            reach, prefs = await directory.reach(conn, recipient, _ANY_HOURS, _ANY_HOURS)
            for channel in SENT_CHANNELS:
                if channel in reach and prefs.wants(notice.kind, channel):
                    writes.deliveries.append((delivery_key(event.id, recipient, channel),
                                              notice_id, channel.value, notice.urgent,
                                              event.time))
    return writes


async def write(conn: asyncpg.Connection, batch: list[Writes]) -> None:
    """A batch's rows, in the order of its events: one statement for the log, one for the
    notices and their deliveries."""
    await log_store.append(conn, [row for w in batch for row in w.log])
    added = await store.add(conn, [row for w in batch for row in w.notices],
                            [row for w in batch for row in w.deliveries])
    if added:
        metrics.NOTICES.inc(added)
        log.info("notify.notices", notices=added)
