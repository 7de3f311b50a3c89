"""Every operation's OpenAPI names the problem+json answers (RFC 9457) it can give, with their
schema, so that clients and the schema fuzzer can hold the service to them; and the document is
one a frontend can generate a client from: operationIds `<service>_<function>`, the security it
needs (bearer or OIDC; none for public routes), an example for each request body and main answer
(from the service's api/examples.py), and nothing outside OpenAPI 3.1.

Which ones follow from what the operation takes: a bearer token (401, 403), anything a caller
names (404: not found, or outside the caller's scope), a write (409), a body (400 when it is
not JSON, 413) and any input at all (422); every operation that reaches the database may answer
503 while it is away, and one that takes no token 429 (its callers are rate-limited). A route
adds what else it can give with FastAPI's own `responses=`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    429: "Too many requests from this client: try again after Retry-After seconds",
    503: "The database is unavailable; try again (Retry-After)",
}


class FieldError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """RFC 9457 problem details; some problems add members of their own (e.g. `allowed`)."""

    model_config = ConfigDict(extra="allow", title="Problem")

    type: str = Field(description="https://redgrid.dev/problems/<slug>; the types are listed in "
                                  "the examples")
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
    if authenticate not in calls and "operations" not in (route.tags or ()):
        statuses.add(429)  # rate-limited per client (ratelimit.py)
    return statuses


def problem_types() -> list[str]:
    """Every problem type a service answers with: the domain's error classes' and the HTTP
    layer's own."""
    from redgrid.common.errors import DomainError
    from redgrid.common.http import PROBLEM_BASE, SLUGS

    slugs, kinds = set(SLUGS), [DomainError]
    while kinds:
        kind = kinds.pop()
        slugs.add(kind.slug)
        kinds.extend(kind.__subclasses__())
    return [PROBLEM_BASE + slug for slug in sorted(slugs)]


def operation_ids(service: str) -> Callable[[APIRoute], str]:
    """FastAPI's generate_unique_id_function: `tickets_accept`, `registry_list_grids`."""
    return lambda route: f"{service}_{route.name}"


SECURITY_SCHEMES = ("bearer", "oidc")


def security_schemes(oidc_configuration_url: str) -> dict[str, Any]:
    return {
        "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                   "description": "A Redgrid token (`redgrid token` in development) or the "
                                  "identity provider's access token"},
        "oidc": {"type": "openIdConnect", "openIdConnectUrl": oidc_configuration_url},
    }


def security(route: APIRoute) -> list[dict[str, list]]:
    """What the route asks for: a token (Auth), optionally one (MaybeAuth), or nothing."""
    from redgrid.common.http import authenticate, maybe_authenticate

    calls = _calls(route.dependant)
    schemes = [{name: []} for name in SECURITY_SCHEMES]
    if authenticate in calls:
        return schemes
    if maybe_authenticate in calls:
        return [*schemes, {}]
    return []


def _example_of(schema: dict[str, Any], examples: Mapping[str, Any]) -> Any | None:
    """The example for a schema that names a model: the model's, a list of it, a page of it."""
    ref = schema.get("$ref", "")
    name = ref.rsplit("/", 1)[-1]
    if name in examples:
        return examples[name]
    if name.startswith("Page_") and name[5:-1] in examples:
        return {"items": [examples[name[5:-1]]], "next_cursor": None}
    if schema.get("type") == "array" and (item := _example_of(schema.get("items", {}), examples)):
        return [item]
    for choice in schema.get("anyOf", []) + schema.get("oneOf", []):
        if (found := _example_of(choice, examples)) is not None:
            return found
    return None


def _document_media(op: dict[str, Any], examples: Mapping[str, Any]) -> None:
    """Examples on the request body and 2xx answers; a stream's items (OAS 3.2's itemSchema)
    said as the plain string 3.1 knows."""
    bodies = [op.get("requestBody", {})] + [r for s, r in op.get("responses", {}).items()
                                            if s.startswith("2")]
    for body in bodies:
        for media_type, media in body.get("content", {}).items():
            if "itemSchema" in media:
                media.pop("itemSchema")
                media["schema"] = {"type": "string",
                                   "description": f"A stream of {media_type} messages"}
            example = _example_of(media.get("schema", {}), examples)
            if example is not None:
                media.setdefault("example", example)


RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before trying again",
                               "schema": {"type": "integer", "minimum": 1}}}


def _problem_response(status: int, description: str | None = None) -> dict[str, Any]:
    answer = {"description": description or TITLES.get(status, "A problem"),
              "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    if status == 429:
        answer["headers"] = RETRY_AFTER
    return answer


def install(app: FastAPI, oidc_configuration_url: str,
            examples: Mapping[str, Any] | None = None) -> None:
    """Replace app.openapi with one whose operations list their problem answers, the security
    they need, and examples."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(title=app.title, version=app.version, description=app.description,
                          routes=app.routes)
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(problem.pop("$defs", {}))
        problem["properties"]["type"]["examples"] = problem_types()
        schemas["Problem"] = problem
        doc["components"]["securitySchemes"] = security_schemes(oidc_configuration_url)
        for route in operations(app):
            own = {int(k) for k, v in (route.responses or {}).items()
                   if "content" in v or "model" in v}
            for method in route.methods:
                op = doc["paths"].get(route.path_format, {}).get(method.lower())
                if op is None:
                    continue
                op["security"] = security(route)
                _document_media(op, examples or {})
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
