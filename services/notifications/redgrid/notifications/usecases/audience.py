"""Who would be told about a matter in a grid, for staff checking the set-up (and for the demo
to see that this service knows the grids)."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import scope
from redgrid.common.auth import Principal
from redgrid.common.errors import Forbidden, NotFound
from redgrid.common.masking import mask_name
from redgrid.notifications.domain.audience import Recipient
from redgrid.notifications.models import GridAudience, Someone
from redgrid.notifications.queries import directory


async def _named(conn: asyncpg.Connection, recipients: list[Recipient]) -> list[Someone]:
    return [Someone(person_id=person_id, name_masked=mask_name(name))
            for person_id, name in await directory.names(conn, [r.id for r in recipients])]


async def of_grid(grid_id: UUID, who: Principal, pool: asyncpg.Pool) -> GridAudience:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看通知对象", en="staff look at who is told")
    async with pool.acquire() as conn:
        grid = await directory.grid(conn, grid_id)
        if grid is None or not scope.within(grid["org_path"], await scope.scope_path(conn, who)):
            raise NotFound(f"未找到网格 {grid_id}", en=f"grid {grid_id} not found")
        return GridAudience(
            grid_id=grid_id, grid_name=grid["name"],
            workers=await _named(conn, await directory.grid_workers(conn, grid_id)),
            secretaries=await _named(conn, await directory.secretaries(conn, (), grid_id)),
        )
