"""Answers with names beside their ids: `@named` on a use case reads, once it is done, the
names of every organisation, unit, team and person its answer refers to (one statement) and
fills the answer's `<thing>_name` fields (redgrid.common.names).

Whoever may read an answer of the lists may read these names: staff, the unit or member the
row is about (their own offer, their claim), and the people named are staff, units' accounts
or that member. The public board names no person (queries/board.py)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import asyncpg
from pydantic import BaseModel

from redgrid.common import names
from redgrid.lists.queries.names import lookup

F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


async def filled(conn: asyncpg.Connection, answer: Any) -> Any:
    """A model, a list of them, or anything else (as it is)."""
    models = answer if isinstance(answer, list) else [answer]
    models = [m for m in models if isinstance(m, BaseModel)]
    if not models:
        return answer
    found = await lookup(conn, names.ids(*models))
    if isinstance(answer, list):
        return [names.fill(m, found) if isinstance(m, BaseModel) else m for m in answer]
    return names.fill(answer, found)


def named(usecase: F) -> F:
    """The use case (which takes `pool`), its answer named."""
    signature = inspect.signature(usecase)

    @functools.wraps(usecase)
    async def run(*args, **kwargs):
        answer = await usecase(*args, **kwargs)
        pool: asyncpg.Pool = signature.bind(*args, **kwargs).arguments["pool"]
        async with pool.acquire() as conn:
            return await filled(conn, answer)

    return run  # type: ignore[return-value]
