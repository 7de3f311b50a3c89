"""The public board (公示栏): open needs and projects for residents and units, no login.

Only organisations' names travel here; free text has phone numbers masked.
"""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common.errors import NotFound
from redgrid.common.scope import WHOLE_CITY
from redgrid.lists.domain.needs import NeedStatus
from redgrid.lists.domain.projects import ProjectStatus
from redgrid.lists.models import BoardNeed, BoardProject
from redgrid.lists.queries import board as queries
from redgrid.lists.queries import registry

NEED_STATES = {"open": [NeedStatus.OPEN, NeedStatus.CLAIMED],
               "done": [NeedStatus.MET]}
PROJECT_STATES = {"open": [ProjectStatus.PLANNED, ProjectStatus.ACTIVE],
                  "done": [ProjectStatus.COMPLETED]}


async def _scope(conn: asyncpg.Connection, org_id: UUID | None) -> str:
    if org_id is None:
        return WHOLE_CITY
    org = await registry.org(conn, org_id)
    if org is None or not org["active"]:
        raise NotFound(f"未找到组织 {org_id}", en=f"organisation {org_id} not found")
    return org["path"]


async def needs(pool: asyncpg.Pool, org_id: UUID | None, state: str, before: UUID | None,
                limit: int) -> list[BoardNeed]:
    async with pool.acquire() as conn:
        return await queries.needs(conn, await _scope(conn, org_id), NEED_STATES[state], before,
                                   limit)


async def projects(pool: asyncpg.Pool, org_id: UUID | None, state: str, before: UUID | None,
                   limit: int) -> list[BoardProject]:
    async with pool.acquire() as conn:
        return await queries.projects(conn, await _scope(conn, org_id), PROJECT_STATES[state],
                                      before, limit)
