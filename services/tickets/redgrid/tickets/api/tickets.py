"""/v1/tickets: intake, the scope's list, one ticket's file, the reporter's contact data."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote
from uuid import UUID

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status

from redgrid.common.commands import Moment
from redgrid.common.http import Auth, CorrelationId, Now, Pool, model_response
from redgrid.common.pagination import (
    Cursor,
    Limit,
    Page,
    cursor_key,
    moment_part,
    page_response,
    uuid_part,
)
from redgrid.tickets.api.photos import Kept
from redgrid.tickets.commands import AttachmentIn, Note, TicketCreate
from redgrid.tickets.domain.deadlines import DeadlineState
from redgrid.tickets.domain.intake import Channel, TicketKind
from redgrid.tickets.domain.workflow import Status
from redgrid.tickets.models import (
    Attachment,
    ContactRead,
    NearbyMatter,
    Reporter,
    TicketFile,
    TicketPublic,
)
from redgrid.tickets.queries.tickets import Filters
from redgrid.tickets.usecases import exports, intake, reading
from redgrid.tickets.usecases import nearby as near
from redgrid.tickets.usecases import routing as route

router = APIRouter(prefix="/v1/tickets", tags=["tickets"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TicketPublic,
             responses={200: {"description": "The same 12345 order was filed before: that "
                                             "ticket"}})
async def file_ticket(body: TicketCreate, who: Auth, pool: Pool, clock: Now, request: Request,
                      correlation_id: CorrelationId):
    filed = await intake.file_ticket(intake.Intake(body, who, clock.now(), correlation_id), pool,
                                     intake.batches_of(request.app.state.runtime))
    async with pool.acquire() as conn:
        view = await reading.public_view(conn, who, filed.ticket, clock.now(), filed.reporter)
    return model_response(view, status.HTTP_201_CREATED if filed.created else status.HTTP_200_OK)


Q_DOC = ("Search: part of the number or the title; of the reporter's phone or name only for "
         "those who may see them in full (the office holding the matter, its assignee)")


def _filters(status: Status | None = None, category: str | None = Query(None, max_length=40),
             channel: Channel | None = None, kind: TicketKind | None = None,
             grid_id: UUID | None = None, community_id: UUID | None = None,
             street_id: UUID | None = None, assignee_id: UUID | None = None,
             received_from: Moment | None = None, received_to: Moment | None = None,
             q: str | None = Query(None, max_length=50, description=Q_DOC,
                                   examples=["路灯", "DZ-2026-000123", "1380013"]),
             deadline: DeadlineState | None = Query(
                 None, description="期限状态: overdue 逾期, due_soon 即将到期 (less than a day "
                                   "left), on_time 正常; only matters a deadline runs for")) -> Filters:
    """The queue's filters, the same for the list and its export."""
    return Filters(status, category, channel, kind, grid_id, community_id, street_id,
                   assignee_id, received_from, received_to, (q or "").strip() or None,
                   deadline)


Filtered = Annotated[Filters, Depends(_filters)]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv; charset=utf-8"


@router.get("", response_model=Page[TicketPublic],
            summary="Staff: tickets held in or about their subtree; residents: their own")
async def list_tickets(who: Auth, pool: Pool, clock: Now, f: Filtered, limit: Limit = 50,
                       cursor: Cursor = None):
    key = cursor_key(cursor, moment_part, uuid_part)
    rows = await reading.list_tickets(who, pool, clock, f, key, limit + 1)
    return page_response(rows, limit, lambda t: [t.received_at.isoformat(), str(t.id)])


@router.get("/export.xlsx", response_class=Response,
            summary="Staff: the list as xlsx (标题、统计单位、制表时间, Chinese headers; newest "
                    f"first, at most {exports.EXPORT_LIMIT} rows)",
            responses={200: {"content": {XLSX: {"schema": {"type": "string",
                                                           "format": "binary"}}},
                             "description": "民情工单明细.xlsx"}})
async def export_tickets(who: Auth, pool: Pool, clock: Now, f: Filtered) -> Response:
    body = await exports.tickets_xlsx(who, pool, clock, f)
    return Response(body, media_type=XLSX, headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote('民情工单.xlsx')}"})


@router.get("/export.csv", response_class=Response,
            summary="Staff: the list as CSV in UTF-8 with a BOM (Chinese headers, the xlsx's "
                    f"rows: newest first, at most {exports.EXPORT_LIMIT})",
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                             "description": "民情工单.csv"}})
async def export_tickets_csv(who: Auth, pool: Pool, clock: Now, f: Filtered) -> Response:
    body = await exports.tickets_csv(who, pool, clock, f)
    return Response(body, media_type=CSV, headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote('民情工单.csv')}"})


@router.get("/routing/preview", summary="Where a matter at this place would go (grid, queue)")
async def routing_preview(who: Auth, pool: Pool,
                          lat: float | None = Query(None, ge=-90, le=90),
                          lng: float | None = Query(None, ge=-180, le=180),
                          address: str | None = Query(None, max_length=200)) -> dict:
    async with pool.acquire() as conn:
        return await route.preview(conn, who, lat, lng, address)


@router.get("/nearby", response_model=list[NearbyMatter],
            summary="已有人反映: open matters of a category near a point (no reporter data)")
async def nearby(who: Auth, pool: Pool, clock: Now,
                 category: str = Query(min_length=1, max_length=40),
                 lat: float = Query(ge=-90, le=90), lng: float = Query(ge=-180, le=180)):
    async with pool.acquire() as conn:
        return await near.open_near(conn, category, lat, lng, clock.now())


@router.get("/by-number/{number}", response_model=TicketPublic)
async def by_number(who: Auth, pool: Pool, clock: Now, number: str = Path(max_length=40)):
    return await reading.get_by_number(number, who, pool, clock)


@router.get("/{ticket_id:uuid}", response_model=TicketFile, summary="一号一档: the complete file")
async def get_file(ticket_id: UUID, who: Auth, pool: Pool, clock: Now, kept: Kept):
    return await reading.get_file(ticket_id, who, pool, clock, kept)


@router.get("/{ticket_id:uuid}/reporter", response_model=Reporter | None,
            summary="The reporter's contact data: in full only as the reader's role needs "
                    "(each staff read logged)")
async def reporter(ticket_id: UUID, who: Auth, pool: Pool, clock: Now):
    return await reading.reporter_contact(ticket_id, who, pool, clock)


@router.get("/{ticket_id:uuid}/reporter/reads", response_model=list[ContactRead],
            summary="Who read the reporter's contact data in full (the access log)")
async def reporter_reads(ticket_id: UUID, who: Auth, pool: Pool):
    return await reading.reporter_reads(ticket_id, who, pool)


@router.post("/{ticket_id:uuid}/notes", status_code=status.HTTP_204_NO_CONTENT)
async def add_note(ticket_id: UUID, body: Note, who: Auth, pool: Pool, clock: Now) -> None:
    await reading.add_note(ticket_id, body, who, pool, clock)


@router.post("/{ticket_id:uuid}/attachments", status_code=status.HTTP_201_CREATED,
             response_model=Attachment, summary="An attachment's metadata")
async def add_attachment(ticket_id: UUID, body: AttachmentIn, who: Auth, pool: Pool,
                         clock: Now):
    return await reading.add_attachment(ticket_id, body, who, pool, clock)
