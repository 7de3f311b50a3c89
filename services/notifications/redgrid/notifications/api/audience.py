"""/v1/grids/{id}/audience: who is told about a matter in a grid."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter

from redgrid.common.http import Auth, Pool
from redgrid.notifications.models import GridAudience
from redgrid.notifications.usecases import audience as usecases

router = APIRouter(tags=["audience"])


@router.get("/v1/grids/{grid_id:uuid}/audience", response_model=GridAudience,
            summary="The grid workers and secretaries told about a matter in this grid")
async def grid_audience(grid_id: UUID, who: Auth, pool: Pool):
    return await usecases.of_grid(grid_id, who, pool)
