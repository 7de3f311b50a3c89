"""Notifications: each person's (or unit's) own inbox and preferences; webhooks of a street's
office (system and street admins); deliveries and figures for the office; who is told about a
grid, for staff of the grid."""

from __future__ import annotations

from . import GRID, OFFICE, STAFF, STREET, Rule, public

HOOKS = frozenset({"street_admin", "system"})
W = {"subscription_id": "@thing:webhook"}

RULES = {
    "GET /healthz": public(),
    "GET /readyz": public(),
    "GET /metrics": public(),
    "GET /asyncapi.json": public(),
    "GET /v1/inbox": Rule(anyone=True),
    "GET /v1/inbox/unread-count": Rule(anyone=True),
    "POST /v1/inbox/{notice_id}/read": Rule(own=frozenset({"resident"}), path={
        "notice_id": "@thing:notice"}, note="a notice of street A's resident"),
    "POST /v1/inbox/read-all": Rule(anyone=True),
    "GET /v1/inbox/stream": Rule(anyone=True, note="opened, answered, closed"),
    "POST /v1/inbox/stream-ticket": Rule(anyone=True),
    "GET /v1/preferences": Rule(anyone=True),
    "PUT /v1/preferences": Rule(anyone=True, body={"quiet_start": "22:00", "quiet_end": "07:00"}),
    "GET /v1/webhooks": Rule(HOOKS, STREET),
    "POST /v1/webhooks": Rule(HOOKS, STREET, body={
        "name": "城运中心", "url": lambda c, s: c.webhook.url(f"/{s.name}-more"),
        "patterns": ["redgrid.tickets.*"], "org_id": "@street"}),
    "GET /v1/webhooks/{subscription_id}": Rule(HOOKS, STREET, path=W),
    "PATCH /v1/webhooks/{subscription_id}": Rule(HOOKS, STREET, path=W, body={}),
    "POST /v1/webhooks/{subscription_id}/secret": Rule(HOOKS, STREET, path=W),
    "POST /v1/webhooks/{subscription_id}/replay": Rule(HOOKS, STREET, path=W, body={}),
    "GET /v1/webhooks/{subscription_id}/deliveries": Rule(HOOKS, STREET, path=W),
    # data classes beyond the minimum: granted by the city only, the audit read by its managers
    "PUT /v1/webhooks/{subscription_id}/data-classes": Rule(HOOKS, STREET, path=W, city_only=True,
                                                            body={"data_classes": ["names"],
                                                                  "reason": "市级批复"}),
    "GET /v1/webhooks/{subscription_id}/data-classes/grants": Rule(HOOKS, STREET, path=W),
    "GET /v1/deliveries": Rule(OFFICE, GRID),
    "GET /v1/figures": Rule(OFFICE, GRID),
    "GET /v1/grids/{grid_id}/audience": Rule(STAFF, GRID, path={"grid_id": "@grid"}),
}
