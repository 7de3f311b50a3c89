"""How matters come in (六途径), what kind of appeal they are, and who may file how."""

from __future__ import annotations

from enum import StrEnum

from redgrid.common.auth import Principal, Role
from redgrid.common.errors import Forbidden, Invalid


class Channel(StrEnum):
    ONLINE = "online"  # 网络平台 (also Open311 clients)
    LETTERS_VISITS = "letters_visits"  # 来信来访
    HOTLINE = "hotline"  # 服务专线
    HOTLINE_12345 = "12345"  # work orders forwarded by the 12345 government hotline
    PATROL = "patrol"  # 民情信息员 and grid workers on patrol
    WINDOW = "window"  # 一站式窗口
    FORUM = "forum"  # 座谈会
    DOOR_VISIT = "door_visit"  # found on a 六上门 visit


CHANNEL_NAMES: dict[Channel, str] = {
    Channel.ONLINE: "网络平台", Channel.LETTERS_VISITS: "来信来访", Channel.HOTLINE: "服务专线",
    Channel.HOTLINE_12345: "12345热线", Channel.PATROL: "网格巡查", Channel.WINDOW: "一站式窗口",
    Channel.FORUM: "座谈会", Channel.DOOR_VISIT: "六上门",
}


class AppealKind(StrEnum):
    """诉求类型 as 12345 uses them."""

    CONSULTATION = "consultation"  # 咨询
    HELP = "help"  # 求助
    COMPLAINT = "complaint"  # 投诉
    SUGGESTION = "suggestion"  # 建议


class TicketKind(StrEnum):
    MATTER = "matter"  # 民情: an ordinary matter
    MEDIATION = "mediation"  # 矛盾纠纷调解: parties, sessions, an agreement


# A resident files for themself through the online platform; everything else is staff's.
RESIDENT_CHANNELS = frozenset({Channel.ONLINE})


def check_intake(who: Principal, channel: Channel, external_ref: str | None) -> None:
    if channel == Channel.HOTLINE_12345:
        if not external_ref:
            raise Invalid("12345 工单须填写原工单编号",
                          en="a 12345 work order keeps its order number (external_ref)")
        if not who.has(Role.SYSTEM, Role.COMMUNITY_ADMIN, Role.STREET_ADMIN):
            raise Forbidden("12345 工单只能由热线系统或社区、街道办公室登记",
                            en="12345 work orders are filed by the hotline system or an office")
    elif external_ref:
        raise Invalid("只有 12345 工单才填写外部工单编号",
                      en="only 12345 work orders carry an external order number")
    if not who.is_staff:
        if not who.has(Role.RESIDENT, Role.PARTY_MEMBER, Role.VOLUNTEER):
            raise Forbidden("只有居民和工作人员可以反映事项", en="residents and staff file matters")
        if channel not in RESIDENT_CHANNELS:
            raise Forbidden("居民请通过网络平台反映；其他渠道由工作人员登记",
                            en="residents file through the online platform; staff record the rest")


# What a 12345 order says that a re-filing may say differently (field: its name in the note).
REFILED_FIELDS = {"title": "标题", "description": "描述", "category": "类别",
                  "appeal_kind": "诉求类型", "address": "地址", "location": "位置"}


def refiling_conflict(first: dict, again: dict) -> list[str]:
    """The fields a re-filing of a 12345 order changes (the hotline sends an order again when
    unsure it arrived; different content is a conflict a clerk must look at)."""
    return [f for f in REFILED_FIELDS if first.get(f) != again.get(f)]
