"""The project list (项目清单): projects binding needs to resources, with milestones and the
activities they hold, e.g. "联民送温暖—关爱失独家庭" (32 visits, 22 activities, 66 families)."""

from __future__ import annotations

from enum import StrEnum

from redgrid.common.errors import InvalidTransition


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ActivityKind(StrEnum):
    VISIT = "visit"  # 入户走访慰问
    EVENT = "event"  # 活动 (公益、文化、宣传)
    SERVICE = "service"  # 服务 (义诊、维修、法律咨询)
    TRAINING = "training"  # 培训、讲座
    OTHER = "other"


class Beneficiary(StrEnum):
    PEOPLE = "people"
    HOUSEHOLDS = "households"  # 户


OPEN = frozenset({ProjectStatus.PLANNED, ProjectStatus.ACTIVE})
PROJECT_STEPS = {
    "start": (frozenset({ProjectStatus.PLANNED}), ProjectStatus.ACTIVE),
    "complete": (frozenset({ProjectStatus.ACTIVE}), ProjectStatus.COMPLETED),
    "cancel": (OPEN, ProjectStatus.CANCELLED),
}
# What people read: each status as it is said of a project (该项目已完成), each step's name
PROJECT_NAMES: dict[ProjectStatus, str] = {
    ProjectStatus.PLANNED: "尚在筹备", ProjectStatus.ACTIVE: "正在实施",
    ProjectStatus.COMPLETED: "已完成", ProjectStatus.CANCELLED: "已取消",
}
PROJECT_STEP_NAMES = {"start": "启动", "complete": "完成", "cancel": "取消"}


def project_step(status: str, step: str) -> ProjectStatus:
    allowed, after = PROJECT_STEPS[step]
    if status not in allowed:
        raise InvalidTransition(f"该项目{PROJECT_NAMES[status]}，不能{PROJECT_STEP_NAMES[step]}",
                                en=f"a {status} project cannot {step}")
    return after


def check_open(status: str) -> None:
    if status not in OPEN:
        raise InvalidTransition(f"该项目{PROJECT_NAMES[status]}，不能再修改",
                                en=f"this project is {status}: it cannot change")


def check_holds_activities(status: str) -> None:
    if status != ProjectStatus.ACTIVE:
        raise InvalidTransition(f"只有正在实施的项目才能登记活动；该项目{PROJECT_NAMES[status]}",
                                en=f"activities are recorded on active projects; this one is "
                                   f"{status}")
