"""What the registry tells the city: each event carries a full snapshot with its version, so a
read model applies it when its version is newer and ignores it otherwise (order-proof)."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from redgrid.common.catalogue import ServiceType
from redgrid.common.events import EventKind
from redgrid.registry.models import MembershipBase, PersonBase, RoleBase


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


class OrgData(_Data):
    id: UUID
    parent_id: UUID | None
    kind: str
    name: str
    code: str | None = None
    path: list[UUID]  # root first, the organisation itself last
    secretary_id: UUID | None = None
    active: bool = True
    version: int


class GridData(_Data):
    id: UUID
    code: str
    name: str
    kind: str
    parent_grid_id: UUID | None
    community_id: UUID
    branch_id: UUID | None
    org_id: UUID  # the organisation whose subtree the grid lies in (branch, else community)
    org_path: list[UUID]
    layers: list[str]
    area: list[list[float]] | None = None  # [[lng, lat], …]
    center_lat: float | None = None
    center_lng: float | None = None
    address_keys: list[str] = []
    households: int | None = None
    population: int | None = None
    status: str
    version: int


class GridLineage(_Data):
    from_ids: list[UUID]
    to_ids: list[UUID]
    reason: str | None = None
    rehomed_people: int = 0


class RoleData(RoleBase, _Data):
    """A role a person holds (models.RoleBase)."""


class MembershipData(MembershipBase, _Data):
    """Party membership (models.MembershipBase) and its management (五管合一)."""

    management: str


class PersonData(PersonBase, _Data):
    """A person as other services may know them (models.PersonBase): no phone, e-mail or
    address here."""

    org_path: list[UUID]
    roles: list[RoleData]
    membership: MembershipData | None
    team_ids: list[UUID]


class ContactData(_Data):
    """Internal only (never to external systems): how notifications reach a person."""

    person_id: UUID
    phone: str | None = None
    email: str | None = None
    version: int


class CardData(_Data):
    id: UUID
    person_id: UUID
    colour: str
    title: str
    recorded_on: date


class TeamData(_Data):
    id: UUID
    name: str
    kind: str
    org_id: UUID
    org_path: list[UUID]
    skills: list[str] = []
    leader_id: UUID | None = None
    member_ids: list[UUID] = []
    active: bool = True
    version: int


class UnitData(_Data):
    id: UUID
    name: str
    kind: str
    org_id: UUID
    org_path: list[UUID]
    community_ids: list[UUID] = []
    version: int


class DualReportData(_Data):
    """双报到: an in-service party member or a unit registered with a community."""

    id: UUID
    kind: str
    person_id: UUID | None = None
    unit_id: UUID | None = None
    community_id: UUID
    reported_on: date
    ended_on: date | None = None


class PlaceData(_Data):
    id: UUID
    kind: str
    name: str
    org_id: UUID
    lat: float
    lng: float
    functions: list[str] = []
    opening_hours: dict = {}
    version: int


def _kind(entity: str, verb: str, model: type[BaseModel], description: str) -> EventKind:
    return EventKind("registry", entity, verb, model, description)


ORG_CREATED = _kind("org", "created", OrgData, "An organisation joined the tree")
ORG_UPDATED = _kind("org", "updated", OrgData, "An organisation was renamed or re-staffed")
ORG_MOVED = _kind("org", "moved", OrgData, "An organisation (and its subtree) moved")
ORG_DISSOLVED = _kind("org", "dissolved", OrgData, "An organisation was dissolved")
GRID_CREATED = _kind("grid", "created", GridData, "A grid or micro-grid was drawn")
GRID_UPDATED = _kind("grid", "updated", GridData, "A grid's data changed")
GRID_RETIRED = _kind("grid", "retired", GridData, "A grid ended (merged or split)")
GRIDS_MERGED = _kind("grid", "merged", GridLineage, "Grids merged into one")
GRID_SPLIT = _kind("grid", "split", GridLineage, "A grid split into several")
PERSON_REGISTERED = _kind("person", "registered", PersonData, "A person was registered")
PERSON_UPDATED = _kind("person", "updated", PersonData, "A person's profile, grid or roles changed")
CONTACT_CHANGED = _kind("contact", "changed", ContactData,
                        "Internal: a person's phone or e-mail (never sent to external systems)")
CARD_RECORDED = _kind("member", "card_recorded", CardData, "A four-colour card record (四色卡)")
TEAM_CREATED = _kind("team", "created", TeamData, "A volunteer team was formed")
TEAM_UPDATED = _kind("team", "updated", TeamData, "A team's data or members changed")
SERVICE_TYPE_ADDED = _kind("service_type", "added", ServiceType, "A service type or skill joined "
                           "the catalogue (服务类型与技能目录)")
SERVICE_TYPE_UPDATED = _kind("service_type", "updated", ServiceType, "A catalogue entry's "
                             "English, aliases, order or use changed")
UNIT_REGISTERED = _kind("unit", "registered", UnitData, "A co-building unit was registered")
UNIT_UPDATED = _kind("unit", "updated", UnitData, "A unit's data or communities changed")
DUAL_REPORT_REGISTERED = _kind("dual_report", "registered", DualReportData, "双报到 registered")
DUAL_REPORT_ENDED = _kind("dual_report", "ended", DualReportData, "双报到 ended")
PLACE_SAVED = _kind("place", "saved", PlaceData, "A service place was added or changed")

ALL = [
    ORG_CREATED, ORG_UPDATED, ORG_MOVED, ORG_DISSOLVED,
    GRID_CREATED, GRID_UPDATED, GRID_RETIRED, GRIDS_MERGED, GRID_SPLIT,
    PERSON_REGISTERED, PERSON_UPDATED, CONTACT_CHANGED, CARD_RECORDED,
    TEAM_CREATED, TEAM_UPDATED, UNIT_REGISTERED, UNIT_UPDATED,
    DUAL_REPORT_REGISTERED, DUAL_REPORT_ENDED, PLACE_SAVED,
    SERVICE_TYPE_ADDED, SERVICE_TYPE_UPDATED,
]
