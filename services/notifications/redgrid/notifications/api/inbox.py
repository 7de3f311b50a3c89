"""/v1/inbox: one's notices, unread count, reading, and a live stream (Server-Sent Events)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Header, Query, Request, status
from fastapi.sse import EventSourceResponse, ServerSentEvent

from redgrid.common.auth import Principal
from redgrid.common.commands import BIGINT
from redgrid.common.http import Auth, Now, Pool, authenticate
from redgrid.common.pagination import Cursor, Limit, Page, cursor_key, page, seq_part
from redgrid.notifications.live import signals_of
from redgrid.notifications.models import NoticePublic
from redgrid.notifications.usecases import inbox as usecases
from redgrid.notifications.usecases import stream_tickets

router = APIRouter(prefix="/v1/inbox", tags=["inbox"])


@router.get("", response_model=Page[NoticePublic], summary="My notices, newest first")
async def list_notices(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                       unread: bool = Query(False, description="Only unread ones")):
    after = cursor_key(cursor, seq_part)
    before = after[0] if after else None
    rows = await usecases.list_notices(who, pool, before, unread, limit + 1)
    return page(rows, limit, lambda n: [n.seq])


@router.get("/unread-count", summary="How many of my notices are unread")
async def unread_count(who: Auth, pool: Pool) -> dict[str, int]:
    return {"unread": await usecases.unread_count(who, pool)}


@router.post("/{notice_id:uuid}/read", status_code=status.HTTP_204_NO_CONTENT)
async def mark_read(notice_id: UUID, who: Auth, pool: Pool, clock: Now) -> None:
    await usecases.mark_read(notice_id, who, pool, clock.now())


@router.post("/read-all", summary="Mark all (or all up to a seq) read")
async def mark_all_read(who: Auth, pool: Pool, clock: Now,
                        up_to_seq: int | None = Query(None, ge=1, le=BIGINT)) -> dict[str, int]:
    return {"marked": await usecases.mark_all_read(who, pool, clock.now(), up_to_seq)}


@router.post("/stream-ticket", response_model=stream_tickets.StreamTicket,
             summary="A single-use ticket (about a minute) to open the live stream from a "
                     "browser: GET /v1/inbox/stream?ticket=…")
async def stream_ticket(who: Auth, pool: Pool, clock: Now):
    return await stream_tickets.issue(who, pool, clock.now())


async def stream_principal(request: Request, pool: Pool, clock: Now,
                           ticket: str | None = Query(None, min_length=20, max_length=100,
                                                      description="from POST /stream-ticket")
                           ) -> Principal:
    """A browser's EventSource sends no Authorization header: it brings a ticket instead."""
    if ticket is not None:
        return await stream_tickets.redeem(ticket, pool, clock.now())
    return await authenticate(request)


@router.get("/stream", response_class=EventSourceResponse,
            summary="Live notices (text/event-stream); reconnect with Last-Event-ID; from a "
                    "browser with ?ticket=")
async def stream(who: Annotated[Principal, Depends(stream_principal)], pool: Pool,
                 request: Request, last_event_id: str | None = Header(None, max_length=20)
                 ) -> AsyncIterable[ServerSentEvent]:
    runtime = request.app.state.runtime
    recipient = usecases.recipient_of(who)
    with signals_of(runtime).stream(str(recipient)) as wake:
        seq = await usecases.stream_start(recipient, last_event_id, pool)
        yield ServerSentEvent(event="ready", data={"after": seq}, retry=3000)
        while not runtime.draining.is_set():
            for notice in await usecases.newer_than(recipient, seq, pool):
                seq = notice.seq
                # UTF-8 JSON, so that `curl -N` shows the Chinese as it is
                yield ServerSentEvent(event="notice", id=str(notice.seq),
                                      raw_data=notice.model_dump_json())
            stop = asyncio.ensure_future(runtime.draining.wait())
            woken = asyncio.ensure_future(wake.wait())
            try:  # a missed wake-up costs at most this long
                await asyncio.wait({stop, woken}, timeout=15,
                                   return_when=asyncio.FIRST_COMPLETED)
            finally:
                stop.cancel()
                woken.cancel()
            wake.clear()
