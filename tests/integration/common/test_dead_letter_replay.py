"""Failure classes and dead letters against a real PostgreSQL and nats-server: a bug is retried
then dead-lettered with its reason (never at its first delivery), a BadEvent is dead-lettered
at once, a Transient is retried until it applies; `redgrid dlq` lists and shows them, and a
replay after the fix is applied exactly once; a discard deletes it, and what operators did is
written down (who, when, what, why), from the command and from the operators' HTTP API."""

from __future__ import annotations

import asyncio
import os
import sys
from collections import Counter
from pathlib import Path

import httpx
import pytest
from pydantic import BaseModel

from redgrid.common import db, deadletter_api, deadletter_audit, deadletters, outbox
from redgrid.common.auth import issue_token
from redgrid.common.consumer import BadEvent, Consumer, Transient, replay_subject
from redgrid.common.events import CloudEvent, EventKind
from redgrid.common.ids import uuid7
from redgrid.common.service import ServiceSpec
from redgrid.common.settings import Settings
from redgrid.common.streams import DLQ_STREAM
from redgrid.common.testing import eventually, run_service

pytestmark = pytest.mark.asyncio(loop_scope="session")

SOURCE = "deadprobe"
DURABLE = f"{SOURCE}-from-{SOURCE}"
PING = EventKind(SOURCE, "thing", "pinged")
BROKEN = EventKind(SOURCE, "thing", "broken")  # its handler has a bug until FIXED
REFUSED = EventKind(SOURCE, "thing", "refused")  # its handler refuses some by its rules
FLAKY = EventKind(SOURCE, "thing", "flaky")  # not ready the first two times
FIXED: set[str] = set()
TRIES: Counter = Counter()
MAX_TRIES, MAX_DELIVER = 3, 6


class Thing(BaseModel):
    n: int


async def effect(conn, event: CloudEvent, kind: str) -> None:
    await conn.execute("INSERT INTO effects (event_id, kind) VALUES ($1, $2)", event.id, kind)


CONSUMER = Consumer(SOURCE, source=SOURCE)


@CONSUMER.on(PING, data=Thing)
async def on_ping(conn, event: CloudEvent, thing: Thing) -> None:
    await effect(conn, event, "ping")


@CONSUMER.on(BROKEN, data=Thing)
async def on_broken(conn, event: CloudEvent, thing: Thing) -> None:
    if "broken" not in FIXED:
        raise KeyError("grid_id")  # a bug: what the old loop dead-lettered at once
    await effect(conn, event, "broken")


@CONSUMER.on(REFUSED, data=Thing)
async def on_refused(conn, event: CloudEvent, thing: Thing) -> None:
    if thing.n < 0:
        raise BadEvent(f"n = {thing.n}: nothing can be done with a negative count")
    await effect(conn, event, "refused")


@CONSUMER.on(FLAKY, data=Thing)
async def on_flaky(conn, event: CloudEvent, thing: Thing) -> None:
    TRIES[event.id] += 1
    if TRIES[event.id] <= 2:
        raise Transient("what it needs has not arrived yet")
    await effect(conn, event, "flaky")


SPEC = ServiceSpec(
    name=SOURCE,
    description="a service that exists only in tests",
    migrations=Path(__file__).parent / "probe_migrations",
    consumers=[CONSUMER],
    events=[PING, BROKEN, REFUSED, FLAKY],
)


@pytest.fixture(scope="module")
async def probe(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(SPEC, stack, database, consumer_max_tries=MAX_TRIES,
                           consumer_max_deliver=MAX_DELIVER) as h:
        yield h


async def emit(h, *events: CloudEvent) -> None:
    async with db.transaction(h.runtime.pool) as conn:
        await outbox.record(conn, events)


async def effects(h, event_id) -> int:
    async with h.runtime.pool.acquire() as conn:
        return await conn.fetchval("SELECT count(*) FROM effects WHERE event_id = $1", event_id)


async def letters_of(h, event: CloudEvent) -> list[deadletters.DeadLetter]:
    return [d for d in await deadletters.dead_letters(h.runtime.js)
            if d.event_id == str(event.id)]


async def test_failures_are_classed_by_the_code_that_knows(probe):
    bug, refused, unfit = BROKEN.make("t-1", {"n": 1}), REFUSED.make("t-2", {"n": -1}), \
        PING.make("t-3", {"n": "many"})
    flaky, after = FLAKY.make("t-4", {"n": 4}), PING.make("t-5", {"n": 5})
    await emit(probe, bug, refused, unfit, flaky, after)
    await eventually(lambda: effects(probe, after.id))

    # a Transient is retried, and applied once when it clears
    await eventually(lambda: effects(probe, flaky.id), timeout=15)
    assert TRIES[flaky.id] == 3
    # data that does not fit its model, and a refusal by the rules: at once
    for event, why in ((unfit, "fields do not fit Thing"), (refused, "negative count")):
        (letter,) = await eventually(lambda e=event: letters_of(probe, e))
        assert letter.deliveries == 1 and "BadEvent" in letter.reason and why in letter.reason
    # a bug: retried, then dead-lettered with what it was and where
    (letter,) = await eventually(lambda: letters_of(probe, bug), timeout=20)
    assert letter.deliveries == MAX_TRIES
    assert letter.reason.startswith("KeyError: 'grid_id' (at test_dead_letter_replay.py:")
    assert "in on_broken" in letter.reason
    assert (letter.consumer, letter.stream, letter.subject) == (
        DURABLE, "REDGRID_DEADPROBE", BROKEN.subject)
    assert not await letters_of(probe, flaky)
    assert [await effects(probe, e.id) for e in (bug, refused, unfit)] == [0, 0, 0]


async def test_the_command_lists_and_shows_dead_letters(probe, stack):
    bug = BROKEN.make("t-6", {"n": 6})
    await emit(probe, bug)
    await eventually(lambda: letters_of(probe, bug), timeout=20)
    env = {**os.environ, "REDGRID_NATS_URL": stack.nats_url_as("admin")}  # as an operator

    async def redgrid(*args: str) -> tuple[int, str]:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "redgrid.common.cli", "dlq", *args, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        out, _ = await proc.communicate()
        return proc.returncode, out.decode()

    code, listed = await redgrid("list")
    assert code == 0, listed
    (line,) = [row for row in listed.splitlines() if str(bug.id) in row]
    for shown in (BROKEN.type, "t-6", DURABLE, f"  {MAX_TRIES}  ", "KeyError: 'grid_id'"):
        assert shown in line, (shown, line)
    assert listed.splitlines()[0].split() == ["SEQ", "EVENT", "ID", "TYPE", "SUBJECT",
                                              "CONSUMER", "TRIES", "DEAD-LETTERED", "REASON"]
    code, shown = await redgrid("show", str(bug.id))
    assert code == 0, shown
    assert f"of {DURABLE}" in shown and "in on_broken" in shown and '"n": 6' in shown
    code, none = await redgrid("show", "00000000-0000-0000-0000-000000000000")
    assert code == 1 and "no dead letter" in none


async def test_a_replay_after_the_fix_is_applied_exactly_once(probe):
    bug = BROKEN.make("t-7", {"n": 7})
    await emit(probe, bug)
    (letter,) = await eventually(lambda: letters_of(probe, bug), timeout=20)

    FIXED.add("broken")
    try:
        (outcome,) = await deadletters.replay(probe.runtime.js, [letter], wait=20)
    finally:
        FIXED.discard("broken")
    assert outcome.state == "applied", outcome
    assert await effects(probe, bug.id) == 1
    assert not await letters_of(probe, bug)  # dealt with: gone from the list

    # the same event sent back once more (a second replay): the inbox keeps it once
    js = probe.runtime.js
    ack = await js.publish(replay_subject(DURABLE), bug.to_bytes(), stream=DLQ_STREAM,
                           headers={"Nats-Msg-Id": "again", "Redgrid-Dlq-Seq": str(letter.seq),
                                    "Redgrid-Stream": letter.stream,
                                    "Redgrid-Stream-Seq": str(letter.stream_seq),
                                    "Redgrid-Subject": letter.subject})

    async def settled() -> bool:
        info = await js.consumer_info(DLQ_STREAM, f"{DURABLE}-replay")
        return info.ack_floor.stream_seq >= ack.seq

    await eventually(settled)
    assert await effects(probe, bug.id) == 1
    assert not await letters_of(probe, bug)


async def test_a_replay_that_fails_again_replaces_its_dead_letter(probe):
    refused = REFUSED.make("t-8", {"n": -8})
    await emit(probe, refused)
    (letter,) = await eventually(lambda: letters_of(probe, refused))

    (outcome,) = await deadletters.replay(probe.runtime.js, [letter], wait=20)
    assert outcome.state == "failed again" and "negative count" in outcome.detail
    (again,) = await letters_of(probe, refused)
    assert again.replay_of == letter.seq and again.seq != letter.seq
    assert (again.stream, again.stream_seq) == (letter.stream, letter.stream_seq)
    assert await effects(probe, refused.id) == 0


async def dlq_command(stack, *args: str) -> tuple[int, str]:
    """`redgrid dlq …` as an operator runs it (the admin NATS user)."""
    env = {**os.environ, "REDGRID_NATS_URL": stack.nats_url_as("admin")}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "redgrid.common.cli", "dlq", *args, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return proc.returncode, out.decode()


async def test_a_discard_deletes_the_dead_letter_and_every_action_is_audited(probe, stack):
    bug, refused = BROKEN.make("t-9", {"n": 9}), REFUSED.make("t-10", {"n": -10})
    await emit(probe, bug, refused)
    (letter,) = await eventually(lambda: letters_of(probe, bug), timeout=20)
    (other,) = await eventually(lambda: letters_of(probe, refused))

    code, out = await dlq_command(stack, "discard", str(bug.id))
    assert code == 2 and "--reason" in out  # no discard without a reason
    code, out = await dlq_command(stack, "show", str(bug.id), "--by", "王工")
    assert code == 0, out
    code, out = await dlq_command(stack, "discard", str(bug.id), "--by", "王工",
                                  "--reason", "已人工补录")
    assert code == 0 and f"#{letter.seq} {bug.id} of {DURABLE}: discarded" in out, out
    assert not await letters_of(probe, bug)
    assert await letters_of(probe, refused) == [other]  # the others stay
    assert await effects(probe, bug.id) == 0  # given up: never applied
    code, out = await dlq_command(stack, "discard", str(bug.id), "--reason", "again")
    assert code == 1 and "no dead letter" in out
    code, out = await dlq_command(stack, "replay", str(refused.id), "--by", "李工",
                                  "--wait", "20")
    assert code == 2 and "failed again" in out, out

    entries = [e for e in await deadletter_audit.read(probe.runtime.js)
               if e.event_id in (str(bug.id), str(refused.id))]
    assert [(e.action, e.by, e.dead_letter, e.outcome) for e in entries] == [
        ("show", "王工", letter.seq, "shown"),
        ("discard", "王工", letter.seq, "discarded"),
        ("replay", "李工", other.seq, "failed again")]
    assert entries[1].note == "已人工补录" and "negative count" in entries[2].note
    assert entries[1].consumer == DURABLE and entries[1].event_type == BROKEN.type
    assert all(e.at.endswith("+00:00") for e in entries)
    code, out = await dlq_command(stack, "audit")
    assert code == 0 and "已人工补录" in out and "李工" in out


@pytest.fixture
async def operators_api(stack):
    """The operators' HTTP API (`redgrid dlq serve`), as the admin NATS user, in this loop."""
    settings = Settings(nats_url=stack.nats_url_as("admin"))
    app = deadletter_api.build(settings, replay_wait=20)
    async with app.router.lifespan_context(app), httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://ops") as client:
        def as_(role: str, name: str) -> dict:
            token = issue_token(settings, person_id=uuid7(), roles=[role], name=name)
            return {"Authorization": f"Bearer {token}"}
        yield client, as_


async def test_the_operators_api_lists_shows_replays_discards_and_audits(probe, operators_api):
    client, as_ = operators_api
    zhao = as_("operator", "赵运维")
    bug, refused = BROKEN.make("t-11", {"n": 11}), REFUSED.make("t-12", {"n": -12})
    await emit(probe, bug, refused)
    (letter,) = await eventually(lambda: letters_of(probe, bug), timeout=20)
    (other,) = await eventually(lambda: letters_of(probe, refused))

    for headers in ({}, as_("street_admin", "街道"), as_("system", "对接")):  # operators only
        r = await client.get("/v1/dead-letters", headers=headers)
        assert r.status_code in (401, 403), r.text
    r = await client.get("/v1/dead-letters", params={"service": "nobody"}, headers=zhao)
    assert r.status_code == 422
    listed = (await client.get("/v1/dead-letters", headers=zhao)).json()
    (row,) = [d for d in listed if d["event_id"] == str(bug.id)]
    assert (row["seq"], row["consumer"], row["type"]) == (letter.seq, DURABLE, BROKEN.type)
    shown = (await client.get(f"/v1/dead-letters/{letter.seq}", headers=zhao)).json()
    assert shown["event"]["data"] == {"n": 11} and "KeyError" in shown["reason"]

    FIXED.add("broken")
    try:
        r = await client.post(f"/v1/dead-letters/{letter.seq}/replay", headers=zhao)
    finally:
        FIXED.discard("broken")
    assert r.json() == {"seq": letter.seq, "state": "applied", "detail": ""}
    assert await effects(probe, bug.id) == 1

    r = await client.post(f"/v1/dead-letters/{other.seq}/discard", headers=zhao, json={})
    assert r.status_code == 422  # a discard says why
    r = await client.post(f"/v1/dead-letters/{other.seq}/discard", headers=zhao,
                          json={"reason": "居民已撤回"})
    assert r.json()["state"] == "discarded" and not await letters_of(probe, refused)
    r = await client.post(f"/v1/dead-letters/{other.seq}/discard", headers=zhao,
                          json={"reason": "again"})
    assert r.status_code == 404 and r.json()["detail"].startswith("没有编号为")

    audit = [e for e in (await client.get("/v1/dead-letters/audit", headers=zhao)).json()
             if e["event_id"] in (str(bug.id), str(refused.id))]
    assert [(e["action"], e["outcome"]) for e in audit] == [
        ("show", "shown"), ("replay", "applied"), ("discard", "discarded")]
    assert all(e["by"].startswith("赵运维 (") for e in audit)
    assert audit[2]["note"] == "居民已撤回" and audit[2]["dead_letter"] == other.seq
