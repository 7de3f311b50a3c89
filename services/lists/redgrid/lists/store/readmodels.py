"""What the lists keep of other services' entities: units and teams from the registry (people by
the shared read model, common/readmodels.py), tickets and service orders as candidates. Every
write keeps the newest snapshot (version wins)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common.orgtree import rewrite_paths
from redgrid.lists.domain.snapshots import TeamSeen, UnitSeen

# Every table that copies an org path: a registry move rewrites them all.
PATH_COPIES = ["units", "teams", "people", "sources", "resources", "needs", "claims", "projects",
               "activities", "agreements", "meetings", "resolutions"]


async def upsert_unit(conn: asyncpg.Connection, unit: UnitSeen, org_path: str) -> None:
    await conn.execute(
        "INSERT INTO units (id, name, kind, org_id, org_path, community_ids, version) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET name = $2, "
        "kind = $3, org_id = $4, org_path = $5, community_ids = $6, version = $7 "
        "WHERE units.version < $7",
        unit.id, unit.name, unit.kind, unit.org_id, org_path, unit.community_ids, unit.version)


async def upsert_team(conn: asyncpg.Connection, team: TeamSeen, org_path: str) -> None:
    await conn.execute(
        "INSERT INTO teams (id, name, org_id, org_path, leader_id, active, version) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET name = $2, "
        "org_id = $3, org_path = $4, leader_id = $5, active = $6, version = $7 "
        "WHERE teams.version < $7",
        team.id, team.name, team.org_id, org_path, team.leader_id, team.active, team.version)


async def upsert_source(conn: asyncpg.Connection, kind: str, source_id: UUID, *,
                        number: str | None, title: str, category: str | None, status: str,
                        community_id: UUID | None, org_path: str, version: int,
                        updated_at: datetime | None) -> bool:
    """True when this snapshot is the newest seen (and was kept)."""
    status_ = await conn.execute(
        "INSERT INTO sources (kind, id, number, title, category, status, community_id, "
        "org_path, version, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
        "ON CONFLICT (kind, id) DO UPDATE SET number = $3, title = $4, category = $5, "
        "status = $6, community_id = $7, org_path = $8, version = $9, updated_at = $10 "
        "WHERE sources.version < $9",
        kind, source_id, number, title, category, status, community_id, org_path, version,
        updated_at)
    return status_.endswith(" 1")


async def rewrite_all_paths(conn: asyncpg.Connection, old: str, new: str) -> None:
    for table in PATH_COPIES:
        await rewrite_paths(conn, table, "org_path", old, new)
