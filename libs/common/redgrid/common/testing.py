"""pytest fixtures: real PostgreSQL and NATS JetStream, and services run in-process against them.

Loaded by the repository's conftest.py. No mock of our own database or broker anywhere.
"""

from __future__ import annotations

import asyncio
import itertools
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse
from uuid import UUID

import asyncpg
import httpx
import nats
import pytest
import pytest_asyncio

from redgrid.common import devstack, migrate, natsauth
from redgrid.common.auth import issue_token
from redgrid.common.clock import Clock
from redgrid.common.ids import uuid7
from redgrid.common.service import Runtime, ServiceSpec, build_app
from redgrid.common.settings import SERVICES, Settings, TestBackend

_db_counter = itertools.count(1)


@dataclass
class Stack:
    admin_url: str  # superuser, database `postgres`
    nats_url: str
    pg: devstack.Postgres | None = None
    nats: devstack.Nats | None = None
    _closers: list = field(default_factory=list)

    def nats_url_as(self, user: str) -> str:
        """The NATS URL with a user's credentials (a server of the tests' own has natsauth's
        users; one given by URL or a container has none, and the URL is as it is)."""
        return self.nats.url_as(user) if self.nats is not None else self.nats_url

    @property
    def reader_url(self) -> str:
        """As the read-only user: what the tests read streams with."""
        return self.nats_url_as(natsauth.READER)

    def nats_login(self, service: str) -> dict[str, str]:
        """The settings a service connects with: its own user, as deployed; a test's own
        service (a probe, a follower) has no user of its own and connects as admin."""
        if self.nats is None or not self.nats.passwords:
            return {}
        user = service if service in SERVICES else "admin"
        return {"nats_user": user, "nats_password": self.nats.passwords[user]}

    def url_for(self, database: str) -> str:
        parts = urlparse(self.admin_url)
        return urlunparse(parts._replace(path=f"/{database}"))

    @property
    def db_host(self) -> str:
        return urlparse(self.admin_url).hostname or "127.0.0.1"

    @property
    def db_port(self) -> int:
        return urlparse(self.admin_url).port or 5432

    async def new_database(self) -> str:
        name = f"t{next(_db_counter)}_{uuid7().hex[-8:]}"
        conn = await asyncpg.connect(self.admin_url)
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()
        return name

    async def purge_nats(self) -> None:
        """Delete every stream: each test module starts with an empty JetStream."""
        nc = await nats_connect(self.nats_url_as("admin"))
        try:
            js = nc.jetstream()
            for info in await js.streams_info():
                await js.delete_stream(info.config.name)
        finally:
            await nc.close()


def start_stack() -> Stack:
    backend = TestBackend()
    if backend.backend == "url":
        if not (backend.database_url and backend.nats_url):
            raise RuntimeError("REDGRID_TEST_DATABASE_URL and REDGRID_TEST_NATS_URL are needed")
        return Stack(backend.database_url, backend.nats_url)
    if backend.backend == "containers":
        from testcontainers.nats import NatsContainer
        from testcontainers.postgres import PostgresContainer

        pg = PostgresContainer("postgres:17", driver=None).start()
        nc = NatsContainer("nats:2.11", jetstream=True).start()
        stack = Stack(pg.get_connection_url(), nc.nats_uri())
        stack._closers += [pg.stop, nc.stop]
        return stack
    root = Path(tempfile.mkdtemp(prefix="redgrid-test-"))
    pg = devstack.Postgres(root / "pg", devstack.free_port())
    pg.start()
    server = devstack.Nats(root / "js", devstack.free_port())
    server.start()
    stack = Stack(pg.url("postgres"), server.url, pg=pg, nats=server)
    stack._closers += [server.stop, pg.stop]
    return stack


@pytest.fixture(scope="session")
def stack() -> Stack:
    s = start_stack()
    yield s
    for close in s._closers:
        close()


@dataclass
class Harness:
    """A service running in this process against the test stack."""

    spec: ServiceSpec
    settings: Settings
    client: httpx.AsyncClient
    runtime: Runtime
    reader_url: str = ""  # its NATS as the read-only user (stream_messages)

    def token(self, roles: list[str] | str, org: UUID | None = None,
              person: UUID | None = None, unit: UUID | None = None, name: str | None = None) -> str:
        roles = [roles] if isinstance(roles, str) else roles
        return issue_token(self.settings, person or uuid7(), roles, org, unit, name)

    def auth(self, roles: list[str] | str, org: UUID | None = None,
             person: UUID | None = None, unit: UUID | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(roles, org, person, unit)}"}


def service_settings(spec: ServiceSpec, stack: Stack, database: str, **overrides: Any) -> Settings:
    base = dict(
        environment="test",
        db_host=stack.db_host,
        db_port=stack.db_port,
        db_name=database,
        nats_url=stack.nats_url,
        **stack.nats_login(spec.name),
        log_json=True,
        log_level="WARNING",
        relay_poll_seconds=0.2,
        rate_limit_enabled=False,  # on where the limits are tested (test_rate_limits.py)
        db_pool_min=1,
        db_pool_max=5,
        objects_dir=tempfile.mkdtemp(prefix="redgrid-objects-"),  # photos: the local store
    )
    base.update(overrides)
    return spec.settings(**base)


async def prepare_database(spec: ServiceSpec, stack: Stack, database: str,
                           settings: Settings) -> None:
    admin = await asyncpg.connect(stack.url_for(database))
    try:
        await migrate.bootstrap(admin, spec.name, settings.db_password)
    finally:
        await admin.close()
    conn = await asyncpg.connect(settings.database_url())
    try:
        await migrate.migrate(conn, settings.db_schema, spec.migration_plan())
    finally:
        await conn.close()


@asynccontextmanager
async def run_service(spec: ServiceSpec, stack: Stack, database: str,
                      clock: Clock | None = None, **overrides: Any) -> AsyncIterator[Harness]:
    """Migrate the service's schema in `database` and run it (lifespan included)."""
    settings = service_settings(spec, stack, database, **overrides)
    await prepare_database(spec, stack, database, settings)
    app = build_app(spec, settings, clock=clock)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=f"http://{spec.name}") as client:
            yield Harness(spec, settings, client, app.state.runtime, stack.reader_url)


@asynccontextmanager
async def serve_http(spec: ServiceSpec, stack: Stack, database: str, clock: Clock | None = None,
                     port: int | None = None, **overrides: Any) -> AsyncIterator[Harness]:
    """Like run_service, but over real HTTP on a port (streams stream; a browser or a proxy
    reaches it), served as `redgrid run` serves it (service.server_config)."""
    import uvicorn

    from redgrid.common.service import server_config

    settings = service_settings(spec, stack, database, **overrides)
    await prepare_database(spec, stack, database, settings)
    app = build_app(spec, settings, clock=clock)
    async with app.router.lifespan_context(app):
        port = port or devstack.free_port()
        server = uvicorn.Server(server_config(app, settings, port=port, lifespan="off",
                                              loop="asyncio", timeout_graceful_shutdown=2))
        task = asyncio.create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.01)
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}",
                                         timeout=10) as client:
                yield Harness(spec, settings, client, app.state.runtime, stack.reader_url)
        finally:
            server.should_exit = True
            await task


async def eventually(check, timeout: float = 10.0, interval: float = 0.05):
    """Poll an async or plain predicate until it returns something truthy."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        await asyncio.sleep(interval)


@pytest_asyncio.fixture(scope="module")
async def clean_nats(stack: Stack) -> Stack:
    await stack.purge_nats()
    return stack


async def nats_connect(url: str, **options: Any) -> nats.aio.client.Client:
    """A test's own connection, as the user `url` names (Stack.nats_url_as), its replies coming
    to that user's inbox as the server's permissions want."""
    user = urlparse(url).username
    if user:
        options.setdefault("inbox_prefix", natsauth.inbox(user))
    return await nats.connect(url, **options)


async def stream_messages(nats_url: str, stream: str, subject: str,
                          timeout: float = 60.0) -> list:
    """Every message on `subject` in `stream` when called, from its start, read as the user
    `nats_url` names (the tests' reader: Stack.reader_url, Harness.reader_url). The ephemeral
    consumer wants no acks: one that did would stall at the server's default max_ack_pending
    (1,000 unacknowledged messages), and a reader that stopped at its first empty fetch would
    then return a truncated history. Reads until the server says nothing is left; a history
    that stops coming for `timeout` seconds fails, saying how far it got."""
    from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy

    nc = await nats_connect(nats_url)
    try:
        sub = await nc.jetstream().pull_subscribe(
            subject, stream=stream,
            config=ConsumerConfig(deliver_policy=DeliverPolicy.ALL, ack_policy=AckPolicy.NONE))
        left = (await sub.consumer_info()).num_pending
        out: list = []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while left > 0:
            try:
                batch = await sub.fetch(min(left, 500), timeout=min(5.0, timeout))
            except (TimeoutError, nats.errors.TimeoutError):
                if loop.time() > deadline:
                    raise AssertionError(
                        f"{stream} ({subject}): {len(out)} messages read, {left} more pending, "
                        f"none delivered for {timeout}s") from None
                continue
            out += batch
            deadline = loop.time() + timeout
            left = batch[-1].metadata.num_pending
        return out
    finally:
        await nc.close()


async def oidc_login(issuer: str, username: str, password: str, redirect_uri: str,
                     client_id: str = "redgrid-web",
                     scope: str = "openid profile phone redgrid") -> dict:
    """The browser's part of an OIDC login (authorization code + PKCE), done with httpx against
    a real provider: its login form posted with the user's password. Returns the token
    response (id_token among it)."""
    import base64
    import hashlib
    import re
    import secrets
    from urllib.parse import parse_qs, urljoin, urlparse

    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
    async with httpx.AsyncClient(base_url=issuer, timeout=10) as http:
        r = await http.get("/auth", params={
            "client_id": client_id, "redirect_uri": redirect_uri, "response_type": "code",
            "scope": scope, "code_challenge": challenge.decode(),
            "code_challenge_method": "S256", "state": secrets.token_urlsafe(8),
            "nonce": secrets.token_urlsafe(8)})
        while r.is_redirect and not str(r.headers["location"]).startswith(redirect_uri):
            r = await http.get(urljoin(str(r.url), r.headers["location"]))
        action = re.search(r'action="([^"]+)"', r.text)
        if action is None:
            raise AssertionError(f"no login form: {r.status_code} {r.text[:300]}")
        r = await http.post(urljoin(str(r.url), action.group(1)),
                            data={"username": username, "password": password})
        while r.is_redirect and not str(r.headers["location"]).startswith(redirect_uri):
            r = await http.get(urljoin(str(r.url), r.headers["location"]))
        if not r.is_redirect:
            raise AssertionError(f"login refused: {r.status_code} {r.text[:300]}")
        code = parse_qs(urlparse(r.headers["location"]).query)["code"][0]
        r = await http.post("/token", data={
            "grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
            "client_id": client_id, "code_verifier": verifier})
        r.raise_for_status()
        return r.json()
