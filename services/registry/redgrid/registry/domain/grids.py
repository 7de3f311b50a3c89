"""Grids (网格) and micro-grids (微网格); "多网合一" layers; merges and splits keep history."""

from __future__ import annotations

from enum import StrEnum
from typing import Any
from uuid import UUID

from redgrid.common.errors import Invalid
from redgrid.common.geo import (
    contains,  # noqa: F401 - the rule grids are located by
    overlaps,
)


class GridKind(StrEnum):
    COMPREHENSIVE = "comprehensive"  # 综合网格 / 全科网格
    MICRO = "micro"  # 微网格


class Layer(StrEnum):
    """The grids unified by 多网合一."""

    PARTY_BUILDING = "party_building"  # 党建网格
    GOVERNANCE = "governance"  # 综治网格
    CIVIL_AFFAIRS = "civil_affairs"  # 民政网格
    URBAN_MANAGEMENT = "urban_management"  # 城管网格


ALL_LAYERS = [Layer.PARTY_BUILDING, Layer.GOVERNANCE, Layer.CIVIL_AFFAIRS]


def check_micro(kind: GridKind, parent_kind: GridKind | None, parent_community: UUID | None,
                community: UUID) -> None:
    if kind == GridKind.MICRO:
        if parent_kind != GridKind.COMPREHENSIVE:
            raise Invalid("微网格须位于一个综合网格之内，请选择上级网格",
                          en="a micro-grid lies inside a comprehensive grid (parent_grid_id)")
        if parent_community != community:
            raise Invalid("微网格须与其上级网格属于同一社区",
                          en="a micro-grid belongs to the same community as its grid")
    elif parent_kind is not None:
        raise Invalid("只有微网格才有上级网格", en="only micro-grids have a parent grid")


def check_merge(grids: list[dict]) -> UUID:
    """Grids merged together: at least two, all active comprehensive grids of one community."""
    if len(grids) < 2:
        raise Invalid("合并至少需要两个网格", en="a merge takes at least two grids")
    if any(g["status"] != "active" for g in grids):
        raise Invalid("只能合并在用的网格", en="only active grids can be merged")
    if any(g["kind"] != GridKind.COMPREHENSIVE for g in grids):
        raise Invalid("请合并综合网格，其下的微网格随之合并",
                      en="merge comprehensive grids; their micro-grids follow them")
    communities = {g["community_id"] for g in grids}
    if len(communities) != 1:
        raise Invalid("不同社区的网格不能合并",
                      en="grids of different communities cannot be merged")
    return communities.pop()


def check_split(grid: dict, parts: int) -> None:
    if grid["status"] != "active":
        raise Invalid("只能拆分在用的网格", en="only an active grid can be split")
    if parts < 2:
        raise Invalid("拆分后至少应有两个网格", en="a split makes at least two grids")


def overlapping(area: list[list[float]] | None, others: list[Any]) -> list[Any]:
    """The grids (anything with an `area`) whose inside meets this area's; borders may touch."""
    return [g for g in others if overlaps(area, g.area)] if area else []


def refuse_overlap(overlapped: list[Any]) -> None:
    """A grid drawn over others is refused, naming them (the office may allow it on purpose)."""
    if overlapped:
        named = "、".join(f"{g.name}（{g.code}）" for g in overlapped)
        raise Invalid(
            f"所画网格范围与现有网格重叠：{named}。请调整边界；确需重叠时设置 allow_overlap",
            en="the area drawn overlaps these grids: "
               + ", ".join(f"{g.name} ({g.code})" for g in overlapped)
               + "; redraw its border, or set allow_overlap to draw it so on purpose",
            overlapping=[{"id": str(g.id) if g.id else None, "code": g.code, "name": g.name} for g in overlapped])
