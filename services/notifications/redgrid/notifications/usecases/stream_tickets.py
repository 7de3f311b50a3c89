"""Stream tickets: a browser's EventSource opens the live inbox with `?ticket=`, never with a
long-lived token in the URL (it would land in proxies' and servers' logs)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from uuid import UUID

import asyncpg
from pydantic import BaseModel

from redgrid.common import db
from redgrid.common.auth import Principal, Role
from redgrid.common.errors import Unauthorized
from redgrid.notifications.store import stream_tickets as store

LIFETIME = timedelta(seconds=60)


class StreamTicket(BaseModel):
    ticket: str
    expires_in: int


def _hash(ticket: str) -> bytes:
    return hashlib.sha256(ticket.encode()).digest()


async def issue(who: Principal, pool: asyncpg.Pool, now: datetime) -> StreamTicket:
    ticket = secrets.token_urlsafe(32)
    principal = {"person_id": str(who.person_id), "roles": sorted(who.roles),
                 "org_id": str(who.org_id) if who.org_id else None,
                 "unit_id": str(who.unit_id) if who.unit_id else None, "name": who.name}
    async with db.transaction(pool) as conn:
        await store.issue(conn, _hash(ticket), principal, now + LIFETIME)
    return StreamTicket(ticket=ticket, expires_in=int(LIFETIME.total_seconds()))


async def redeem(ticket: str, pool: asyncpg.Pool, now: datetime) -> Principal:
    """Who the ticket was issued to; a ticket works once, within its minute."""
    async with db.transaction(pool) as conn:
        p = await store.take(conn, _hash(ticket), now)
    if p is None:
        raise Unauthorized("实时通知的凭证无效、已用过或已过期，请重新获取",
                           en="the stream ticket is not valid, used or expired; get a new one")
    return Principal(person_id=UUID(p["person_id"]), roles=frozenset(Role(r) for r in p["roles"]),
                     org_id=UUID(p["org_id"]) if p["org_id"] else None,
                     unit_id=UUID(p["unit_id"]) if p["unit_id"] else None, name=p["name"])
