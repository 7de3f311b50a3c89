"""Photos: uploaded before an intake (POST /v1/photos) or to a ticket, checked and re-encoded
(domain/photos.py), kept in the object store with their row here; claimed by the intake, step or
visit that names them; read through short-lived signed URLs made at read time, by those who may
read the ticket (the public: only a published ticket's photos that staff marked public); uploads
never claimed are swept away. Bad input stores nothing: the bytes go to the store only once
checked, and leave it again if their row is not committed."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

import asyncpg

from redgrid.common import db, logs
from redgrid.common.auth import Principal
from redgrid.common.clock import Clock
from redgrid.common.errors import Forbidden, Invalid, NotFound
from redgrid.common.ids import uuid7
from redgrid.common.objects import (
    LocalObjects,
    ObjectStore,
    S3Objects,
    content_type_of,
    open_store,
    valid_key,
)
from redgrid.tickets import commands
from redgrid.tickets.domain import permissions
from redgrid.tickets.domain import photos as domain
from redgrid.tickets.domain.workflow import Action
from redgrid.tickets.models import Attachment, NoticePhoto, StoredAttachment
from redgrid.tickets.queries import photos as queries
from redgrid.tickets.queries import tickets as ticket_queries
from redgrid.tickets.store import photos as store
from redgrid.tickets.store import tickets as ticket_store
from redgrid.tickets.usecases.common import holder_in_scope, readable

log = logs.get(__name__)
UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\]+")


@dataclass(frozen=True)
class Photos:
    """What the photo use cases need: the store and the limits (from settings)."""

    objects: ObjectStore
    max_bytes: int
    max_pixels: int
    ttl: int  # seconds a signed URL lives
    pending_hours: float


def of(runtime) -> Photos:
    """The process's photos (the store is connected on first use; photo_worker closes it)."""
    if "photos" not in runtime.parts:
        s = runtime.settings
        runtime.parts["photos"] = Photos(open_store(s), s.photo_max_bytes, s.photo_max_pixels,
                                         s.objects_url_ttl_seconds, s.photo_pending_hours)
    return runtime.parts["photos"]


@dataclass(frozen=True)
class Upload:
    """One photo as the request brought it (read up to the limit and one byte more)."""

    data: bytes
    name: str | None
    keep_location: bool = False
    public: bool = False


# --- uploading --------------------------------------------------------------------------------

def _check_uploader(up: Upload, who: Principal, kept: Photos) -> None:
    if who.person_id is None:
        raise Forbidden("上传照片需要以个人身份登录", en="photos are uploaded by a person logged in")
    if len(up.data) > kept.max_bytes:
        raise domain.too_large(len(up.data), kept.max_bytes)
    if up.keep_location and not who.is_staff:
        raise Forbidden("只有工作人员可以保留照片的位置信息（keep_location）",
                        en="only staff keep a photo's location (keep_location)")
    if up.public and not who.is_staff:
        raise Forbidden("只有工作人员可以把照片设为公示", en="only staff make a photo public")
    if up.public and up.keep_location:
        raise Invalid("保留了位置信息的照片不能公示",
                      en="a photo that keeps its location cannot be made public")


def _name(given: str | None, extension: str) -> str:
    stem = UNSAFE_NAME.sub("", (given or "").rsplit("/", 1)[-1]).strip()
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    return f"{(stem or 'photo')[:150]}{extension}"


async def _processed(up: Upload, who: Principal, kept: Photos) -> domain.Photo:
    _check_uploader(up, who, kept)
    return await asyncio.to_thread(domain.process, up.data, keep_location=up.keep_location,
                                   max_pixels=kept.max_pixels)


@dataclass(frozen=True)
class _Keys:
    photo_id: UUID
    key: str
    thumb: str

    @classmethod
    def new(cls, now: datetime, extension: str) -> _Keys:
        photo_id = uuid7()
        folder = f"photos/{now:%Y/%m}/{photo_id}"
        return cls(photo_id, f"{folder}{extension}", f"{folder}.thumb.jpg")


async def _keep(conn: asyncpg.Connection, photo: domain.Photo, keys: _Keys, up: Upload,
                who: Principal, kept: Photos, now: datetime, *, ticket_id: UUID | None,
                action: str | None) -> StoredAttachment:
    """The bytes into the store, the row into the caller's transaction (_stored takes the
    bytes out again if that transaction does not commit)."""
    await kept.objects.put(keys.key, photo.data, photo.content_type)
    await kept.objects.put(keys.thumb, photo.thumb, "image/jpeg")
    return await store.add(
        conn, photo_id=keys.photo_id, ticket_id=ticket_id, name=_name(up.name, photo.extension),
        content_type=photo.content_type, size=len(photo.data), sha256=photo.sha256,
        object_key=keys.key, thumb_key=keys.thumb, width=photo.width, height=photo.height,
        location_kept=photo.location_kept, public=up.public, action=action,
        by=who.person_id, at=now)


async def upload(up: Upload, who: Principal, pool: asyncpg.Pool, clock: Clock,
                 kept: Photos) -> Attachment:
    """A photo before its intake: the intake (or step, or visit) names its id to claim it."""
    photo = await _processed(up, who, kept)
    now = clock.now()
    return await _stored(pool, kept, now, photo, up, who, ticket_id=None)


async def add_to_ticket(ticket_id: UUID, up: Upload, who: Principal, pool: asyncpg.Pool,
                        clock: Clock, kept: Photos) -> Attachment:
    """A photo added to a ticket its uploader may read (the reporter, staff of its scope);
    marked public only by staff who may publish it."""
    async with pool.acquire() as conn:  # refused before any work: not yours is not yours
        t = await readable(conn, who, await ticket_queries.get(conn, ticket_id))
        if up.public:
            await _may_publish(conn, who, t)
    photo = await _processed(up, who, kept)
    return await _stored(pool, kept, clock.now(), photo, up, who, ticket_id=ticket_id)


async def _stored(pool: asyncpg.Pool, kept: Photos, now: datetime, photo: domain.Photo,
                  up: Upload, who: Principal, *, ticket_id: UUID | None) -> Attachment:
    keys = _Keys.new(now, photo.extension)
    try:
        async with db.transaction(pool) as conn:
            t = None
            if ticket_id is not None:
                t = await readable(conn, who, await ticket_store.lock(conn, ticket_id))
            row = await _keep(conn, photo, keys, up, who, kept, now, ticket_id=ticket_id,
                              action="attach" if t else None)
            if t is not None:
                await ticket_store.add_step(
                    conn, t.id, "attach", t.status, t.status, by_person=who.person_id,
                    by_roles=sorted(r.value for r in who.roles), at=now,
                    data={"attachment_id": str(row.id), "name": row.name, "photo": True})
    except BaseException:
        await _delete_keys(kept, [keys.key, keys.thumb])  # not committed: no orphan bytes
        raise
    (shown,) = await signed([row], kept, now)
    return shown


async def _delete_keys(kept: Photos, keys: list[str]) -> None:
    for key in keys:
        try:
            await kept.objects.delete(key)
        except Exception as exc:  # noqa: BLE001 - logged; the bytes are unreachable anyway
            log.warning("photos.orphan_object", key=key, error=repr(exc))


async def _may_publish(conn: asyncpg.Connection, who: Principal, t) -> None:
    if not permissions.may(who, Action.PUBLISH, is_reporter=False) \
            or not await holder_in_scope(conn, who, t):
        raise Forbidden("只有负责公示的工作人员可以把照片设为公示",
                        en="only staff who publish the matter make its photos public")


async def mark_public(ticket_id: UUID, photo_id: UUID, cmd: commands.PhotoUpdate,
                      who: Principal, pool: asyncpg.Pool, clock: Clock,
                      kept: Photos) -> Attachment:
    """Show a photo on the public notice (once the ticket is published), or stop showing it."""
    async with db.transaction(pool) as conn:
        t = await readable(conn, who, await ticket_store.lock(conn, ticket_id))
        await _may_publish(conn, who, t)
        photo = await queries.one(conn, photo_id)
        if photo is None or photo.ticket_id != t.id or photo.object_key is None:
            raise NotFound("这张工单没有这张照片", en="the ticket has no such photo")
        if cmd.public and photo.location_kept:
            raise Invalid("保留了位置信息的照片不能公示",
                      en="a photo that keeps its location cannot be made public")
        updated = await store.set_public(conn, photo_id, cmd.public)
    (shown,) = await signed([updated], kept, clock.now())
    return shown


# --- claiming (by the intake, a step, a visit) ------------------------------------------------

async def check_pending(conn: asyncpg.Connection, photo_ids: list[UUID],
                        who: Principal) -> None:
    """Refuse (reads only) photos that are not the caller's uploads waiting to be named."""
    wanted = set(photo_ids)
    if not wanted:
        return
    found = await queries.pending_of(conn, list(wanted), who.person_id)
    if found != wanted:
        raise _not_claimable(wanted - found)


def _not_claimable(missing: set[UUID]) -> Invalid:
    ids = sorted(str(m) for m in missing)
    return Invalid(f"{len(missing)} 张照片不存在、已过期、已被使用或不是你上传的：" + "、".join(ids),
                   en=f"{len(missing)} photo(s) gone, expired, used already or not yours: "
                      + ", ".join(ids), photo_ids=ids)


async def claim(conn: asyncpg.Connection, photo_ids: list[UUID], who: Principal, *,
                ticket_id: UUID | None = None, visit_id: UUID | None = None,
                action: str) -> None:
    """In the naming order's transaction: the caller's uploads become the ticket's or the
    visit's; any that cannot (gone, someone else's, claimed already) refuses the order."""
    wanted = set(photo_ids)
    if not wanted:
        return
    got = await store.claim(conn, list(wanted), who.person_id, ticket_id=ticket_id,
                            visit_id=visit_id, action=action)
    if got != wanted:
        raise _not_claimable(wanted - got)


# --- reading ----------------------------------------------------------------------------------

async def signed(rows: list[StoredAttachment], kept: Photos, now: datetime) -> list[Attachment]:
    """The attachments as shown: a photo's url and thumb_url signed now, for kept.ttl."""
    out = []
    for row in rows:
        values = row.model_dump(include=set(Attachment.model_fields))
        if row.object_key:
            values.update(url=await kept.objects.signed_url(row.object_key, now, kept.ttl),
                          thumb_url=await kept.objects.signed_url(row.thumb_key, now, kept.ttl)
                          if row.thumb_key else None,
                          url_expires_at=now + timedelta(seconds=kept.ttl))
        out.append(Attachment(**values))
    return out


async def of_ticket(conn: asyncpg.Connection, ticket_id: UUID, kept: Photos,
                    now: datetime) -> list[Attachment]:
    return await signed(await queries.of_ticket(conn, ticket_id), kept, now)


async def of_visits(conn: asyncpg.Connection, visit_ids: list[UUID], kept: Photos,
                    now: datetime) -> dict[UUID, list[Attachment]]:
    rows = await queries.of_visits(conn, visit_ids) if visit_ids else []
    shown = await signed(rows, kept, now)
    out: dict[UUID, list[Attachment]] = {}
    for row, photo in zip(rows, shown, strict=True):
        out.setdefault(row.visit_id, []).append(photo)
    return out


async def on_notices(conn: asyncpg.Connection, ticket_ids: list[UUID], kept: Photos,
                     now: datetime) -> dict[UUID, list[NoticePhoto]]:
    """公示: the photos staff marked public, of tickets the notice shows (the caller's query
    decided that they are published)."""
    out: dict[UUID, list[NoticePhoto]] = {}
    for row in await queries.public_of(conn, ticket_ids) if ticket_ids else []:
        (shown,) = await signed([row], kept, now)
        out.setdefault(row.ticket_id, []).append(NoticePhoto(
            url=shown.url, thumb_url=shown.thumb_url, width=row.width, height=row.height,
            url_expires_at=shown.url_expires_at))
    return out


@dataclass(frozen=True)
class Media:
    data: bytes
    content_type: str
    max_age: int  # seconds the URL still lives: how long a cache may keep it


async def media(key: str, expires: int, sig: str, clock: Clock, kept: Photos) -> Media:
    """GET /v1/media/{key}: the local store's signed URL, checked (signature in constant
    time, then expiry). The S3 store's URLs point at the bucket itself: nothing here."""
    store_ = kept.objects
    if not isinstance(store_, LocalObjects) or not valid_key(key):
        raise NotFound("没有这个文件", en="no such file")
    now = clock.now()
    wrong = store_.signer.check(key, expires, sig, now)
    if wrong == "forged":
        raise Forbidden("链接签名无效", en="the link's signature is wrong")
    if wrong == "expired":
        raise Forbidden("链接已过期：请重新打开工单获取新的链接",
                        en="the link has expired: open the ticket again for a new one")
    data = await store_.get(key)
    if data is None:
        raise NotFound("没有这个文件", en="no such file")
    return Media(data, content_type_of(key), max(0, expires - int(now.timestamp())))


# --- the worker: the store opened and closed, uploads never claimed swept away ----------------

async def sweep_once(pool: asyncpg.Pool, clock: Clock, kept: Photos, batch: int = 100) -> int:
    before = clock.now() - timedelta(hours=kept.pending_hours)
    async with db.transaction(pool) as conn:
        rows = await queries.expired_uploads(conn, before, batch)
        await store.remove(conn, [r.id for r in rows])
    for row in rows:  # the rows are gone (committed): nobody can claim these bytes any more
        await _delete_keys(kept, [k for k in (row.object_key, row.thumb_key) if k])
    return len(rows)


async def photo_worker(runtime) -> None:
    kept = of(runtime)
    interval = min(600.0, kept.pending_hours * 3600 / 4)
    try:
        if isinstance(kept.objects, S3Objects):
            await kept.objects.ensure_bucket()
        while not runtime.stopping.is_set():
            try:
                while await sweep_once(runtime.pool, runtime.clock, kept):
                    pass
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001
                log.warning("photos.sweep_failed", error=repr(exc))
            try:
                await asyncio.wait_for(runtime.stopping.wait(), interval)
            except TimeoutError:
                pass
    finally:
        await kept.objects.close()
