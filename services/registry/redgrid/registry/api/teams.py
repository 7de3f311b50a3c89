"""/v1/teams: volunteer teams and their members."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, status

from redgrid.common.http import Auth, Pool
from redgrid.common.pagination import Cursor, Limit, Page, cursor_key, page, uuid_part
from redgrid.registry.commands import TeamCreate, TeamJoin, TeamUpdate
from redgrid.registry.models import TeamPublic
from redgrid.registry.usecases import teams as usecases

router = APIRouter(prefix="/v1/teams", tags=["teams"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TeamPublic)
async def create_team(body: TeamCreate, who: Auth, pool: Pool):
    return await usecases.create_team(body, who, pool)


@router.get("", response_model=Page[TeamPublic])
async def list_teams(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                     skill: str | None = Query(None, max_length=40)):
    after = cursor_key(cursor, uuid_part)
    rows = await usecases.list_teams(who, pool, skill, after[0] if after else None,
                                     limit + 1)
    return page(rows, limit, lambda t: [str(t.id)])


@router.get("/{team_id:uuid}", response_model=TeamPublic)
async def get_team(team_id: UUID, who: Auth, pool: Pool):
    return await usecases.get_team(team_id, who, pool)


@router.patch("/{team_id:uuid}", response_model=TeamPublic)
async def update_team(team_id: UUID, body: TeamUpdate, who: Auth, pool: Pool):
    return await usecases.update_team(team_id, body, who, pool)


@router.post("/{team_id:uuid}/members", response_model=TeamPublic)
async def add_member(team_id: UUID, body: TeamJoin, who: Auth, pool: Pool):
    return await usecases.add_member(team_id, body, who, pool)


@router.delete("/{team_id:uuid}/members/{person_id:uuid}", response_model=TeamPublic)
async def remove_member(team_id: UUID, person_id: UUID, who: Auth, pool: Pool):
    return await usecases.remove_member(team_id, person_id, who, pool)
