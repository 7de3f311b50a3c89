"""What a service is made of (ServiceSpec) and what runs while it lives (Runtime).

Each service's main.py declares a ServiceSpec; build_app() turns it into a FastAPI app whose
lifespan opens the pool, connects to NATS, ensures the streams, and runs the outbox relay, the
consumers and the service's own workers; on shutdown it stops taking messages, lets the batch in
hand finish, drains NATS and closes the pool.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
from fastapi import APIRouter, Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from nats.aio.client import Client
from nats.js import JetStreamContext

from redgrid.common import (
    asyncapi,
    db,
    docs,
    gauges,
    logs,
    migrate,
    openapi,
    ratelimit,
    retention,
    streams,
    tracing,
)
from redgrid.common.auth import TokenVerifier
from redgrid.common.clock import Clock, SystemClock
from redgrid.common.consumer import Consumer, ConsumerRunner
from redgrid.common.events import EventKind
from redgrid.common.http import (
    RequestContext,
    install_ops_routes,
    install_problem_handlers,
    known_query_only,
)
from redgrid.common.outbox import Relay
from redgrid.common.settings import SERVICES, Settings

log = logs.get(__name__)
# Replays come one at a time, by hand: a small batch is plenty.
REPLAY_BATCH = 20
Worker = Callable[["Runtime"], Awaitable[None]]
# Sets a service's own gauges (gauges.py calls it on its timer).
GaugeSampler = Callable[["Runtime"], Awaitable[None]]


@dataclass
class ServiceSpec:
    name: str
    description: str
    migrations: Path
    routers: list[APIRouter] = field(default_factory=list)
    consumers: list[Consumer] = field(default_factory=list)
    events: list[EventKind] = field(default_factory=list)
    modules: tuple[Path | tuple[Path, ...], ...] = ()  # shared read models (libs/common/sql)
    workers: list[Worker] = field(default_factory=list)
    gauges: list[GaugeSampler] = field(default_factory=list)
    settings_cls: type[Settings] = Settings
    # Called with the app once built, for services that add their own pieces (e.g. Open311).
    configure_app: Callable[[FastAPI], None] | None = None
    # Warnings beside /readyz's checks that do not make the service unready (e.g. a year with
    # no holiday calendar): called with the Runtime, returns {name: what is wrong}.
    notes: Callable[[Runtime], dict[str, str]] | None = None
    # Examples for the OpenAPI document by schema name (the service's api/examples.py)
    examples: dict[str, Any] = field(default_factory=dict)
    # Routes that take uploads (path patterns, matched at the path's end): their bodies may
    # reach settings.photo_max_bytes instead of 1 MB
    uploads: tuple[str, ...] = ()

    def migration_plan(self) -> list[migrate.Migration]:
        return migrate.plan(self.name, self.migrations, self.modules)

    def settings(self, **overrides) -> Settings:
        return self.settings_cls(service=self.name, **overrides)


@dataclass
class Runtime:
    spec: ServiceSpec
    settings: Settings
    pool: asyncpg.Pool | None = None
    nc: Client | None = None
    js: JetStreamContext | None = None
    relay: Relay | None = None
    runners: list[ConsumerRunner] = field(default_factory=list)
    tasks: list[asyncio.Task] = field(default_factory=list)
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    # Set when the process is told to stop, before HTTP drains: long-lived responses (live
    # streams) end then, so that draining does not wait for them.
    draining: asyncio.Event = field(default_factory=asyncio.Event)
    clock: Clock = field(default_factory=SystemClock)
    # What a service's workers make for its entrypoints (e.g. the tickets intake's group commit)
    parts: dict[str, Any] = field(default_factory=dict)

    async def start(self) -> None:
        s = self.settings
        self.pool = await db.create_pool(s)
        self.nc = await streams.connect(
            s, s.service,
            reconnected_cb=self._reconnected,
            disconnected_cb=self._disconnected,
            error_cb=self._error,
        )
        self.js = self.nc.jetstream()
        await streams.ensure(self.js, streams.service_stream(s.service, s))
        await streams.ensure_private(self.js, s.service, s)
        await streams.ensure(self.js, streams.dead_letter_stream(s))
        self.relay = Relay(self.pool, self.js, s.service, batch=s.relay_batch,
                           poll_seconds=s.relay_poll_seconds)
        self.tasks.append(asyncio.create_task(self.relay.run(), name="relay"))
        for consumer in self.spec.consumers:
            # the source stream, and the dead letters `redgrid dlq replay` sends back
            for replays, batch in ((False, s.consumer_batch), (True, REPLAY_BATCH)):
                runner = ConsumerRunner(consumer, self.pool, self.nc, batch=batch,
                                        max_tries=s.consumer_max_tries,
                                        max_deliver=s.consumer_max_deliver, replays=replays)
                self.runners.append(runner)
                self.tasks.append(asyncio.create_task(runner.run(), name=runner.durable))
        # nothing kept forever: sent outbox rows, inbox claims (retention.py)
        self.tasks.append(asyncio.create_task(retention.pruner(self), name="pruner"))
        # what waits: outbox, consumers, dead letters, the service's own (gauges.py)
        self.tasks.append(asyncio.create_task(gauges.sampler(self), name="gauges"))
        for worker in self.spec.workers:
            self.tasks.append(asyncio.create_task(worker(self), name=worker.__name__))
        for task in self.tasks:
            task.add_done_callback(self._task_ended)
        log.info("service.started", port=s.port)

    def _task_ended(self, task: asyncio.Task) -> None:
        if not task.cancelled() and task.exception() is not None and not self.stopping.is_set():
            log.error("service.task_crashed", task=task.get_name(), error=repr(task.exception()))

    async def _reconnected(self) -> None:
        log.info("nats.reconnected")
        for runner in self.runners:
            runner.on_reconnect()

    async def _disconnected(self) -> None:
        log.warning("nats.disconnected")

    async def _error(self, exc: Exception) -> None:
        log.warning("nats.error", error=repr(exc))

    async def stop(self, grace: float = 20.0) -> None:
        self.draining.set()
        self.stopping.set()
        for runner in self.runners:
            runner.stop()
        if self.relay is not None:
            self.relay.stop()
        if self.tasks:
            done, pending = await asyncio.wait(self.tasks, timeout=grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        if self.relay is not None:
            await self.relay.close()
        if self.nc is not None and not self.nc.is_closed:
            try:
                await self.nc.drain()
            except Exception:  # noqa: BLE001 - closing anyway
                await self.nc.close()
        if self.pool is not None:
            await self.pool.close()
        await asyncio.to_thread(tracing.shutdown)  # the spans still buffered go out
        log.info("service.stopped")

    async def ready(self) -> dict[str, bool]:
        return {
            "database": self.pool is not None and await db.ping(self.pool),
            "nats": self.nc is not None and self.nc.is_connected,
        }

    def notes(self) -> dict[str, str]:
        return self.spec.notes(self) if self.spec.notes is not None else {}


def build_app(spec: ServiceSpec, settings: Settings | None = None,
              clock: Clock | None = None) -> FastAPI:
    settings = settings or spec.settings()
    logs.configure(spec.name, settings.log_level, settings.log_json)
    tracing.configure(settings)  # nothing unless the OTEL_* variables ask for traces
    runtime = Runtime(spec, settings, clock=clock or SystemClock())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await runtime.start()
        try:
            yield
        finally:
            await runtime.stop()

    app = FastAPI(
        title=f"Redgrid {spec.name}",
        version=settings.version,
        description=spec.description,
        lifespan=lifespan,
        dependencies=[Depends(known_query_only), Depends(ratelimit.limit_anonymous)],
        generate_unique_id_function=openapi.operation_ids(spec.name),
        docs_url=None,
        redoc_url=None,
    )
    app.state.runtime = runtime
    app.state.settings = settings
    app.state.verifier = TokenVerifier(settings)
    app.state.limiter = ratelimit.Limiter(settings)
    install_problem_handlers(app)
    install_ops_routes(
        app,
        ready=runtime.ready,
        notes=runtime.notes,
        asyncapi=lambda: asyncapi.document(spec.name, settings.version, spec.description,
                                           spec.events, spec.consumers),
    )
    for router in spec.routers:
        app.include_router(router)
    if spec.configure_app is not None:
        spec.configure_app(app)
    docs.install(app)
    openapi.install(app, settings.oidc_configuration_url, spec.examples)
    app.add_middleware(RequestContext, service=spec.name, access_log=settings.log_requests,
                       uploads=spec.uploads, upload_max=settings.photo_max_bytes)
    if settings.cors_origins:  # outermost: a preflight is answered before anything else
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_credentials=True, allow_methods=["*"], allow_headers=["*"],
                           expose_headers=["Location", "Retry-After", "X-Request-ID"],
                           max_age=600)
    tracing.instrument_app(app)
    return app


def server_config(app: FastAPI, settings: Settings, **overrides: Any):
    """How uvicorn serves a service (one place: `serve`, and tests over real HTTP)."""
    import uvicorn

    return uvicorn.Config(**{
        "app": app,
        "host": settings.http_host,
        "port": settings.port,
        "log_config": None,
        "access_log": False,
        "timeout_graceful_shutdown": 20,
        "root_path": settings.root_path,  # reached at <origin>/api/<service>/… (docs say so)
        # X-Forwarded-For is believed from REDGRID_TRUSTED_PROXIES only (ratelimit.py), not
        # from any local peer as uvicorn would
        "proxy_headers": False,
        "loop": "uvloop",
        "http": "httptools",
    } | overrides)


def serve(app: FastAPI, settings: Settings) -> None:
    """Run the app under uvicorn until SIGTERM or SIGINT, then drain: no new connections,
    requests in hand finish, live streams end, then the lifespan stops the rest."""
    import uvicorn

    runtime: Runtime = app.state.runtime

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            try:
                asyncio.get_running_loop().call_soon_threadsafe(runtime.draining.set)
            except RuntimeError:  # no loop running yet
                pass
            super().handle_exit(sig, frame)

    Server(server_config(app, settings)).run()


def load_spec(name: str) -> ServiceSpec:
    """A service's spec, found by name (redgrid.<name>.main): libs/common imports no service."""
    if name not in SERVICES:
        raise SystemExit(f"unknown service {name!r}; one of: {', '.join(SERVICES)}")
    return importlib.import_module(f"redgrid.{name}.main").spec


def available_services() -> list[str]:
    """The services installed here (an image may hold only some)."""
    found = []
    for name in SERVICES:
        try:
            importlib.import_module(f"redgrid.{name}.main")
        except ModuleNotFoundError as exc:
            if exc.name not in (f"redgrid.{name}", f"redgrid.{name}.main"):
                raise
            continue
        found.append(name)
    return found
