"""Who is asking: JWT bearer tokens (pyjwt) turned into a Principal with roles and an org scope.

Staff see and change only what lies in the subtree of their scope org; residents only their own
things; `system` is for other city systems and automation with a scope of its own.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

import jwt

from redgrid.common import wording
from redgrid.common.errors import Forbidden, Unauthorized
from redgrid.common.jwks import KeySet
from redgrid.common.settings import Settings


class Role(StrEnum):
    RESIDENT = "resident"
    VOLUNTEER = "volunteer"
    PARTY_MEMBER = "party_member"
    GRID_WORKER = "grid_worker"  # 网格员
    BRANCH_SECRETARY = "branch_secretary"  # 支部书记
    COMMUNITY_ADMIN = "community_admin"
    STREET_ADMIN = "street_admin"
    UNIT = "unit"  # a co-building unit (共驻共建单位)
    SYSTEM = "system"
    OPERATOR = "operator"  # 运维人员: runs the platform (dead letters); sees no matters


STAFF = frozenset({Role.GRID_WORKER, Role.BRANCH_SECRETARY, Role.COMMUNITY_ADMIN,
                   Role.STREET_ADMIN, Role.SYSTEM})
ADMINS = frozenset({Role.COMMUNITY_ADMIN, Role.STREET_ADMIN, Role.SYSTEM})


@dataclass(frozen=True)
class Principal:
    person_id: UUID
    roles: frozenset[Role]
    org_id: UUID | None = None  # the root of the subtree this person acts in
    unit_id: UUID | None = None  # for role `unit`: which co-building unit
    name: str | None = None

    def has(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def is_staff(self) -> bool:
        return bool(self.roles & STAFF)

    def require(self, *roles: Role) -> None:
        if not self.has(*roles):
            raise Forbidden(f"此操作限以下角色：{wording.roles([r.value for r in roles], False)}",
                            en=f"this needs one of the roles: {', '.join(r.value for r in roles)}")

    def require_scope(self) -> UUID:
        """The org scope of a staff member; a staff token without one is refused."""
        if self.org_id is None:
            raise Forbidden("您的登录凭证未指明所属组织，请联系管理员",
                            en="your token carries no organisation scope")
        return self.org_id


class TokenVerifier:
    """Verifies bearer tokens. A token verified once is remembered until it expires: a phone
    sends the same token with every request, and checking its signature each time cost more
    than most handlers (~8% of an intake's CPU). With a JWKS (REDGRID_JWT_JWKS_URL) the keys
    are fetched asynchronously (`prepare`, before `verify`) and cached."""

    REMEMBERED = 4096

    def __init__(self, settings: Settings):
        self.settings = settings
        self.algorithms = [a for a in settings.jwt_algorithms if a.lower() != "none"]
        self._jwks = (KeySet(settings.jwt_jwks_url, refresh=settings.jwks_refresh_seconds)
                      if settings.jwt_jwks_url else None)
        self._verified: dict[str, tuple[float, Principal]] = {}

    async def prepare(self, token: str) -> None:
        """Load the signing key a token names, if it comes from a JWKS not read yet."""
        if self._jwks is not None and token not in self._verified:
            await self._jwks.key_for(token)

    def _key(self, token: str):
        if self._jwks is not None:
            key = self._jwks.known(token)
            if key is None:
                raise Unauthorized("登录凭证的签名密钥未知，请重新登录", en="unknown signing key")
            return key.key
        return self.settings.jwt_secret

    def verify(self, token: str) -> Principal:
        known = self._verified.get(token)
        if known is not None and known[0] > time.time():
            return known[1]
        who, expires = self._decode(token)
        if len(self._verified) >= self.REMEMBERED:
            self._verified.clear()
        self._verified[token] = (expires, who)
        return who

    def _decode(self, token: str) -> tuple[Principal, float]:
        try:
            claims = jwt.decode(
                token,
                self._key(token),
                algorithms=self.algorithms,
                audience=self.settings.jwt_audience,
                issuer=self.settings.jwt_issuer,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
            return Principal(
                person_id=UUID(claims["sub"]),
                roles=frozenset(Role(r) for r in claims.get("roles", [])),
                org_id=UUID(claims["org"]) if claims.get("org") else None,
                unit_id=UUID(claims["unit"]) if claims.get("unit") else None,
                name=claims.get("name"),
            ), float(claims["exp"])
        except (jwt.PyJWTError, ValueError, KeyError, TypeError) as exc:
            raise Unauthorized("登录凭证无效或已过期，请重新登录",
                               en=f"invalid token: {exc}") from exc


def issue_token(settings: Settings, person_id: UUID, roles: list[str], org_id: UUID | None = None,
                unit_id: UUID | None = None, name: str | None = None, ttl: int = 8 * 3600) -> str:
    """A development or test token signed with the shared secret; never in production."""
    if settings.environment == "production" or settings.jwt_jwks_url:
        raise RuntimeError("tokens are issued by the identity provider in production")
    now = int(time.time())
    claims = {
        "sub": str(person_id),
        "roles": [Role(r).value for r in roles],
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": now,
        "exp": now + ttl,
    }
    if org_id:
        claims["org"] = str(org_id)
    if unit_id:
        claims["unit"] = str(unit_id)
    if name:
        claims["name"] = name
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256")


def sign_session(settings: Settings, who: Principal, ttl: int) -> str:
    """A session token for a person who logged in at the city's identity provider (the
    registry's POST /v1/session), signed as every service verifies: the shared secret, which
    settings refuse to be the development one in production."""
    if settings.jwt_jwks_url:
        raise RuntimeError("sessions are signed with REDGRID_JWT_SECRET; unset the JWKS url")
    now = int(time.time())
    claims = {"sub": str(who.person_id), "roles": sorted(r.value for r in who.roles),
              "iss": settings.jwt_issuer, "aud": settings.jwt_audience, "iat": now,
              "exp": now + ttl, "name": who.name}
    if who.org_id:
        claims["org"] = str(who.org_id)
    if who.unit_id:
        claims["unit"] = str(who.unit_id)
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256")
