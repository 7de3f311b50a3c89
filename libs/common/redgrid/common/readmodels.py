"""Read models of the registry's grids and people that several services keep.

A service lists the SQL modules in its ServiceSpec (migrate.GRID_READ_MODEL,
migrate.PEOPLE_READ_MODEL) and calls follow_grids / follow_people on its registry consumer.
Snapshots carry a version: a newer one replaces the row, an older one is ignored.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import asyncpg
from pydantic import BaseModel, ConfigDict

from redgrid.common.consumer import Consumer
from redgrid.common.events import CloudEvent
from redgrid.common.geo import contains
from redgrid.common.orgtree import local_path

GRID_EVENTS = [f"redgrid.registry.grid.{v}.v1" for v in ("created", "updated", "retired")]
PERSON_EVENTS = [f"redgrid.registry.person.{v}.v1" for v in ("registered", "updated")]


class GridSeen(BaseModel):
    """What the read models keep of the registry's grid snapshot (docs/events.md)."""

    id: UUID
    code: str
    name: str
    kind: str
    parent_grid_id: UUID | None = None
    community_id: UUID
    org_id: UUID
    org_path: list[UUID]
    area: list[list[float]] | None = None  # [[lng, lat], …]
    center_lat: float | None = None
    center_lng: float | None = None
    address_keys: list[str] = []
    status: str
    version: int


class RoleSeen(BaseModel):
    model_config = ConfigDict(extra="allow")  # kept whole in people.roles

    id: UUID
    role: str
    org_id: UUID
    grid_id: UUID | None = None
    employment: str | None = None


class PersonSeen(BaseModel):
    """What the read models keep of the registry's person snapshot: no contact data there."""

    id: UUID
    name: str
    home_org_id: UUID
    org_path: list[UUID]
    grid_id: UUID | None = None
    skills: list[str] = []
    availability: list[dict[str, Any]] = []
    roles: list[RoleSeen] = []
    membership: dict[str, Any] | None = None
    team_ids: list[UUID] = []
    status: str = "active"
    version: int


def bbox(area: list[list[float]] | None) -> tuple[float | None, ...]:
    """(min_lat, max_lat, min_lng, max_lng) of a polygon given as [[lng, lat], …]."""
    if not area:
        return (None, None, None, None)
    lats, lngs = [p[1] for p in area], [p[0] for p in area]
    return (min(lats), max(lats), min(lngs), max(lngs))


async def apply_grid(conn: asyncpg.Connection, grid: GridSeen) -> None:
    await conn.execute(
        "INSERT INTO grids (id, code, name, kind, parent_grid_id, community_id, org_id, "
        "org_path, area, center_lat, center_lng, address_keys, status, version, "
        "min_lat, max_lat, min_lng, max_lng) "
        "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18) "
        "ON CONFLICT (id) DO UPDATE SET code=$2, name=$3, kind=$4, parent_grid_id=$5, "
        "community_id=$6, org_id=$7, org_path=$8, area=$9, center_lat=$10, center_lng=$11, "
        "address_keys=$12, status=$13, version=$14, min_lat=$15, max_lat=$16, min_lng=$17, "
        "max_lng=$18 WHERE grids.version < $14",
        grid.id, grid.code, grid.name, grid.kind, grid.parent_grid_id, grid.community_id,
        grid.org_id, await local_path(conn, grid.org_path), grid.area, grid.center_lat,
        grid.center_lng, grid.address_keys, grid.status, grid.version, *bbox(grid.area),
    )


async def apply_person(conn: asyncpg.Connection, person: PersonSeen,
                       catalogue: bool = False) -> None:
    """`catalogue`: the service keeps the catalogue (sql/catalogue.sql), and skills are kept as
    its words: a replay of snapshots older than the catalogue brings no old tag back."""
    skills = (await conn.fetchval("SELECT catalogue_codes($1::text[])", person.skills)
              if catalogue and person.skills else person.skills)
    status = await conn.execute(
        "INSERT INTO people (id, name, home_org_id, org_path, grid_id, skills, availability, "
        "roles, membership, team_ids, status, version) "
        "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) "
        "ON CONFLICT (id) DO UPDATE SET name=$2, home_org_id=$3, org_path=$4, grid_id=$5, "
        "skills=$6, availability=$7, roles=$8, membership=$9, team_ids=$10, status=$11, "
        "version=$12 WHERE people.version < $12",
        person.id, person.name, person.home_org_id, await local_path(conn, person.org_path),
        person.grid_id, skills, person.availability,
        [r.model_dump(mode="json") for r in person.roles], person.membership, person.team_ids,
        person.status, person.version,
    )
    if status.endswith(" 0"):
        return  # an older snapshot: the row is newer already
    await conn.execute("DELETE FROM person_roles WHERE person_id = $1", person.id)
    if person.roles:
        await conn.executemany(
            "INSERT INTO person_roles (person_id, role_id, role, org_id, grid_id, employment) "
            "VALUES ($1, $2, $3, $4, $5, $6)",
            [(person.id, r.id, r.role, r.org_id, r.grid_id, r.employment) for r in person.roles],
        )


def follow_grids(consumer: Consumer) -> None:
    @consumer.on(*GRID_EVENTS, data=GridSeen)
    async def on_grid(conn: asyncpg.Connection, event: CloudEvent, grid: GridSeen) -> None:
        await apply_grid(conn, grid)


def follow_people(consumer: Consumer, catalogue: bool = False) -> None:
    @consumer.on(*PERSON_EVENTS, data=PersonSeen)
    async def on_person(conn: asyncpg.Connection, event: CloudEvent,
                        person: PersonSeen) -> None:
        await apply_person(conn, person, catalogue)


BOXED = ("SELECT * FROM grids WHERE status = 'active' AND org_path LIKE $1 || '%' "
         "AND min_lat <= $2 AND max_lat >= $2 AND min_lng <= $3 AND max_lng >= $3")
ALL_ACTIVE = "SELECT * FROM grids WHERE status = 'active' AND org_path LIKE $1 || '%'"
BY_ADDRESS = (
    "SELECT g.* FROM grids g, LATERAL (SELECT max(length(k)) AS best FROM "
    "unnest(g.address_keys) k WHERE strpos($2, k) > 0) m "
    "WHERE g.status = 'active' AND g.org_path LIKE $1 || '%' AND m.best IS NOT NULL "
    "ORDER BY m.best DESC, g.id LIMIT 1")


async def locate_grid(conn: asyncpg.Connection, lat: float | None, lng: float | None,
                      address: str | None, within: str = "/",
                      boxed: bool = True) -> asyncpg.Record | None:
    """The active grid holding the point (a micro-grid before its grid), else the one whose
    address key is the longest found in the address. `boxed`: the table keeps bounding boxes
    (the read models do), so only the grids whose box holds the point are read."""
    if lat is not None and lng is not None:
        rows = await (conn.fetch(BOXED, within, lat, lng) if boxed
                      else conn.fetch(ALL_ACTIVE, within))
        hits = [r for r in rows if contains(r["area"], lat, lng)]
        if hits:
            return min(hits, key=lambda r: (0 if r["kind"] == "micro" else 1, r["id"]))
    if address:
        return await conn.fetchrow(BY_ADDRESS, within, address)
    return None
