"""A service process for the fault suite: `redgrid run <service>`, with a crash planted where the
environment asks for one. The crash is os._exit: no finally blocks, no goodbyes to NATS or
PostgreSQL, exactly as a killed process ends.

  FAULTS_CRASH=relay-after-ack        the relay dies after JetStream acked a batch and before
                                      the rows are marked sent
  FAULTS_CRASH=consumer-after-commit  a consumer dies after its batch committed and before the
                                      acks went out (FAULTS_CONSUMER names which)
  FAULTS_CRASH_AFTER=n                crash on the n-th such batch (default 1)
  FAULTS_MARKER=path                  the crashing batch's event ids are written here first
  FAULTS_ACK_WAIT=seconds             the consumers' ack wait (redelivery after a crash)
  FAULTS_TRACE=path                   consumers write "begin"/"end" lines around each batch
"""

from __future__ import annotations

import asyncio
import os
import sys
import time

from redgrid.common import consumer, outbox, service
from redgrid.common.cli import main

CRASH = os.environ.get("FAULTS_CRASH", "")
CRASH_AFTER = int(os.environ.get("FAULTS_CRASH_AFTER", "1"))
MARKER = os.environ.get("FAULTS_MARKER")
TRACE = os.environ.get("FAULTS_TRACE")
ACK_WAIT = os.environ.get("FAULTS_ACK_WAIT")
TARGET = os.environ.get("FAULTS_CONSUMER", "")
CRASHED = 70  # the exit status of a planted crash


def _die(ids: list[str]) -> None:
    if MARKER:
        with open(MARKER, "w") as f:
            f.write("\n".join(ids))
    os._exit(CRASHED)


def _trace(line: str) -> None:
    with open(TRACE, "a") as f:
        f.write(f"{time.time():.3f} {line}\n")


class Relay(outbox.Relay):
    batches = 0

    async def relay_once(self) -> int:
        if CRASH == "relay-after-ack" and Relay.batches + 1 >= CRASH_AFTER:
            await asyncio.sleep(1.0)  # let a second's requests commit: the batch that dies
        return await super().relay_once()

    async def publish(self, rows) -> None:
        await super().publish(rows)  # every ack is in: JetStream has them all
        Relay.batches += 1
        if CRASH == "relay-after-ack" and Relay.batches >= CRASH_AFTER:
            _die([str(r["id"]) for r in rows])  # ... and the UPDATE that marks them never runs


class ConsumerRunner(consumer.ConsumerRunner):
    batches = 0

    def __init__(self, *args, **kwargs):
        if ACK_WAIT:
            kwargs["ack_wait"] = float(ACK_WAIT)
        super().__init__(*args, **kwargs)

    async def handle(self, msgs) -> None:
        if TRACE:
            _trace(f"begin {self.c.durable} {len(msgs)}")
        await super().handle(msgs)
        if TRACE:
            _trace(f"end {self.c.durable} {len(msgs)}")

    async def _apply_batch(self, items) -> int:
        applied = await super()._apply_batch(items)  # committed
        if CRASH == "consumer-after-commit" and self.durable == TARGET and applied:
            ConsumerRunner.batches += 1
            if ConsumerRunner.batches >= CRASH_AFTER:
                _die([str(i.event.id) for i in items])  # ... and no ack ever goes out
        return applied


service.Relay = Relay
service.ConsumerRunner = ConsumerRunner

if __name__ == "__main__":
    main(["run", sys.argv[1]])
