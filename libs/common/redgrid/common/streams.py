"""JetStream streams: one per service, kept by limits so that anyone can replay history."""

from __future__ import annotations

import nats
from nats.aio.client import Client
from nats.js import JetStreamContext
from nats.js.api import DiscardPolicy, RetentionPolicy, StorageType, StreamConfig
from nats.js.errors import BadRequestError, NotFoundError

from redgrid.common.events import (
    private_entities,
    private_stream_name,
    private_subjects,
    stream_name,
    stream_subjects,
)
from redgrid.common.settings import DLQ_MAX_AGE_DAYS, Settings

DLQ_STREAM = "REDGRID_DLQ"
DAY = 24 * 3600


def service_stream(service: str, settings: Settings) -> StreamConfig:
    return StreamConfig(
        name=stream_name(service),
        description=f"Events of the {service} service (CloudEvents 1.0 JSON)",
        subjects=[stream_subjects(service)],
        # Limits, not work-queue or interest retention: new consumers and other city systems
        # can replay history.
        retention=RetentionPolicy.LIMITS,
        max_age=settings.stream_max_age_days * DAY,
        max_bytes=settings.stream_max_bytes,
        discard=DiscardPolicy.OLD,
        storage=StorageType.FILE,
        num_replicas=settings.stream_replicas,
        duplicate_window=settings.stream_duplicate_window,
    )


def private_stream(service: str, settings: Settings) -> StreamConfig:
    """The events of a service's private entities (events.PRIVATE_ENTITIES: contact data),
    kept days, not a year: long enough for a consumer that was away to catch up, no longer."""
    return StreamConfig(
        name=private_stream_name(service),
        description=f"Internal events of the {service} service with personal data "
                    f"({', '.join(private_entities(service))}), kept "
                    f"{settings.private_stream_max_age_days} days",
        subjects=[private_subjects(service)],
        retention=RetentionPolicy.LIMITS,
        max_age=settings.private_stream_max_age_days * DAY,
        max_bytes=settings.stream_max_bytes,
        discard=DiscardPolicy.OLD,
        storage=StorageType.FILE,
        num_replicas=settings.stream_replicas,
        duplicate_window=settings.stream_duplicate_window,
    )


async def ensure_private(js: JetStreamContext, service: str, settings: Settings) -> None:
    """The service's private stream, if it has private entities; and what its own stream still
    keeps of them from before they moved (redgrid.<service>.<entity>.>) purged: the move's
    migration step for an existing deployment, done at every start (a purge that finds
    nothing costs nothing)."""
    entities = private_entities(service)
    if not entities:
        return
    await ensure(js, private_stream(service, settings))
    for entity in entities:
        await js.purge_stream(stream_name(service), subject=f"redgrid.{service}.{entity}.>")


def dead_letter_stream(settings: Settings) -> StreamConfig:
    return StreamConfig(
        name=DLQ_STREAM,
        description="Messages a consumer gave up on, with their stream sequence and the "
                    "reason (redgrid.dlq.<consumer>), and those sent back to it "
                    "(redgrid.replay.<consumer>)",
        subjects=["redgrid.dlq.>", "redgrid.replay.>"],
        retention=RetentionPolicy.LIMITS,
        max_age=DLQ_MAX_AGE_DAYS * DAY,
        max_bytes=settings.stream_max_bytes,
        storage=StorageType.FILE,
        num_replicas=settings.stream_replicas,
        duplicate_window=120.0,
    )


async def ensure(js: JetStreamContext, config: StreamConfig) -> None:
    """Create the stream, or bring an existing one to this configuration."""
    try:
        await js.stream_info(config.name)
    except NotFoundError:
        try:
            await js.add_stream(config)
            return
        except BadRequestError as exc:  # created by a replica meanwhile
            if exc.err_code != 10058:
                raise
    await js.update_stream(config)


async def connect(settings: Settings, name: str, **callbacks) -> Client:
    """A connection that never gives up reconnecting (nats-py stops after ~2 minutes by default).

    Replies (JetStream acks, pulled messages) come to _INBOX.<name>.…, so that the server can let
    each service's user subscribe to its own replies only (deploy/nats/permissions.py).
    """
    options: dict = dict(
        servers=settings.nats_url.split(","),  # a cluster's nodes, any of them to start with
        name=f"redgrid-{name}",
        inbox_prefix=f"_INBOX.{name}",
        max_reconnect_attempts=-1,
        reconnect_time_wait=1,
        connect_timeout=5,
        allow_reconnect=True,
        ping_interval=10,
        max_outstanding_pings=3,
        **callbacks,
    )
    if settings.nats_creds_file:
        options["user_credentials"] = settings.nats_creds_file
    elif settings.nats_user:
        options["user"] = settings.nats_user
        options["password"] = settings.nats_password
    return await nats.connect(**options)
