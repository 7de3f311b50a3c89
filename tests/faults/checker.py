"""The checker, in the manner of Jepsen's queue workload: every event a producer committed to its
outbox must reach every consumer's inbox (or, given up on, the dead-letter stream: never
nowhere), and no event may take effect twice.

- lost: an outbox event of a kind a consumer takes, in neither its inbox nor REDGRID_DLQ;
- duplicates: an event notifications applied in more than one committed transaction (counted
  by the probe trigger in faults.applications, below any ON CONFLICT that would hide it);
- and the HTTP history: every work order a client was told is filed is exactly one ticket, every
  ticket has its step and exactly one `received` event: no partial rows.

Each test checks the events of its own window (outbox sequence numbers past a mark) and adds a
row to the ledger that `make soak` prints.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import asyncpg
import httpx
from nats.js.errors import NotFoundError

from redgrid.common import streams
from redgrid.common.events import CloudEvent, EventKind
from redgrid.common.ids import uuid7
from redgrid.common.settings import Settings
from redgrid.common.testing import nats_connect, stream_messages
from redgrid.notifications.consumers import FROM_REGISTRY as NOTIFICATIONS_FROM_REGISTRY
from redgrid.notifications.consumers import FROM_TICKETS as NOTIFICATIONS_FROM_TICKETS
from redgrid.tickets.consumers import FROM_REGISTRY as TICKETS_FROM_REGISTRY

from ..deploy.support import system_headers
from .cluster import Cluster
from .knobs import KNOBS
from .workload import Load

CONSUMERS = [TICKETS_FROM_REGISTRY, NOTIFICATIONS_FROM_REGISTRY, NOTIFICATIONS_FROM_TICKETS]
PRODUCERS = sorted({c.source for c in CONSUMERS})


@dataclass
class Row:
    fault: str
    injected: int
    events: int
    lost: int
    duplicates: int
    dead_lettered: int
    seconds: float
    note: str = ""


LEDGER: list[Row] = []


@dataclass
class Tally:
    events: int = 0
    lost: list[tuple[str, str]] = field(default_factory=list)  # (consumer, event id)
    duplicates: dict[str, int] = field(default_factory=dict)  # event id -> applications
    dead: list[dict] = field(default_factory=list)  # the window's outbox events dead-lettered
    dead_all: int = 0  # everything dead-lettered meanwhile (poison published by hand too)
    unsent: list[tuple[str, str]] = field(default_factory=list)  # (producer, id) not yet sent

    def summary(self) -> str:
        """Says where the lost ones are: still unsent in their producer's outbox (the relay
        has not published them), or published and not applied by their consumer."""
        unsent = {i for _, i in self.unsent}
        return (f"events={self.events} lost={len(self.lost)} "
                f"(of which {sum(1 for _, i in self.lost if i in unsent)} unsent in the "
                f"outbox) duplicates={len(self.duplicates)} dead_lettered={len(self.dead)}")


async def every_message(nats_url: str, stream: str, subject: str) -> list:
    """Every message of `stream` on `subject`, however many (testing.stream_messages)."""
    return await stream_messages(nats_url, stream, subject)


async def dead_letters(nats_url: str) -> list[dict]:
    out = []
    try:
        messages = await every_message(nats_url, "REDGRID_DLQ", "redgrid.dlq.>")
    except NotFoundError:  # no dead-letter stream yet: nothing dead-lettered
        return out
    for m in messages:
        try:
            event_id = str(CloudEvent.from_bytes(m.data).id)
        except ValueError:
            event_id = None
        out.append({"consumer": m.headers.get("Redgrid-Consumer"), "event_id": event_id,
                    "stream": m.headers.get("Redgrid-Stream"),
                    "stream_seq": int(m.headers.get("Redgrid-Stream-Seq", 0)),
                    "deliveries": int(m.headers.get("Redgrid-Deliveries", 0)),
                    "reason": m.headers.get("Redgrid-Reason", "")})
    return out


class Window:
    """The events committed from now on (outbox sequence numbers past a mark per producer)."""

    def __init__(self, cluster: Cluster):
        self.cluster = cluster
        self.marks: dict[str, int] = {}
        self.dead_mark = 0
        self.started = time.monotonic()

    async def open(self) -> Window:
        conn = await self.cluster.connect()
        try:
            for p in PRODUCERS:
                self.marks[p] = await conn.fetchval(f"SELECT coalesce(max(seq), 0) FROM {p}.outbox")
        finally:
            await conn.close()
        self.dead_mark = len(await dead_letters(self.cluster.nats.url_as("reader")))
        self.started = time.monotonic()
        return self

    async def tally(self) -> Tally:
        t = Tally()
        conn = await self.cluster.connect()
        try:
            events: dict[str, list[asyncpg.Record]] = {}
            for p in PRODUCERS:
                events[p] = await conn.fetch(
                    f"SELECT id, subject, sent_at FROM {p}.outbox WHERE seq > $1", self.marks[p])
                t.events += len(events[p])
                t.unsent += [(p, str(r["id"])) for r in events[p] if r["sent_at"] is None]
            dead = await dead_letters(self.cluster.nats.url_as("reader"))
            for c in CONSUMERS:
                taken = {str(r["event_id"]) for r in await conn.fetch(
                    f"SELECT event_id FROM {c.service}.inbox WHERE consumer = $1", c.durable)}
                given_up = {d["event_id"] for d in dead if d["consumer"] == c.durable}
                for r in events[c.source]:
                    if c.route_for(r["subject"] + ".v1") is None:
                        continue
                    if str(r["id"]) not in taken and str(r["id"]) not in given_up:
                        t.lost.append((c.durable, str(r["id"])))
            ids = [r["id"] for p in PRODUCERS for r in events[p]]
            t.duplicates = {str(r["event_id"]): r["n"] for r in await conn.fetch(
                "SELECT event_id, count(*) AS n FROM faults.applications "
                "WHERE event_id = ANY($1::uuid[]) GROUP BY 1 HAVING count(*) > 1", ids)}
            idset = {str(i) for i in ids}
            t.dead = [d for d in dead if d["event_id"] in idset]
            t.dead_all = len(dead) - self.dead_mark
        finally:
            await conn.close()
        return t

    async def settle(self, timeout: float) -> Tally:
        """The tally once nothing is missing any more, or when `timeout` is up."""
        deadline = time.monotonic() + timeout
        while True:
            t = await self.tally()
            if not t.lost or time.monotonic() > deadline:
                return t
            await asyncio.sleep(0.5)

    def record(self, fault: str, injected: int, t: Tally, note: str = "") -> None:
        LEDGER.append(Row(fault, injected, t.events, len(t.lost), len(t.duplicates),
                          t.dead_all, time.monotonic() - self.started, note))


async def consumers_resume(cluster: Cluster, load: Load) -> float:
    """Every consumer in the system takes a new event after a fault, within the patience knob
    (idle heartbeats every 5 s notice a silent feed after 15 s; a busy machine takes longer);
    returns how long the slowest took, which the ledger's notes show. A consumer that went
    silent after a reconnect, or whose task died while NATS was away, fails here:

    - registry: a grid renamed through the registry's API reaches tickets and notifications;
    - tickets: notifications takes tickets events again (a work order is filed to be sure there
      is one; after a long pause the consumer first works through the backlog);
    - matching, lists (whose services do not run here: notifications waits for their streams):
      their streams are made as their services would make them, and an event published on
      each reaches notifications.
    """
    started = time.monotonic()
    city = cluster.city
    conn = await cluster.connect()
    try:
        taken_before = await conn.fetchval(
            "SELECT count(*) FROM notifications.inbox WHERE consumer = $1",
            NOTIFICATIONS_FROM_TICKETS.durable)
    finally:
        await conn.close()
    async with httpx.AsyncClient(base_url=cluster.url("registry"), headers=system_headers(),
                                 timeout=30) as client:
        r = await client.patch(f"/v1/grids/{city.grid}",
                               json={"name": f"育红社区第1网格 {uuid7().hex[-6:]}"})
        assert r.status_code == 200, r.text
        version = r.json()["version"]
    within = KNOBS.patience
    (order,) = await load.run(1, within, retry_for=within)
    assert order.ticket_id, order.answers
    nc = await nats_connect(cluster.nats.url_as("admin"))  # stands in for matching and lists
    probes = []
    try:
        js = nc.jetstream()
        for source in ("matching", "lists"):
            await streams.ensure(js, streams.service_stream(source, Settings(service=source)))
            event = EventKind(source, "probe", "pinged").make(uuid7(), {"id": str(uuid7())})
            await js.publish(event.nats_subject, event.to_bytes(),
                             headers={"Nats-Msg-Id": str(event.id)})
            probes.append(event.id)
    finally:
        await nc.close()

    async def waiting() -> list[str]:
        """The consumers that have not taken their new event yet."""
        conn = await cluster.connect()
        try:
            out = [f"{s}-from-registry" for s in ("tickets", "notifications")
                   if await conn.fetchval(f"SELECT version FROM {s}.grids WHERE id = $1",
                                          city.grid) != version]
            logged = {r["event_id"] for r in await conn.fetch(
                "SELECT event_id FROM notifications.public_log WHERE event_id = ANY($1)",
                probes)}
            out += [f"notifications-from-{s}" for s, e in zip(("matching", "lists"), probes, strict=False)
                    if e not in logged]
            if await conn.fetchval(
                    "SELECT count(*) FROM notifications.inbox WHERE consumer = $1",
                    NOTIFICATIONS_FROM_TICKETS.durable) <= taken_before:
                out.append(NOTIFICATIONS_FROM_TICKETS.durable)
            return out
        finally:
            await conn.close()

    deadline = time.monotonic() + within
    while behind := await waiting():
        assert time.monotonic() < deadline, (
            f"not resumed within {within:g}s: {behind}\n" + await cluster.describe())
        await asyncio.sleep(0.2)
    return time.monotonic() - started


async def check_orders(cluster: Cluster, load: Load) -> list[str]:
    """The HTTP history against the rows: what was answered as filed is there exactly once,
    whole (ticket, step, one `received` event); nothing is there that no one was told about,
    unless its client gave up without an answer (indeterminate, and then whole too)."""
    problems: list[str] = []
    conn = await cluster.connect()
    try:
        rows = await conn.fetch(
            """
            WITH received AS (
                SELECT (convert_from(body, 'UTF8')::jsonb -> 'data' ->> 'id')::uuid AS id,
                       count(*) AS n
                  FROM tickets.outbox WHERE subject = 'redgrid.tickets.ticket.received'
                 GROUP BY 1),
            steps AS (SELECT ticket_id AS id, count(*) AS n FROM tickets.ticket_steps GROUP BY 1)
            SELECT t.id, t.external_ref, coalesce(s.n, 0) AS steps,
                   coalesce(r.n, 0) AS received
              FROM tickets.tickets t
              LEFT JOIN steps s ON s.id = t.id LEFT JOIN received r ON r.id = t.id
             WHERE t.channel = '12345' AND t.external_ref LIKE $1 || '-%'
            """, load.prefix)
    finally:
        await conn.close()
    by_ref: dict[str, list] = {}
    for r in rows:
        by_ref.setdefault(r["external_ref"], []).append(r)
        if r["steps"] < 1 or r["received"] != 1:
            problems.append(f"{r['external_ref']}: partial ticket (steps={r['steps']}, "
                            f"received events={r['received']})")
    for ref, order in load.orders.items():
        found = by_ref.get(ref, [])
        if order.ticket_id is not None:
            if [str(r["id"]) for r in found] != [order.ticket_id]:
                problems.append(f"{ref}: filed as {order.ticket_id}, rows {found}")
        elif found and not any(isinstance(a, str) or a == 503 for a in order.answers):
            problems.append(f"{ref}: a ticket no answer told of: {order.answers}")
    for ref in by_ref.keys() - load.orders.keys():
        problems.append(f"{ref}: a ticket for an order never sent")
    return problems


async def conclude(cluster: Cluster, window: Window, load: Load, fault: str, injected: int,
                   note: str = "", dead_lettered: int = 0) -> Tally:
    """Wait for the system to catch up, add the ledger's row, and check everything: the
    clients' history, lost, duplicates, and what went to the dead-letter stream."""
    t = await window.settle(KNOBS.settle)
    window.record(fault, injected, t, note)
    assert not load.unexpected, load.unexpected[:5]
    problems = await check_orders(cluster, load)
    assert not problems, problems[:10]
    assert len(load.filed()) == len(load.orders), "every order ends filed"
    assert not t.lost, (t.summary(), t.lost[:5], f"down: {cluster.down()}",
                        cluster.logs("notifications"))
    assert not t.duplicates, t.duplicates
    assert len(t.dead) == dead_lettered, t.dead[:5]
    return t


def table(rows: list[Row]) -> str:
    head = ("fault", "injected", "events", "lost", "duplicates", "dead-lettered", "seconds")
    body = [(r.fault, str(r.injected), str(r.events), str(r.lost), str(r.duplicates),
             str(r.dead_lettered), f"{r.seconds:.0f}") for r in rows]
    if rows:
        body.append(("total", str(sum(r.injected for r in rows)),
                     str(sum(r.events for r in rows)), str(sum(r.lost for r in rows)),
                     str(sum(r.duplicates for r in rows)),
                     str(sum(r.dead_lettered for r in rows)),
                     f"{sum(r.seconds for r in rows):.0f}"))
    widths = [max(len(x[i]) for x in [head, *body]) for i in range(len(head))]

    def line(cells) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=False)))

    out = [line(head), line(["-" * w for w in widths])]
    out += [line(b) for b in body[:-1]] + ([line(["-" * w for w in widths]), line(body[-1])]
                                           if body else [])
    notes = [f"  {r.fault}: {r.note}" for r in rows if r.note]
    return "\n".join(out + (["", "notes:", *notes] if notes else []))
