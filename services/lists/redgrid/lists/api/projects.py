"""/v1/projects: the project list (项目清单), its milestones, bound needs and resources, and the
activities it holds."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from fastapi import APIRouter, status

from redgrid.common.http import Auth, Now, Pool
from redgrid.common.pagination import Cursor, Limit, Page
from redgrid.lists.api.paging import before, by_id
from redgrid.lists.commands import (
    ActivityCorrect,
    ActivityRecord,
    MilestoneAdd,
    ProjectCreate,
    ProjectNeed,
    ProjectResource,
    ProjectUpdate,
    Withdrawal,
)
from redgrid.lists.domain.projects import ProjectStatus
from redgrid.lists.models import Activity, Project
from redgrid.lists.usecases import projects as usecases
from redgrid.lists.usecases import records

router = APIRouter(prefix="/v1/projects", tags=["projects (项目清单)"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=Project)
async def create_project(body: ProjectCreate, who: Auth, pool: Pool, clock: Now):
    return await usecases.create_project(body, who, pool, clock.now())


@router.get("", response_model=Page[Project],
            summary="Staff: their subtree's projects; a unit: those it is a partner of")
async def list_projects(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                        status: ProjectStatus | None = None, community_id: UUID | None = None):
    rows = await usecases.list_projects(who, pool, status=status, community_id=community_id,
                                        before=before(cursor), limit=limit + 1)
    return by_id(rows, limit)


@router.get("/{project_id:uuid}", response_model=Project)
async def get_project(project_id: UUID, who: Auth, pool: Pool):
    return await usecases.get_project(project_id, who, pool)


@router.patch("/{project_id:uuid}", response_model=Project)
async def update_project(project_id: UUID, body: ProjectUpdate, who: Auth, pool: Pool,
                         clock: Now):
    return await usecases.update_project(project_id, body, who, pool, clock.now())


@router.post("/{project_id:uuid}/milestones", status_code=status.HTTP_201_CREATED,
             response_model=Project)
async def add_milestone(project_id: UUID, body: MilestoneAdd, who: Auth, pool: Pool,
                        clock: Now):
    return await usecases.add_milestone(project_id, body, who, pool, clock.now())


@router.post("/{project_id:uuid}/milestones/{milestone_id:uuid}/done", response_model=Project)
async def complete_milestone(project_id: UUID, milestone_id: UUID, who: Auth, pool: Pool,
                             clock: Now):
    return await usecases.complete_milestone(project_id, milestone_id, who, pool, clock.now())


@router.post("/{project_id:uuid}/needs", response_model=Project, summary="Bind a need")
async def bind_need(project_id: UUID, body: ProjectNeed, who: Auth, pool: Pool, clock: Now):
    return await usecases.bind_need(project_id, body, who, pool, clock.now())


@router.post("/{project_id:uuid}/resources", response_model=Project,
             summary="Take (part of) an offer; its unit becomes a partner")
async def bind_resource(project_id: UUID, body: ProjectResource, who: Auth, pool: Pool,
                        clock: Now):
    return await usecases.bind_resource(project_id, body, who, pool, clock.now())


@router.post("/{project_id:uuid}/activities", status_code=status.HTTP_201_CREATED,
             response_model=Activity)
async def record_activity(project_id: UUID, body: ActivityRecord, who: Auth, pool: Pool,
                          clock: Now):
    return await usecases.record_activity(project_id, body, who, pool, clock.now())


@router.get("/{project_id:uuid}/activities", response_model=Page[Activity])
async def list_activities(project_id: UUID, who: Auth, pool: Pool, limit: Limit = 50,
                          cursor: Cursor = None):
    rows = await usecases.list_activities(project_id, who, pool, before(cursor), limit + 1)
    return by_id(rows, limit)


@router.patch("/{project_id:uuid}/activities/{activity_id:uuid}", response_model=Activity,
              summary="Correct a recorded activity, with the reason (the figures follow)")
async def correct_activity(project_id: UUID, activity_id: UUID, body: ActivityCorrect,
                           who: Auth, pool: Pool, clock: Now):
    return await records.correct_activity(project_id, activity_id, body, who, pool,
                                          clock.now())


@router.post("/{project_id:uuid}/activities/{activity_id:uuid}/withdraw",
             response_model=Activity,
             summary="Withdraw a recorded activity, with the reason: it no longer counts")
async def withdraw_activity(project_id: UUID, activity_id: UUID, body: Withdrawal, who: Auth,
                            pool: Pool, clock: Now):
    return await records.withdraw_activity(project_id, activity_id, body, who, pool,
                                           clock.now())


@router.post("/{project_id:uuid}/{step}", response_model=Project)
async def step_project(project_id: UUID, step: Literal["start", "complete", "cancel"],
                       who: Auth, pool: Pool, clock: Now):
    return await usecases.step_project(project_id, step, who, pool, clock.now())
