"""Errors the domain raises; the HTTP layer turns them into problem+json (RFC 9457).

A detail is said in Chinese, with its English twin beside it for `Accept-Language: en`:
`raise Conflict("该时段无空闲的合适人选", en="nobody suitable is free at that time")`.
Other keywords become members of the answer (e.g. `allowed` steps)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class DomainError(Exception):
    status = 400
    slug = "bad-request"
    title = "The request cannot be carried out"
    headers: Mapping[str, str] = {}  # besides the body (e.g. Retry-After)

    def __init__(self, detail: str = "", *, en: str = "", **extra: Any):
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.en = en or detail
        self.extra = extra

    def said(self, english: bool) -> str:
        """The detail in the reader's language; empty when raised without words of its own."""
        return self.en if english else (self.detail if self.detail != self.title else "")


class Invalid(DomainError):
    status, slug, title = 422, "invalid", "The request is not valid"


class Unauthorized(DomainError):
    status, slug, title = 401, "unauthorized", "A valid bearer token is required"


class Forbidden(DomainError):
    status, slug, title = 403, "forbidden", "You may not do this"


class NotFound(DomainError):
    status, slug, title = 404, "not-found", "No such thing, or not yours to see"


class Conflict(DomainError):
    status, slug, title = 409, "conflict", "The request conflicts with the current state"


class InvalidTransition(Conflict):
    slug, title = "invalid-transition", "This step is not allowed from the current state"


class TooManyRequests(DomainError):
    status, slug, title = 429, "too-many-requests", "Too many requests; try again later"

    def __init__(self, retry_after: int, detail: str = "", *, en: str = ""):
        super().__init__(detail, en=en)
        self.headers = {"Retry-After": str(retry_after)}


class Unavailable(DomainError):
    status, slug, title = 503, "unavailable", "A backing service is unavailable; try again shortly"
