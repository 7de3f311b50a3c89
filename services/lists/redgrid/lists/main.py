"""The lists' composition root."""

from pathlib import Path

from redgrid.common import migrate
from redgrid.common.service import ServiceSpec
from redgrid.lists import consumers, events
from redgrid.lists.api import board, claims, figures, meetings, needs, projects, resources
from redgrid.lists.api.examples import EXAMPLES

spec = ServiceSpec(
    name="lists",
    description=(
        "The 三张清单: resources co-building units, teams and members offer (资源清单), needs "
        "communities publish and units claim (需求清单, 精准接单), projects binding them with "
        "their activities (项目清单); co-building agreements (共建协议) and joint meetings "
        "(党建联席会议) whose resolutions are followed until done; a public board; figures."
    ),
    migrations=Path(__file__).parent / "migrations",
    modules=(migrate.ORG_READ_MODEL, migrate.PEOPLE_READ_MODEL),
    routers=[resources.router, needs.router, claims.router, projects.router, meetings.router,
             board.router, figures.router],
    consumers=consumers.ALL,
    events=events.ALL,
    examples=EXAMPLES,
)
