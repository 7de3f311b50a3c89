"""Org-subtree checks against the `orgs` table (the registry's own, or a service's read model)."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common.auth import Principal, Role
from redgrid.common.cache import Ttl
from redgrid.common.errors import Forbidden, NotFound

WHOLE_CITY = "/"  # every path starts with it
# The path of a staff member's scope root, read on nearly every request. Kept a few seconds:
# if the root moves meanwhile, the old path matches nothing, so a stale entry shows less, never
# more.
SCOPE_ROOTS = Ttl(seconds=5)


async def scope_path(conn: asyncpg.Connection, who: Principal) -> str:
    """The path prefix of everything `who` may see as staff."""
    if who.has(Role.SYSTEM) and who.org_id is None:
        return WHOLE_CITY
    org_id = who.require_scope()
    path = await SCOPE_ROOTS.get(org_id, lambda: conn.fetchval(
        "SELECT path FROM orgs WHERE id = $1", org_id))
    if path is None:
        SCOPE_ROOTS.clear()  # not known yet (events on their way): ask again next time
        raise Forbidden("您所在的组织尚未同步到本服务，请稍后再试",
                        en="your organisation is not known here")
    return path


async def org_path(conn: asyncpg.Connection, org_id: UUID) -> str:
    path = await conn.fetchval("SELECT path FROM orgs WHERE id = $1", org_id)
    if path is None:
        raise NotFound(f"未找到组织 {org_id}", en=f"organisation {org_id} not found")
    return path


def within(path: str, scope: str) -> bool:
    return path.startswith(scope)


async def ensure_within(conn: asyncpg.Connection, who: Principal, org_id: UUID | None) -> str:
    """Raise NotFound (not Forbidden: don't reveal what exists) unless org_id is in scope."""
    scope = await scope_path(conn, who)
    if org_id is None:
        if scope != WHOLE_CITY:
            raise NotFound("未找到，或不在您的管辖范围内", en="not found")
        return scope
    path = await conn.fetchval("SELECT path FROM orgs WHERE id = $1", org_id)
    if path is None or not within(path, scope):
        raise NotFound("未找到，或不在您的管辖范围内", en="not found")
    return path
