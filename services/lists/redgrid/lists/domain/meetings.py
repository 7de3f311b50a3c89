"""Co-building agreements (共建协议) and joint meetings (党建联席会议) whose resolutions are each
followed as a need, a project, a ticket or a work item until done."""

from __future__ import annotations

from enum import StrEnum

from redgrid.common.errors import Invalid, InvalidTransition

from .needs import NeedStatus
from .projects import ProjectStatus


class AttendeeKind(StrEnum):
    COMMUNITY = "community"  # 社区党组织
    GRID_BRANCH = "grid_branch"  # 网格/小区党支部
    UNIT = "unit"  # 驻区/共建单位
    OWNERS_COMMITTEE = "owners_committee"  # 业委会
    PROPERTY_COMPANY = "property_company"  # 物业公司
    RESIDENT_REPRESENTATIVES = "resident_representatives"  # 居民代表
    DEPARTMENT = "department"  # 职能部门
    OTHER = "other"


class AgreementStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


class FollowKind(StrEnum):
    NEED = "need"  # the community publishes it for units to claim
    PROJECT = "project"  # it becomes (or joins) a project
    TICKET = "ticket"  # a matter (民情) the tickets service handles
    WORK_ITEM = "work_item"  # a task for a unit or an organisation, marked done by hand


class ResolutionStatus(StrEnum):
    OPEN = "open"  # decided, not yet followed
    FOLLOWING = "following"
    DONE = "done"
    DROPPED = "dropped"  # what followed it ended without doing it


# What people read: each status as it is said of a resolution (该决议事项已办结)
RESOLUTION_NAMES: dict[ResolutionStatus, str] = {
    ResolutionStatus.OPEN: "尚未落实", ResolutionStatus.FOLLOWING: "正在落实",
    ResolutionStatus.DONE: "已办结", ResolutionStatus.DROPPED: "已中止",
}


# The tickets service's statuses (after each step) that mean done, or given up.
TICKET_DONE = frozenset({"resolved", "published", "followed_up", "closed"})
TICKET_DROPPED = frozenset({"rejected", "merged"})


def check_attendees(attendees: list[tuple[str, object]]) -> None:
    """(kind, unit_id) pairs: a unit names itself; nobody else is a unit."""
    for kind, unit_id in attendees:
        if (kind == AttendeeKind.UNIT) != (unit_id is not None):
            raise Invalid("参会的共建单位须注明是哪个单位，其他参会方不填",
                          en="a unit attendee, and only a unit attendee, names its unit_id")


def check_followable(status: str) -> None:
    if status not in (ResolutionStatus.OPEN, ResolutionStatus.DROPPED):
        raise InvalidTransition(f"该决议事项{RESOLUTION_NAMES[status]}；"
                                "只有尚未落实或已中止的事项才能重新跟进",
                                en=f"this resolution is {status}; only open or dropped ones are "
                                   "followed anew")


def check_work_item_done(status: str, kind: str | None) -> None:
    if kind != FollowKind.WORK_ITEM:
        raise InvalidTransition("转为需求、项目或工单跟进的决议事项，随其办结而办结",
                                en="a resolution followed as a need, project or ticket is done "
                                   "when that is")
    if status != ResolutionStatus.FOLLOWING:
        raise InvalidTransition(f"该决议事项{RESOLUTION_NAMES[status]}",
                                en=f"this resolution is {status}")


def check_droppable(status: str) -> None:
    if status == ResolutionStatus.DONE:
        raise InvalidTransition("该决议事项已办结", en="this resolution is done")


def from_need(status: str) -> ResolutionStatus:
    return {NeedStatus.MET: ResolutionStatus.DONE,
            NeedStatus.CLOSED: ResolutionStatus.DROPPED}.get(status, ResolutionStatus.FOLLOWING)


def from_project(status: str) -> ResolutionStatus:
    return {ProjectStatus.COMPLETED: ResolutionStatus.DONE,
            ProjectStatus.CANCELLED: ResolutionStatus.DROPPED}.get(status,
                                                                   ResolutionStatus.FOLLOWING)


def from_ticket(status: str) -> ResolutionStatus:
    if status in TICKET_DONE:
        return ResolutionStatus.DONE
    if status in TICKET_DROPPED:
        return ResolutionStatus.DROPPED
    return ResolutionStatus.FOLLOWING
