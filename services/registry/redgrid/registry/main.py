"""The registry's composition root."""

from pathlib import Path

from redgrid.common import migrate
from redgrid.common.service import ServiceSpec
from redgrid.registry import events
from redgrid.registry.api import (
    catalogue,
    grids,
    imports,
    orgs,
    people,
    places,
    sessions,
    teams,
    units,
)
from redgrid.registry.api.examples import EXAMPLES

spec = ServiceSpec(
    name="registry",
    description=(
        "Organisations (street → community → grid branch → building group → unit household), "
        "grids and micro-grids with merges and splits, people and their roles, party members "
        "(五管合一, 四色卡), volunteer teams, co-building units, 双报到, service places."
    ),
    migrations=Path(__file__).parent / "migrations",
    modules=(migrate.CATALOGUE,),  # the catalogue's table, shaped as the others' copies
    routers=[orgs.router, grids.router, people.router, teams.router, units.router, places.router,
             sessions.router, catalogue.router, imports.router],
    events=events.ALL,
    configure_app=sessions.configure,
    examples=EXAMPLES,
)
