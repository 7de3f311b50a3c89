"""The notifications service's composition root."""

from pathlib import Path

from redgrid.common import migrate
from redgrid.common.service import ServiceSpec
from redgrid.notifications import consumers, events, workers
from redgrid.notifications.api import audience, deliveries, inbox, preferences, webhooks
from redgrid.notifications.api.examples import EXAMPLES
from redgrid.notifications.settings import NotificationSettings
from redgrid.notifications.usecases import waiting
from redgrid.notifications.usecases.retention import log_pruner

spec = ServiceSpec(
    name="notifications",
    description=(
        "Tells people what concerns them (a matter dispatched to their grid, an escalation, a "
        "deadline near, their matter answered, their order accepted, their unit's claim "
        "confirmed) in an inbox with a live stream, by e-mail and SMS; and feeds other city "
        "systems with the platform's public events over signed webhooks (Standard Webhooks)."
    ),
    migrations=Path(__file__).parent / "migrations",
    modules=(migrate.ORG_READ_MODEL, migrate.GRID_READ_MODEL, migrate.PEOPLE_READ_MODEL),
    routers=[inbox.router, preferences.router, webhooks.router, deliveries.router,
             audience.router],
    consumers=consumers.ALL,
    events=events.ALL,
    workers=[workers.listen, workers.send_deliveries, workers.feed_webhooks, log_pruner],
    gauges=[waiting.sample],
    settings_cls=NotificationSettings,
    examples=EXAMPLES,
)
