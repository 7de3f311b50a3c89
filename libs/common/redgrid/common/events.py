"""CloudEvents 1.0 envelopes: subject redgrid.<service>.<entity>.<verb>, type <subject>.v1."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal
from uuid import UUID

import orjson
from pydantic import BaseModel, ConfigDict, Field
from structlog.contextvars import get_contextvars

from redgrid.common import tracing
from redgrid.common.ids import uuid7

TYPE_VERSION = "v1"


class CloudEvent(BaseModel):
    """The envelope every event travels in; its id is the Nats-Msg-Id and every inbox's key."""

    model_config = ConfigDict(frozen=True, extra="allow")

    specversion: Literal["1.0"] = "1.0"
    id: UUID
    source: str
    type: str
    subject: str | None = None
    time: datetime
    datacontenttype: Literal["application/json"] = "application/json"
    # Extension attributes (lower-case alphanumerics, as CloudEvents requires).
    correlationid: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)
    # The W3C trace context it was made in (tracing.py), when tracing: kept with its outbox row
    # and sent in the NATS message's headers, not in the envelope.
    traceparent: str | None = Field(None, exclude=True, repr=False)

    @property
    def nats_subject(self) -> str:
        return subject_of(self.type)

    @property
    def service(self) -> str:
        return self.type.split(".")[1]

    def to_bytes(self) -> bytes:
        return orjson.dumps(self.model_dump(mode="json", exclude_none=True))

    @classmethod
    def from_bytes(cls, raw: bytes) -> CloudEvent:
        return cls.model_validate_json(raw)


# Entities whose events carry personal data for the platform's own use (phones, e-mails): they
# travel under redgrid.private.<service>.<entity>.<verb>, on a stream of their own kept for
# days, not a year (streams.private_stream), which the city's systems cannot read
# (natsauth.py). Their types stay redgrid.<service>.<entity>.<verb>.v1.
PRIVATE_ENTITIES: frozenset[tuple[str, str]] = frozenset({("registry", "contact")})
PRIVATE_PREFIX = "redgrid.private"


def subject_of(event_type: str) -> str:
    """redgrid.registry.grid.created.v1 -> redgrid.registry.grid.created;
    redgrid.registry.contact.changed.v1 -> redgrid.private.registry.contact.changed"""
    subject = event_type.rsplit(".", 1)[0]
    parts = subject.split(".")
    if len(parts) >= 4 and parts[0] == "redgrid" and (parts[1], parts[2]) in PRIVATE_ENTITIES:
        return f"{PRIVATE_PREFIX}.{subject.removeprefix('redgrid.')}"
    return subject


@dataclass(frozen=True)
class EventKind:
    """One kind of event a service publishes, with the model of its data (for AsyncAPI)."""

    service: str
    entity: str
    verb: str
    model: type[BaseModel] | None = None
    description: str = ""

    @property
    def subject(self) -> str:
        """Where it travels on NATS (a private entity's under redgrid.private)."""
        return subject_of(self.type)

    @property
    def private(self) -> bool:
        return (self.service, self.entity) in PRIVATE_ENTITIES

    @property
    def type(self) -> str:
        return f"redgrid.{self.service}.{self.entity}.{self.verb}.{TYPE_VERSION}"

    def make(
        self,
        subject_id: Any,
        data: BaseModel | dict[str, Any],
        *,
        correlation_id: str | None = None,
        at: datetime | None = None,
    ) -> CloudEvent:
        payload = data.model_dump(mode="json") if isinstance(data, BaseModel) else data
        if correlation_id is None:  # the request or event that caused this one
            correlation_id = get_contextvars().get("correlation_id")
        return CloudEvent(
            id=uuid7(),
            source=f"/redgrid/{self.service}",
            type=self.type,
            subject=None if subject_id is None else str(subject_id),
            time=at or datetime.now(UTC),
            correlationid=correlation_id,
            data=payload,
            traceparent=tracing.current(),
        )


def stream_name(service: str) -> str:
    return f"REDGRID_{service.upper()}"


def stream_subjects(service: str) -> str:
    return f"redgrid.{service}.>"


def private_stream_name(service: str) -> str:
    """The stream of a service's private entities' events (PRIVATE_ENTITIES)."""
    return f"REDGRID_{service.upper()}_PRIVATE"


def private_subjects(service: str) -> str:
    return f"{PRIVATE_PREFIX}.{service}.>"


def private_entities(service: str) -> tuple[str, ...]:
    return tuple(sorted(entity for svc, entity in PRIVATE_ENTITIES if svc == service))
