"""/v1/preferences: my channels per kind of message, and my quiet hours."""

from __future__ import annotations

from fastapi import APIRouter, Request

from redgrid.common.http import Auth, Now, Pool
from redgrid.notifications.commands import PreferencesSet
from redgrid.notifications.models import PreferencesPublic
from redgrid.notifications.usecases import inbox as usecases

router = APIRouter(prefix="/v1/preferences", tags=["preferences"])


@router.get("", response_model=PreferencesPublic)
async def get_preferences(who: Auth, pool: Pool, request: Request):
    return await usecases.get_preferences(who, pool, request.app.state.settings)


@router.put("", response_model=PreferencesPublic)
async def set_preferences(body: PreferencesSet, who: Auth, pool: Pool, clock: Now,
                          request: Request):
    return await usecases.set_preferences(body, who, pool, request.app.state.settings,
                                          clock.now())
