"""Real servers standing in for the outside world: an SMTP server (aiosmtpd), an HTTP receiver
(for the SMS provider and webhook subscribers) that can be taken down and brought back, and a
service served over real HTTP (uvicorn) so that Server-Sent Events really stream."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import httpx
import orjson
import uvicorn
from aiosmtpd.controller import Controller

from redgrid.common.devstack import free_port
from redgrid.common.testing import serve_http


class Mailbox:
    """aiosmtpd handler: keeps every message it accepts."""

    def __init__(self):
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):
        msg = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), msg))
        return "250 OK"

    def to(self, address: str) -> list:
        return [m for rcpt, m in self.messages if address in rcpt]


@asynccontextmanager
async def smtp_server() -> AsyncIterator[tuple[Mailbox, int]]:
    box, port = Mailbox(), free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


@dataclass
class Receiver:
    """An HTTP endpoint that records what it is sent; `status` (and `headers`) decide its
    answer. With `tls` (a trustme certificate for `name`) it speaks https, reached by `name`."""

    port: int = field(default_factory=free_port)
    status: int = 200
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    name: str = "127.0.0.1"
    tls: Any = None
    received: list[tuple[str, dict, bytes]] = field(default_factory=list)  # answered 2xx
    tries: int = 0
    _server: uvicorn.Server | None = None
    _task: asyncio.Task | None = None

    def url(self, path: str = "/") -> str:
        return f"{'https' if self.tls else 'http'}://{self.name}:{self.port}{path}"

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.tries += 1
        if 200 <= self.status < 300:
            self.received.append((scope["path"], headers, body))
        await send({"type": "http.response.start", "status": self.status,
                    "headers": list(self.headers)})
        await send({"type": "http.response.body", "body": b""})

    def on(self, path: str) -> list[tuple[dict, bytes]]:
        return [(h, b) for p, h, b in self.received if p == path]

    def json(self, path: str) -> list[dict]:
        return [orjson.loads(b) for _, b in self.on(path)]

    async def start(self) -> None:
        tls = {}
        if self.tls is not None:  # its key and certificate, in one file as ssl takes them
            pem = Path(tempfile.mkdtemp(prefix="receiver-")) / "receiver.pem"
            self.tls.private_key_and_cert_chain_pem.write_to_path(str(pem))
            tls = dict(ssl_certfile=str(pem))
        config = uvicorn.Config(self, host="127.0.0.1", port=self.port, lifespan="off",
                                log_config=None, access_log=False, **tls)
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve())
        while not self._server.started:
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        """Down: the port refuses connections until start() again."""
        if self._server is not None:
            self._server.should_exit = True
            await self._task
            self._server = None


serve = serve_http  # over real HTTP: streams stream


class Names:
    """A DNS of our own for webhook destinations (senders.destinations.Resolve): names answer
    from a table, nothing else resolves (no test reaches the real DNS). A name given several
    answers gives them in turn and the last for ever after: a rebinding name, public when a
    subscription is made and internal when the worker connects."""

    def __init__(self, **answers: list[str] | list[list[str]]):
        self.answers: dict[str, list] = {}
        self.asked: list[str] = []
        for name, answer in answers.items():  # hotline_city_test=["93.184.216.34"]
            turns = answer if answer and isinstance(answer[0], list) else [answer]
            self.answer(name.replace("_", "."), *turns)

    def answer(self, name: str, *turns: list[str]) -> None:
        """`name` resolves to each of `turns` in turn, the last for ever after."""
        self.answers[name] = list(turns)

    async def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        answers = self.answers.get(host)
        if answers is None:
            raise OSError(-2, "Name or service not known")
        return answers.pop(0) if len(answers) > 1 else answers[0]


class LiveStream:
    """An open GET /v1/inbox/stream, its events collected as they arrive."""

    def __init__(self, client: httpx.AsyncClient, headers: dict, params: dict | None = None):
        self.client, self.headers, self.params = client, headers, params
        self.events: list[dict] = []
        self.ready = asyncio.Event()
        self._task: asyncio.Task | None = None

    async def _read(self) -> None:
        async with self.client.stream("GET", "/v1/inbox/stream", headers=self.headers,
                                      params=self.params, timeout=None) as r:
            assert r.status_code == 200, await r.aread()
            assert r.headers["content-type"].startswith("text/event-stream")
            event: dict = {}
            async for line in r.aiter_lines():
                if line == "":
                    if event.get("event") == "ready":
                        self.ready.set()
                    elif event:
                        self.events.append(event)
                    event = {}
                elif line.startswith(":"):
                    continue
                else:
                    name, _, value = line.partition(": ")
                    event[name] = orjson.loads(value) if name == "data" else value

    async def __aenter__(self) -> LiveStream:
        self._task = asyncio.create_task(self._read())
        await asyncio.wait_for(self.ready.wait(), 10)
        return self

    async def __aexit__(self, *exc) -> None:
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
