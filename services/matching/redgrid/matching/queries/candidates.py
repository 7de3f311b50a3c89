"""Ranking a street's members and teams for one order, in one statement.

The facts (matched skills, same grid or community, distance between grid centres, minutes of
the window inside each person's weekly availability, open orders, past ratings) and the score
(domain/scoring.py's formula, its constants inlined) are computed in SQL, with hash joins of
small aggregates onto one scan of the street's people; only the best rows come back. Anyone
booked for an overlapping time, or already offered this order, is left out.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.matching.domain import scoring
from redgrid.matching.domain.schedule import Segment

_K = {name: f"{value!r}::float8" for name, value in scoring.sql_params().items()}


def _matched(skills: str, needs: int) -> str:
    """How many of the order's needs ($2, deduplicated) the skills hold, without a subquery."""
    terms = [f"({skills} @> ARRAY[($2::text[])[{i}]])::int" for i in range(1, needs + 1)]
    return "(" + " + ".join(terms) + ")" if terms else "0"


SCORE = f"""
  {_K['w_skills']} * (CASE WHEN cardinality($2::text[]) = 0 THEN {_K['no_needs']}
                      ELSE matched_n::float8 / cardinality($2::text[]) END)
+ {_K['w_near']} * (CASE WHEN same_grid THEN {_K['near_grid']}
                    WHEN same_community THEN {_K['near_community']} + {_K['near_bonus']}
                         * coalesce(exp(-least(distance_m / {_K['decay']}, {_K['max_decay']})), 0)
                    WHEN distance_m IS NULL THEN {_K['unknown_elsewhere']}
                    ELSE {_K['near_elsewhere']}
                         * exp(-least(distance_m / {_K['decay']}, {_K['max_decay']})) END)
+ {_K['w_avail']} * (CASE WHEN kind = 'team' THEN {_K['team_avail']}
                     WHEN NOT declared OR $13::int = 0 THEN {_K['undeclared']}
                     ELSE least(1.0, covered::float8 / $13::int) END)
+ {_K['w_load']} * (1.0::float8 / (1 + open_orders))
+ {_K['w_rating']} * (((rating_sum + {_K['prior']} * {_K['prior_n']})
                      / (rating_n + {_K['prior_n']}) - 1) / 4)
"""


@functools.cache
def rank_sql(needs: int) -> str:
    """The statement for an order with `needs` distinct skills needed."""
    return f"""
WITH busy AS (
    SELECT coalesce(person_id, team_id) AS id FROM bookings
    WHERE active AND $9::tstzrange IS NOT NULL AND during && $9::tstzrange
), tried AS (
    SELECT coalesce(person_id, team_id) AS id FROM offers WHERE order_id = $1
), holding AS (
    SELECT coalesce(assignee_team_id, assignee_person_id) AS id, count(*)::int AS n FROM orders
    WHERE status IN ('dispatched', 'accepted', 'in_progress') AND id <> $1 GROUP BY 1
), reported AS (
    SELECT DISTINCT person_id FROM dual_reports
    WHERE community_id = $4 AND ended_on IS NULL AND person_id IS NOT NULL
), cover AS (
    SELECT w.person_id,
           sum(least(s.t, w.end_min) - greatest(s.f, w.start_min))::int AS covered
    FROM person_windows w
    JOIN unnest($10::int[], $11::int[], $12::int[]) AS s(d, f, t)
      ON w.weekday = s.d AND w.start_min < s.t AND w.end_min > s.f
    GROUP BY w.person_id
), facts AS (
    SELECT 'person'::text AS kind, p.id, p.name, p.grid_id, g.name AS grid_name, p.skills,
           {_matched('p.skills', needs)} AS matched_n,
           coalesce(p.grid_id = $3, false) AS same_grid,
           (p.org_path LIKE $5 || '%' OR coalesce(g.community_id = $4, false)
            OR r.person_id IS NOT NULL) AS same_community,
           r.person_id IS NOT NULL AS dual_report,
           p.membership->>'category' AS member_category,
           p.roles @> '[{{"role": "volunteer"}}]' AS volunteer,
           CASE WHEN g.center_lat IS NULL OR $7::float8 IS NULL THEN NULL
                ELSE sqrt(power((g.center_lng - $8::float8) * cos(radians($7::float8))
                                * 111320.0, 2)
                          + power((g.center_lat - $7::float8) * 110540.0, 2)) END AS distance_m,
           p.availability <> '[]'::jsonb AS declared,
           coalesce(c.covered, 0) AS covered,
           coalesce(h.n, 0) AS open_orders,
           coalesce(st.rating_sum, 0) AS rating_sum, coalesce(st.rating_n, 0) AS rating_n
    FROM people p
    LEFT JOIN grids g ON g.id = p.grid_id
    LEFT JOIN reported r ON r.person_id = p.id
    LEFT JOIN cover c ON c.person_id = p.id
    LEFT JOIN holding h ON h.id = p.id
    LEFT JOIN assignee_stats st ON st.assignee_id = p.id
    WHERE p.status = 'active'
      AND (p.org_path LIKE $6 || '%' OR r.person_id IS NOT NULL)
      AND (p.membership IS NOT NULL OR cardinality(p.team_ids) > 0
           OR p.roles @> '[{{"role": "volunteer"}}]')
      AND p.id IS DISTINCT FROM $14::uuid
      AND p.id NOT IN (SELECT id FROM busy) AND p.id NOT IN (SELECT id FROM tried)
    UNION ALL
    SELECT 'team'::text, t.id, t.name, NULL::uuid, NULL::text, t.skills,
           {_matched('t.skills', needs)},
           false, t.org_path LIKE $5 || '%', false, NULL::text, false, NULL::float8,
           false, 0,
           coalesce(h.n, 0), coalesce(st.rating_sum, 0), coalesce(st.rating_n, 0)
    FROM teams t
    LEFT JOIN holding h ON h.id = t.id
    LEFT JOIN assignee_stats st ON st.assignee_id = t.id
    WHERE $16::bool AND t.active AND t.org_path LIKE $6 || '%'
      AND t.id NOT IN (SELECT id FROM busy) AND t.id NOT IN (SELECT id FROM tried)
)
SELECT *, {SCORE} AS score FROM facts ORDER BY score DESC, id LIMIT $15
"""


@dataclass(frozen=True)
class Target:
    """What the ranking needs to know about an order."""

    order_id: UUID
    needs: list[str]
    grid_id: UUID | None
    community_id: UUID
    community_path: str
    street_path: str
    lat: float | None
    lng: float | None
    window_start: datetime | None
    window_end: datetime | None
    segments: list[Segment]
    window_minutes: int
    resident_id: UUID | None
    teams: bool = True


@dataclass(frozen=True)
class Ranked:
    name: str
    grid_id: UUID | None
    grid_name: str | None
    facts: scoring.Components
    sql_score: float
    id: UUID


async def rank(conn: asyncpg.Connection, t: Target, limit: int) -> list[Ranked]:
    needs = list(dict.fromkeys(t.needs))
    window = (asyncpg.Range(t.window_start, t.window_end)
              if t.window_start and t.window_end else None)
    # The small aggregates (open orders, windows, ratings) are estimated at a few rows, which
    # tempts the planner into nested loops over the whole street; hash joins are what fits.
    # SET LOCAL lasts until the caller's transaction ends, so it is set back right after.
    if not conn.is_in_transaction():
        raise RuntimeError("rank() runs inside the use case's transaction")
    await conn.execute("SET LOCAL enable_nestloop = off")
    rows = await conn.fetch(
        rank_sql(len(needs)), t.order_id, needs, t.grid_id, t.community_id,
        t.community_path, t.street_path, t.lat, t.lng, window,
        [s[0] for s in t.segments], [s[1] for s in t.segments], [s[2] for s in t.segments],
        t.window_minutes, t.resident_id, limit, t.teams,
    )
    await conn.execute("SET LOCAL enable_nestloop = on")
    return [Ranked(
        name=r["name"], grid_id=r["grid_id"], grid_name=r["grid_name"], id=r["id"],
        sql_score=r["score"],
        facts=scoring.Components(
            kind=r["kind"], matched=tuple(n for n in needs if n in r["skills"]),
            needs=len(needs), same_grid=r["same_grid"],
            same_community=r["same_community"], dual_report=r["dual_report"],
            distance_m=r["distance_m"], declared=r["declared"], covered=r["covered"],
            window=t.window_minutes, open_orders=r["open_orders"],
            rating_sum=r["rating_sum"], rating_n=r["rating_n"],
            member_category=r["member_category"], volunteer=r["volunteer"]),
    ) for r in rows]
