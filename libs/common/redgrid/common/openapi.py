"""Every operation's OpenAPI names the problem+json answers (RFC 9457) it can give, with their
schema, so that clients and the schema fuzzer can hold the service to them.

Which ones follow from what the operation takes: a bearer token (401, 403), anything a caller
names (404: not found, or outside the caller's scope), a write (409), a body (400 when it is
not JSON, 413) and any input at all (422); every operation that reaches the database may answer
503 while it is away. A route adds what else it can give with FastAPI's own `responses=`.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import BaseModel, ConfigDict, Field

PROBLEM = "application/problem+json"
WRITES = {"POST", "PUT", "PATCH", "DELETE"}
TITLES = {
    400: "The body is not JSON",
    401: "No valid bearer token",
    403: "Not allowed for your roles",
    404: "Not found, or not in your scope",
    409: "Conflicts with the current state (e.g. a step not allowed from it)",
    413: "The request body is over 1 MB",
    422: "The request is not valid",
    503: "The database is unavailable; try again (Retry-After)",
}


class FieldError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """RFC 9457 problem details; some problems add members of their own (e.g. `allowed`)."""

    model_config = ConfigDict(extra="allow", title="Problem")

    type: str = Field(description="https://redgrid.dev/problems/<slug>")
    title: str
    status: int
    detail: str | None = None
    errors: list[FieldError] | None = Field(None, description="For 422: each invalid input")


def _calls(dependant: Dependant) -> set:
    calls = {dependant.call}
    for sub in dependant.dependencies:
        calls |= _calls(sub)
    return calls


def operations(app: FastAPI) -> list[APIRoute]:
    """The app's API routes as served (routers included under their prefixes)."""
    return [ctx for ctx in iter_route_contexts(app.routes)
            if isinstance(ctx.original_route, APIRoute) and ctx.include_in_schema]


def problem_statuses(route: APIRoute) -> set[int]:
    """The problem answers a route can give, from what it takes."""
    from redgrid.common.http import authenticate, get_pool, maybe_authenticate

    calls = _calls(route.dependant)
    d = route.dependant
    takes_input = bool(d.path_params or d.query_params or d.header_params or d.body_params)
    statuses: set[int] = set()
    if authenticate in calls or maybe_authenticate in calls:
        statuses |= {401, 403}
    if takes_input:
        statuses |= {404, 422}
    if route.methods & WRITES:
        statuses.add(409)
    if d.body_params:
        statuses |= {400, 413}
    if get_pool in calls or authenticate in calls:
        statuses.add(503)
    return statuses


def _problem_response(status: int, description: str | None = None) -> dict[str, Any]:
    return {"description": description or TITLES.get(status, "A problem"),
            "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}}


def install(app: FastAPI) -> None:
    """Replace app.openapi with one whose operations list their problem answers."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(title=app.title, version=app.version, description=app.description,
                          routes=app.routes)
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(problem.pop("$defs", {}))
        schemas["Problem"] = problem
        for route in operations(app):
            own = {int(k) for k, v in (route.responses or {}).items()
                   if "content" in v or "model" in v}
            for method in route.methods:
                op = doc["paths"].get(route.path_format, {}).get(method.lower())
                if op is None:
                    continue
                responses = op.setdefault("responses", {})
                given = {int(s) for s in responses if s.isdigit() and int(s) >= 400}
                for status in sorted((problem_statuses(route) | given) - own):
                    described = responses.get(str(status), {}).get("description")
                    responses[str(status)] = _problem_response(status, described)
        for unused in ("HTTPValidationError", "ValidationError"):
            schemas.pop(unused, None)
        app.openapi_schema = doc
        return doc

    app.openapi = openapi  # type: ignore[method-assign]
