"""Who may do what where in the lists: staff within their org subtree, a unit for itself.

Outside the caller's scope things answer 404, as if they did not exist; a unit acting for a
community it does not serve (共驻共建) is told so (403), since needs are public anyway.
"""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import scope
from redgrid.common.auth import ADMINS, Principal, Role
from redgrid.common.errors import Forbidden, Invalid, NotFound
from redgrid.lists.models import Unit
from redgrid.lists.queries import registry

# Who keeps the lists of a community; branch secretaries also run projects of their branch.
MANAGERS = tuple(ADMINS)
PROJECT_MANAGERS = (*ADMINS, Role.BRANCH_SECRETARY)


async def staff_scope(conn: asyncpg.Connection, who: Principal) -> str:
    if not who.is_staff:
        raise Forbidden("仅限工作人员使用", en="this is for staff")
    return await scope.scope_path(conn, who)


async def sees(conn: asyncpg.Connection, who: Principal, path: str) -> bool:
    """Staff whose subtree holds the path."""
    return who.is_staff and scope.within(path, await scope.scope_path(conn, who))


async def manages(conn: asyncpg.Connection, who: Principal, path: str,
                  roles: tuple = MANAGERS) -> bool:
    return who.has(*roles) and scope.within(path, await scope.scope_path(conn, who))


async def community(conn: asyncpg.Connection, who: Principal, community_id: UUID) -> str:
    """The path of a community in the caller's scope (404 outside it, 422 if not a community)."""
    path = await scope.ensure_within(conn, who, community_id)
    await known_community(conn, community_id)
    return path


async def known_community(conn: asyncpg.Connection, community_id: UUID) -> str:
    org = await registry.org(conn, community_id)
    if org is None or org["kind"] != "community" or not org["active"]:
        raise Invalid(f"{community_id} 不是已知的社区",
                      en=f"{community_id} is not a community known here")
    return org["path"]


async def own_unit(conn: asyncpg.Connection, who: Principal) -> Unit:
    """The co-building unit a `unit` token acts for."""
    if not who.has(Role.UNIT) or who.unit_id is None:
        raise Forbidden("仅限共建单位账号使用", en="this is for a co-building unit's account")
    unit = await registry.unit(conn, who.unit_id)
    if unit is None:
        raise Forbidden("贵单位尚未同步到本服务，请稍后再试", en="your unit is not known here yet")
    return unit


def acting_unit_id(who: Principal) -> UUID | None:
    return who.unit_id if who.has(Role.UNIT) else None


async def known_units(conn: asyncpg.Connection, unit_ids: list[UUID]) -> list[UUID]:
    unit_ids = list(dict.fromkeys(unit_ids))
    missing = set(unit_ids) - await registry.known_units(conn, unit_ids)
    if missing:
        raise Invalid("未找到以下共建单位：" + "、".join(sorted(map(str, missing))),
                      en="units not known here: " + ", ".join(sorted(map(str, missing))))
    return unit_ids


async def serving_unit(conn: asyncpg.Connection, who: Principal, community_id: UUID) -> Unit:
    unit = await own_unit(conn, who)
    if not await registry.serves(conn, unit, community_id):
        raise Forbidden("贵单位不服务该社区：须在单位登记中列有该社区，或与该社区签有共建协议",
                        en="your unit does not serve this community: the registry's list of its "
                           "communities or a co-building agreement makes it so")
    return unit


# What people call the things not_found names
NAMES = {"agreement": "共建协议", "resource": "资源", "need": "需求", "claim": "认领",
         "unit": "共建单位", "organisation": "组织", "resolution": "决议事项",
         "meeting": "联席会议", "project": "项目", "open milestone": "未完成的节点",
         "ticket": "工单", "order": "服务订单"}


def not_found(what: str, thing_id: UUID) -> NotFound:
    return NotFound(f"未找到{NAMES.get(what, what)} {thing_id}", en=f"{what} {thing_id} not found")
