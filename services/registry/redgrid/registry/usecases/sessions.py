"""Logging in: an identity provider's ID token traded for a Redgrid session token."""

from __future__ import annotations

from uuid import UUID

import asyncpg
import jwt
from pydantic import BaseModel

from redgrid.common import db, logs, scope
from redgrid.common.auth import ADMINS, Principal, sign_session
from redgrid.common.errors import Conflict, Forbidden, NotFound, Unauthorized
from redgrid.common.jwks import KeySet
from redgrid.common.masking import mask_phone
from redgrid.common.settings import Settings
from redgrid.registry.commands import LoginLink, SessionOpen
from redgrid.registry.domain import sessions as rules
from redgrid.registry.queries import logins as queries
from redgrid.registry.queries import names
from redgrid.registry.queries import people as people_queries
from redgrid.registry.store import logins as store

log = logs.get(__name__)
SIGNED_WITH = ["RS256", "ES256", "PS256", "EdDSA"]


class Session(BaseModel):
    access_token: str
    token_type: str = "Bearer"
    expires_in: int
    person_id: UUID
    name: str
    roles: list[str]
    org_id: UUID | None
    org_name: str | None = None


async def open_session(cmd: SessionOpen, pool: asyncpg.Pool, keys: KeySet | None,
                       settings: Settings) -> Session:
    if keys is None:  # this deployment has no login through a provider: nothing here
        raise NotFound("本系统未配置统一身份认证登录",
                       en="login through an identity provider is not configured "
                          "(REDGRID_OIDC_ISSUER)")
    try:
        key = await keys.key_for(cmd.id_token)
        claims = jwt.decode(cmd.id_token, key.key, algorithms=SIGNED_WITH,
                            audience=settings.oidc_client_id, issuer=settings.oidc_issuer,
                            options={"require": ["exp", "iat", "sub", "iss", "aud"]})
    except jwt.PyJWTError as exc:
        raise Unauthorized("身份令牌无效或已过期，请重新登录",
                           en=f"invalid ID token: {exc}") from exc
    async with db.transaction(pool) as conn:
        person = await _person_of(conn, claims)
        held, member = await queries.held_roles(conn, person["id"])
    who = _principal(person, claims, held, member, settings)
    async with pool.acquire() as conn:
        org_name = (await names.lookup(conn, [who.org_id] if who.org_id else [])).get(who.org_id)
    return Session(access_token=sign_session(settings, who, settings.session_ttl_seconds),
                   expires_in=settings.session_ttl_seconds, person_id=who.person_id,
                   name=person["name"], roles=sorted(r.value for r in who.roles),
                   org_id=who.org_id, org_name=org_name)


async def _person_of(conn: asyncpg.Connection, claims: dict) -> asyncpg.Record:
    """The person linked to the subject; on a first login, the one person whose phone is the
    provider's verified phone (linked now); else refused."""
    subject = str(claims["sub"])
    person = await queries.by_subject(conn, subject)
    if person is not None:
        return person
    digits = rules.phone_digits(claims.get("phone_number"))
    if digits and claims.get("phone_number_verified") is True:
        found = await queries.unlinked_by_phone(conn, digits)
        if len(found) == 1:
            await store.link(conn, found[0]["id"], subject)
            log.info("session.linked", person_id=str(found[0]["id"]), phone=mask_phone(digits))
            return found[0]
    raise Forbidden("您的账号尚未在红网格登记，请联系所在社区或街道办理",
                    en="you are not registered with Redgrid yet; ask your community or "
                       "street office")


def _principal(person: asyncpg.Record, claims: dict, held, member: bool,
               settings: Settings) -> Principal:
    by_registry = rules.roles_from_registry(held, member)
    roles = rules.roles_from_claim(rules.claim(claims, settings.oidc_roles_claim))
    org = rules.claim(claims, settings.oidc_org_claim)
    unit = rules.claim(claims, settings.oidc_unit_claim)
    try:
        org_id = UUID(org) if org else next((o for _, o in by_registry if o), person["home_org_id"])
        unit_id = UUID(unit) if unit else None
    except (TypeError, ValueError) as exc:
        raise Unauthorized("身份令牌中的组织或单位无效",
                           en=f"the organisation or unit in the ID token is not valid: {exc}"
                           ) from exc
    return Principal(person_id=person["id"], roles=roles or frozenset(r for r, _ in by_registry),
                     org_id=org_id, unit_id=unit_id, name=person["name"])


async def link_login(person_id: UUID, cmd: LoginLink, who: Principal, pool: asyncpg.Pool) -> None:
    """The office sets (or clears) who a person is at the identity provider."""
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        person = await people_queries.get(conn, person_id)
        if person is None or not scope.within(person.org_path, await scope.scope_path(conn, who)):
            raise NotFound(f"未找到人员 {person_id}", en=f"person {person_id} not found")
        if not await store.link(conn, person_id, cmd.idp_subject):
            raise Conflict("该统一身份账号已关联其他人员",
                           en="that identity-provider account is linked to another person")
        log.info("login.linked", person_id=str(person_id), by=str(who.person_id),
                 linked=cmd.idp_subject is not None)
