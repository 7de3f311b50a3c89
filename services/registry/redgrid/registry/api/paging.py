"""Cursors of the lists kept in tree order: the (path, id) of the last row given."""

from __future__ import annotations

from uuid import UUID

from redgrid.common.errors import Invalid
from redgrid.common.pagination import decode_cursor


def tree_after(cursor: str | None) -> tuple[str, UUID] | None:
    key = decode_cursor(cursor)
    if key is None:
        return None
    try:
        path, last = key
        return str(path), UUID(str(last))
    except (TypeError, ValueError) as exc:
        raise Invalid("the cursor is not one this service gave out") from exc


def tree_key(path: str, row_id: UUID) -> list[str]:
    return [path, str(row_id)]
