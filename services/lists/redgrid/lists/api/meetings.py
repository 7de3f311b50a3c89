"""/v1/agreements, /v1/meetings and /v1/resolutions: co-building agreements (共建协议), joint
meetings (党建联席会议) and the tracking of their resolutions."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Body, status

from redgrid.common.http import Auth, Now, Pool
from redgrid.common.pagination import Cursor, Limit, Page
from redgrid.lists.api.paging import before, by_id
from redgrid.lists.commands import (
    AgreementSign,
    Follow,
    MeetingCorrect,
    MeetingRecord,
    StepNote,
    Withdrawal,
)
from redgrid.lists.domain.meetings import AgreementStatus, ResolutionStatus
from redgrid.lists.models import Agreement, Meeting, Resolution
from redgrid.lists.usecases import agreements, meetings, records

router = APIRouter(tags=["agreements and joint meetings (共建协议, 党建联席会议)"])
OptionalNote = Annotated[StepNote | None, Body()]


@router.post("/v1/agreements", status_code=status.HTTP_201_CREATED, response_model=Agreement)
async def sign_agreement(body: AgreementSign, who: Auth, pool: Pool, clock: Now):
    return await agreements.sign_agreement(body, who, pool, clock.now())


@router.get("/v1/agreements", response_model=Page[Agreement])
async def list_agreements(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                          community_id: UUID | None = None,
                          status: AgreementStatus | None = None):
    rows = await agreements.list_agreements(who, pool, community_id=community_id,
                                            status=status, before=before(cursor),
                                            limit=limit + 1)
    return by_id(rows, limit)


@router.get("/v1/agreements/{agreement_id:uuid}", response_model=Agreement)
async def get_agreement(agreement_id: UUID, who: Auth, pool: Pool):
    return await agreements.get_agreement(agreement_id, who, pool)


@router.post("/v1/agreements/{agreement_id:uuid}/end", response_model=Agreement)
async def end_agreement(agreement_id: UUID, who: Auth, pool: Pool, clock: Now):
    return await agreements.end_agreement(agreement_id, who, pool, clock.now())


@router.post("/v1/meetings", status_code=status.HTTP_201_CREATED, response_model=Meeting)
async def record_meeting(body: MeetingRecord, who: Auth, pool: Pool, clock: Now):
    return await meetings.record_meeting(body, who, pool, clock.now())


@router.get("/v1/meetings", response_model=Page[Meeting])
async def list_meetings(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                        community_id: UUID | None = None):
    rows = await meetings.list_meetings(who, pool, community_id=community_id,
                                        before=before(cursor), limit=limit + 1)
    return by_id(rows, limit)


@router.get("/v1/meetings/{meeting_id:uuid}", response_model=Meeting)
async def get_meeting(meeting_id: UUID, who: Auth, pool: Pool):
    return await meetings.get_meeting(meeting_id, who, pool)


@router.patch("/v1/meetings/{meeting_id:uuid}", response_model=Meeting,
              summary="Correct a recorded meeting, with the reason")
async def correct_meeting(meeting_id: UUID, body: MeetingCorrect, who: Auth, pool: Pool,
                          clock: Now):
    return await records.correct_meeting(meeting_id, body, who, pool, clock.now())


@router.post("/v1/meetings/{meeting_id:uuid}/withdraw", response_model=Meeting,
             summary="Withdraw a meeting never held, with the reason: it and its resolutions "
                     "no longer count")
async def withdraw_meeting(meeting_id: UUID, body: Withdrawal, who: Auth, pool: Pool,
                           clock: Now):
    return await records.withdraw_meeting(meeting_id, body, who, pool, clock.now())


@router.get("/v1/resolutions", response_model=Page[Resolution],
            summary="Resolutions and how far each has come (the tracking list)")
async def list_resolutions(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                           status: ResolutionStatus | None = None,
                           community_id: UUID | None = None):
    rows = await meetings.list_resolutions(who, pool, status=status, community_id=community_id,
                                           before=before(cursor), limit=limit + 1)
    return by_id(rows, limit)


@router.get("/v1/resolutions/{resolution_id:uuid}", response_model=Resolution)
async def get_resolution(resolution_id: UUID, who: Auth, pool: Pool):
    return await meetings.get_resolution(resolution_id, who, pool)


@router.post("/v1/resolutions/{resolution_id:uuid}/follow", response_model=Resolution,
             summary="Follow as a need, a project, a ticket or a work item")
async def follow(resolution_id: UUID, body: Follow, who: Auth, pool: Pool, clock: Now):
    return await meetings.follow(resolution_id, body, who, pool, clock.now())


@router.post("/v1/resolutions/{resolution_id:uuid}/done", response_model=Resolution,
             summary="A work item is done (staff, or the unit it was given to)")
async def work_item_done(resolution_id: UUID, who: Auth, pool: Pool, clock: Now,
                         body: OptionalNote = None):
    return await meetings.work_item_done(resolution_id, body or StepNote(), who, pool,
                                         clock.now())


@router.post("/v1/resolutions/{resolution_id:uuid}/drop", response_model=Resolution)
async def drop(resolution_id: UUID, who: Auth, pool: Pool, clock: Now,
               body: OptionalNote = None):
    return await meetings.drop(resolution_id, body or StepNote(), who, pool, clock.now())
