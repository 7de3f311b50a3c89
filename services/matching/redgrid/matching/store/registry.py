"""Matching's own read models of the registry: volunteer teams and 双报到 registrations.

Team snapshots carry a version (a newer one wins); their skills are kept as the catalogue's
words, so a replay of snapshots older than the catalogue brings no old tag back. 双报到 events
carry no version, but a registration only ever ends: an end stays, whatever order the two
events arrive in.
"""

from __future__ import annotations

import asyncpg

from redgrid.common import orgtree
from redgrid.matching.domain.snapshots import DualReportSeen, TeamSeen


async def apply_team(conn: asyncpg.Connection, team: TeamSeen) -> None:
    path = await orgtree.local_path(conn, team.org_path)  # through the tree as known here
    await conn.execute(
        "INSERT INTO teams (id, name, kind, org_id, org_path, skills, leader_id, member_ids, "
        "active, version) "
        "VALUES ($1, $2, $3, $4, $5, catalogue_codes($6), $7, $8, $9, $10) "
        "ON CONFLICT (id) DO UPDATE SET name = $2, kind = $3, org_id = $4, org_path = $5, "
        "skills = catalogue_codes($6), leader_id = $7, member_ids = $8, active = $9, "
        "version = $10 "
        "WHERE teams.version < $10",
        team.id, team.name, team.kind, team.org_id, path, team.skills, team.leader_id,
        team.member_ids, team.active, team.version,
    )


async def apply_dual_report(conn: asyncpg.Connection, report: DualReportSeen) -> None:
    await conn.execute(
        "INSERT INTO dual_reports (id, kind, person_id, unit_id, community_id, reported_on, "
        "ended_on) VALUES ($1, $2, $3, $4, $5, $6, $7) "
        "ON CONFLICT (id) DO UPDATE SET ended_on = coalesce(dual_reports.ended_on, $7)",
        report.id, report.kind, report.person_id, report.unit_id, report.community_id,
        report.reported_on, report.ended_on,
    )


async def rewrite_paths(conn: asyncpg.Connection, old: str, new: str) -> None:
    """An organisation moved: every copy of its subtree's paths here follows."""
    for table, column in (("orders", "org_path"), ("teams", "org_path"), ("posts", "org_path"),
                          ("rosters", "org_path"), ("people", "org_path"),
                          ("grids", "org_path")):
        await orgtree.rewrite_paths(conn, table, column, old, new)
