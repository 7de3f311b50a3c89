"""The registry's things as stored and as shown (XPublic): store and queries return these."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from pydantic import BaseModel

from redgrid.common.masking import mask_address, mask_phone
from redgrid.common.rows import Row


class Org(Row):
    id: UUID
    parent_id: UUID | None
    kind: str
    name: str
    code: str | None
    path: str
    depth: int
    secretary_id: UUID | None
    active: bool
    version: int
    created_at: datetime
    updated_at: datetime


OrgPublic = Org


class OrgChange(Row):
    id: int
    org_id: UUID
    change: str
    before: dict | None
    after: dict | None
    by_person: UUID | None
    at: datetime


class Grid(Row):
    id: UUID
    code: str
    name: str
    kind: str
    parent_grid_id: UUID | None
    community_id: UUID
    branch_id: UUID | None
    org_path: str
    layers: list[str]
    area: list[list[float]] | None
    center_lat: float | None
    center_lng: float | None
    address_keys: list[str]
    households: int | None
    population: int | None
    status: str
    retired_at: datetime | None
    version: int
    created_at: datetime


GridPublic = Grid


class LineageStep(Row):
    change: str
    from_ids: list[UUID]
    to_ids: list[UUID]
    reason: str | None
    at: datetime


class Role(Row):
    id: UUID
    person_id: UUID
    role: str
    org_id: UUID
    grid_id: UUID | None
    employment: str | None
    part_time_kind: str | None
    started_on: date
    ended_on: date | None


class Membership(Row):
    person_id: UUID
    branch_id: UUID
    category: str
    joined_on: date | None
    employer: str | None


class Person(Row):
    id: UUID
    name: str
    phone: str | None
    email: str | None
    gender: str | None
    birth_year: int | None
    address: str | None
    home_org_id: UUID
    grid_id: UUID | None
    org_path: str
    skills: list[str]
    availability: list[dict]
    status: str
    version: int
    created_at: datetime


class PersonPublic(BaseModel):
    """A person as staff see them by default: contact data masked."""

    id: UUID
    name: str
    phone_masked: str | None
    address_masked: str | None
    gender: str | None
    birth_year: int | None
    home_org_id: UUID
    grid_id: UUID | None
    skills: list[str]
    availability: list[dict]
    status: str
    roles: list[Role] = []
    membership: Membership | None = None
    version: int

    @classmethod
    def of(cls, p: Person, roles: list[Role] | None = None,
           membership: Membership | None = None) -> PersonPublic:
        return cls(
            id=p.id, name=p.name, phone_masked=mask_phone(p.phone),
            address_masked=mask_address(p.address), gender=p.gender, birth_year=p.birth_year,
            home_org_id=p.home_org_id, grid_id=p.grid_id, skills=p.skills,
            availability=p.availability, status=p.status, roles=roles or [],
            membership=membership, version=p.version,
        )


class Contact(BaseModel):
    person_id: UUID
    name: str
    phone: str | None
    email: str | None
    address: str | None


class Card(Row):
    id: UUID
    person_id: UUID
    colour: str
    title: str
    content: str
    recorded_on: date
    recorded_by: UUID | None


class Team(Row):
    id: UUID
    name: str
    kind: str
    org_id: UUID
    org_path: str
    skills: list[str]
    leader_id: UUID | None
    active: bool
    version: int
    member_ids: list[UUID] = []


TeamPublic = Team


class Unit(Row):
    id: UUID
    name: str
    kind: str
    address: str | None
    contact_name: str | None
    contact_phone: str | None
    org_id: UUID
    org_path: str
    version: int
    community_ids: list[UUID] = []


class UnitPublic(BaseModel):
    id: UUID
    name: str
    kind: str
    address: str | None
    contact_name: str | None
    contact_phone_masked: str | None
    org_id: UUID
    community_ids: list[UUID]
    version: int

    @classmethod
    def of(cls, u: Unit) -> UnitPublic:
        return cls(id=u.id, name=u.name, kind=u.kind, address=u.address,
                   contact_name=u.contact_name, contact_phone_masked=mask_phone(u.contact_phone),
                   org_id=u.org_id, community_ids=u.community_ids, version=u.version)


class DualReport(Row):
    id: UUID
    kind: str
    person_id: UUID | None
    unit_id: UUID | None
    community_id: UUID
    org_path: str
    reported_on: date
    ended_on: date | None


DualReportPublic = DualReport


class Place(Row):
    id: UUID
    kind: str
    name: str
    org_id: UUID
    org_path: str
    address: str | None
    lat: float
    lng: float
    functions: list[str]
    opening_hours: dict
    version: int


class PlacePublic(BaseModel):
    id: UUID
    kind: str
    name: str
    org_id: UUID
    address: str | None
    lat: float
    lng: float
    functions: list[str]
    opening_hours: dict
    walking_minutes: float | None = None
