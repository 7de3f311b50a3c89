"""The notifications service's own settings (prefix REDGRID_), on top of the common ones."""

from __future__ import annotations

import ipaddress

from pydantic import Field, model_validator

from redgrid.common.settings import Settings
from redgrid.notifications.domain.destinations import endpoint


class NotificationSettings(Settings):
    service: str = "notifications"

    # E-mail over SMTP. No host: e-mail is not sent (deliveries stay pending, visible).
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "红网格 <noreply@redgrid.local>"
    smtp_starttls: bool = False  # STARTTLS after connecting (port 587)
    smtp_tls: bool = False  # TLS from the start (port 465)
    smtp_timeout: float = 10.0

    # SMS through a provider adapter: an HTTP POST to sms_url with the key as a bearer token.
    sms_url: str | None = None
    sms_key: str | None = None
    sms_timeout: float = 10.0
    sms_signature: str = "【红网格】"

    # The web app people follow a notice's link into (its route after this, docs/notifications.md)
    web_base_url: str = "http://localhost:5173"

    # Quiet hours (Beijing time) when no SMS goes out unless urgent; deferred, not dropped.
    quiet_start: str = "22:00"
    quiet_end: str = "07:00"

    # The e-mail/SMS worker: tries with backoff, then the delivery failed for good.
    delivery_poll_seconds: float = 1.0
    delivery_batch: int = 20
    delivery_max_attempts: int = 6
    delivery_backoff_seconds: float = 30.0
    delivery_backoff_cap: float = 3600.0

    # Webhooks to other city systems.
    webhook_poll_seconds: float = 1.0
    webhook_batch: int = 50
    webhook_timeout: float = 10.0
    webhook_max_attempts: int = 10
    webhook_backoff_seconds: float = 5.0
    webhook_backoff_cap: float = 3600.0
    webhook_probe_seconds: float = 3600.0  # a suspended subscription is tried again this often
    # Where webhooks may go (docs/security.md): https to public addresses, checked when a
    # subscription is made and at every connection. http:// only for development (make dev
    # turns it on for its local receiver); never in production.
    webhook_allow_http: bool = False
    # Only these hosts, when set ("hotline.yancheng.gov.cn", "*.yancheng.gov.cn": subdomains).
    webhook_allowed_hosts: list[str] = Field(default_factory=list)
    # Refused besides loopback, private, link-local and the rest: the cluster's pod and service
    # ranges ("10.244.0.0/16", "10.96.0.0/12"), wherever they lie.
    webhook_denied_networks: list[str] = Field(default_factory=list)
    # Internal addresses webhooks may still reach, each a network with or without a port: a city
    # system on the government intranet ("10.20.0.5:443"), make dev's receiver (127.0.0.1:9999).
    webhook_internal_allowed: list[str] = Field(default_factory=list)
    webhook_ca_file: str | None = None  # a city's own CA for receivers' certificates
    # The replay horizon: the public log keeps events this long for webhooks to replay (POST
    # …/replay, a suspended subscription resuming); older ones are pruned (usecases/retention.py).
    public_log_keep_days: int = Field(30, ge=1)

    @model_validator(mode="after")
    def _safe_destinations(self) -> NotificationSettings:
        if self.environment == "production" and self.webhook_allow_http:
            raise ValueError("REDGRID_WEBHOOK_ALLOW_HTTP is for development, not production")
        for network in self.webhook_denied_networks:
            ipaddress.ip_network(network, strict=False)  # ValueError: not a network
        for entry in self.webhook_internal_allowed:
            endpoint(entry)
        return self
