"""Figures by the definitions in docs/tickets.md, from each ticket's milestones (kept on its
row by the steps that reach them: domain/workflow.MILESTONES) and its 回访 answers (counted as
the city's RateDefinition says); grouped by status, category, channel, grid, community, street
or month. A dispatched ticket counts for 响应率 once its sign window is over."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.tickets.domain.followups import RateDefinition

GROUPS = {
    "status": "t.status", "category": "t.category", "channel": "t.channel",
    "grid": "t.grid_id::text", "community": "t.community_id::text",
    "street": "t.street_id::text",
    "month": "to_char(t.received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')",
}

# The name shown beside a group's key, from the read models (grids, orgs) or the catalogue.
NAMES = {
    "grid": "(SELECT g.name FROM grids g WHERE g.id::text = grp)",
    "community": "(SELECT o.name FROM orgs o WHERE o.id::text = grp)",
    "street": "(SELECT o.name FROM orgs o WHERE o.id::text = grp)",
    "category": "(SELECT c.name FROM categories c WHERE c.code = grp)",
}

SQL = """
WITH h AS (
  SELECT {group} AS grp, t.kind, t.first_due_at, t.sign_hours,
         t.accepted_at AS accepted_first, t.first_dispatched_at AS dispatched_at,
         t.first_signed_at AS signed_at, t.resolved_at AS resolved_first,
         t.first_escalated_at IS NOT NULL AS escalated,
         t.first_bounced_at IS NOT NULL AS bounced, t.status = 'rejected' AS rejected,
         t.merged_into_id IS NOT NULL AS merged, t.satisfaction, t.solved,
         t.first_dispatched_at + t.sign_hours * interval '1 hour' <= $10 AS sign_window_over,
         t.kind = 'mediation' AND EXISTS (SELECT 1 FROM mediations m WHERE m.ticket_id = t.id
                                          AND m.outcome = 'agreed') AS agreed
  FROM tickets t
  WHERE (t.org_path LIKE $1 || '%' OR t.area_path LIKE $1 || '%')
    AND ($2::timestamptz IS NULL OR t.received_at >= $2)
    AND ($3::timestamptz IS NULL OR t.received_at < $3)
    AND ($4::text IS NULL OR t.status = $4) AND ($5::text IS NULL OR t.category = $5)
    AND ($6::text IS NULL OR t.channel = $6) AND ($7::uuid[] IS NULL OR t.grid_id = ANY($7::uuid[]))
    AND ($8::uuid IS NULL OR t.community_id = $8) AND ($9::uuid IS NULL OR t.street_id = $9)
)
SELECT grp, {name} AS group_name, GROUPING(grp) = 1 AS is_total,
  count(*) AS received,
  count(accepted_first) AS accepted,
  count(*) FILTER (WHERE rejected) AS rejected,
  count(*) FILTER (WHERE merged) AS merged,
  count(resolved_first) AS resolved,
  count(*) FILTER (WHERE accepted_first IS NOT NULL AND resolved_first IS NULL
                   AND NOT rejected AND NOT merged) AS in_progress,
  count(*) FILTER (WHERE resolved_first <= first_due_at) AS on_time,
  count(*) FILTER (WHERE resolved_first > first_due_at
                   OR (resolved_first IS NULL AND NOT rejected AND NOT merged
                       AND first_due_at < $10)) AS overdue,
  count(*) FILTER (WHERE escalated) AS escalated,
  count(*) FILTER (WHERE bounced) AS bounced,
  count(*) FILTER (WHERE agreed) AS mediated,
  count(dispatched_at) AS dispatched,
  count(*) FILTER (WHERE sign_window_over) AS to_respond,
  count(*) FILTER (WHERE sign_window_over
                   AND signed_at <= dispatched_at + sign_hours * interval '1 hour') AS responded,
  count(*) FILTER (WHERE accepted_first IS NOT NULL AND NOT rejected AND NOT merged)
    AS to_resolve,
  count(*) FILTER (WHERE satisfaction <> 'unevaluated' OR (satisfaction IS NOT NULL AND $12))
    AS rated,
  count(*) FILTER (WHERE satisfaction = ANY($11::text[])) AS satisfied,
  count(*) FILTER (WHERE satisfaction = 'unevaluated') AS unevaluated,
  count(solved) AS asked_solved,
  count(*) FILTER (WHERE solved) AS solved
FROM h GROUP BY ROLLUP (grp) ORDER BY GROUPING(grp) DESC, grp NULLS FIRST
"""


async def figures(conn: asyncpg.Connection, scope: str, group_by: str | None,
                  since: datetime | None, until: datetime | None, now: datetime,
                  status: str | None, category: str | None, channel: str | None,
                  grid_ids: list[UUID] | None, community_id: UUID | None,
                  street_id: UUID | None, *, rates: RateDefinition) -> list[asyncpg.Record]:
    """`grid_ids`: the tickets of any of these grids (a grid and its predecessors)."""
    group = GROUPS[group_by] if group_by else "NULL::text"
    name = NAMES.get(group_by, "NULL::text")
    return await conn.fetch(SQL.format(group=group, name=name), scope, since, until, status, category,
                            channel, grid_ids, community_id, street_id, now,
                            sorted(s.value for s in rates.satisfied), rates.unevaluated_counted)
