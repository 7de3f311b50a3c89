"""The organisation tree: street → community → grid branch → building group → unit household.

Any depth: what is checked is that a child sits below its parent in rank, and that a move never
puts an organisation under itself. A path is '/<hex id>/…/' from the root.
"""

from __future__ import annotations

from enum import StrEnum
from uuid import UUID

from redgrid.common.errors import Invalid


class OrgKind(StrEnum):
    CITY = "city"
    DISTRICT = "district"
    STREET = "street"  # 街道党工委
    COMMUNITY = "community"  # 社区党委 / 党总支
    GRID_BRANCH = "grid_branch"  # 网格党支部
    RESIDENTIAL_BRANCH = "residential_branch"  # 小区党支部
    FUNCTIONAL_BRANCH = "functional_branch"  # 功能型党支部
    INDUSTRY_BRANCH = "industry_branch"  # 产业型: 支部建在楼上/市场
    JOINT_BRANCH = "joint_branch"  # 联合党组织
    BUILDING_GROUP = "building_group"  # 楼栋党小组
    UNIT_HOUSEHOLD = "unit_household"  # 单元党员中心户


RANK = {
    OrgKind.CITY: 0,
    OrgKind.DISTRICT: 1,
    OrgKind.STREET: 2,
    OrgKind.COMMUNITY: 3,
    OrgKind.GRID_BRANCH: 4,
    OrgKind.RESIDENTIAL_BRANCH: 4,
    OrgKind.FUNCTIONAL_BRANCH: 4,
    OrgKind.INDUSTRY_BRANCH: 4,
    OrgKind.JOINT_BRANCH: 4,
    OrgKind.BUILDING_GROUP: 5,
    OrgKind.UNIT_HOUSEHOLD: 6,
}
# How people call each kind (in what is said to them)
NAMES: dict[OrgKind, str] = {
    OrgKind.CITY: "市", OrgKind.DISTRICT: "区", OrgKind.STREET: "街道党工委",
    OrgKind.COMMUNITY: "社区党委（党总支）", OrgKind.GRID_BRANCH: "网格党支部",
    OrgKind.RESIDENTIAL_BRANCH: "小区党支部", OrgKind.FUNCTIONAL_BRANCH: "功能型党支部",
    OrgKind.INDUSTRY_BRANCH: "产业型党支部", OrgKind.JOINT_BRANCH: "联合党组织",
    OrgKind.BUILDING_GROUP: "楼栋党小组", OrgKind.UNIT_HOUSEHOLD: "单元党员中心户",
}
# Branches that are not territorial may also hang directly under a street (蕉北's 产业型).
BRANCHES = {OrgKind.GRID_BRANCH, OrgKind.RESIDENTIAL_BRANCH, OrgKind.FUNCTIONAL_BRANCH,
            OrgKind.INDUSTRY_BRANCH, OrgKind.JOINT_BRANCH}


def check_parent(kind: OrgKind, parent_kind: OrgKind | None) -> None:
    if parent_kind is None:
        if RANK[kind] > RANK[OrgKind.STREET]:
            raise Invalid(f"{NAMES.get(kind, kind)}须有上级组织",
                          en=f"a {kind} needs a parent organisation")
        return
    if RANK[kind] <= RANK[parent_kind]:
        raise Invalid(f"{NAMES.get(kind, kind)}不能设在{NAMES.get(parent_kind, parent_kind)}之下",
                      en=f"a {kind} cannot sit under a {parent_kind}")


def child_path(parent_path: str | None, org_id: UUID) -> str:
    return f"{parent_path or '/'}{org_id.hex}/"


def check_move(path: str, new_parent_path: str) -> None:
    if new_parent_path.startswith(path):
        raise Invalid("组织不能迁到自身或其下级组织之下",
                      en="an organisation cannot move under itself or its own descendants")


def community_of(path_kinds: list[tuple[UUID, OrgKind]]) -> UUID | None:
    """The community an organisation belongs to, from its ancestors (root first)."""
    for org_id, kind in path_kinds:
        if kind == OrgKind.COMMUNITY:
            return org_id
    return None
