"""A JetStream pull 'consume' loop: pull requests kept outstanding, batches taken as they come.

nats-py's fetch() either waits for a full batch or for its timeout once a message has arrived,
which costs latency at low load; this keeps credit outstanding with the server and hands the
caller whatever has arrived, so batches grow with load and a lone message is not held back.
Idle heartbeats tell a silent consumer (after a reconnect or a server restart) from an idle one.
"""

from __future__ import annotations

import asyncio
import time

import orjson
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.aio.subscription import Subscription
from nats.js import JetStreamContext

STATUS_HEARTBEAT = "100"


class PullFeed:
    def __init__(self, nc: Client, stream: str, durable: str, batch: int = 200,
                 expires: float = 30.0, heartbeat: float = 5.0):
        self.nc, self.stream, self.durable = nc, stream, durable
        self.batch, self.expires, self.heartbeat = batch, expires, heartbeat
        self.queue: asyncio.Queue[Msg] = asyncio.Queue()
        self.credit = 0  # messages asked for and not yet delivered
        self.credit_until = 0.0  # when the outstanding requests expire
        self.last_seen = time.monotonic()
        self._sub: Subscription | None = None
        self._inbox = ""

    async def start(self) -> None:
        self._inbox = self.nc.new_inbox()
        self._sub = await self.nc.subscribe(self._inbox, cb=self._on_message)

    async def stop(self) -> None:
        """Stop asking, and give back what was delivered but not taken: naked, it goes to
        another replica at once instead of waiting out the ack wait (a scale-down, a rollout)."""
        if self._sub is not None:
            try:
                await self._sub.drain()  # the server's last deliveries still reach the queue
            except Exception:  # noqa: BLE001, S110 - the connection may already be gone
                pass
            self._sub = None
        while not self.queue.empty():
            msg = self.queue.get_nowait()
            try:
                await msg.nak()
            except Exception:  # noqa: BLE001, S110 - unacknowledged, it comes back after the ack wait
                pass

    def reset(self) -> None:
        """Forget outstanding requests: the next take() asks again (after a reconnect)."""
        self.credit = 0

    async def _on_message(self, msg: Msg) -> None:
        self.last_seen = time.monotonic()
        status = JetStreamContext.is_status_msg(msg)
        if status is None:
            self.credit = max(0, self.credit - 1)
            self.queue.put_nowait(msg)
        elif status != STATUS_HEARTBEAT:
            # 404/408 (request done or expired), 409 (consumer changed, too many waiting):
            # whatever was outstanding on that request is not coming.
            self.credit = 0

    async def _ask(self) -> None:
        now = time.monotonic()
        silent = now - self.last_seen > 3 * self.heartbeat
        if now >= self.credit_until or silent:
            self.credit = 0
        wanted = self.batch * 2 - self.credit
        if self.credit > self.batch or wanted <= 0:
            return
        request = {
            "batch": wanted,
            "expires": int(self.expires * 1e9),
            "idle_heartbeat": int(self.heartbeat * 1e9),
        }
        await self.nc.publish(
            f"$JS.API.CONSUMER.MSG.NEXT.{self.stream}.{self.durable}",
            orjson.dumps(request),
            reply=self._inbox,
        )
        self.credit += wanted
        self.credit_until = now + self.expires - 0.5
        self.last_seen = max(self.last_seen, now)

    async def take(self, wait: float = 1.0) -> list[Msg]:
        """Up to `batch` messages: waits at most `wait` for the first, then takes what is there."""
        if self.queue.empty():
            await self._ask()
            try:
                first = await asyncio.wait_for(self.queue.get(), wait)
            except TimeoutError:
                return []
        else:
            first = self.queue.get_nowait()
        msgs = [first]
        while len(msgs) < self.batch and not self.queue.empty():
            msgs.append(self.queue.get_nowait())
        await self._ask()
        return msgs
