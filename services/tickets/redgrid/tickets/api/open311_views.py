"""Open311 GeoReport v2 representations: JSON as is, XML with GeoReport's element names,
errors in its format, and what a service request shows to the public, to staff and to its
reporter."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from xml.etree.ElementTree import Element, SubElement, tostring

import orjson
from fastapi import Request
from fastapi.responses import Response

from redgrid.common.masking import mask_address, mask_text
from redgrid.tickets.domain.intake import AppealKind, Channel
from redgrid.tickets.queries.open311 import CLOSED

FORMATS = {"json": "application/json", "xml": "text/xml"}
LIST_ITEMS = {"service_requests": "request", "services": "service", "attributes": "attribute",
              "values": "value", "endpoints": "endpoint", "formats": "format",
              "errors": "error", "keywords": "keyword"}
LEVEL_NAMES = {"grid": "网格", "community": "社区", "street": "街道"}
# What XML 1.0 cannot carry (its Char production): dropped, not escaped (a character reference
# to one is no better). Requests refuse control characters at the door; text stored before
# that rule, or given in a URL an error repeats, still passes through here.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# --- formats -----------------------------------------------------------------------------

def _xml_value(parent: Element, tag: str, value) -> None:
    node = SubElement(parent, tag)
    if isinstance(value, dict):
        for k, v in value.items():
            _xml_value(node, k, v)
    elif isinstance(value, list):
        for v in value:
            _xml_value(node, LIST_ITEMS.get(tag, "item"), v)
    elif isinstance(value, bool):
        node.text = "true" if value else "false"
    elif value is not None:
        node.text = NOT_XML.sub("", str(value))


def render(fmt: str, root: str, body, status: int = 200) -> Response:
    """JSON as is; XML under `root` with GeoReport's element names."""
    if fmt == "json":
        return Response(orjson.dumps(body), status_code=status, media_type=FORMATS["json"])
    top = Element(root)
    items = body if isinstance(body, list) else None
    if items is not None:
        for item in items:
            _xml_value(top, LIST_ITEMS[root], item)
    else:
        for k, v in body.items():
            _xml_value(top, k, v)
    xml = b'<?xml version="1.0" encoding="utf-8"?>' + tostring(top, encoding="utf-8")
    return Response(xml, status_code=status, media_type=FORMATS["xml"] + "; charset=utf-8")


def error(request: Request, status: int, description: str) -> Response:
    fmt = "xml" if request.url.path.endswith(".xml") else "json"
    return render(fmt, "errors", [{"code": status, "description": description}], status)


def _w3(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def _status(ticket_status: str) -> str:
    return "closed" if ticket_status in CLOSED else "open"


def request_view(r, view: str, media_url: str | None = None) -> dict:
    """view: public (anyone), staff (their subtree: phones in text and the address masked),
    owner (the reporter's own request, in full). media_url: a signed URL of its first photo
    (for the public, the first that staff marked public), or a link a client gave."""
    full = view == "owner"
    lat, lng = r["lat"], r["lng"]
    if view == "public" and lat is not None:
        lat, lng = round(lat, 3), round(lng, 3)
    notes = r["response"] if (view != "public" or r["response_public"]) else None
    description = r["description"] or r["title"]
    if view == "public":
        description = mask_text(r["title"])
    elif view == "staff":
        description = mask_text(description)
    return {
        "service_request_id": r["number"],
        "status": _status(r["status"]),
        "status_notes": mask_text(notes),
        "service_name": r["service_name"],
        "service_code": r["category"],
        "description": description,
        "agency_responsible": r["department"] or LEVEL_NAMES.get(r["level"], r["level"]),
        "service_notice": None,
        "requested_datetime": _w3(r["received_at"]),
        "updated_datetime": _w3(r["updated_at"]),
        "expected_datetime": _w3(r["due_at"]),
        "address": r["address"] if full else mask_address(r["address"]),
        "address_id": None,
        "zipcode": None,
        "lat": lat,
        "long": lng,
        "media_url": media_url,
        "extended_attributes": {
            "number": r["number"], "channel": r["channel"], "appeal_kind": r["appeal_kind"],
            "grid_id": str(r["grid_id"]) if r["grid_id"] else None,
            "grid_code": r["grid_code"], "grid_name": r["grid_name"],
            "ticket_status": r["status"], "escalation_level": r["escalation_level"],
        },
    }


def service_view(c) -> dict:
    return {"service_code": c.code, "service_name": c.name,
            "description": f"{c.name} ({c.code})", "metadata": True, "type": "realtime",
            "keywords": c.code.replace("_", ","), "group": "民情"}


def definition(code: str) -> dict:
    def values(enum) -> list[dict]:
        return [{"key": e.value, "name": e.value} for e in enum]

    return {"service_code": code, "attributes": [
        {"variable": True, "code": "appeal_kind", "datatype": "singlevaluelist",
         "required": False, "datatype_description": "consultation, help, complaint or "
         "suggestion (default help)", "order": 1, "description": "诉求类型",
         "values": values(AppealKind)},
        {"variable": True, "code": "channel", "datatype": "singlevaluelist", "required": False,
         "datatype_description": "Redgrid extension: how the matter came in (default online)",
         "order": 2, "description": "受理渠道", "values": values(Channel)},
        {"variable": True, "code": "external_ref", "datatype": "string", "required": False,
         "datatype_description": "Redgrid extension: the 12345 work-order number",
         "order": 3, "description": "12345工单号"},
    ]}
