"""What store and queries return, and what the API shows (XPublic)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel

from redgrid.common.rows import Row


class NoticePublic(Row):
    """An inbox item as its recipient sees it."""

    seq: int
    id: UUID
    kind: str
    urgent: bool
    title: str
    body: str
    subject_type: str
    subject_id: UUID | None
    source_type: str
    created_at: datetime
    read_at: datetime | None
    link: str | None = None  # where it leads in the web app (the base URL and its route)


class Delivery(Row):
    """An e-mail or SMS as the worker takes it (with the notice's text and recipient)."""

    id: UUID
    notice_id: UUID
    channel: str
    status: str
    urgent: bool
    attempts: int
    recipient_kind: str
    recipient_id: UUID
    kind: str
    title: str
    body: str
    source_event_id: UUID
    source_type: str
    org_path: str | None
    link: str | None = None  # the notice's route in the web app


class DeliveryPublic(Row):
    """An e-mail or SMS as staff see it: who and how it went, never the address itself."""

    id: UUID
    notice_id: UUID
    channel: str
    status: str
    urgent: bool
    deferred: bool
    attempts: int
    last_error: str | None
    recipient_kind: str
    recipient_id: UUID
    kind: str
    not_before: datetime | None
    created_at: datetime
    done_at: datetime | None


class PreferencesPublic(BaseModel):
    off: dict[str, list[str]]  # message kind -> channels switched off
    quiet_start: str
    quiet_end: str


class Subscription(Row):
    id: UUID
    name: str
    url: str
    patterns: list[str]
    likes: list[str]
    secret: str
    org_id: UUID | None
    scope_path: str
    created_by: UUID
    status: str
    position: int
    head_attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    created_at: datetime
    updated_at: datetime
    data_classes: list[str] = []  # granted by the city beyond the minimum (domain/minimise.py)


class SubscriptionPublic(Row):
    """A subscription as shown; the secret only once, when created or rotated."""

    id: UUID
    name: str
    url: str
    patterns: list[str]
    org_id: UUID | None
    status: str
    position: int
    head_attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    created_at: datetime
    updated_at: datetime
    data_classes: list[str] = []  # granted by the city beyond the minimum (domain/minimise.py)
    secret: str | None = None

    @classmethod
    def of_subscription(cls, sub: Subscription, with_secret: bool = False) -> SubscriptionPublic:
        data = sub.model_dump()
        if not with_secret:
            data["secret"] = None
        return cls.model_validate(data)


class DataClassGrant(Row):
    """One grant of data classes to a subscription, as audited: who, with which roles, when,
    why, and what it had before."""

    id: UUID
    subscription_id: UUID
    data_classes: list[str]
    before_classes: list[str]
    reason: str
    granted_by: UUID | None
    granted_roles: list[str]
    granted_at: datetime


class LogEntry(Row):
    seq: int
    event_id: UUID
    type: str
    body: bytes


class WebhookDelivery(Row):
    id: UUID
    subscription_id: UUID
    log_seq: int
    event_id: UUID
    event_type: str
    status: str
    attempts: int
    replays: int
    last_status: int | None
    last_error: str | None
    first_try_at: datetime
    last_try_at: datetime


class ChannelFigures(BaseModel):
    channel: str
    sent: int
    failed: int
    retried: int  # tries beyond the first
    pending: int
    deferred: int  # held back by quiet hours, still to go


class SubscriberFigures(BaseModel):
    subscription_id: UUID
    name: str
    status: str
    delivered: int
    failed: int
    retried: int
    behind: int  # public events in the log after its position (an upper bound of its lag)


class Waiting(BaseModel):
    """What waits to go out (the gauges): e-mail/SMS due and not sent, by channel, or a
    webhook subscriber's events not yet delivered; and how long the oldest has waited."""

    key: str  # the channel, or the subscription's id
    name: str = ""  # the subscription's
    count: int
    oldest_seconds: float


class Figures(BaseModel):
    notices: int
    unread: int
    channels: list[ChannelFigures]
    subscribers: list[SubscriberFigures]


class Someone(BaseModel):
    person_id: UUID
    name_masked: str


class GridAudience(BaseModel):
    """Who is told about a matter in a grid: its workers, and on escalation its secretaries."""

    grid_id: UUID
    grid_name: str
    workers: list[Someone]
    secretaries: list[Someone]
