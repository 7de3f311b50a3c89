"""Tokens: only well-signed, unexpired tokens for our issuer and audience are accepted."""

from __future__ import annotations

import time
import uuid

import jwt
import pytest

from redgrid.common.auth import Role, TokenVerifier, issue_token
from redgrid.common.errors import Unauthorized
from redgrid.common.settings import DEV_JWT_SECRET, Settings

SETTINGS = Settings(environment="test")
VERIFIER = TokenVerifier(SETTINGS)


def claims(**over):
    now = int(time.time())
    base = {"sub": str(uuid.uuid4()), "roles": ["grid_worker"], "iss": "redgrid",
            "aud": "redgrid", "iat": now, "exp": now + 60, "org": str(uuid.uuid4())}
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


def test_a_good_token_gives_a_principal():
    org = uuid.uuid4()
    token = issue_token(SETTINGS, uuid.uuid4(), ["community_admin"], org_id=org)
    who = VERIFIER.verify(token)
    assert who.roles == {Role.COMMUNITY_ADMIN} and who.org_id == org and who.is_staff


@pytest.mark.parametrize("token", [
    jwt.encode(claims(), key=None, algorithm="none"),
    jwt.encode(claims(), "another-secret", algorithm="HS256"),
    jwt.encode(claims(exp=int(time.time()) - 10), DEV_JWT_SECRET, algorithm="HS256"),
    jwt.encode(claims(iss="someone-else"), DEV_JWT_SECRET, algorithm="HS256"),
    jwt.encode(claims(aud="another-app"), DEV_JWT_SECRET, algorithm="HS256"),
    jwt.encode(claims(exp=None), DEV_JWT_SECRET, algorithm="HS256"),
    jwt.encode(claims(roles=["emperor"]), DEV_JWT_SECRET, algorithm="HS256"),
    jwt.encode(claims(), DEV_JWT_SECRET, algorithm="HS512"),
    "not.a.token",
], ids=["alg-none", "wrong-key", "expired", "wrong-issuer", "wrong-audience", "no-exp",
        "unknown-role", "wrong-alg", "garbage"])
def test_bad_tokens_are_refused(token):
    with pytest.raises(Unauthorized):
        VERIFIER.verify(token)


def test_tampered_payload_is_refused():
    token = issue_token(SETTINGS, uuid.uuid4(), ["resident"])
    head, body, sig = token.split(".")
    forged = jwt.encode(claims(roles=["street_admin"]), "x", algorithm="HS256").split(".")[1]
    with pytest.raises(Unauthorized):
        VERIFIER.verify(f"{head}.{forged}.{sig}")


def test_production_refuses_development_secrets_and_issuing():
    with pytest.raises(ValueError):
        Settings(environment="production")
    prod = Settings(environment="production", jwt_secret="s" * 40, db_password="p" * 20)
    with pytest.raises(RuntimeError):
        issue_token(prod, uuid.uuid4(), ["system"])


def test_a_remembered_token_still_expires():
    verifier = TokenVerifier(SETTINGS)
    token = issue_token(SETTINGS, uuid.uuid4(), ["grid_worker"], ttl=1)
    assert verifier.verify(token) == verifier.verify(token)  # the second from memory
    time.sleep(2.1)
    with pytest.raises(Unauthorized):
        verifier.verify(token)
