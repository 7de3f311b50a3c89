"""Webhooks to other city systems: which events they may get, patterns, and signatures under
the Standard Webhooks scheme (webhook-id, webhook-timestamp, webhook-signature "v1,<base64>" of
HMAC-SHA256 over "{id}.{timestamp}.{body}" with the secret "whsec_<base64>")."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

SECRET_PREFIX = "whsec_"
# Internal events that never leave the platform: contact data (phones, e-mails; a service
# need's reporter, shared by tickets with matching; the phones of tickets' callers without an
# account).
PRIVATE = ("redgrid.registry.contact.", "redgrid.tickets.contact.")
PATTERN = re.compile(r"^(redgrid|\*)(\.([a-z0-9_]+|\*))*$")


def is_public(event_type: str) -> bool:
    return not event_type.startswith(PRIVATE)


def valid_pattern(pattern: str) -> bool:
    """redgrid.tickets.ticket.*, redgrid.*.order.accepted.*, redgrid.lists.claim.confirmed.v1"""
    return bool(PATTERN.match(pattern)) and len(pattern) <= 200


def like_of(pattern: str) -> str:
    """The SQL LIKE pattern of an event-type pattern: `*` matches any run of characters,
    including dots (so redgrid.tickets.* matches every version of every ticket event)."""
    escaped = pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped.replace("*", "%")


def matches(pattern: str, event_type: str) -> bool:
    regex = "^" + ".*".join(re.escape(part) for part in pattern.split("*")) + "$"
    return re.match(regex, event_type) is not None


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def _key(secret: str) -> bytes:
    raw = secret[len(SECRET_PREFIX):] if secret.startswith(SECRET_PREFIX) else secret
    return base64.b64decode(raw + "=" * (-len(raw) % 4))


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    to_sign = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(_key(secret), to_sign, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def headers(secret: str, msg_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "content-type": "application/cloudevents+json; charset=utf-8",
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, msg_id, timestamp, body),
    }


def verify(secret: str, msg_id: str, timestamp: str, signature_header: str, body: bytes,
           now: int, tolerance: int = 300) -> bool:
    """For receivers: a signature among the space-separated ones matches, and the timestamp is
    within `tolerance` seconds of `now` (replayed old messages are refused)."""
    try:
        sent = int(timestamp)
    except ValueError:
        return False
    if abs(now - sent) > tolerance:
        return False
    expected = sign(secret, msg_id, sent, body)
    return any(hmac.compare_digest(expected, candidate)
               for candidate in signature_header.split(" ") if candidate.startswith("v1,"))
