"""Keyset paging by id, newest first: the cursor holds the last id shown."""

from __future__ import annotations

from uuid import UUID

from redgrid.common.pagination import cursor_key, page, uuid_part


def before(cursor: str | None) -> UUID | None:
    key = cursor_key(cursor, uuid_part)
    return key[0] if key else None


def by_id(rows: list, limit: int):
    return page(rows, limit, lambda r: [str(r.id)])
