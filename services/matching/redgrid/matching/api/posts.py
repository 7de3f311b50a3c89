"""/v1/posts and /v1/rosters: service posts (服务岗位) and recurring duty rosters."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, status

from redgrid.common.commands import Day, Moment
from redgrid.common.http import Auth, Now, Pool
from redgrid.common.pagination import Cursor, Limit, Page, cursor_key, page, uuid_part
from redgrid.matching.commands import PostClaim, PostClose, PostCreate, PostUpdate, RosterCreate
from redgrid.matching.models import Claim, Duty, MyDuty, PostPublic, Roster
from redgrid.matching.usecases import posts as usecases

router = APIRouter(tags=["posts and rosters"])


@router.post("/v1/posts", status_code=status.HTTP_201_CREATED, response_model=PostPublic)
async def open_post(body: PostCreate, who: Auth, pool: Pool, clock: Now):
    return await usecases.open_post(body, who, pool, clock.now())


@router.get("/v1/posts", response_model=Page[PostPublic])
async def list_posts(who: Auth, pool: Pool, clock: Now, limit: Limit = 50,
                     cursor: Cursor = None, community_id: UUID | None = None,
                     open_on: Day | None = None):
    after = cursor_key(cursor, uuid_part)
    rows = await usecases.list_posts(who, pool, community_id, open_on,
                                     after[0] if after else None, limit + 1, clock.now())
    return page(rows, limit, lambda p: [str(p.id)])


@router.patch("/v1/posts/{post_id:uuid}", response_model=PostPublic,
              summary="Edit a post: title, description, seats, end date")
async def edit_post(post_id: UUID, body: PostUpdate, who: Auth, pool: Pool, clock: Now):
    return await usecases.edit_post(post_id, body, who, pool, clock.now())


@router.post("/v1/posts/{post_id:uuid}/close", response_model=PostPublic,
             summary="Close a post, with the reason; its claims are released")
async def close_post(post_id: UUID, body: PostClose, who: Auth, pool: Pool, clock: Now):
    return await usecases.close_post(post_id, body, who, pool, clock.now())


@router.post("/v1/posts/{post_id:uuid}/claims", status_code=status.HTTP_201_CREATED,
             response_model=Claim, summary="认领: claim a seat of the post for a period")
async def claim_post(post_id: UUID, body: PostClaim, who: Auth, pool: Pool, clock: Now):
    return await usecases.claim_post(post_id, body, who, pool, clock.now())


@router.get("/v1/posts/{post_id:uuid}/claims", response_model=list[Claim])
async def post_claims(post_id: UUID, who: Auth, pool: Pool):
    return await usecases.post_claims(post_id, who, pool)


@router.delete("/v1/posts/{post_id:uuid}/claims/{claim_id:uuid}", response_model=Claim)
async def release_claim(post_id: UUID, claim_id: UUID, who: Auth, pool: Pool, clock: Now):
    return await usecases.release_claim(post_id, claim_id, who, pool, clock.now())


@router.post("/v1/rosters", status_code=status.HTTP_201_CREATED,
             summary="A recurring duty roster; every turn is booked")
async def create_roster(body: RosterCreate, who: Auth, pool: Pool, clock: Now) -> dict:
    return await usecases.create_roster(body, who, pool, clock.now())


@router.get("/v1/rosters", response_model=Page[Roster],
            summary="Rosters: my scope's (staff), or those I am on")
async def list_rosters(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                       community_id: UUID | None = None):
    after = cursor_key(cursor, uuid_part)
    rows = await usecases.list_rosters(who, pool, community_id=community_id,
                                       after=after[0] if after else None, limit=limit + 1)
    return page(rows, limit, lambda r: [str(r.id)])


@router.get("/v1/duties", response_model=list[MyDuty],
            summary="My duties: my turns of every roster, soonest first")
async def my_duties(who: Auth, pool: Pool, clock: Now, since: Moment | None = None,
                    until: Moment | None = None):
    return await usecases.my_duties(who, pool, since, until, clock.now())


@router.get("/v1/rosters/{roster_id:uuid}/duties", response_model=list[Duty])
async def roster_duties(roster_id: UUID, who: Auth, pool: Pool, since: Moment | None = None,
                        until: Moment | None = None):
    return await usecases.roster_duties(roster_id, who, pool, since, until)
