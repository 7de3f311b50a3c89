"""/v1/tickets/{id}/notice: 公示稿 under review: the detector's proposal, and the office's
approval (审核公示), without which the public notice and anonymous Open311 show nothing."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter

from redgrid.common.http import Auth, Now, Pool
from redgrid.tickets.commands import NoticeApproval
from redgrid.tickets.models import NoticeDraft
from redgrid.tickets.usecases import notice_review

router = APIRouter(prefix="/v1/tickets/{ticket_id:uuid}/notice", tags=["public notice"])


@router.get("", response_model=NoticeDraft,
            summary="公示稿: the detector's proposal and what was approved")
async def get_notice_draft(ticket_id: UUID, who: Auth, pool: Pool):
    return await notice_review.draft(ticket_id, who, pool)


@router.post("/approve", response_model=NoticeDraft,
             summary="审核公示: approve the summary (edited) the public reads")
async def approve_notice(ticket_id: UUID, body: NoticeApproval, who: Auth, pool: Pool,
                         clock: Now):
    return await notice_review.approve(ticket_id, body, who, pool, clock)
