"""What operators did with dead letters, written down: who, when, what, with which outcome.

Every `redgrid dlq show | replay | discard` appends one record per dead letter to the stream
REDGRID_AUDIT (redgrid.audit.dlq.<action>), kept a year and more, longer than the dead letters
themselves (90 days): a discarded event can still be traced to the operator who let it go, and
why. `redgrid dlq audit` reads it back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from nats.errors import TimeoutError as NatsTimeout
from nats.js import JetStreamContext
from nats.js.api import (
    AckPolicy,
    ConsumerConfig,
    DeliverPolicy,
    RetentionPolicy,
    StorageType,
    StreamConfig,
)
from nats.js.errors import NotFoundError

from redgrid.common import streams
from redgrid.common.settings import Settings

AUDIT_STREAM = "REDGRID_AUDIT"
KEEP_DAYS = 400
ACTIONS = ("show", "replay", "discard")


@dataclass(frozen=True)
class Entry:
    action: str  # show, replay, discard
    by: str  # the operator, as they named themselves (`--by`, or their login)
    at: str  # UTC, ISO 8601
    dead_letter: int  # its sequence in REDGRID_DLQ
    event_id: str
    event_type: str
    consumer: str
    outcome: str  # shown, applied, failed again, waiting, discarded
    note: str = ""  # why it was discarded; what failed again


def stream_config(settings: Settings) -> StreamConfig:
    return StreamConfig(
        name=AUDIT_STREAM, description="What operators did with dead letters (redgrid dlq)",
        subjects=["redgrid.audit.>"], retention=RetentionPolicy.LIMITS,
        max_age=KEEP_DAYS * streams.DAY, storage=StorageType.FILE,
        num_replicas=settings.stream_replicas)


def entry(action: str, letter, *, by: str, outcome: str, note: str = "") -> Entry:
    return Entry(action=action, by=by, at=datetime.now(UTC).isoformat(timespec="seconds"),
                 dead_letter=letter.seq, event_id=letter.event_id,
                 event_type=str(letter.event.get("type") or letter.subject),
                 consumer=letter.consumer, outcome=outcome, note=note)


async def write(js: JetStreamContext, settings: Settings, entries: list[Entry]) -> None:
    """Append them; acknowledged by the stream (on disk, replicated) before this returns."""
    if not entries:
        return
    await streams.ensure(js, stream_config(settings))
    for e in entries:
        await js.publish(f"redgrid.audit.dlq.{e.action}", json.dumps(
            asdict(e), ensure_ascii=False).encode(), stream=AUDIT_STREAM)


async def read(js: JetStreamContext) -> list[Entry]:
    """The whole record, oldest first."""
    try:
        sub = await js.pull_subscribe("redgrid.audit.dlq.>", stream=AUDIT_STREAM,
                                      config=ConsumerConfig(deliver_policy=DeliverPolicy.ALL,
                                                            ack_policy=AckPolicy.NONE,
                                                            inactive_threshold=60.0))
    except NotFoundError:
        return []
    out: list[Entry] = []
    try:
        left = (await sub.consumer_info()).num_pending
        while left > 0:
            try:
                batch = await sub.fetch(min(left, 500), timeout=5.0)
            except NatsTimeout:
                continue
            out += [Entry(**json.loads(m.data)) for m in batch]
            left = batch[-1].metadata.num_pending
    finally:
        await sub.unsubscribe()
    return out


def table(entries: list[Entry]) -> str:
    rows = [("AT (UTC)", "BY", "ACTION", "SEQ", "EVENT ID", "CONSUMER", "OUTCOME", "NOTE")]
    rows += [(e.at, e.by, e.action, str(e.dead_letter), e.event_id or "-", e.consumer,
              e.outcome, e.note.replace("\n", " ")[:70]) for e in entries]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + r[-1]
                     for r in rows)
