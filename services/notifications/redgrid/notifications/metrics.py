"""Prometheus figures of the notifications service (on /metrics)."""

from prometheus_client import Counter

NOTICES = Counter("redgrid_notifications_notices_total", "Inbox notices created")
DELIVERIES = Counter(
    "redgrid_notifications_deliveries_total",
    "Delivery tries by channel (email, sms, webhook) and outcome "
    "(sent, retried, failed, deferred, skipped)",
    ["channel", "outcome"],
)
LIVE_STREAMS = Counter("redgrid_notifications_live_pushes_total",
                       "Notices pushed to open live streams (SSE)")
