"""Figures by the definitions in docs/tickets.md, from each ticket's milestones (kept on its
row by the steps that reach them: domain/workflow.MILESTONES) and its 回访 answers (counted as
the city's RateDefinition says); grouped by status, category, channel, grid, community, street
or month. A dispatched ticket counts for 响应率 once its sign window is over.

Two ways to the same numbers. The recount (SQL) reads every ticket of the period. The kept
figures (KEPT) sum the day rows of figure_counts (migration 0022: kept by triggers in each
write's transaction, at the coarsest level of place that answers exactly: kept_level) for the
whole Beijing days of the period, add what the clock changes (open
tickets past their deadline, dispatches whose sign window is not over: found by index), and
recount only the part-days at the period's edges. They serve any period and place when no
filter or grouping needs a field the day rows do not keep (status, category, channel).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from uuid import UUID

import asyncpg

from redgrid.common.clock import BEIJING
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


# The day rows' own grouping keys (no status, category or channel: those take the recount).
KEPT_GROUPS = {
    None: "NULL::text", "grid": "f.grid_id::text", "community": "f.community_id::text",
    "street": "f.street_id::text", "month": "to_char(f.day, 'YYYY-MM')",
}
SATISFACTIONS = ("satisfied", "basically_satisfied", "dissatisfied", "unevaluated")
_SAT = dict(zip(SATISFACTIONS, ("sat_satisfied", "sat_basically", "sat_dissatisfied",
                                "sat_unevaluated"), strict=True))
# Each part of the kept figures by column (a column it leaves out adds 0).
KEPT_DAYS = {
    **{c: f"sum({c})" for c in ("received", "accepted", "rejected", "merged", "resolved",
                                "in_progress", "on_time", "escalated", "bounced", "mediated",
                                "dispatched", "to_resolve", "asked_solved", "solved")},
    "overdue": "sum(late)", "to_respond": "sum(dispatched)", "responded": "sum(signed_in_window)",
    "rated": "sum(sat_satisfied + sat_basically + sat_dissatisfied"
             " + CASE WHEN $12 THEN sat_unevaluated ELSE 0 END)",
    "satisfied": "sum(" + " + ".join(f"CASE WHEN '{v}' = ANY($11::text[]) THEN {c} ELSE 0 END"
                                     for v, c in _SAT.items()) + ")",
    "unevaluated": "sum(sat_unevaluated)",
}
_OPEN_OVERDUE = ("t.resolved_at IS NULL AND t.status <> 'rejected' AND t.merged_into_id IS NULL"
                 " AND t.first_due_at < $10")
_WINDOW_OPEN = "t.first_dispatched_at + t.sign_hours * interval '1 hour' > $10"
KEPT_CLOCKED = {
    "overdue": f"count(*) FILTER (WHERE {_OPEN_OVERDUE})",
    "to_respond": f"-count(*) FILTER (WHERE {_WINDOW_OPEN})",
    "responded": f"-count(*) FILTER (WHERE {_WINDOW_OPEN} AND t.first_signed_at <= "
                 "t.first_dispatched_at + t.sign_hours * interval '1 hour')",
}
KEPT_COLUMNS = tuple(KEPT_DAYS)
_PLACE = """($7::uuid[] IS NULL OR {a}.grid_id = ANY($7::uuid[]))
    AND ($8::uuid IS NULL OR {a}.community_id = $8) AND ($9::uuid IS NULL OR {a}.street_id = $9)
    AND ({a}.org_path LIKE $1 || '%' OR {a}.area_path LIKE $1 || '%')"""


def _columns(part: dict[str, str]) -> str:
    return ", ".join(f"{part.get(c, '0')} AS {c}" for c in KEPT_COLUMNS)


KEPT = f"""
WITH days AS (
  SELECT {{kept_group}} AS grp, {_columns(KEPT_DAYS)}
  FROM figure_counts f
  WHERE f.level = $17 AND ($13::date IS NULL OR f.day >= $13)
    AND ($14::date IS NULL OR f.day < $14) AND {_PLACE.format(a="f")}
  GROUP BY 1
), clocked AS (
  SELECT {{group}} AS grp, {_columns(KEPT_CLOCKED)}
  FROM tickets t
  WHERE (({_OPEN_OVERDUE}) OR t.first_dispatched_at > $10 - interval '1 hour'
         * (SELECT greatest(168, max(sign_hours)) FROM catalogue))
    AND ($15::timestamptz IS NULL OR t.received_at >= $15)
    AND ($16::timestamptz IS NULL OR t.received_at < $16)
    AND {_PLACE.format(a="t")}
  GROUP BY 1
), edges AS (
  SELECT grp, {", ".join(KEPT_COLUMNS)} FROM ({{recount}}) r WHERE NOT is_total
), parts AS (
  SELECT * FROM days UNION ALL SELECT * FROM clocked UNION ALL SELECT * FROM edges
)
SELECT grp, {{name}} AS group_name, GROUPING(grp) = 1 AS is_total,
  {", ".join(f"coalesce(sum({c}), 0)::bigint AS {c}" for c in KEPT_COLUMNS)}
FROM parts GROUP BY ROLLUP (grp)
HAVING GROUPING(grp) = 1 OR sum(received) <> 0  -- a group whose tickets have all moved away
ORDER BY GROUPING(grp) DESC, grp NULLS FIRST
"""
# The recount of the part-days at the edges: received in [$2, $15) or in [$16, $3).
EDGES = """(($2::timestamptz IS NOT NULL AND t.received_at >= $2 AND t.received_at < $15)
        OR ($3::timestamptz IS NOT NULL AND t.received_at >= $16 AND t.received_at < $3))"""


def whole_days(since: datetime | None, until: datetime | None):
    """The Beijing days wholly inside [since, until) as [first, end) (None: unbounded), with
    their starts; None when there is no whole day."""
    first = end = None
    if since is not None:
        local = since.astimezone(BEIJING)
        first = local.date() + timedelta(days=0 if local.time() == time() else 1)
    if until is not None:
        end = until.astimezone(BEIJING).date()
    if first is not None and end is not None and first >= end:
        return None

    def start(day):
        return None if day is None else datetime.combine(day, time(), BEIJING)
    return first, end, start(first), start(end)


async def figures(conn: asyncpg.Connection, scope: str, group_by: str | None,
                  since: datetime | None, until: datetime | None, now: datetime,
                  status: str | None, category: str | None, channel: str | None,
                  grid_ids: list[UUID] | None, community_id: UUID | None,
                  street_id: UUID | None, *, rates: RateDefinition,
                  kept: bool = True) -> list[asyncpg.Record]:
    """`grid_ids`: the tickets of any of these grids (a grid and its predecessors).
    `kept`: from the day rows where they serve (False: always the recount)."""
    group = GROUPS[group_by] if group_by else "NULL::text"
    name = NAMES.get(group_by, "NULL::text")
    args = [scope, since, until, status, category, channel, grid_ids, community_id, street_id,
            now, sorted(s.value for s in rates.satisfied), rates.unevaluated_counted]
    days = whole_days(since, until)
    if (not kept or days is None or status or category or channel
            or group_by not in KEPT_GROUPS):
        return await conn.fetch(SQL.format(group=group, name=name), *args)
    recount = SQL.format(group=group, name="NULL::text").replace(
        "AND ($3::timestamptz IS NULL OR t.received_at < $3)",
        f"AND ($3::timestamptz IS NULL OR t.received_at < $3) AND {EDGES}")
    sql = KEPT.format(kept_group=KEPT_GROUPS[group_by], group=group, name=name, recount=recount)
    level = await kept_level(conn, scope, group_by, grid_ids, community_id)
    return await conn.fetch(sql, *args, *days, level)


async def kept_level(conn: asyncpg.Connection, scope: str, group_by: str | None,
                     grid_ids: list[UUID] | None, community_id: UUID | None) -> int:
    """The coarsest level of day rows (migration 0022) that answers exactly: the street's when
    the scope is not strictly inside a street, the community's when it is not strictly inside
    a community, the grid's otherwise or when grids are asked for."""
    if grid_ids is not None or group_by == "grid":
        return 0
    parts = scope.strip("/").split("/") if scope.strip("/") else []
    above = ["/" + "/".join(parts[:k]) + "/" for k in range(1, len(parts))]
    kinds = set(await conn.fetchval("SELECT array_agg(kind) FROM orgs WHERE path = ANY($1)",
                                    above) or ())
    if "community" in kinds:
        return 0
    if community_id is not None or group_by == "community" or "street" in kinds:
        return 1
    return 2
