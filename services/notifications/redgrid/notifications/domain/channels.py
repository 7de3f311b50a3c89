"""How people are reached: channels, their preferences, quiet hours, and tries with backoff."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from redgrid.common.clock import BEIJING
from redgrid.notifications.domain.audience import MessageKind, Recipient

# Names the keys of notices and deliveries: the same (event, recipient, channel) is one key.
KEYS = uuid.UUID("6f1c9a52-8d0e-4b7a-9a43-2b1e7d5c0f11")


class Channel(StrEnum):
    INBOX = "inbox"  # 站内信, also pushed live to open frontends (SSE)
    EMAIL = "email"
    SMS = "sms"


SENT_CHANNELS = (Channel.EMAIL, Channel.SMS)  # those the delivery worker sends


def delivery_key(event_id: uuid.UUID, recipient: Recipient, channel: Channel) -> uuid.UUID:
    """Deterministic: a redelivered event makes the same key, which the table already holds."""
    return uuid.uuid5(KEYS, f"{event_id}/{recipient}/{channel.value}")


@dataclass(frozen=True)
class Preferences:
    """A recipient's choices: channels switched off per message kind, and quiet hours."""

    off: dict[str, frozenset[Channel]]  # message kind -> channels not wanted
    quiet_start: time
    quiet_end: time

    def wants(self, kind: MessageKind, channel: Channel) -> bool:
        if channel == Channel.INBOX:
            return True  # the inbox is the record of what one was told; it cannot be turned off
        return channel not in self.off.get(kind.value, frozenset())


def parse_hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def in_quiet_hours(moment: datetime, start: time, end: time) -> bool:
    """Whether `moment` (any zone) falls in [start, end) Beijing time; the span may cross
    midnight (22:00–07:00). start == end means no quiet hours."""
    local = moment.astimezone(BEIJING).time()
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def quiet_until(moment: datetime, start: time, end: time) -> datetime:
    """The end of the quiet hours `moment` lies in (the next `end` o'clock, Beijing time)."""
    local = moment.astimezone(BEIJING)
    until = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    if until <= local:
        until += timedelta(days=1)
    return until


def sms_not_before(moment: datetime, urgent: bool, prefs: Preferences) -> datetime | None:
    """When an SMS may go out: now (None) unless it is night and the matter not urgent."""
    if urgent or not in_quiet_hours(moment, prefs.quiet_start, prefs.quiet_end):
        return None
    return quiet_until(moment, prefs.quiet_start, prefs.quiet_end)


def backoff(attempts: int, base: float, cap: float) -> timedelta:
    """Delay after the n-th failed try: base, 2·base, 4·base … capped."""
    return timedelta(seconds=min(cap, base * 2 ** max(0, attempts - 1)))
