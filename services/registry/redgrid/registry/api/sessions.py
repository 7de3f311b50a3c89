"""/v1/session: log in with the city's identity provider; /v1/people/{id}/login: link a person."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, FastAPI, Request, status
from pydantic import BaseModel

from redgrid.common.http import Auth, Pool
from redgrid.common.jwks import KeySet
from redgrid.registry.commands import LoginLink, SessionOpen
from redgrid.registry.usecases import sessions as usecases

router = APIRouter(tags=["sessions"])


class LoginConfig(BaseModel):
    """Where a browser logs in: the identity provider and the client it is known as there."""

    issuer: str | None
    client_id: str
    scope: str = "openid profile phone redgrid"


@router.get("/v1/session/config", response_model=LoginConfig,
            summary="Where to log in (the city's identity provider), for the web app")
async def login_config(request: Request) -> LoginConfig:
    settings = request.app.state.settings
    return LoginConfig(issuer=settings.oidc_issuer, client_id=settings.oidc_client_id)


@router.post("/v1/session", response_model=usecases.Session,
             summary="Trade the identity provider's ID token for a session token (no token "
                     "needed: the ID token is the proof)")
async def open_session(body: SessionOpen, pool: Pool, request: Request):
    app = request.app
    return await usecases.open_session(body, pool, app.state.idp_keys, app.state.settings)


@router.put("/v1/people/{person_id:uuid}/login", status_code=status.HTTP_204_NO_CONTENT,
            summary="Link (or unlink) a person to their account at the identity provider")
async def link_login(person_id: UUID, body: LoginLink, who: Auth, pool: Pool) -> None:
    await usecases.link_login(person_id, body, who, pool)


def configure(app: FastAPI) -> None:
    """ServiceSpec.configure_app: the provider's keys, fetched when first needed, cached."""
    settings = app.state.settings
    app.state.idp_keys = (KeySet(issuer=settings.oidc_issuer,
                                 refresh=settings.jwks_refresh_seconds)
                          if settings.oidc_issuer else None)
