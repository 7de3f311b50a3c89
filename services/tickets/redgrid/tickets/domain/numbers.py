"""一号一档: one human-readable number per matter, e.g. DZ-2026-000123 (street, year, sequence)."""

from __future__ import annotations

import re
from uuid import UUID

NO_STREET = UUID(int=0)  # the counter for matters no street is known for
DEFAULT_PREFIX = "RG"
_PREFIX = re.compile(r"^[A-Z][A-Z0-9]{0,11}$")
NUMBER = re.compile(r"^[A-Z][A-Z0-9]{0,11}-\d{4}-\d{6,}$")


def format_number(prefix: str, year: int, sequence: int) -> str:
    return f"{prefix}-{year}-{sequence:06d}"


def prefix_from_code(code: str | None, street_id: UUID) -> str:
    """A street's org code as a number prefix: letters and digits, upper case, at most 12; a
    street without a usable code gets S and six hex digits of its id (RG is kept for matters
    of no known street)."""
    cleaned = re.sub(r"[^A-Za-z0-9]", "", code or "").upper()[:12]
    if _PREFIX.match(cleaned) and cleaned != DEFAULT_PREFIX:
        return cleaned
    return f"S{street_id.hex[:6].upper()}"


def valid_prefix(prefix: str) -> bool:
    return bool(_PREFIX.match(prefix))
