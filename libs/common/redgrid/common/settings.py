"""Settings from the environment (prefix REDGRID_): the only module that reads it."""

from __future__ import annotations

import ipaddress
from typing import Literal

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_JWT_SECRET = "redgrid-development-secret-do-not-use-in-production"
DEV_DB_PASSWORD = "redgrid-dev"
DEV_OIDC_ISSUER = "http://127.0.0.1:8090"  # make dev's identity provider (web/dev/oidc.mjs)
DEV_OBJECTS_SECRET = "redgrid-development-media-secret-do-not-use-in-production"

# The HTTP port each service listens on by default (`make dev`).
SERVICE_PORTS = {
    "registry": 8001,
    "tickets": 8002,
    "matching": 8003,
    "lists": 8004,
    "notifications": 8005,
}
SERVICES = tuple(SERVICE_PORTS)
# How long the dead-letter stream keeps a dead letter (streams.dead_letter_stream): a replay can
# come no later than this after the event was first delivered.
DLQ_MAX_AGE_DAYS = 90


class Settings(BaseSettings):
    """What every service reads; a service may subclass it to add its own fields."""

    model_config = SettingsConfigDict(env_prefix="REDGRID_", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    service: str = "registry"
    version: str = "0.1.0"
    log_level: str = "INFO"
    log_json: bool = True
    log_requests: bool = True  # one JSON line per HTTP request (method, route, status, ms)

    # PostgreSQL: the service connects as its own role, which owns only its schema.
    db_host: str = "127.0.0.1"
    db_port: int = 5432
    db_name: str = "redgrid"
    db_password: str = DEV_DB_PASSWORD
    db_pool_min: int = 2
    db_pool_max: int = 10
    # An administrator URL is needed only to create roles and schemas (`redgrid migrate`).
    db_admin_url: str | None = None

    nats_url: str = "nats://127.0.0.1:4222"  # or a cluster's nodes, comma-separated
    nats_user: str | None = None
    nats_password: str | None = None
    nats_creds_file: str | None = None

    http_host: str = "127.0.0.1"
    http_port: int | None = None

    # Tokens: HS256 with a shared secret in development; an OIDC provider's JWKS in production.
    jwt_secret: str = DEV_JWT_SECRET
    jwt_jwks_url: str | None = None
    jwt_issuer: str = "redgrid"
    jwt_audience: str = "redgrid"
    jwt_algorithms: list[str] = Field(default_factory=lambda: ["HS256"])

    # Streams: kept by limits (age, size); R3 on a cluster. The duplicate window is how long
    # JetStream drops a second publish of the same event id.
    stream_max_age_days: int = 365
    stream_max_bytes: int = 1024**3
    stream_replicas: int = 1
    stream_duplicate_window: float = 120.0
    # The private stream of personal data's events (contact.changed: phones, e-mails): days.
    private_stream_max_age_days: int = Field(7, ge=1)

    # Delivery: tries before dead-lettering a failing message, and the broker's hard bound.
    consumer_max_tries: int = 5
    consumer_max_deliver: int = 50
    consumer_batch: int = 200
    relay_batch: int = 500
    relay_poll_seconds: float = 1.0
    # How often each process samples the gauges of what waits (gauges.py).
    gauge_seconds: float = Field(15.0, gt=0)

    # Traces (tracing.py): the standard OpenTelemetry variables, unprefixed. Off unless they ask
    # for an exporter (OTEL_TRACES_EXPORTER=otlp|console, or an OTLP endpoint): the SDK's own
    # default (otlp to localhost) would make every development process export to nowhere.
    otel_traces_exporter: str | None = Field(None, validation_alias="OTEL_TRACES_EXPORTER")
    otel_exporter_otlp_endpoint: str | None = Field(None, validation_alias=AliasChoices(
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT"))
    otel_exporter_otlp_protocol: str = Field("http/protobuf", validation_alias=AliasChoices(
        "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL"))
    otel_sdk_disabled: bool = Field(False, validation_alias="OTEL_SDK_DISABLED")
    otel_service_name: str | None = Field(None, validation_alias="OTEL_SERVICE_NAME")

    # Retention (retention.py): nothing kept forever. Sent outbox rows go this many hours past
    # the stream's duplicate window (only unsent rows are ever published again); inbox rows
    # after inbox_keep_days, which must outlast a dead letter (REDGRID_DLQ keeps them
    # DLQ_MAX_AGE_DAYS), so that a replay still meets the claim of a copy applied before.
    # Each job runs every prune_seconds, prune_batch rows a statement, on every replica.
    outbox_keep_hours: float = Field(24.0, gt=0)
    inbox_keep_days: int = Field(100, gt=DLQ_MAX_AGE_DAYS)
    prune_seconds: float = Field(3600.0, gt=0)
    prune_batch: int = Field(5000, ge=1)

    # Browsers. One origin: the service is reached at <origin><root_path>/… (`/api/<service>`
    # behind the Ingress or make dev's web server), and documents itself so. Other origins
    # (a frontend team's dev server) are listed for CORS; credentials only for those.
    root_path: str = Field("", pattern=r"^(/[A-Za-z0-9._~\-]+)*$")
    cors_origins: list[str] = Field(default_factory=list)
    # Login: the city's identity provider (OIDC). Browsers log in there (code + PKCE) and trade
    # its ID token for a Redgrid session token at the registry (POST /v1/session). Claim paths
    # are dotted (Keycloak: realm_access.roles); an absent claim is taken from the registry.
    oidc_issuer: str | None = None
    oidc_client_id: str = "redgrid-web"
    oidc_roles_claim: str | None = None
    oidc_org_claim: str | None = None
    oidc_unit_claim: str | None = None
    session_ttl_seconds: int = 8 * 3600
    jwks_refresh_seconds: float = 300.0

    # The object store (redgrid.common.objects): photos' bytes. `local`: files under
    # objects_dir, read through the service's own signed path (/v1/media/…, an HMAC of the key
    # and the expiry with objects_url_secret): make dev and the tests. `s3`: an S3-compatible
    # bucket (MinIO in production), read through the store's own presigned URLs;
    # objects_s3_public_url is the endpoint as browsers reach it, when not the one the
    # service uses. Signed URLs live objects_url_ttl_seconds.
    objects_backend: Literal["local", "s3"] = "local"
    objects_dir: str = ".redgrid/objects"
    objects_url_secret: str = DEV_OBJECTS_SECRET
    objects_url_ttl_seconds: int = Field(600, ge=10, le=7 * 24 * 3600)
    objects_s3_endpoint: str | None = None  # e.g. http://minio.storage:9000
    objects_s3_public_url: str | None = None  # e.g. https://media.grid.example.gov.cn
    objects_s3_bucket: str = "redgrid"
    objects_s3_region: str = "us-east-1"
    objects_s3_access_key: str | None = None
    objects_s3_secret_key: str | None = None
    # Photos: the largest upload taken (bytes; the body limit of the upload routes), the
    # largest picture (pixels: a small file may decode into a huge one), how long an upload
    # made before its intake waits to be named by one before it is swept away.
    photo_max_bytes: int = Field(10 * 1024 * 1024, ge=1024, le=100 * 1024 * 1024)
    photo_max_pixels: int = Field(40_000_000, ge=10_000)
    photo_pending_hours: float = Field(24.0, gt=0)
    # Operations that take no token (公示, the public board, places nearby, the login, Open311)
    # are limited per client: its token when it sends one (staff's: never limited), else its IP.
    # N a minute and N at once, reads and writes apart; each replica counts on its own
    # (ratelimit.py, docs/security.md).
    rate_limit_enabled: bool = True
    rate_limit_reads_per_minute: int = Field(300, ge=1)
    rate_limit_writes_per_minute: int = Field(30, ge=1)
    # Proxies whose X-Forwarded-For is believed (the Ingress controller's pod range, a local
    # sidecar "127.0.0.1/32"): networks. From anyone else the header is ignored.
    trusted_proxies: list[str] = Field(default_factory=list)

    @property
    def db_role(self) -> str:
        return f"redgrid_{self.service}"

    @property
    def db_schema(self) -> str:
        return self.service

    @property
    def tracing(self) -> bool:
        """Whether spans are made and exported (tracing.configure)."""
        exporter = (self.otel_traces_exporter or "").strip().lower()
        if self.otel_sdk_disabled or exporter == "none":
            return False
        return bool(exporter or self.otel_exporter_otlp_endpoint)

    @property
    def port(self) -> int:
        return self.http_port or SERVICE_PORTS.get(self.service, 8000)

    def database_url(self) -> str:
        return (
            f"postgresql://{self.db_role}:{self.db_password}"
            f"@{self.db_host}:{self.db_port}/{self.db_name}"
        )

    @model_validator(mode="after")
    def _refuse_unsafe_secrets(self) -> Settings:
        for network in self.trusted_proxies:
            ipaddress.ip_network(network, strict=False)  # ValueError: not a network
        if self.environment != "production":
            return self
        if self.jwt_jwks_url is None and (self.jwt_secret == DEV_JWT_SECRET
                                          or len(self.jwt_secret) < 32):
            raise ValueError("set REDGRID_JWT_JWKS_URL, or a REDGRID_JWT_SECRET of 32+ bytes, "
                             "in production")
        if self.db_password == DEV_DB_PASSWORD:
            raise ValueError("REDGRID_DB_PASSWORD must be set in production")
        if "none" in {a.lower() for a in self.jwt_algorithms}:
            raise ValueError("the 'none' JWT algorithm is never accepted")
        return self

    def refuse_unsafe_objects(self) -> None:
        """For a service that keeps objects (its settings' validator calls it): the s3 store
        needs its endpoint and keys; production's local store a secret of its own."""
        if self.objects_backend == "s3" and not (self.objects_s3_endpoint
                                                 and self.objects_s3_access_key
                                                 and self.objects_s3_secret_key):
            raise ValueError("REDGRID_OBJECTS_S3_ENDPOINT, REDGRID_OBJECTS_S3_ACCESS_KEY and "
                             "REDGRID_OBJECTS_S3_SECRET_KEY must be set for the s3 object store")
        if self.environment == "production" and self.objects_backend == "local" and (
                self.objects_url_secret == DEV_OBJECTS_SECRET
                or len(self.objects_url_secret) < 32):
            raise ValueError("set REDGRID_OBJECTS_URL_SECRET (32+ bytes) in production, or "
                             "use REDGRID_OBJECTS_BACKEND=s3")

    @property
    def oidc_configuration_url(self) -> str:
        """The OpenAPI documents' `oidc` security scheme (Swagger UI's Authorize button) points
        at the issuer's discovery document; without one, at make dev's provider."""
        issuer = self.oidc_issuer or DEV_OIDC_ISSUER
        return issuer.rstrip("/") + "/.well-known/openid-configuration"


class DevSettings(Settings):
    """What `make dev` reads: where the embedded servers keep data, and every port."""

    dev_dir: str = ".redgrid"
    nats_port: int = 4222
    nats_monitor_port: int = 8222
    registry_port: int = SERVICE_PORTS["registry"]
    tickets_port: int = SERVICE_PORTS["tickets"]
    matching_port: int = SERVICE_PORTS["matching"]
    lists_port: int = SERVICE_PORTS["lists"]
    notifications_port: int = SERVICE_PORTS["notifications"]
    seed_demo: bool = True
    # The browser's side: the web app at one origin (vite preview forwarding /api/<service>),
    # and the development identity provider it logs in with.
    web_port: int = 8080
    oidc_port: int = 8090
    # A real phone on the same network: this computer's address there (REDGRID_LAN_HOST=
    # 192.168.1.20). The web app and the identity provider then listen on every interface and
    # are reached, logged into and linked to (notices' links) at that address.
    lan_host: str | None = Field(None, pattern=r"^[A-Za-z0-9.\-]+$")
    # The demo's webhook receiver (.redgrid/webhook-receiver.sh): the one internal address
    # make dev's webhooks may reach, over http.
    webhook_receiver_port: int = 9999

    def service_port(self, name: str) -> int:
        return getattr(self, f"{name}_port")


class TestBackend(BaseSettings):
    """Where the integration tests find PostgreSQL and NATS.

    embedded (default): the pip-shipped binaries, started by the fixtures;
    containers: testcontainers, when a Docker engine is reachable;
    url: servers given by REDGRID_TEST_DATABASE_URL (a superuser URL) and REDGRID_TEST_NATS_URL.
    """

    model_config = SettingsConfigDict(env_prefix="REDGRID_TEST_", extra="ignore")

    backend: Literal["embedded", "containers", "url"] = "embedded"
    database_url: str | None = None
    nats_url: str | None = None
