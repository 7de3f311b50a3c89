"""Orders the registry takes (request bodies): frozen, unknown fields refused, sizes capped."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, Strict

from redgrid.common.commands import Command, Day, kept
from redgrid.registry.domain.grids import ALL_LAYERS, GridKind, Layer
from redgrid.registry.domain.orgs import OrgKind
from redgrid.registry.domain.people import (
    CardColour,
    Employment,
    MemberCategory,
    PartTimeKind,
    RoleKind,
)
from redgrid.registry.domain.places import PlaceKind

Name = Annotated[str, Field(min_length=1, max_length=100)]
Code = Annotated[str, Field(min_length=1, max_length=50, pattern=r"^[A-Za-z0-9_.\-]+$")]
Text = Annotated[str, Field(max_length=2000)]
# Digits, spaces, dashes and brackets, no space at either end (text is stripped before the
# pattern is checked, so the schema must not allow one there).
Phone = Annotated[str, Field(max_length=30,
                             pattern=r"^\+?[0-9\-()][0-9\- ()]{3,28}[0-9\-()]$")]
# No @, no white space, no control character: spelled out, since \s means other characters in
# Python (U+0085, U+001C-U+001F) than in the ECMA-262 regexes clients check the schema with
# (U+FEFF): the server's check and the documented pattern are the same expression.
_MAILBOX = r"[^@\x00-\x20\x7f-\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+"
Email = Annotated[str, Field(max_length=200,
                             pattern=rf"^{_MAILBOX}@{_MAILBOX}\.{_MAILBOX}$")]
Tag = Annotated[str, Field(min_length=1, max_length=40)]
# Degrees as JSON numbers (inside an area's points too): never "33.2" or true.
Lat = Annotated[float, Strict(), Field(ge=-90, le=90)]
Lng = Annotated[float, Strict(), Field(ge=-180, le=180)]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class _Command(Command):
    """Frozen, unknown fields refused, text PostgreSQL can hold (redgrid.common.commands)."""


class OrgCreate(_Command):
    kind: OrgKind
    name: Name
    parent_id: UUID | None = None
    code: Code | None = None
    secretary_id: UUID | None = None


class OrgUpdate(_Command):
    name: Name = kept()
    secretary_id: UUID | None = None


class OrgMove(_Command):
    parent_id: UUID
    reason: Text | None = None


class AvailabilityWindow(_Command):
    """A weekly window: weekday 1 (Monday) to 7, hours in local time."""

    weekday: int = Field(ge=1, le=7)
    start: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    end: str = Field(pattern=r"^([01]\d|2[0-4]):[0-5]\d$")


# An area is a polygon of 3 to 500 [lng, lat] points, as its schema says (JSON arrays).
Point = tuple[Lng, Lat]
Area = Annotated[list[Point], Field(min_length=3, max_length=500)]



class GridCreate(_Command):
    code: Code
    name: Name
    kind: GridKind = GridKind.COMPREHENSIVE
    community_id: UUID
    branch_id: UUID | None = None
    parent_grid_id: UUID | None = None
    layers: list[Layer] = Field(default_factory=lambda: list(ALL_LAYERS), max_length=10)
    area: Area | None = None
    center_lat: Lat | None = None
    center_lng: Lng | None = None
    address_keys: list[Tag] = Field(default_factory=list, max_length=100)
    households: int | None = Field(default=None, ge=0, le=1_000_000)
    population: int | None = Field(default=None, ge=0, le=10_000_000)
    # A grid whose area overlaps another active grid's is refused unless the office says so.
    allow_overlap: bool = False


class GridUpdate(_Command):
    name: Name = kept()
    branch_id: UUID | None = None
    layers: Annotated[list[Layer], Field(max_length=10)] = kept()
    area: Area | None = None
    center_lat: Lat | None = None
    center_lng: Lng | None = None
    address_keys: Annotated[list[Tag], Field(max_length=100)] = kept()
    households: int | None = Field(default=None, ge=0, le=1_000_000)
    population: int | None = Field(default=None, ge=0, le=10_000_000)
    allow_overlap: bool = False


class GridPart(_Command):
    code: Code
    name: Name
    branch_id: UUID | None = None
    area: Area | None = None
    center_lat: Lat | None = None
    center_lng: Lng | None = None
    address_keys: list[Tag] = Field(default_factory=list, max_length=100)
    # People of the old grid who live in this part; everyone else goes to the first part.
    person_ids: list[UUID] = Field(default_factory=list, max_length=100_000)


class GridMerge(_Command):
    grid_ids: list[UUID] = Field(min_length=2, max_length=50)
    into: GridPart
    reason: Text | None = None
    allow_overlap: bool = False


class GridSplit(_Command):
    parts: list[GridPart] = Field(min_length=2, max_length=20)
    reason: Text | None = None
    allow_overlap: bool = False


class PersonCreate(_Command):
    name: Name
    home_org_id: UUID
    grid_id: UUID | None = None
    phone: Phone | None = None
    email: Email | None = None
    gender: str | None = Field(default=None, pattern=r"^(male|female|other)$")
    birth_year: int | None = Field(default=None, ge=1900, le=2100)
    address: Annotated[str, Field(max_length=200)] | None = None
    skills: list[Tag] = Field(default_factory=list, max_length=30)
    availability: list[AvailabilityWindow] = Field(default_factory=list, max_length=50)


class PersonUpdate(_Command):
    name: Name = kept()
    home_org_id: UUID = kept()
    grid_id: UUID | None = None
    phone: Phone | None = None
    email: Email | None = None
    address: Annotated[str, Field(max_length=200)] | None = None
    skills: Annotated[list[Tag], Field(max_length=30)] = kept()
    availability: Annotated[list[AvailabilityWindow], Field(max_length=50)] = kept()
    status: Annotated[str, Field(pattern=r"^(active|left)$")] = kept()


class RoleAssign(_Command):
    role: RoleKind
    org_id: UUID
    grid_id: UUID | None = None
    employment: Employment | None = None
    part_time_kind: PartTimeKind | None = None
    started_on: Day | None = None


class MembershipSet(_Command):
    branch_id: UUID
    category: MemberCategory
    joined_on: Day | None = None
    employer: Annotated[str, Field(max_length=100)] | None = None


class CardRecord(_Command):
    colour: CardColour
    title: Annotated[str, Field(min_length=1, max_length=100)]
    content: Text = ""
    recorded_on: Day | None = None


class TeamCreate(_Command):
    name: Name
    kind: str = Field(pattern=r"^(public_welfare|governance|service|culture_sports|other)$")
    org_id: UUID
    skills: list[Tag] = Field(default_factory=list, max_length=30)
    leader_id: UUID | None = None


class TeamUpdate(_Command):
    name: Name = kept()
    skills: Annotated[list[Tag], Field(max_length=30)] = kept()
    leader_id: UUID | None = None
    active: bool = kept()


# A catalogue word: Chinese, as people say it (维修, 陪诊, 心理疏导)
Word = Annotated[str, Field(min_length=1, max_length=20, pattern=r"^[\u4e00-\u9fff]+$")]
Alias = Annotated[str, Field(min_length=1, max_length=40)]


class ServiceTypeAdd(_Command):
    code: Word
    name_en: Annotated[str, Field(min_length=1, max_length=60)]
    aliases: list[Alias] = Field(default_factory=list, max_length=20)
    sort: int = Field(default=500, ge=0, le=10_000)


class ServiceTypeUpdate(_Command):
    name_en: Annotated[str, Field(min_length=1, max_length=60)] = kept()
    aliases: Annotated[list[Alias], Field(max_length=20)] = kept()
    sort: Annotated[int, Field(ge=0, le=10_000)] = kept()
    active: bool = kept()


class TeamJoin(_Command):
    person_id: UUID


class UnitCreate(_Command):
    name: Name
    kind: str = Field(pattern=r"^(government|enterprise|school|clinic|social_org|"
                              r"property_company|owners_committee|other)$")
    org_id: UUID
    address: Annotated[str, Field(max_length=200)] | None = None
    contact_name: Name | None = None
    contact_phone: Phone | None = None
    community_ids: list[UUID] = Field(default_factory=list, max_length=50)


class UnitUpdate(_Command):
    name: Name = kept()
    address: Annotated[str, Field(max_length=200)] | None = None
    contact_name: Name | None = None
    contact_phone: Phone | None = None
    community_ids: Annotated[list[UUID], Field(max_length=50)] = kept()


class DualReportCreate(_Command):
    """双报到: a member (person_id) or a unit (unit_id) registers with a community."""

    community_id: UUID
    person_id: UUID | None = None
    unit_id: UUID | None = None
    reported_on: Day | None = None


class PlaceCreate(_Command):
    kind: PlaceKind
    name: Name
    org_id: UUID
    address: Annotated[str, Field(max_length=200)] | None = None
    lat: Lat
    lng: Lng
    functions: list[Tag] = Field(default_factory=list, max_length=30)
    opening_hours: dict[Weekday, Annotated[str, Field(max_length=40)]] = Field(
        default_factory=dict, max_length=7)


class SessionOpen(_Command):
    """An ID token from the city's identity provider (after its login, code + PKCE)."""

    id_token: Annotated[str, Field(min_length=20, max_length=8000)]


class LoginLink(_Command):
    """The person's subject at the identity provider (`sub`); null unlinks."""

    idp_subject: Annotated[str, Field(min_length=1, max_length=255)] | None
