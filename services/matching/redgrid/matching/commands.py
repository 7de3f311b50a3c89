"""Orders the matching service takes (request bodies): frozen, unknown fields refused, sizes
capped."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated
from uuid import UUID

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from redgrid.common.commands import Command, Day, Moment
from redgrid.matching.domain.orders import Urgency

# A word of the catalogue of service types and skills (维修, 陪诊), or an old tag it replaces
# (repair): checked against the catalogue (GET /v1/catalogue on the registry) when used.
Tag = Annotated[str, Field(min_length=1, max_length=40)]
Title = Annotated[str, Field(min_length=1, max_length=100)]
Text = Annotated[str, Field(max_length=2000)]
Reason = Annotated[str, Field(min_length=1, max_length=500)]
Note = Annotated[str, Field(max_length=500)]
HHMM = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")]


class _Command(Command):
    """Frozen, unknown fields refused, text PostgreSQL can hold (redgrid.common.commands)."""


class PlaceOrder(_Command):
    """居民点单: what, when, where, how urgent."""

    service_type: Tag
    title: Title
    description: Text = ""
    needs: list[Tag] | None = Field(default=None, max_length=10)  # default: [service_type]
    urgency: Urgency = Urgency.NORMAL
    window_start: Moment
    window_end: Moment
    grid_id: UUID | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lng: float | None = Field(default=None, ge=-180, le=180)
    address: Annotated[str, Field(max_length=200)] | None = None
    resident_person_id: UUID | None = None  # staff placing it on a resident's behalf


class HandOver(_Command):
    """社区交单: the community reviewed the need; it may name the branch and settle details."""

    branch_id: UUID | None = None
    service_type: Tag | None = None
    needs: list[Tag] | None = Field(default=None, max_length=10)
    urgency: Urgency | None = None
    window_start: Moment | None = None
    window_end: Moment | None = None
    note: Note | None = None


class Decline(_Command):
    reason: Reason


class Dispatch(_Command):
    """支部下单: to a person, to a team, or to the best-ranked candidate (auto)."""

    person_id: UUID | None = None
    team_id: UUID | None = None
    auto: bool = False
    note: Note | None = None

    @model_validator(mode="after")
    def _one_target(self) -> Dispatch:
        if (self.person_id is not None) + (self.team_id is not None) + self.auto != 1:
            raise PydanticCustomError("value_error", "请指定接单人、接单队伍或自动派单，三者选其一",
                                      {"en": "name exactly one of person_id, team_id, or "
                                             "auto: true"})
        return self


class Reassign(Dispatch):
    reason: Reason


class Refuse(_Command):
    reason: Reason


class Complete(_Command):
    hours: float = Field(gt=0, le=24)
    participant_ids: list[UUID] = Field(default_factory=list, max_length=50)  # team orders
    note: Note | None = None


class Rate(_Command):
    rating: int = Field(ge=1, le=5)
    comment: Text = ""


class Cancel(_Command):
    reason: Reason


class PostKind(StrEnum):
    """The ten kinds of service post from 蕉北街道."""

    POLICY_OUTREACH = "policy_outreach"  # 政策宣传
    POVERTY_RELIEF = "poverty_relief"  # 扶贫助困
    LEGAL_AID = "legal_aid"  # 法律咨询援助
    MEDIATION = "mediation"  # 纠纷调解
    CIVILITY = "civility"  # 文明劝导
    HEALTH_CARE = "health_care"  # 医疗卫生保健
    EMPLOYMENT_POLICY = "employment_policy"  # 劳动就业政策宣传
    TRAFFIC_GUIDANCE = "traffic_guidance"  # 交通疏导
    PUBLIC_ORDER = "public_order"  # 治安维护
    SANITATION_GREENING = "sanitation_greening"  # 环境卫生清理, 小区绿化


class PostCreate(_Command):
    kind: PostKind
    title: Title
    description: Text = ""
    community_id: UUID
    seats: int = Field(ge=1, le=1000)
    starts_on: Day
    ends_on: Day


class PostUpdate(_Command):
    """A post edited: what it says, how many seats, until when (what is left out stays)."""

    title: Title | None = None
    description: Text | None = None
    seats: int | None = Field(default=None, ge=1, le=1000)
    ends_on: Day | None = None


class PostClose(_Command):
    reason: Reason


class PostClaim(_Command):
    from_on: Day
    until_on: Day
    person_id: UUID | None = None  # staff claiming on a member's behalf


class RosterCreate(_Command):
    """A recurring duty: weekly on a weekday, or monthly on the n-th weekday (-1: the last)."""

    title: Title
    community_id: UUID
    frequency: str = Field(pattern=r"^(weekly|monthly)$")
    weekday: int = Field(ge=1, le=7)
    week_of_month: int | None = Field(default=None, ge=-1, le=4)
    start_time: HHMM
    end_time: HHMM
    starts_on: Day
    ends_on: Day
    rota: list[UUID] = Field(min_length=1, max_length=50)
