"""Keyset pagination: an opaque cursor holds the sort key of the last item returned."""

from __future__ import annotations

import base64
from typing import Annotated, Any, Generic, TypeVar

import orjson
from fastapi import Query
from pydantic import BaseModel

from redgrid.common.errors import Invalid

T = TypeVar("T")
MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


def encode_cursor(key: list[Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(key, default=str)).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> list[Any] | None:
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = orjson.loads(base64.urlsafe_b64decode(padded))
    except ValueError as exc:
        raise Invalid("the cursor is not one this service gave out") from exc
    if not isinstance(key, list):
        raise Invalid("the cursor is not one this service gave out")
    return key


def page(items: list[T], limit: int, key_of) -> Page[T]:
    """Build a page from `limit + 1` fetched rows: the extra row says whether more exist."""
    more = len(items) > limit
    items = items[:limit]
    return Page(items=items, next_cursor=encode_cursor(key_of(items[-1])) if more else None)


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page length")]
Cursor = Annotated[str | None, Query(max_length=512, description="From next_cursor")]
