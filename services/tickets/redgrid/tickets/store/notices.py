"""Writes of the public summaries (公示稿): the detector's proposal and the office's approval."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.tickets.domain.notices import Summary


async def propose(conn: asyncpg.Connection, ticket_id: UUID, proposal: Summary,
                  now: datetime) -> None:
    """The detector's proposal; what was approved before stays shown until approved again."""
    await conn.execute(
        "INSERT INTO notice_drafts (ticket_id, proposed_title, proposed_response, proposed_at) "
        "VALUES ($1, $2, $3, $4) ON CONFLICT (ticket_id) DO UPDATE SET "
        "proposed_title = $2, proposed_response = $3, proposed_at = $4",
        ticket_id, proposal.title, proposal.response, now)


async def approve(conn: asyncpg.Connection, ticket_id: UUID, summary: Summary, *,
                  by: UUID | None, now: datetime) -> None:
    await conn.execute(
        "INSERT INTO notice_drafts (ticket_id, proposed_title, proposed_response, proposed_at, "
        "title, response, approved_by, approved_at) VALUES ($1, $2, $3, $5, $2, $3, $4, $5) "
        "ON CONFLICT (ticket_id) DO UPDATE SET title = $2, response = $3, approved_by = $4, "
        "approved_at = $5",
        ticket_id, summary.title, summary.response, by, now)
