"""The registry's things as stored and as shown (XPublic): store and queries return these.

An answer shows a name beside each id it holds (`<thing>_name` beside `<thing>_id`), filled by
queries.names from the registry's own tables (redgrid.common.names).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from uuid import UUID

from pydantic import BaseModel

from redgrid.common.masking import mask_address, mask_phone
from redgrid.common.rows import Row
from redgrid.registry.domain.imports import ImportProblem


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
    parent_name: str | None = None
    secretary_name: str | None = None


OrgPublic = Org


class OrgChange(Row):
    id: int
    org_id: UUID
    change: str
    before: dict | None
    after: dict | None
    by_person: UUID | None
    at: datetime
    by_person_name: str | None = None


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
    parent_grid_name: str | None = None
    community_name: str | None = None
    branch_name: str | None = None


GridPublic = Grid


class LineageStep(Row):
    change: str
    from_ids: list[UUID]
    to_ids: list[UUID]
    reason: str | None
    at: datetime
    from_names: list[str | None] = []
    to_names: list[str | None] = []


class RoleBase(BaseModel):
    """A role as every view carries it: the row (Role) and the event (events.RoleData)."""

    id: UUID
    role: str
    org_id: UUID
    grid_id: UUID | None
    employment: str | None
    part_time_kind: str | None


class Role(Row, RoleBase):
    person_id: UUID
    started_on: date
    ended_on: date | None
    org_name: str | None = None
    grid_name: str | None = None


class MembershipBase(BaseModel):
    """Party membership (五管合一) as every view carries it: the row (Membership) and the
    event (events.MembershipData)."""

    branch_id: UUID
    category: str


class Membership(Row, MembershipBase):
    person_id: UUID
    joined_on: date | None
    employer: str | None
    branch_name: str | None = None


class PersonBase(BaseModel):
    """What every view of a person carries: the row (Person), the answer (PersonPublic) and the
    event (events.PersonData) each add their own to these. Contact data is the row's alone."""

    id: UUID
    name: str
    home_org_id: UUID
    grid_id: UUID | None
    skills: list[str]
    availability: list[dict]
    status: str
    version: int


class PersonProfile(PersonBase):
    """What the registry keeps and shows staff, but does not tell other services."""

    gender: str | None
    birth_year: int | None


class Person(Row, PersonProfile):
    phone: str | None
    email: str | None
    address: str | None
    org_path: str
    created_at: datetime


class PersonPublic(PersonProfile):
    """A person as staff see them by default: contact data masked."""

    phone_masked: str | None
    address_masked: str | None
    roles: list[Role] = []
    membership: Membership | None = None
    home_org_name: str | None = None
    grid_name: str | None = None

    @classmethod
    def of(cls, p: Person, roles: list[Role] | None = None, membership: Membership | None = None,
           names: Mapping[str, Any] | None = None) -> PersonPublic:
        """`names`: a row that joined home_org_name and grid_name (queries.people.in_scope);
        else queries.names fills them."""
        return cls(**p.model_dump(include=_PROFILE), phone_masked=mask_phone(p.phone),
                   address_masked=mask_address(p.address), roles=roles or [],
                   membership=membership,
                   home_org_name=names["home_org_name"] if names is not None else None,
                   grid_name=names["grid_name"] if names is not None else None)


_PROFILE = set(PersonProfile.model_fields)


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
    recorded_by_name: str | None = None


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
    org_name: str | None = None
    leader_name: str | None = None
    member_names: list[str | None] = []


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
    org_name: str | None = None
    community_names: list[str | None] = []

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
    person_name: str | None = None
    unit_name: str | None = None
    community_name: str | None = None


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
    org_name: str | None = None


class ImportReport(BaseModel):
    """What an import (批量导入) found: every row's problems, and what it wrote. A real run
    writes only a file without problems, all of it in one transaction."""

    kind: str
    dry_run: bool
    rows: int  # rows read (blank rows left out)
    accepted: int  # rows that pass every check of the single create
    written: int  # rows written: 0 on a dry run, and whenever a row has a problem
    problems: list[ImportProblem]
