"""The tickets service's composition root."""

from pathlib import Path

from redgrid.common import migrate
from redgrid.common.service import ServiceSpec
from redgrid.tickets import events
from redgrid.tickets.api import (
    calendar,
    catalogue,
    figures,
    mediation,
    notice_review,
    open311,
    photos,
    practice,
    public,
    steps,
    tickets,
    visits,
)
from redgrid.tickets.api.examples import EXAMPLES
from redgrid.tickets.consumers import FROM_MATCHING, FROM_REGISTRY
from redgrid.tickets.settings import TicketsSettings
from redgrid.tickets.usecases.calendar_alarm import calendar_watch, readiness_notes
from redgrid.tickets.usecases.deadlines import scanner
from redgrid.tickets.usecases.figures import compactor
from redgrid.tickets.usecases.intake import intake_worker
from redgrid.tickets.usecases.photos import photo_worker
from redgrid.tickets.usecases.retention import anonymiser

spec = ServiceSpec(
    name="tickets",
    description=(
        "Residents' matters (民情) from intake to follow-up: every channel, 一号一档 numbers, "
        "routing to grids through the registry's read model, the workflow 受理—办理—公示回应—"
        "跟踪监督—再收集, photos (EXIF stripped, signed URLs), deadlines in working days with the "
        "holiday calendar (each year's notice loaded as data), escalation grid → community → "
        "street, mediation, 六上门 visits, 公示, figures, and Open311 GeoReport v2."
    ),
    migrations=Path(__file__).parent / "migrations",
    routers=[tickets.router, steps.router, mediation.router, visits.router, catalogue.router,
             figures.router, public.router, calendar.router, photos.router,
             notice_review.router, practice.router],
    consumers=[FROM_REGISTRY, FROM_MATCHING],
    events=events.ALL,
    modules=(migrate.ORG_READ_MODEL, migrate.GRID_READ_MODEL, migrate.PEOPLE_READ_MODEL),
    workers=[intake_worker, scanner, anonymiser, calendar_watch, photo_worker, compactor],
    settings_cls=TicketsSettings,
    configure_app=open311.install,
    notes=readiness_notes,
    examples=EXAMPLES,
    uploads=photos.UPLOADS,
)
