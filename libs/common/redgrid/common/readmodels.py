"""Read models of the registry's grids and people that several services keep.

A service lists the SQL modules in its ServiceSpec (migrate.GRID_READ_MODEL,
migrate.PEOPLE_READ_MODEL) and calls follow_grids / follow_people on its registry consumer.
Snapshots carry a version: a newer one replaces the row, an older one is ignored.
"""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common.consumer import Consumer
from redgrid.common.events import CloudEvent
from redgrid.common.geo import contains
from redgrid.common.orgtree import local_path

GRID_EVENTS = [f"redgrid.registry.grid.{v}.v1" for v in ("created", "updated", "retired")]
PERSON_EVENTS = [f"redgrid.registry.person.{v}.v1" for v in ("registered", "updated")]


def _uuid(value) -> UUID | None:
    return UUID(str(value)) if value else None


async def apply_grid(conn: asyncpg.Connection, event: CloudEvent) -> None:
    d = event.data
    await conn.execute(
        "INSERT INTO grids (id, code, name, kind, parent_grid_id, community_id, org_id, "
        "org_path, area, center_lat, center_lng, address_keys, status, version) "
        "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14) "
        "ON CONFLICT (id) DO UPDATE SET code=$2, name=$3, kind=$4, parent_grid_id=$5, "
        "community_id=$6, org_id=$7, org_path=$8, area=$9, center_lat=$10, center_lng=$11, "
        "address_keys=$12, status=$13, version=$14 WHERE grids.version < $14",
        UUID(d["id"]), d["code"], d["name"], d["kind"], _uuid(d.get("parent_grid_id")),
        UUID(d["community_id"]), UUID(d["org_id"]), await local_path(conn, d["org_path"]),
        d.get("area"),
        d.get("center_lat"), d.get("center_lng"), d.get("address_keys") or [], d["status"],
        d["version"],
    )


async def apply_person(conn: asyncpg.Connection, event: CloudEvent) -> None:
    d = event.data
    person_id = UUID(d["id"])
    status = await conn.execute(
        "INSERT INTO people (id, name, home_org_id, org_path, grid_id, skills, availability, "
        "roles, membership, team_ids, status, version) "
        "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) "
        "ON CONFLICT (id) DO UPDATE SET name=$2, home_org_id=$3, org_path=$4, grid_id=$5, "
        "skills=$6, availability=$7, roles=$8, membership=$9, team_ids=$10, status=$11, "
        "version=$12 WHERE people.version < $12",
        person_id, d["name"], UUID(d["home_org_id"]), await local_path(conn, d["org_path"]),
        _uuid(d.get("grid_id")), d.get("skills") or [], d.get("availability") or [],
        d.get("roles") or [], d.get("membership"),
        [UUID(t) for t in d.get("team_ids") or []], d.get("status", "active"), d["version"],
    )
    if status.endswith(" 0"):
        return  # an older snapshot: the row is newer already
    await conn.execute("DELETE FROM person_roles WHERE person_id = $1", person_id)
    roles = [(person_id, UUID(r["id"]), r["role"], UUID(r["org_id"]), _uuid(r.get("grid_id")),
              r.get("employment")) for r in d.get("roles") or []]
    if roles:
        await conn.executemany(
            "INSERT INTO person_roles (person_id, role_id, role, org_id, grid_id, employment) "
            "VALUES ($1, $2, $3, $4, $5, $6)",
            roles,
        )


def follow_grids(consumer: Consumer) -> None:
    consumer.on(*GRID_EVENTS)(apply_grid)


def follow_people(consumer: Consumer) -> None:
    consumer.on(*PERSON_EVENTS)(apply_person)


async def locate_grid(conn: asyncpg.Connection, lat: float | None, lng: float | None,
                      address: str | None, within: str = "/") -> asyncpg.Record | None:
    """The active grid holding the point (a micro-grid before its grid), else the one whose
    address key is the longest found in the address."""
    rows = await conn.fetch(
        "SELECT * FROM grids WHERE status = 'active' AND org_path LIKE $1 || '%'", within)
    if lat is not None and lng is not None:
        hits = [r for r in rows if contains(r["area"], lat, lng)]
        if hits:
            return min(hits, key=lambda r: 0 if r["kind"] == "micro" else 1)
    if address:
        best, best_len = None, 0
        for r in rows:
            for key in r["address_keys"]:
                if key in address and len(key) > best_len:
                    best, best_len = r, len(key)
        return best
    return None
