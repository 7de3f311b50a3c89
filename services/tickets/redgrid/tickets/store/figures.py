"""The day rows of the figures (migration 0022): the deltas each write appends, folded."""

from __future__ import annotations

import asyncpg


async def compact(pool: asyncpg.Pool) -> int:
    """Fold the deltas into one row per key; the rows folded (0 when another replica is at it)."""
    async with pool.acquire() as conn:
        return await conn.fetchval("SELECT compact_figure_counts()")
