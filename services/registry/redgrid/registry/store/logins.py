"""Writes for logging in: a person's link to their identity provider's subject."""

from __future__ import annotations

from uuid import UUID

import asyncpg


async def link(conn: asyncpg.Connection, person_id: UUID, subject: str | None) -> bool:
    """Set (or, with None, clear) the subject; False if another person has it already."""
    try:
        async with conn.transaction():
            status = await conn.execute(
                "UPDATE people SET idp_subject = $2 WHERE id = $1", person_id, subject)
    except asyncpg.UniqueViolationError:
        return False
    return status.endswith(" 1")
