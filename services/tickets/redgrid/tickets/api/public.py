"""/public/v1/notices: 公示 without login: resolved matters and their responses; the place cut
to the building, phone numbers in text masked, nothing of the reporter; the photos staff marked
public, through URLs signed for a few minutes."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Path, Query

from redgrid.common.errors import NotFound
from redgrid.common.http import Now, Pool
from redgrid.common.pagination import (
    Cursor,
    Limit,
    Page,
    cursor_key,
    encode_cursor,
    moment_part,
    uuid_part,
)
from redgrid.tickets.api.photos import Kept
from redgrid.tickets.models import Notice
from redgrid.tickets.queries import notices
from redgrid.tickets.usecases import photos

router = APIRouter(prefix="/public/v1/notices", tags=["public notice"])


@router.get("", response_model=Page[Notice])
async def list_notices(pool: Pool, clock: Now, kept: Kept, limit: Limit = 50,
                       cursor: Cursor = None, community_id: UUID | None = None,
                       category: str | None = Query(None, max_length=40)):
    key = cursor_key(cursor, moment_part, uuid_part)
    async with pool.acquire() as conn:
        rows = await notices.notices(conn, community_id, category, key, limit + 1)
        more, rows = len(rows) > limit, rows[:limit]
        shown = await photos.on_notices(conn, [r["id"] for r in rows], kept, clock.now())
    last = rows[-1] if rows else None
    return Page(items=[Notice.of(r).model_copy(update={"photos": shown.get(r["id"], [])})
                       for r in rows],
                next_cursor=encode_cursor([last["published_at"].isoformat(), str(last["id"])])
                if more else None)


@router.get("/{number}", response_model=Notice)
async def get_notice(pool: Pool, clock: Now, kept: Kept, number: str = Path(max_length=40)):
    async with pool.acquire() as conn:
        row = await notices.notice(conn, number)
        if row is None:
            raise NotFound("未找到该公示", en="no such notice")
        shown = await photos.on_notices(conn, [row["id"]], kept, clock.now())
    return Notice.of(row).model_copy(update={"photos": shown.get(row["id"], [])})
