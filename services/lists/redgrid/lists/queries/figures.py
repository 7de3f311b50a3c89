"""The figures communities and streets report (资源、需求、项目三个清单): counts within an org
subtree, optionally for one unit, over a period [since, until). See docs/lists.md for what each
one means. Withdrawn activities and meetings do not count; a meeting's resolutions are counted
by when the meeting was held, as the meeting is."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

# $1 scope path, $2 unit id or null, $3 since, $4 until (timestamps; -infinity/infinity if open)
FIGURES = """
WITH p AS (SELECT $1::text AS path, $2::uuid AS unit,
                  coalesce($3::timestamptz, '-infinity') AS a,
                  coalesce($4::timestamptz, 'infinity') AS b),
r AS (SELECT r.* FROM resources r, p WHERE r.org_path LIKE p.path || '%'
        AND (p.unit IS NULL OR (r.offerer_kind = 'unit' AND r.offerer_id = p.unit))),
n AS (SELECT n.* FROM needs n, p WHERE n.org_path LIKE p.path || '%'
        AND (p.unit IS NULL OR EXISTS (SELECT 1 FROM claims c WHERE c.need_id = n.id
                                       AND c.unit_id = p.unit))),
c AS (SELECT c.* FROM claims c, p WHERE c.org_path LIKE p.path || '%'
        AND (p.unit IS NULL OR c.unit_id = p.unit)),
j AS (SELECT j.* FROM projects j, p WHERE j.org_path LIKE p.path || '%'
        AND (p.unit IS NULL OR EXISTS (SELECT 1 FROM project_partners pp
                                       WHERE pp.project_id = j.id AND pp.unit_id = p.unit))),
act AS (SELECT t.* FROM activities t, p WHERE t.org_path LIKE p.path || '%'
          AND t.withdrawn_at IS NULL AND t.held_on >= p.a::date AND t.held_on < p.b::date
          AND (p.unit IS NULL OR p.unit = ANY(t.unit_ids))),
m AS (SELECT m.* FROM meetings m, p WHERE m.org_path LIKE p.path || '%'
        AND m.withdrawn_at IS NULL AND m.held_at >= p.a AND m.held_at < p.b
        AND (p.unit IS NULL OR p.unit = ANY(m.unit_ids))),
res AS (SELECT s.*, hm.held_at FROM resolutions s
          JOIN meetings hm ON hm.id = s.meeting_id AND hm.withdrawn_at IS NULL, p
          WHERE s.org_path LIKE p.path || '%'
          AND (p.unit IS NULL OR s.assignee_unit_id = p.unit
               OR EXISTS (SELECT 1 FROM meetings mm WHERE mm.id = s.meeting_id
                          AND p.unit = ANY(mm.unit_ids))))
SELECT
  (SELECT count(*) FROM r, p WHERE r.offered_at >= p.a AND r.offered_at < p.b)
    AS resources_offered,
  (SELECT count(*) FROM r, p WHERE r.first_used_at >= p.a AND r.first_used_at < p.b)
    AS resources_used,
  (SELECT count(*) FROM n, p WHERE n.published_at >= p.a AND n.published_at < p.b)
    AS needs_published,
  (SELECT count(DISTINCT c.need_id) FROM c, p WHERE c.made_at >= p.a AND c.made_at < p.b
     AND c.status NOT IN ('declined', 'withdrawn')) AS needs_claimed,
  (SELECT count(*) FROM n, p WHERE n.met_at >= p.a AND n.met_at < p.b) AS needs_met,
  (SELECT count(*) FROM c, p WHERE c.made_at >= p.a AND c.made_at < p.b) AS claims_made,
  (SELECT count(*) FROM c, p WHERE c.fulfilled_at >= p.a AND c.fulfilled_at < p.b)
    AS claims_fulfilled,
  (SELECT count(*) FROM j, p WHERE j.started_at >= p.a AND j.started_at < p.b)
    AS projects_started,
  (SELECT count(*) FROM j, p WHERE j.completed_at >= p.a AND j.completed_at < p.b)
    AS projects_completed,
  (SELECT count(*) FROM j, p WHERE j.started_at < p.b
     AND (j.ended_at IS NULL OR j.ended_at >= p.a) AND j.started_at IS NOT NULL)
    AS projects_running,
  (SELECT count(*) FROM act) AS activities,
  (SELECT count(*) FROM act WHERE cardinality(unit_ids) > 0) AS joint_activities,
  (SELECT count(*) FROM act WHERE kind = 'visit') AS visits,
  (SELECT coalesce(sum(participants), 0) FROM act) AS participants,
  (SELECT coalesce(sum(served), 0) FROM act) AS people_served,
  (SELECT count(*) FROM m) AS meetings,
  (SELECT count(*) FROM res, p WHERE res.held_at >= p.a AND res.held_at < p.b)
    AS resolutions,
  (SELECT count(*) FROM res, p WHERE res.done_at >= p.a AND res.done_at < p.b
     AND res.status = 'done') AS resolutions_done,
  (SELECT count(*) FROM agreements g, p WHERE g.org_path LIKE p.path || '%'
     AND g.signed_on >= p.a::date AND g.signed_on < p.b::date
     AND (p.unit IS NULL OR g.unit_id = p.unit)) AS agreements_signed,
  (SELECT count(DISTINCT u) FROM (
      SELECT r.offerer_id AS u FROM r, p WHERE r.offerer_kind = 'unit'
        AND r.offered_at >= p.a AND r.offered_at < p.b
      UNION ALL SELECT c.unit_id FROM c, p WHERE c.made_at >= p.a AND c.made_at < p.b
      UNION ALL SELECT unnest(unit_ids) FROM act
      UNION ALL SELECT unnest(unit_ids) FROM m) e, p
    WHERE p.unit IS NULL OR e.u = p.unit) AS units_engaged
"""


async def figures(conn: asyncpg.Connection, scope: str, unit_id: UUID | None,
                  since: datetime | None, until: datetime | None) -> dict[str, int]:
    return dict(await conn.fetchrow(FIGURES, scope, unit_id, since, until))
