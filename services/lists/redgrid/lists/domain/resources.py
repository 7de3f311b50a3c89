"""The resource list (资源清单): what units, teams and members offer, and how much of it is used."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from redgrid.common.errors import Conflict, Invalid, InvalidTransition


class ResourceKind(StrEnum):
    VENUE = "venue"  # 场地
    FUNDS = "funds"  # 资金
    EXPERTISE = "expertise"  # 专业技能 (legal aid, medical care, teaching…)
    EQUIPMENT = "equipment"  # 设备物资
    VOLUNTEER_TIME = "volunteer_time"  # 志愿服务时间
    OTHER = "other"


class OffererKind(StrEnum):
    UNIT = "unit"  # 共驻共建单位
    TEAM = "team"  # 志愿服务队
    PERSON = "person"  # a party member or volunteer offering themself


class ResourceStatus(StrEnum):
    OFFERED = "offered"
    WITHDRAWN = "withdrawn"


def check_window(available_from: date | None, available_until: date | None) -> None:
    if available_from and available_until and available_until < available_from:
        raise Invalid("可用截止日期不能早于起始日期",
                      en="available_until comes before available_from")


def check_editable(status: str) -> None:
    if status != ResourceStatus.OFFERED:
        raise InvalidTransition("已撤回的资源不能再修改", en="a withdrawn offer cannot change")


def check_quantity(quantity: int | None, used: int) -> None:
    """An offer's quantity may shrink, but not below what projects already use."""
    if quantity is not None and quantity < used:
        raise Conflict(f"该资源已有 {used} 份在使用，数量不能少于此数",
                       en=f"{used} of this offer are in use already", used=used)


def check_allocation(status: str, quantity: int | None, used: int, wanted: int) -> None:
    """A project takes `wanted` of an offer: never more than is left of it."""
    if status != ResourceStatus.OFFERED:
        raise InvalidTransition("该资源已撤回", en="this offer was withdrawn")
    if quantity is not None and used + wanted > quantity:
        raise Conflict(f"该资源只剩 {quantity - used} 份",
                       en=f"only {quantity - used} of this offer are left",
                       remaining=quantity - used)
