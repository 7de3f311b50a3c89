"""What the notifications service tells the city: deliveries that failed for good."""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict

from redgrid.common.events import EventKind


class DeliveryFailedData(BaseModel):
    """A message given up on after its tries. No address, phone or text of the message here."""

    model_config = ConfigDict(frozen=True)

    id: UUID  # the delivery (e-mail/SMS) or webhook delivery
    channel: str  # email, sms, webhook
    attempts: int
    reason: str  # the last error, without contact data
    source_event_id: UUID
    source_type: str
    message_kind: str | None = None  # for e-mail/SMS
    recipient_kind: str | None = None
    recipient_id: UUID | None = None
    subscription_id: UUID | None = None  # for webhooks
    org_path: list[UUID] = []


DELIVERY_FAILED = EventKind(
    "notifications", "delivery", "failed", DeliveryFailedData,
    "An e-mail, SMS or webhook delivery failed for good (after its bounded tries); "
    "webhook subscriptions are suspended at that point and can be replayed",
)

ALL = [DELIVERY_FAILED]
