"""Writes to co-building units, the communities they serve, and 双报到 registrations."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.registry.models import DualReport


async def lock(conn: asyncpg.Connection, unit_id: UUID) -> None:
    await conn.execute("SELECT 1 FROM units WHERE id = $1 FOR UPDATE", unit_id)


async def insert(conn: asyncpg.Connection, unit_id: UUID, **values) -> None:
    names = ["id", *values]
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    await conn.execute(f"INSERT INTO units ({', '.join(names)}) VALUES ({params})",
                       unit_id, *values.values())


async def update(conn: asyncpg.Connection, unit_id: UUID, **fields) -> None:
    sets = "".join(f"{k} = ${i}, " for i, k in enumerate(fields, start=2))
    await conn.execute(f"UPDATE units SET {sets}version = version + 1 WHERE id = $1",
                       unit_id, *fields.values())


async def serve(conn: asyncpg.Connection, unit_id: UUID, community_ids: list[UUID]) -> None:
    """The communities the unit serves (共驻共建) become exactly these."""
    await conn.execute(
        "UPDATE unit_communities SET until = current_date WHERE unit_id = $1 AND until IS NULL "
        "AND NOT (community_id = ANY($2::uuid[]))",
        unit_id, community_ids,
    )
    await conn.execute(
        "INSERT INTO unit_communities (unit_id, community_id) SELECT $1, unnest($2::uuid[]) "
        "ON CONFLICT (unit_id, community_id) DO UPDATE SET until = NULL, since = "
        "CASE WHEN unit_communities.until IS NULL THEN unit_communities.since ELSE current_date END",
        unit_id, community_ids,
    )


async def add_dual_report(conn: asyncpg.Connection, report_id: UUID, **values) -> DualReport:
    names = ["id", *values]
    params = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    row = await conn.fetchrow(
        f"INSERT INTO dual_reports ({', '.join(names)}) VALUES ({params}) "
        "ON CONFLICT DO NOTHING RETURNING *",
        report_id, *values.values(),
    )
    return DualReport.of(row)


async def end_dual_report(conn: asyncpg.Connection, report_id: UUID) -> DualReport | None:
    return DualReport.of(await conn.fetchrow(
        "UPDATE dual_reports SET ended_on = current_date WHERE id = $1 AND ended_on IS NULL "
        "RETURNING *",
        report_id,
    ))
