"""Group commit: concurrent units share transactions; a refused unit fails alone and writes
nothing; a unit that breaks its transaction is isolated and the others still commit."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from redgrid.common.batching import GroupCommit, each
from redgrid.common.errors import Invalid
from redgrid.common.testing import run_service

from .test_relay_and_consumer import SPEC

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module")
async def probe(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(SPEC, stack, database) as h:
        async with h.runtime.pool.acquire() as conn:
            await conn.execute("CREATE UNIQUE INDEX effects_event ON effects (event_id)")
        yield h


async def write(conn, item: tuple[str, uuid.UUID]) -> uuid.UUID:
    kind, event_id = item
    if kind == "refuse":
        raise Invalid("refused before writing")
    await conn.execute("INSERT INTO effects (event_id, kind) VALUES ($1, $2)", event_id, kind)
    return event_id


async def test_units_share_transactions_and_fail_alone(probe):
    group = GroupCommit(probe.runtime.pool, each(write), max_batch=50, workers=1)
    loops = asyncio.create_task(group.run())
    try:
        clash = uuid.uuid4()
        async with probe.runtime.pool.acquire() as conn:  # a row the faulty unit will clash with
            await conn.execute("INSERT INTO effects (event_id, kind) VALUES ($1, 'old')", clash)
        items = [("ok", uuid.uuid4()) for _ in range(200)]
        items[17] = ("refuse", uuid.uuid4())
        items[42] = ("clash", clash)  # a unique violation: breaks its batch's transaction
        results = await asyncio.gather(*(group.submit(i) for i in items),
                                       return_exceptions=True)
        assert isinstance(results[17], Invalid)
        assert "duplicate key" in str(results[42])
        ok = [r for i, r in enumerate(results) if i not in (17, 42)]
        assert ok == [item[1] for i, item in enumerate(items) if i not in (17, 42)]  # in order
        assert group.batches < 100  # far fewer transactions than units (first batch is 1)
        async with probe.runtime.pool.acquire() as conn:
            assert await conn.fetchval(
                "SELECT count(*) FROM effects WHERE event_id = ANY($1)",
                [i[1] for i in items]) == 199  # 198 new and the old clash; none refused
    finally:
        loops.cancel()
        await asyncio.gather(loops, return_exceptions=True)
