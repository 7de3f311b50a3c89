"""Prometheus metrics shared by every service (exposed on /metrics)."""

from prometheus_client import Counter, Gauge, Histogram

HTTP_REQUESTS = Histogram(
    "redgrid_http_request_seconds",
    "HTTP requests by route and status",
    ["service", "method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)
RELAYED = Counter("redgrid_outbox_relayed_total", "Outbox events published", ["service"])
RELAY_FAILURES = Counter("redgrid_outbox_relay_failures_total", "Relay rounds that failed", ["service"])
REPUBLISHED = Counter(
    "redgrid_outbox_republished_total",
    "Outbox events published again that the stream already held (its ack said duplicate): "
    "two publishers had one row, or a crash came between the ack and the mark",
    ["service"],
)
CONSUMED = Counter(
    "redgrid_events_consumed_total",
    "Events handled by a consumer, by outcome (applied, duplicate, ignored, retried, dead_lettered)",
    ["consumer", "outcome"],
)
CONSUME_BATCH = Histogram(
    "redgrid_consume_batch_seconds",
    "Time to handle and commit one batch",
    ["consumer"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5),
)
CALENDAR_YEARS_MISSING = Gauge(
    "redgrid_calendar_years_missing",
    "Of this year and next, how many have no holiday calendar (neither loaded nor in the "
    "package): their deadlines count Monday to Friday",
    ["service"],
)
RATE_LIMITED = Counter(
    "redgrid_rate_limited_total",
    "Requests to operations that take no token refused with 429 (ratelimit.py)",
    ["service", "route"],
)
PRUNED = Counter(
    "redgrid_pruned_total",
    "Rows deleted or anonymised by the retention jobs (sent outbox rows, inbox claims, the "
    "public log, closed tickets' personal data and photos)",
    ["service", "what"],
)

# Gauges of what waits (gauges.py): sampled every REDGRID_GAUGE_SECONDS by each replica, so a
# service's replicas report the same backlog; aggregate with max(), not sum().
OUTBOX_BACKLOG = Gauge("redgrid_outbox_backlog",
                       "Outbox rows committed and not yet published", ["service"])
OUTBOX_OLDEST_AGE = Gauge(
    "redgrid_outbox_oldest_age_seconds",
    "Age of the oldest unpublished outbox row (0 when none): the relay is behind or stuck",
    ["service"])
CONSUMER_PENDING = Gauge(
    "redgrid_consumer_pending_messages",
    "Messages on the source stream this durable consumer has not been given yet (JetStream "
    "num_pending)", ["consumer"])
CONSUMER_ACK_PENDING = Gauge(
    "redgrid_consumer_ack_pending_messages",
    "Messages given to this consumer and not yet acknowledged (JetStream num_ack_pending)",
    ["consumer"])
DEAD_LETTERS = Gauge(
    "redgrid_dead_letters",
    "Dead letters of this consumer kept in REDGRID_DLQ (until replayed, discarded or aged out)",
    ["consumer"])
GAUGE_FAILURES = Counter("redgrid_gauge_failures_total",
                         "Gauge samplings that failed (database or NATS away)", ["service"])
