"""An asyncpg pool bound to the service's own schema, with JSON codecs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from uuid import UUID

import asyncpg
import orjson

from redgrid.common.settings import Settings

Connection = asyncpg.Connection
Pool = asyncpg.Pool

# Errors that say the database is away or restarting, not that our statement was wrong.
UNAVAILABLE = (
    asyncpg.CannotConnectNowError,
    asyncpg.ConnectionDoesNotExistError,
    asyncpg.InterfaceError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    asyncpg.TooManyConnectionsError,
    ConnectionError,
    OSError,
)


def _json_default(value):
    """What orjson does not know by its exact type: asyncpg's own UUID (read from a row)."""
    if isinstance(value, UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def to_json(value) -> str:
    return orjson.dumps(value, default=_json_default).decode()


async def _init_connection(conn: asyncpg.Connection) -> None:
    for kind in ("json", "jsonb"):
        await conn.set_type_codec(
            kind,
            encoder=to_json,
            decoder=orjson.loads,
            schema="pg_catalog",
        )


async def _reset(conn: asyncpg.Connection) -> None:
    """What a connection needs before going back to the pool. asyncpg has already rolled back
    an unfinished transaction and dropped listeners; our services keep no session state
    (settings are SET LOCAL, advisory locks are per transaction), so the default reset query
    (an extra round trip on every release) is not needed."""


async def create_pool(settings: Settings, **overrides) -> asyncpg.Pool:
    options = dict(
        dsn=settings.database_url(),
        min_size=settings.db_pool_min,
        max_size=settings.db_pool_max,
        init=_init_connection,
        reset=_reset,
        server_settings={
            "search_path": settings.db_schema,
            "application_name": f"redgrid-{settings.service}",
            "timezone": "UTC",
            # Reads are from memory or SSD, where a random page costs about what a sequential
            # one does; at the default (4) the planner built an 80,000-row path bitmap (8 ms)
            # for a community's in-progress tickets rather than walk the status index (0.6 ms).
            "random_page_cost": "1.1",
        },
        command_timeout=30,
    )
    options.update(overrides)
    return await asyncpg.create_pool(**options)


async def ping(pool: asyncpg.Pool) -> bool:
    try:
        async with pool.acquire(timeout=2) as conn:
            return await conn.fetchval("SELECT 1", timeout=2) == 1
    except Exception:  # noqa: BLE001 - readiness is a yes or no
        return False


@asynccontextmanager
async def transaction(pool: asyncpg.Pool) -> AsyncIterator[asyncpg.Connection]:
    """The one way a use case opens a transaction: a connection from the pool, begun."""
    async with pool.acquire() as conn, conn.transaction():
        yield conn
