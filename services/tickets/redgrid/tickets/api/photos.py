"""Photos: uploaded before an intake (/v1/photos: the intake's photo_ids names them) or to a
ticket, marked public (公示) by staff, and read through the local store's signed URLs
(/v1/media/…; no token: the signature is the right to read, for a few minutes)."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile, status
from fastapi.responses import Response

from redgrid.common.http import Auth, Now, Pool
from redgrid.tickets.commands import PhotoUpdate
from redgrid.tickets.models import Attachment
from redgrid.tickets.usecases import photos
from redgrid.tickets.usecases.photos import Photos

router = APIRouter(tags=["photos"])
# The upload routes (ServiceSpec.uploads): bodies up to settings.photo_max_bytes
UPLOADS = (r"/v1/photos", r"/v1/tickets/[0-9a-fA-F-]{32,36}/photos")


async def _photos(request: Request) -> Photos:
    return photos.of(request.app.state.runtime)


Kept = Annotated[Photos, Depends(_photos)]
PhotoFile = Annotated[UploadFile, File(description="JPEG, PNG, WebP or HEIC; re-encoded, "
                                                   "EXIF (the location above all) removed")]
KeepLocation = Annotated[bool, Form(description="staff only: keep the EXIF location on "
                                                "purpose (such a photo is never public)")]
UPLOAD_PROBLEMS = {413: {"description": "The photo is over settings.photo_max_bytes (10 MB)"}}


async def _upload(file: UploadFile, kept: Photos, keep_location: bool,
                  public: bool = False) -> photos.Upload:
    return photos.Upload(await file.read(kept.max_bytes + 1), file.filename, keep_location,
                         public)


@router.post("/v1/photos", status_code=status.HTTP_201_CREATED, response_model=Attachment,
             responses=UPLOAD_PROBLEMS,
             summary="A photo before its report: name its id in the intake's photo_ids (or a "
                     "resolve's, a visit's) within photo_pending_hours")
async def upload_photo(file: PhotoFile, who: Auth, pool: Pool, clock: Now, kept: Kept,
                       keep_location: KeepLocation = False):
    return await photos.upload(await _upload(file, kept, keep_location), who, pool, clock, kept)


@router.post("/v1/tickets/{ticket_id:uuid}/photos", status_code=status.HTTP_201_CREATED,
             response_model=Attachment, responses=UPLOAD_PROBLEMS,
             summary="A photo added to a ticket (its reporter, staff of its scope)")
async def upload_ticket_photo(ticket_id: UUID, file: PhotoFile, who: Auth, pool: Pool,
                              clock: Now, kept: Kept, keep_location: KeepLocation = False,
                              public: Annotated[bool, Form(description="staff who publish: "
                                                           "show it on the notice")] = False):
    up = await _upload(file, kept, keep_location, public)
    return await photos.add_to_ticket(ticket_id, up, who, pool, clock, kept)


@router.patch("/v1/tickets/{ticket_id:uuid}/photos/{photo_id:uuid}", response_model=Attachment,
              summary="公示: show a photo on the public notice once the ticket is published "
                      "(staff who publish)")
async def update_ticket_photo(ticket_id: UUID, photo_id: UUID, body: PhotoUpdate, who: Auth,
                              pool: Pool, clock: Now, kept: Kept):
    return await photos.mark_public(ticket_id, photo_id, body, who, pool, clock, kept)


@router.get("/v1/media/{key:path}", response_class=Response,
            summary="A photo through its signed URL (the local store's; expires, then 403)",
            responses={200: {"description": "The photo's bytes", "content": {
                "image/jpeg": {}, "image/png": {}, "image/webp": {}}},
                403: {"description": "The link's signature is wrong, or it has expired"}})
async def media(clock: Now, kept: Kept, key: str = Path(max_length=200),
                expires: int = Query(ge=0, le=2**40), sig: str = Query(max_length=100)):
    found = await photos.media(key, expires, sig, clock, kept)
    return Response(found.data, media_type=found.content_type, headers={
        "Cache-Control": f"private, max-age={found.max_age}",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Content-Disposition": "inline"})
