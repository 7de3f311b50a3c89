"""Figures of a scope: orders by step, time to acceptance, completion, ratings, hours; per
grid, community or the whole scope, and per day, week or month (local time)."""

from __future__ import annotations

from datetime import datetime

import asyncpg

GROUPS = {"all": ("NULL::uuid", "NULL::text"),
          "community": ("o.community_id", "(SELECT name FROM orgs WHERE id = o.community_id)"),
          "grid": ("o.grid_id", "(SELECT name FROM grids WHERE id = o.grid_id)")}
# A retired grid's orders under the grid it went into now (its first successor, along the
# chain of merges and splits): a grid's figures run on across a re-draw (网格调整).
HEIRS = """
WITH RECURSIVE chain(from_id, to_id, hops) AS (
  SELECT from_id, to_id, 1 FROM grid_lineage WHERE position = 0
  UNION ALL
  SELECT c.from_id, l.to_id, c.hops + 1 FROM chain c
  JOIN grid_lineage l ON l.from_id = c.to_id AND l.position = 0 WHERE c.hops < 16),
heirs AS (SELECT DISTINCT ON (from_id) from_id, to_id FROM chain ORDER BY from_id, hops DESC)
"""
_NOW = "coalesce((SELECT h.to_id FROM heirs h WHERE h.from_id = o.grid_id), o.grid_id)"
GRID_NOW = (_NOW, f"(SELECT name FROM grids WHERE id = {_NOW})")
INTERVALS = {"none": "NULL::timestamp",
             "day": "date_trunc('day', o.placed_at AT TIME ZONE 'Asia/Shanghai')",
             "week": "date_trunc('week', o.placed_at AT TIME ZONE 'Asia/Shanghai')",
             "month": "date_trunc('month', o.placed_at AT TIME ZONE 'Asia/Shanghai')"}


async def figures(conn: asyncpg.Connection, path: str, by: str, interval: str,
                  since: datetime | None, until: datetime | None, *,
                  with_lineage: bool = False) -> list[asyncpg.Record]:
    """`with_lineage` (by grid): the orders of a retired grid count under the grid it went
    into (HEIRS), not under the retired one."""
    lineage = with_lineage and by == "grid"
    key, name = GRID_NOW if lineage else GROUPS[by]
    period = INTERVALS[interval]
    return await conn.fetch(
        f"""{HEIRS if lineage else ""}
        SELECT {key} AS key, {period} AS period, min({name}) AS name,
          count(*)::int AS placed,
          count(o.handed_over_at)::int AS handed_over,
          count(o.dispatched_at)::int AS dispatched,
          count(o.accepted_at)::int AS accepted,
          count(o.completed_at)::int AS completed,
          count(o.rated_at)::int AS rated,
          count(*) FILTER (WHERE o.status = 'declined')::int AS declined,
          count(*) FILTER (WHERE o.status = 'cancelled')::int AS cancelled,
          count(*) FILTER (WHERE o.status = 'expired')::int AS expired,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM order_steps s WHERE s.order_id = o.id
                                         AND s.verb = 'escalated'))::int AS escalated,
          count(*) FILTER (WHERE o.status IN ('placed', 'handed_over', 'dispatched',
                                              'accepted', 'in_progress', 'escalated'))::int
            AS open,
          percentile_cont(0.5) WITHIN GROUP (
            ORDER BY extract(epoch FROM o.accepted_at - o.placed_at) / 60)
            AS median_minutes_to_accept,
          percentile_cont(0.9) WITHIN GROUP (
            ORDER BY extract(epoch FROM o.accepted_at - o.placed_at) / 60)
            AS p90_minutes_to_accept,
          avg(extract(epoch FROM o.accepted_at - o.dispatched_at) / 60)::float8
            AS mean_minutes_dispatch_to_accept,
          avg(o.rating)::float8 AS mean_rating,
          count(*) FILTER (WHERE o.rating >= 4)::int AS satisfied,
          coalesce(sum(o.hours), 0)::float8 AS hours
        FROM orders o
        WHERE o.org_path LIKE $1 || '%'
          AND ($2::timestamptz IS NULL OR o.placed_at >= $2)
          AND ($3::timestamptz IS NULL OR o.placed_at < $3)
        GROUP BY 1, 2 ORDER BY 2 NULLS FIRST, 4 DESC, 1
        """,
        path, since, until,
    )
