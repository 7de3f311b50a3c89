"""The dispatch catalogue (派单目录): category → responsible level or department and time limit,
kept as data with effective dates; these are the defaults the first migration seeds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from redgrid.common.errors import Invalid
from redgrid.tickets.domain.routing import Level


@dataclass(frozen=True)
class Category:
    code: str
    name: str  # Chinese name, as offices say it
    public: bool = True  # may resolved matters of this kind be shown in 公示 / Open311?
    mediation: bool = False  # a dispute: filed as a mediation ticket by default


CATEGORIES = [
    Category("environment", "环境卫生"),
    Category("property_dispute", "物业纠纷", mediation=True),
    Category("utilities", "水电燃气"),
    Category("road_repair", "道路设施维修"),
    Category("neighbour_dispute", "邻里纠纷", public=False, mediation=True),
    Category("wage_arrears", "劳资欠薪", public=False),
    Category("epidemic", "疫情防控"),
    Category("traffic", "交通出行"),
    Category("service_need", "便民服务需求"),
    Category("public_safety", "安全隐患"),
    Category("other", "其他"),
]
BY_CODE = {c.code: c for c in CATEGORIES}


@dataclass(frozen=True)
class Rule:
    """One row of the catalogue as in force: where the matter goes and how long it may take."""

    category: str
    level: Level
    department: str | None
    limit_hours: int | None  # emergencies: clock hours
    limit_working_days: int | None  # the rest: working days with the holiday calendar
    emergency: bool
    sign_hours: int  # time to sign for a dispatched ticket (the response rate counts it)


def check_rule(level: Level, department: str | None, hours: int | None, days: int | None,
               emergency: bool) -> None:
    if (level == Level.DEPARTMENT) != bool(department):
        raise Invalid("派往职能部门时须填写部门名称，其他层级不填",
                      en="a department is named exactly when the level is department")
    if emergency and not hours:
        raise Invalid("紧急事项须按小时设定办理时限",
                      en="an emergency has a time limit in hours (limit_hours)")
    if not emergency and not days:
        raise Invalid("须按工作日设定办理时限",
                      en="a time limit in working days is needed (limit_working_days)")
    if hours and days:
        raise Invalid("办理时限按小时或按工作日设定，二者只选其一",
                      en="give the limit in hours or in working days, not both")


def check_period(valid_from: datetime, valid_to: datetime | None) -> None:
    if valid_to is not None and valid_to <= valid_from:
        raise Invalid("失效时间须晚于生效时间", en="valid_to comes after valid_from")


# category, level, department, hours, working days, emergency, sign hours
DEFAULTS = [
    ("environment", Level.GRID, None, None, 3, False, 24),
    ("property_dispute", Level.COMMUNITY, None, None, 5, False, 24),
    ("utilities", Level.DEPARTMENT, "水电燃气公司", None, 2, False, 24),
    ("road_repair", Level.DEPARTMENT, "市政部门", None, 5, False, 24),
    ("neighbour_dispute", Level.GRID, None, None, 5, False, 24),
    ("wage_arrears", Level.DEPARTMENT, "人社部门", None, 10, False, 24),
    ("epidemic", Level.COMMUNITY, None, 24, None, True, 1),
    ("traffic", Level.DEPARTMENT, "交警部门", None, 5, False, 24),
    ("service_need", Level.COMMUNITY, None, None, 3, False, 24),
    ("public_safety", Level.STREET, None, 2, None, True, 1),
    ("other", Level.COMMUNITY, None, None, 5, False, 24),
]
