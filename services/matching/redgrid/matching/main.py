"""The matching service's composition root."""

from pathlib import Path

from redgrid.common import migrate
from redgrid.common.service import ServiceSpec
from redgrid.matching import consumers, events
from redgrid.matching.api import orders, points, posts
from redgrid.matching.api.examples import EXAMPLES
from redgrid.matching.settings import MatchingSettings
from redgrid.matching.usecases.sweep import sweeper

spec = ServiceSpec(
    name="matching",
    description=(
        "Volunteer service orders through the 五单制 (居民点单, 社区交单, 支部下单, 党员接单, "
        "民意评单): ranked candidates with reasons, bookings that never overlap, re-dispatch and "
        "escalation, service hours and points with 双报到 credit, service posts and duty rosters."
    ),
    migrations=Path(__file__).parent / "migrations",
    modules=(migrate.ORG_READ_MODEL, migrate.GRID_READ_MODEL, migrate.PEOPLE_READ_MODEL),
    routers=[orders.router, points.router, posts.router],
    consumers=consumers.ALL,
    events=events.ALL,
    workers=[sweeper],
    settings_cls=MatchingSettings,
    examples=EXAMPLES,
)
