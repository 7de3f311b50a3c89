"""Residents' personal data masked wherever it leaves its owner's view (公示, events, logs)."""

from __future__ import annotations

import re

_BUILDING = re.compile(r"^(.*?(?:\d+\s*(?:栋|幢|号楼|座)|(?:栋|幢|号楼|座)))")
_PLACE = re.compile(r"^(.*?(?:小区|社区|村|路|街|巷|道|里|苑|园|城))")
_MOBILE = re.compile(r"^(?:\+?86)?(1\d{2})\d{4}(\d{4})$")


def mask_name(name: str | None) -> str | None:
    """张三 -> 张*, 欧阳娜娜 -> 欧***; a single character stays as *."""
    if not name:
        return name
    name = name.strip()
    return name[0] + "*" * (len(name) - 1) if len(name) > 1 else "*"


def mask_phone(phone: str | None) -> str | None:
    """13812345678 -> 138****5678; other numbers keep only their last four digits."""
    if not phone:
        return phone
    digits = re.sub(r"[\s\-()]", "", phone)
    m = _MOBILE.match(digits)
    if m:
        return f"{m.group(1)}****{m.group(2)}"
    return "*" * max(0, len(digits) - 4) + digits[-4:] if len(digits) > 4 else "****"


def mask_address(address: str | None) -> str | None:
    """Cut to the building: 双井巷12号3栋2单元401室 -> 双井巷12号3栋; no building -> the street."""
    if not address:
        return address
    address = address.strip()
    m = _BUILDING.match(address)
    if m:  # cut after the building (an address cut there already stays as it is)
        return m.group(1)
    m = _PLACE.match(address)
    if m and m.group(1) != address:
        return m.group(1)
    return address[: max(1, len(address) // 2)] + "…"


def mask_text(text: str | None) -> str | None:
    """Free text (a response, a description) with any mobile number in it masked."""
    if not text:
        return text
    return re.sub(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)", r"\1****\2", text)
