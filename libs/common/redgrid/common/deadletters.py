"""Dead letters an operator can work with (`redgrid dlq list | show | replay | discard`).

A dead letter is a message of the stream REDGRID_DLQ on `redgrid.dlq.<consumer>`: the event
as it came (64 KiB of it at most) with its failure in the headers (consumer.py, _dead_letter).
A replay sends the event, read again from its own stream at its sequence, back to that one
consumer on `redgrid.replay.<consumer>`; the consumer's replay runner applies it as it applies
any other event, its inbox claim included, so an event applied already is not applied twice.
Once the consumer has taken it without dead-lettering it again, the dead letter is deleted; if
it failed again, the new dead letter (naming the old one in `Redgrid-Replay-Of`) replaces it.
A discard deletes the dead letter: the operator gives the event up for good. What operators do
is written down (deadletter_audit).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import orjson
from nats.errors import TimeoutError as NatsTimeout
from nats.js import JetStreamContext
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
from nats.js.errors import NotFoundError

from redgrid.common.consumer import replay_subject
from redgrid.common.streams import DLQ_STREAM

DEAD = "redgrid.dlq.>"


@dataclass(frozen=True)
class DeadLetter:
    seq: int  # in REDGRID_DLQ
    consumer: str  # <service>-from-<source>
    stream: str  # where the event itself is, at stream_seq
    stream_seq: int
    subject: str
    deliveries: int
    reason: str
    time: datetime  # when it was dead-lettered
    body: bytes
    truncated: bool
    replay_of: int | None  # the dead letter whose replay failed again

    @property
    def service(self) -> str:
        return self.consumer.split("-from-")[0]

    @property
    def event(self) -> dict:
        """The event's envelope as far as it can be read (an unreadable one: {})."""
        try:
            value = orjson.loads(self.body)
        except orjson.JSONDecodeError:
            return {}
        return value if isinstance(value, dict) else {}

    @property
    def event_id(self) -> str:
        return str(self.event.get("id") or "")

    @classmethod
    def of(cls, msg) -> DeadLetter:
        h = msg.headers or {}
        return cls(
            seq=msg.metadata.sequence.stream, consumer=h.get("Redgrid-Consumer", ""),
            stream=h.get("Redgrid-Stream", ""), stream_seq=int(h.get("Redgrid-Stream-Seq") or 0),
            subject=h.get("Redgrid-Subject", ""),
            deliveries=int(h.get("Redgrid-Deliveries") or 0),
            reason=h.get("Redgrid-Reason", ""), time=msg.metadata.timestamp, body=msg.data,
            truncated="Redgrid-Truncated" in h,
            replay_of=int(h["Redgrid-Replay-Of"]) if h.get("Redgrid-Replay-Of") else None,
        )


async def dead_letters(js: JetStreamContext, service: str | None = None) -> list[DeadLetter]:
    """Every dead letter, oldest first; with `service`, those of its consumers only."""
    try:
        sub = await js.pull_subscribe(DEAD, stream=DLQ_STREAM, config=ConsumerConfig(
            deliver_policy=DeliverPolicy.ALL, ack_policy=AckPolicy.NONE,
            inactive_threshold=60.0))
    except NotFoundError:  # no dead-letter stream yet: nothing was ever dead-lettered
        return []
    try:
        left = (await sub.consumer_info()).num_pending
        out: list[DeadLetter] = []
        while left > 0:
            try:
                batch = await sub.fetch(min(left, 500), timeout=5.0)
            except NatsTimeout:
                continue
            out += [DeadLetter.of(m) for m in batch]
            left = batch[-1].metadata.num_pending
    finally:
        await sub.unsubscribe()
    return [d for d in out if service is None or d.service == service]


def matching(letters: list[DeadLetter], ident: str) -> list[DeadLetter]:
    """The dead letters of an event id, or the one at a dead-letter sequence number."""
    if ident.isdigit():
        return [d for d in letters if d.seq == int(ident)]
    try:
        wanted = str(UUID(ident))
    except ValueError:
        return []
    return [d for d in letters if d.event_id == wanted]


async def original(js: JetStreamContext, letter: DeadLetter) -> bytes:
    """The event as its own stream keeps it; the dead letter's copy once the stream has let it
    go (limits), unless that copy was cut short."""
    try:
        return (await js.get_msg(letter.stream, letter.stream_seq)).data
    except NotFoundError:
        if letter.truncated:
            raise LookupError(f"{letter.stream} #{letter.stream_seq} is gone and the dead "
                              "letter keeps only the first 64 KiB of it") from None
        return letter.body


@dataclass(frozen=True)
class Outcome:
    letter: DeadLetter
    state: str  # applied, failed again, waiting
    detail: str = ""


async def replay(js: JetStreamContext, letters: list[DeadLetter], *,
                 wait: float = 30.0) -> list[Outcome]:
    """Send each dead letter back to its consumer, wait up to `wait` seconds for them to be
    taken, then tidy: a replay taken and not dead-lettered again deletes its dead letter."""
    sent: dict[int, int] = {}  # dead letter seq → the replay's seq
    for letter in letters:
        ack = await js.publish(replay_subject(letter.consumer), await original(js, letter),
                               stream=DLQ_STREAM, headers={
                                   "Nats-Msg-Id": f"replay:{letter.seq}",
                                   "Redgrid-Dlq-Seq": str(letter.seq),
                                   "Redgrid-Stream": letter.stream,
                                   "Redgrid-Stream-Seq": str(letter.stream_seq),
                                   "Redgrid-Subject": letter.subject})
        sent[letter.seq] = ack.seq
    taken = await _taken(js, letters, sent, wait)
    again = {d.replay_of: d for d in await dead_letters(js) if d.replay_of is not None}
    out = []
    for letter in letters:
        if letter.seq not in taken:
            out.append(Outcome(letter, "waiting", f"{letter.consumer} has not taken it yet "
                                                  "(is the service running?)"))
            continue
        try:
            await js.delete_msg(DLQ_STREAM, letter.seq)
        except NotFoundError:
            pass  # deleted meanwhile (a replay of it run twice)
        failed = again.get(letter.seq)
        out.append(Outcome(letter, "failed again", f"#{failed.seq}: {failed.reason}")
                   if failed else Outcome(letter, "applied"))
    return out


async def _taken(js: JetStreamContext, letters: list[DeadLetter], sent: dict[int, int],
                 wait: float) -> set[int]:
    """The dead letters whose replay its consumer has settled (applied, or given up on)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    taken: set[int] = set()
    while True:
        for letter in letters:
            if letter.seq not in taken and await _settled(js, letter.consumer, sent[letter.seq]):
                taken.add(letter.seq)
        if len(taken) == len(letters) or loop.time() > deadline:
            return taken
        await asyncio.sleep(0.2)


async def _settled(js: JetStreamContext, consumer: str, seq: int) -> bool:
    try:
        info = await js.consumer_info(DLQ_STREAM, f"{consumer}-replay")
    except NotFoundError:
        return False  # the service has not run since it learnt of replays
    return info.ack_floor.stream_seq >= seq or (
        info.delivered.stream_seq >= seq and info.num_ack_pending == 0)


async def discard(js: JetStreamContext, letters: list[DeadLetter]) -> list[DeadLetter]:
    """Delete them from the dead-letter stream; those that were still there."""
    gone = []
    for letter in letters:
        try:
            await js.delete_msg(DLQ_STREAM, letter.seq)
        except NotFoundError:
            continue  # discarded or replayed meanwhile
        gone.append(letter)
    return gone


# --- what the command prints --------------------------------------------------------------

def table(letters: list[DeadLetter]) -> str:
    rows = [("SEQ", "EVENT ID", "TYPE", "SUBJECT", "CONSUMER", "TRIES", "DEAD-LETTERED",
             "REASON")]
    for d in letters:
        e = d.event
        rows.append((str(d.seq), d.event_id or "-", str(e.get("type") or d.subject)[:48],
                     str(e.get("subject") or "-")[:36], d.consumer, str(d.deliveries),
                     f"{d.time:%Y-%m-%d %H:%M:%S}", d.reason.replace("\n", " ")[:70]))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + r[-1]
                     for r in rows)


def details(letter: DeadLetter) -> str:
    lines = [
        f"dead letter #{letter.seq} of {letter.consumer}, {letter.time:%Y-%m-%d %H:%M:%S} UTC",
        f"event:      {letter.event_id or '(unreadable)'} at {letter.stream} #{letter.stream_seq} "
        f"({letter.subject})",
        f"deliveries: {letter.deliveries}",
        f"reason:     {letter.reason}",
    ]
    if letter.replay_of is not None:
        lines.append(f"replay of:  #{letter.replay_of} (it failed again)")
    if letter.truncated:
        lines.append("body:       the first 64 KiB only (the whole event is in its stream)")
    event = letter.event
    lines.append(json.dumps(event, ensure_ascii=False, indent=2) if event
                 else letter.body[:2000].decode("utf-8", "replace"))
    return "\n".join(lines)
