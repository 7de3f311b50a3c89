"""People and their roles; party members' categories (五管合一) and four-colour cards (四色卡)."""

from __future__ import annotations

from enum import StrEnum

from redgrid.common.errors import Invalid


class RoleKind(StrEnum):
    GRID_WORKER = "grid_worker"  # 网格员
    GRID_HEAD = "grid_head"  # 网格长
    BRANCH_SECRETARY = "branch_secretary"  # 支部书记
    VOLUNTEER = "volunteer"  # 志愿者
    RESIDENT_REPRESENTATIVE = "resident_representative"  # 居民代表
    INFORMATION_OFFICER = "information_officer"  # 民情信息员
    MEDIATOR = "mediator"  # 调解员
    OBSERVER = "observer"  # 市民观察团 (文明啄木鸟)


class Employment(StrEnum):
    FULL_TIME = "full_time"  # 专职
    PART_TIME = "part_time"  # 兼职


class PartTimeKind(StrEnum):
    UNIT_HEAD = "unit_head"  # 单元长
    BUILDING_HEAD = "building_head"  # 楼栋长
    DELIVERY_RIDER = "delivery_rider"  # 外卖骑手
    COURIER = "courier"  # 快递骑手
    OTHER = "other"


class MemberCategory(StrEnum):
    """Party members' categories, each with its management mode (五管合一)."""

    IN_SERVICE = "in_service"  # 在职党员: 双重管
    RESIDENT = "resident"  # 居民党员: 直管
    LAID_OFF = "laid_off"  # 下岗党员: 重点管
    RETIRED = "retired"  # 离退休党员: 接管
    FLOATING = "floating"  # 流动党员: 参管


MANAGEMENT = {
    MemberCategory.IN_SERVICE: "dual",  # 双重管
    MemberCategory.RESIDENT: "direct",  # 直管
    MemberCategory.LAID_OFF: "focused",  # 重点管
    MemberCategory.RETIRED: "taken_over",  # 接管
    MemberCategory.FLOATING: "participating",  # 参管
}


class CardColour(StrEnum):
    """党员四色卡."""

    RED = "red"  # 红色承诺卡: commitments
    YELLOW = "yellow"  # 黄色信息卡: information, interests, thoughts
    PINK = "pink"  # 粉色服务卡: services done
    GREEN = "green"  # 绿色活动卡: activities joined


def check_role(role: RoleKind, employment: Employment | None, part_time_kind: PartTimeKind | None,
               has_grid: bool) -> None:
    if role == RoleKind.GRID_WORKER:
        if employment is None:
            raise Invalid("请注明网格员是专职还是兼职",
                          en="a grid worker is full-time or part-time (employment)")
        if employment == Employment.PART_TIME and part_time_kind is None:
            raise Invalid("兼职网格员须注明兼职类型（单元长、楼栋长、骑手等）",
                          en="a part-time grid worker has a part_time_kind (unit head, rider, …)")
        if not has_grid:
            raise Invalid("网格员须指定所在网格", en="a grid worker works in a grid (grid_id)")
    elif employment is not None or part_time_kind is not None:
        raise Invalid("只有网格员才区分专职、兼职", en="only grid workers have an employment")
    if role == RoleKind.GRID_HEAD and not has_grid:
        raise Invalid("网格长须指定所负责的网格", en="a grid head heads a grid (grid_id)")
