"""Where a notice leads in the web app: one route per subject, on a phone (/m/…) or at a desk
(/desk/…). Notices keep the route; the configured base URL (REDGRID_WEB_BASE_URL) goes in
front when they are shown or sent (docs/notifications.md lists the routes)."""

from __future__ import annotations

from uuid import UUID


def mobile(kind: str, thing_id: UUID | None) -> str | None:
    """/m/tickets/{id}, /m/orders/{id}, /m/duties/{roster id}: residents, grid workers,
    members and volunteers on their phones."""
    return f"/m/{kind}/{thing_id}" if thing_id else None


def desk(kind: str, thing_id: UUID | None) -> str | None:
    """/desk/tickets/{id}, /desk/orders/{id}, /desk/needs/{id}: offices, secretaries, units."""
    return f"/desk/{kind}/{thing_id}" if thing_id else None


def full(base_url: str, route: str | None) -> str | None:
    """The link people follow: the base URL and the route."""
    return f"{base_url.rstrip('/')}{route}" if route else None
