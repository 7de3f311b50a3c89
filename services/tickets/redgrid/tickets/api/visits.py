"""/v1/visits: 六上门 visit logs; findings become tickets."""

from __future__ import annotations

from fastapi import APIRouter, status

from redgrid.common.auth import Principal
from redgrid.common.commands import Moment
from redgrid.common.http import Auth, Now, Pool
from redgrid.common.masking import mask_text
from redgrid.common.pagination import (
    Cursor,
    Limit,
    Page,
    cursor_key,
    moment_part,
    page,
    uuid_part,
)
from redgrid.tickets.api.photos import Kept
from redgrid.tickets.commands import VisitCreate
from redgrid.tickets.domain.visits import VisitKind
from redgrid.tickets.models import VisitPublic
from redgrid.tickets.usecases import visits

router = APIRouter(prefix="/v1/visits", tags=["visits"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=VisitPublic)
async def record_visit(body: VisitCreate, who: Auth, pool: Pool, clock: Now, kept: Kept):
    return await visits.record_visit(body, who, pool, clock, kept)


@router.get("", response_model=Page[VisitPublic])
async def list_visits(who: Auth, pool: Pool, clock: Now, kept: Kept, limit: Limit = 50,
                      cursor: Cursor = None, kind: VisitKind | None = None,
                      since: Moment | None = None, until: Moment | None = None):
    key = cursor_key(cursor, moment_part, uuid_part)
    rows = await visits.list_visits(who, pool, kind=kind, since=since, until=until, after=key,
                                    limit=limit + 1, kept=kept, now=clock.now())
    return page([_as_seen_by(who, v) for v in rows], limit,
                lambda v: [v.visited_at.isoformat(), str(v.id)])


def _as_seen_by(who: Principal, visit: VisitPublic) -> VisitPublic:
    """A visit's note in full to its author (the worker who wrote it); to every other reader
    with the personal data in it masked (a phone, a room, an ID number the worker noted)."""
    if visit.visitor_id == who.person_id:
        return visit
    return visit.model_copy(update={"note": mask_text(visit.note)})


@router.get("/counts", summary="Visits per kind of the six (六上门)")
async def visit_counts(who: Auth, pool: Pool, since: Moment | None = None,
                       until: Moment | None = None) -> dict[str, int]:
    return await visits.visit_counts(who, pool, since, until)
