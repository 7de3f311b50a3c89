"""The notifications service's own settings (prefix REDGRID_), on top of the common ones."""

from __future__ import annotations

from pydantic import model_validator

from redgrid.common.settings import Settings


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
    webhook_require_https: bool = False  # true in production

    @model_validator(mode="after")
    def _safe_in_production(self) -> NotificationSettings:
        if self.environment == "production":
            self.webhook_require_https = True
        return self
