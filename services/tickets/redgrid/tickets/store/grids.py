"""Writes to the lineage of grids (merges and splits) as the registry announced them."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import lineage


async def record_lineage(conn: asyncpg.Connection, change: str, from_ids: list[UUID],
                         to_ids: list[UUID], reason: str | None, at: datetime) -> None:
    await lineage.record(conn, change, from_ids, to_ids, reason, at)
