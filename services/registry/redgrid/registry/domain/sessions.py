"""Logging in: what an identity provider's claims and the registry's records make of a person.

The city's provider says who someone is (its `sub`, a verified phone) and may say what they
may do (roles and org scope at configured claim paths, e.g. Keycloak's realm_access.roles);
what it does not say, the registry's own records say: the roles a person holds, membership,
the org they act in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from redgrid.common.auth import Role

# A registry role → the access role it gives, strongest first (the org of the first held
# is the scope of the session).
ACCESS = (("branch_secretary", Role.BRANCH_SECRETARY), ("grid_head", Role.GRID_WORKER),
          ("grid_worker", Role.GRID_WORKER), ("volunteer", Role.VOLUNTEER))


def claim(claims: Mapping[str, Any], path: str | None) -> Any:
    """The value at a dotted claim path (`realm_access.roles`), or None."""
    value: Any = claims
    for part in (path or "").split(".") if path else ():
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value if path else None


def roles_from_claim(value: Any) -> frozenset[Role] | None:
    """The Redgrid roles among a provider's role names (others, e.g. offline_access, ignored);
    None if the claim is absent."""
    if value is None:
        return None
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return frozenset(Role(n) for n in names if n in Role.__members__.values())


def roles_from_registry(held: Iterable[tuple[str, UUID]], member: bool) -> list[tuple[Role, UUID | None]]:
    """(access role, org) for each role held, strongest first; a party member's; and resident
    for a person who holds none."""
    held = list(held)
    out = [(access, org) for kind, access in ACCESS for role, org in held if role == kind]
    if member:
        out.append((Role.PARTY_MEMBER, None))
    return out or [(Role.RESIDENT, None)]


def phone_digits(phone: str | None) -> str | None:
    """A mobile as 11 digits: +86, 0086, spaces and dashes dropped."""
    if not phone:
        return None
    digits = re.sub(r"\D", "", phone)
    for prefix in ("0086", "86"):
        if len(digits) == len(prefix) + 11 and digits.startswith(prefix):
            digits = digits[len(prefix):]
    return digits if len(digits) == 11 else None
