"""Orders the notifications service takes (request bodies): frozen, unknown fields refused."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

import httpx
from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from redgrid.common.commands import BIGINT, Command, kept
from redgrid.notifications.domain.audience import MessageKind
from redgrid.notifications.domain.channels import Channel
from redgrid.notifications.domain.minimise import DataClass
from redgrid.notifications.domain.webhooks import valid_pattern

HHMM = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
# An event-type pattern such as redgrid.tickets.ticket.* (domain.webhooks.PATTERN)
Pattern = Annotated[str, Field(min_length=1, max_length=200,
                               pattern=r"^(redgrid|\*)(\.([a-z0-9_]+|\*))*$")]
Url = Annotated[str, Field(min_length=8, max_length=2000, pattern=r"^https?://[^\s/?#@]+")]


class _Command(Command):
    """Frozen, unknown fields refused, text PostgreSQL can hold (redgrid.common.commands)."""


# The channels one may switch off: the inbox always stays on.
SentChannel = Literal[Channel.EMAIL, Channel.SMS]


class PreferencesSet(_Command):
    """Channels switched off per message kind (the inbox cannot be), and quiet hours."""

    off: dict[MessageKind, Annotated[list[SentChannel], Field(max_length=2)]] = Field(
        default_factory=dict, max_length=50)
    quiet_start: HHMM | None = None
    quiet_end: HHMM | None = None


def _patterns(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        if not valid_pattern(pattern):
            raise PydanticCustomError(
                "value_error", "「{pattern}」不是有效的事件类型，应形如 redgrid.tickets.ticket.*",
                {"pattern": pattern, "en": "{pattern} is not an event-type pattern such as "
                                           "redgrid.tickets.ticket.*"})
    return list(dict.fromkeys(patterns))


def _url(url: str) -> str:
    """An http(s) URL whose host httpx can reach: one it cannot parse (a host that is no IDNA
    name, say) would fail every delivery round."""
    if not url.startswith(("http://", "https://")):
        raise PydanticCustomError("value_error", "网址须以 http:// 或 https:// 开头",
                                  {"en": "the URL is http(s)://…"})
    try:
        host = httpx.URL(url).host
    except (httpx.InvalidURL, ValueError) as exc:
        raise PydanticCustomError("url_host", "无法访问该网址，请检查主机名",
                                  {"en": "the URL cannot be reached: {why}",
                                   "why": str(exc)[:100]}) from exc
    if not host:
        raise PydanticCustomError("url_host", "网址缺少主机名",
                                  {"en": "the URL names no host"})
    return url


class SubscriptionCreate(_Command):
    name: Annotated[str, Field(min_length=1, max_length=100)]
    url: Url
    patterns: list[Pattern] = Field(min_length=1, max_length=20)
    org_id: UUID | None = None  # the subtree whose events it gets; the caller's scope if absent
    from_start: bool = False  # true: every public event in the log so far, then on

    _patterns = field_validator("patterns")(_patterns)
    _url = field_validator("url")(_url)


class SubscriptionUpdate(_Command):
    name: Annotated[str, Field(min_length=1, max_length=100)] = kept()
    url: Url = kept()
    patterns: Annotated[list[Pattern], Field(min_length=1, max_length=20)] = kept()
    active: bool = kept()

    @field_validator("patterns")
    @classmethod
    def _check_patterns(cls, patterns):
        return None if patterns is None else _patterns(patterns)

    @field_validator("url")
    @classmethod
    def _check_url(cls, url):
        return None if url is None else _url(url)


class DataClassesGrant(_Command):
    """数据类别: what a subscription may receive beyond the minimum; the whole set, replacing
    the one before (an empty list withdraws every grant), with the reason for the audit."""

    data_classes: list[DataClass] = Field(max_length=len(DataClass))
    reason: Annotated[str, Field(min_length=1, max_length=500)]


class Replay(_Command):
    """Deliver again from `from_seq` (a log position, see the deliveries), or resume from
    where the subscription stopped when absent."""

    from_seq: int | None = Field(default=None, ge=1, le=BIGINT)
