"""The inbox (站内信) of the person or unit asking: their notices, unread count, reading, and
preferences (channels per kind of message, quiet hours)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db
from redgrid.common.auth import Principal, Role
from redgrid.common.errors import NotFound
from redgrid.notifications.commands import PreferencesSet
from redgrid.notifications.domain import links
from redgrid.notifications.domain.audience import Recipient, RecipientKind
from redgrid.notifications.models import NoticePublic, PreferencesPublic
from redgrid.notifications.queries import directory
from redgrid.notifications.queries import inbox as queries
from redgrid.notifications.settings import NotificationSettings
from redgrid.notifications.store import notices as store


def recipient_of(who: Principal) -> Recipient:
    """A unit's account reads the unit's inbox; everyone else their own."""
    if who.has(Role.UNIT) and who.unit_id is not None:
        return Recipient(RecipientKind.UNIT, who.unit_id)
    return Recipient(RecipientKind.PERSON, who.person_id)


def linked(notices: list[NoticePublic], base_url: str) -> list[NoticePublic]:
    """Each notice's route as the link people follow (the web app's base URL in front)."""
    return [n.model_copy(update={"link": links.full(base_url, n.link)}) for n in notices]


async def list_notices(who: Principal, pool: asyncpg.Pool, before_seq: int | None,
                       unread_only: bool, limit: int, base_url: str) -> list[NoticePublic]:
    async with pool.acquire() as conn:
        return linked(await queries.page(conn, recipient_of(who), before_seq, unread_only,
                                         limit), base_url)


async def unread_count(who: Principal, pool: asyncpg.Pool) -> int:
    async with pool.acquire() as conn:
        return await queries.unread(conn, recipient_of(who))


async def mark_read(notice_id: UUID, who: Principal, pool: asyncpg.Pool, now: datetime) -> None:
    async with db.transaction(pool) as conn:
        if not await store.mark_read(conn, recipient_of(who), notice_id, now):
            raise NotFound(f"未找到通知 {notice_id}", en=f"notice {notice_id} not found")


async def mark_all_read(who: Principal, pool: asyncpg.Pool, now: datetime,
                        up_to_seq: int | None) -> int:
    async with db.transaction(pool) as conn:
        return await store.mark_all_read(conn, recipient_of(who), now, up_to_seq)


async def newer_than(recipient: Recipient, seq: int, pool: asyncpg.Pool,
                     base_url: str) -> list[NoticePublic]:
    async with pool.acquire() as conn:
        return linked(await queries.after(conn, recipient, seq), base_url)


async def stream_start(recipient: Recipient, last_event_id: str | None,
                       pool: asyncpg.Pool) -> int:
    """Where a live stream starts: after the client's Last-Event-ID when it reconnects (so it
    misses nothing), else after the newest notice (only what comes from now on)."""
    if last_event_id and last_event_id.isdigit():
        return int(last_event_id)
    async with pool.acquire() as conn:
        return await queries.last_seq(conn, recipient)


async def get_preferences(who: Principal, pool: asyncpg.Pool,
                          settings: NotificationSettings) -> PreferencesPublic:
    async with pool.acquire() as conn:
        prefs = await directory.preferences(conn, recipient_of(who), settings.quiet_start,
                                            settings.quiet_end)
    return PreferencesPublic(
        off={kind: sorted(c.value for c in channels) for kind, channels in prefs.off.items()},
        quiet_start=f"{prefs.quiet_start:%H:%M}", quiet_end=f"{prefs.quiet_end:%H:%M}",
    )


async def set_preferences(cmd: PreferencesSet, who: Principal, pool: asyncpg.Pool,
                          settings: NotificationSettings, now: datetime) -> PreferencesPublic:
    off = {kind.value: sorted({c.value for c in channels}) for kind, channels in cmd.off.items()}
    async with db.transaction(pool) as conn:
        await store.set_preferences(conn, recipient_of(who), off, cmd.quiet_start,
                                    cmd.quiet_end, now)
    return await get_preferences(who, pool, settings)
