"""Keyset pagination: an opaque cursor holds the sort key of the last item returned."""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Generic, TypeVar
from uuid import UUID

import orjson
from fastapi import Query, Response
from pydantic import BaseModel

from redgrid.common.errors import Invalid
from redgrid.common.http import model_response

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
        raise Invalid("翻页标记无效，请从第一页重新查询",
                      en="the cursor is not one this service gave out") from exc
    if not isinstance(key, list):
        raise Invalid("翻页标记无效，请从第一页重新查询",
                      en="the cursor is not one this service gave out")
    return key


def cursor_key(cursor: str | None, *parts: Callable[[Any], Any]) -> tuple | None:
    """The sort key a cursor holds, each part read by its parser (uuid_part, moment_part,
    seq_part, text_part): a cursor this service did not give out is a 422, never a 500."""
    key = decode_cursor(cursor)
    if key is None:
        return None
    if len(key) != len(parts):
        raise Invalid("翻页标记无效，请从第一页重新查询",
                      en="the cursor is not one this service gave out")
    try:
        return tuple(parse(value) for parse, value in zip(parts, key, strict=True))
    except (ValueError, TypeError, OverflowError) as exc:
        raise Invalid("翻页标记无效，请从第一页重新查询",
                      en="the cursor is not one this service gave out") from exc


def uuid_part(value: Any) -> UUID:
    if not isinstance(value, str):
        raise TypeError("not an id")
    return UUID(value)


def moment_part(value: Any) -> datetime:
    if not isinstance(value, str):
        raise TypeError("not a moment")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("a moment without its offset")
    return moment


def seq_part(value: Any) -> int:
    """A bigint position (a log or inbox sequence)."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError("not a position")
    if isinstance(value, str) and not (value.isascii() and value.isdigit()):
        raise ValueError("not a position")
    number = int(value)
    if not 0 <= number < 2**63:
        raise ValueError("out of range")
    return number


def text_part(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 512 or "\x00" in value:
        raise ValueError("not a key")
    return value


def page(items: list[T], limit: int, key_of) -> Page[T]:
    """Build a page from `limit + 1` fetched rows: the extra row says whether more exist."""
    more = len(items) > limit
    items = items[:limit]
    return Page(items=items, next_cursor=encode_cursor(key_of(items[-1])) if more else None)


def page_response(items: list[T], limit: int, key_of) -> Response:
    """page(), serialised at once (http.model_response): the items are the service's own
    models, and FastAPI's second validation of every one cost a fifth of the tickets list."""
    return model_response(page(items, limit, key_of))


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page length")]
Cursor = Annotated[str | None, Query(max_length=512, description="From next_cursor")]
