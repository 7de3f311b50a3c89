"""The Open311 facade's OpenAPI: what each operation takes and every answer it gives (GeoReport's
JSON or XML, its error list), so that clients and the fuzzer can hold the facade to it.

The POST body is GeoReport's form, read by the route itself (its keys, e.g. attribute[channel],
are no Python names): described here, not declared as parameters."""

from __future__ import annotations

from typing import Any

PROBLEM = {"$ref": "#/components/schemas/Problem"}
ERRORS = {"type": "array", "items": {
    "type": "object", "required": ["code", "description"],
    "properties": {"code": {"type": "integer"}, "description": {"type": "string"}}}}
XML = {"type": "string", "description": "GeoReport XML"}
FORMAT = {"enum": ["json", "xml"], "description": "json or xml: the answer's format"}
TEXT = {"type": "string", "maxLength": 4000}

_ERRORS = {
    400: "The request is not valid (GeoReport error list)",
    403: "The api_key is not a valid token, or not allowed to do this",
    404: "No such service, service request or format",
    429: "Too many requests from this api_key or address: try again after Retry-After seconds",
    503: "The database is unavailable; try again",
}


def _answer(description: str, json_schema: dict) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": json_schema},
                        "text/xml": {"schema": XML}}}


def responses(ok: dict, *, status: int = 200) -> dict[int | str, dict[str, Any]]:
    """The operation's answers: `ok` (a JSON schema) and the errors every operation may give,
    in GeoReport's format; 413 and 422 come from the service's door (problem+json)."""
    answers: dict[int | str, dict[str, Any]] = {status: _answer("GeoReport answer", ok)}
    answers.update({code: _answer(text, ERRORS) for code, text in _ERRORS.items()})
    answers[429]["headers"] = {"Retry-After": {"schema": {"type": "integer", "minimum": 1}}}
    answers[413] = {"description": "The request body is over 1 MB",
                    "content": {"application/problem+json": {"schema": PROBLEM}}}
    answers[422] = {"description": "A control character or broken UTF-8 in the path or query",
                    "content": {"application/problem+json": {"schema": PROBLEM}}}
    return answers


LIST = {"type": "array", "items": {"type": "object"}}
OBJECT = {"type": "object"}

# GeoReport's POST form (application/x-www-form-urlencoded)
FORM = {"requestBody": {"required": True, "content": {
    "application/x-www-form-urlencoded": {"schema": {
        "type": "object", "required": ["service_code"],
        "properties": {
            "api_key": {"type": "string", "description": "a Redgrid token"},
            "service_code": {"type": "string", "maxLength": 40},
            "lat": {"type": "number", "minimum": -90, "maximum": 90},
            "long": {"type": "number", "minimum": -180, "maximum": 180},
            "address_string": {"type": "string", "maxLength": 200},
            "address_id": {"type": "string", "maxLength": 40},
            "first_name": {"type": "string", "maxLength": 20},
            "last_name": {"type": "string", "maxLength": 20},
            "phone": {"type": "string", "maxLength": 30},
            "description": TEXT,
            "media_url": {"type": "string", "format": "uri", "maxLength": 500,
                          "description": "kept as a link only, never fetched; shown back to "
                                         "the reporter and staff, never to the public"},
            "attribute[photo_ids]": {"type": "string", "maxLength": 400,
                                     "description": "Redgrid extension: comma-separated ids "
                                                    "of photos uploaded with POST /v1/photos"},
            "attribute[channel]": {"type": "string"},
            "attribute[appeal_kind]": {"type": "string"},
            "attribute[external_ref]": {"type": "string", "maxLength": 64},
        }}}}}}


def install(api) -> None:
    """The facade's OpenAPI with the Problem schema its door's answers name."""
    from fastapi.openapi.utils import get_openapi

    from redgrid.common.openapi import Problem

    def openapi() -> dict[str, Any]:
        if api.openapi_schema:
            return api.openapi_schema
        doc = get_openapi(title=api.title, version=api.version, description=api.description,
                          routes=api.routes)
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(problem.pop("$defs", {}))
        schemas["Problem"] = problem
        for unused in ("HTTPValidationError", "ValidationError"):
            schemas.pop(unused, None)
        api.openapi_schema = doc
        return doc

    api.openapi = openapi
