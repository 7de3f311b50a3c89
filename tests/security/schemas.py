"""Reading an OpenAPI document: its operations, their bodies, and the smallest valid body."""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st


def operations(doc: dict):
    for path, item in doc["paths"].items():
        for method, op in item.items():
            yield path, method.upper(), op


def resolve(doc: dict, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = doc["components"]["schemas"][name]
    return node


def body_schema(op: dict) -> dict | None:
    content = op.get("requestBody", {}).get("content", {})
    return content.get("application/json", {}).get("schema")


def minimal(doc: dict, node: Any) -> Any:
    """The smallest value a (resolved) JSON schema calls valid: required fields only."""
    node = resolve(doc, node)
    if "const" in node:
        return node["const"]
    if "enum" in node:
        return node["enum"][0]
    if "anyOf" in node or "oneOf" in node:
        branches = node.get("anyOf") or node.get("oneOf")
        return minimal(doc, next((b for b in branches if b.get("type") != "null"), branches[0]))
    kind = node.get("type")
    if kind == "object":
        return {k: minimal(doc, v) for k, v in node.get("properties", {}).items()
                if k in node.get("required", [])}
    if kind == "array":
        if "prefixItems" in node:
            return [minimal(doc, item) for item in node["prefixItems"]]
        return [minimal(doc, node.get("items", {})) for _ in range(node.get("minItems", 0))]
    if kind in ("integer", "number"):
        low = node.get("minimum", node.get("exclusiveMinimum", 0) + 1
                       if "exclusiveMinimum" in node else 1)
        return max(low, 1) if node.get("maximum", 10**9) >= 1 else low
    if kind == "boolean":
        return False
    if kind == "string":
        fmt = node.get("format")
        if fmt == "uuid":
            return "00000000-0000-0000-0000-000000000002"
        if fmt == "date":  # days and moments ahead: windows and periods start later
            return (date.today() + timedelta(days=20)).isoformat()
        if fmt == "date-time":
            return f"{date.today() + timedelta(days=20)}T09:00:00+08:00"
        if "pattern" in node:
            return matching(node["pattern"], node.get("minLength", 0),
                            node.get("maxLength", 10**6))
        return "a" * max(1, node.get("minLength", 1))
    return None


@functools.cache
def matching(pattern: str, shortest: int, longest: int) -> str:
    return find(st.from_regex(pattern, fullmatch=False),
                lambda text: shortest <= len(text) <= longest and re.search(pattern, text),
                settings=settings(database=None, suppress_health_check=list(HealthCheck)))
