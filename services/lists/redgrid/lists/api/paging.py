"""Keyset paging by id, newest first: the cursor holds the last id shown."""

from __future__ import annotations

from uuid import UUID

from redgrid.common.errors import Invalid
from redgrid.common.pagination import decode_cursor, page


def before(cursor: str | None) -> UUID | None:
    key = decode_cursor(cursor)
    if not key:
        return None
    try:
        return UUID(str(key[0]))
    except ValueError as exc:
        raise Invalid("the cursor is not one this service gave out") from exc


def by_id(rows: list, limit: int):
    return page(rows, limit, lambda r: [str(r.id)])
