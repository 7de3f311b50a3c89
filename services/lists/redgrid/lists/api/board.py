"""/v1/board: the public board of needs and projects (no login; no personal data)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from fastapi import APIRouter

from redgrid.common.http import Pool
from redgrid.common.pagination import Cursor, Limit, Page
from redgrid.lists.api.paging import before, by_id
from redgrid.lists.models import BoardNeed, BoardProject
from redgrid.lists.usecases import board

router = APIRouter(prefix="/v1/board", tags=["public board (公示)"])
State = Literal["open", "done"]


@router.get("/needs", response_model=Page[BoardNeed],
            summary="Needs still open to claims (or met: state=done), in a street or community")
async def board_needs(pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                      org_id: UUID | None = None, state: State = "open"):
    return by_id(await board.needs(pool, org_id, state, before(cursor), limit + 1), limit)


@router.get("/projects", response_model=Page[BoardProject],
            summary="Projects planned or running (or completed: state=done)")
async def board_projects(pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                         org_id: UUID | None = None, state: State = "open"):
    return by_id(await board.projects(pool, org_id, state, before(cursor), limit + 1), limit)
