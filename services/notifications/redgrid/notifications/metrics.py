"""Prometheus figures of the notifications service (on /metrics)."""

from prometheus_client import Counter, Gauge

NOTICES = Counter("redgrid_notifications_notices_total", "Inbox notices created")
DELIVERIES = Counter(
    "redgrid_notifications_deliveries_total",
    "Delivery tries by channel (email, sms, webhook) and outcome "
    "(sent, retried, failed, deferred, skipped)",
    ["channel", "outcome"],
)
LIVE_STREAMS = Counter("redgrid_notifications_live_pushes_total",
                       "Notices pushed to open live streams (SSE)")

# Gauges (gauges.py, every REDGRID_GAUGE_SECONDS; the same in every replica: use max()).
LIVE_STREAMS_OPEN = Gauge("redgrid_notifications_live_streams_open",
                          "Live streams (SSE) open in this process")
UNDELIVERED = Gauge("redgrid_notifications_undelivered",
                    "E-mail/SMS due and not sent yet, by channel", ["channel"])
UNDELIVERED_OLDEST_AGE = Gauge(
    "redgrid_notifications_undelivered_oldest_age_seconds",
    "How long the oldest e-mail/SMS due has waited, by channel (0 when none)", ["channel"])
WEBHOOK_LAG_EVENTS = Gauge(
    "redgrid_notifications_webhook_lag_events",
    "Public events after a live webhook subscriber's position (an upper bound of its lag)",
    ["subscription", "name"])
WEBHOOK_LAG_SECONDS = Gauge(
    "redgrid_notifications_webhook_lag_seconds",
    "Age of the first public event a live webhook subscriber has not had (0 when none)",
    ["subscription", "name"])
