"""A city for the query benchmark, written straight into the services' schemas as the PostgreSQL
superuser with set-based SQL (a million people or tickets through HTTP would take hours), in
the shapes the services write them:

- registry: a city → districts → streets → communities → grid branches tree ('/<hex id>/…/'
  paths, depth, a 'created' history row each), one comprehensive grid per branch (org_path =
  its branch's path, bounding square, address key), people homed in their grid's community
  (org_path = the community's path) with a full-time grid worker, party members of every
  category (五管合一), volunteers with skills, part-time unit heads;
- tickets: the read models of the registry's orgs and grids, the streets' number prefixes, and
  a year of one street's matters spread over its grids, categories and channels: each ticket's
  steps as the workflow writes them (receive, accept, dispatch, sign, start, bounce, escalate,
  resolve, publish, follow_up, close, reject, merge; from/to statuses, by whom, data), its
  custody, reporter, mediation, and the ticket row as those steps leave it (status, holder,
  deadlines, milestones, version, 一号一档 number and the street's counter).

The load runs with session_replication_role = replica: the rows are consistent by
construction, and per-row triggers (foreign-key checks, the numbering trigger at commit) would
only slow a million inserts down. The deadline scanner must find nothing to do afterwards, or
it would write while we measure: open tickets past their deadline have been escalated to the
street already (as the scanner would have done), recent ones are not yet due.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

import asyncpg


@dataclass(frozen=True)
class Plan:
    districts: int  # in the city
    streets: int  # per district
    communities: int  # per street
    grids: int  # per community (one grid branch each)
    people: int  # per grid
    tickets: int  # in one street, over a year

    @property
    def total_grids(self) -> int:
        return self.districts * self.streets * self.communities * self.grids


FULL = Plan(districts=10, streets=10, communities=20, grids=50, people=10, tickets=1_000_000)
QUICK = Plan(districts=2, streets=5, communities=10, grids=10, people=10, tickets=10_000)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍红建国志海燕春梅晓东文德"
SKILLS = ["elderly_care", "repairs", "escort", "tutoring", "legal_aid", "health_care",
          "mediation", "sanitation", "policy_outreach", "traffic_guidance", "greening", "cooking"]
CATEGORIES = ["in_service", "resident", "retired", "floating", "laid_off"]
TITLES = ["楼道堆物影响通行", "人行道地砖松动", "小区路灯不亮", "物业收费纠纷", "路口车辆乱停",
          "邻居装修噪音扰民", "燃气表漏气", "垃圾清运不及时", "独居老人需要照料", "拖欠工资"]
# Per mille of a year's matters by category (the seeds: environment and roads lead).
WEIGHTS = {"environment": 250, "road_repair": 150, "property_dispute": 120, "utilities": 100,
           "neighbour_dispute": 100, "traffic": 80, "service_need": 80, "public_safety": 40,
           "wage_arrears": 30, "epidemic": 20, "other": 30}
# Per twenty: online 6, hotline 5, 12345 4, patrol 3, window 1, letters and visits 1.
CHANNELS = (["online"] * 6 + ["hotline"] * 5 + ["12345"] * 4 + ["patrol"] * 3 + ["window"]
            + ["letters_visits"])

# How a matter's story goes: (template, seq, action, status after, hours after receipt, the
# holder it moves to, needs n escalations). Recent templates give fractions of the ticket's
# age instead of hours. Holder: L = the category's dispatch level, back = the community that
# dispatched it (退单), up = one level up.
STORIES = {
    "closed": [("receive", "received", 0), ("accept", "accepted", 1),
               ("dispatch", "dispatched", 2, "L"), ("sign", "signed", 4),
               ("start", "in_progress", 6), ("resolve", "resolved", 40),
               ("publish", "published", 44), ("follow_up", "followed_up", 70),
               ("close", "closed", 72)],
    "closed_bounced": [("receive", "received", 0), ("accept", "accepted", 1),
                       ("dispatch", "dispatched", 2, "L"), ("bounce", "bounced", 5, "back"),
                       ("dispatch", "dispatched", 8, "L"), ("sign", "signed", 10),
                       ("start", "in_progress", 12), ("resolve", "resolved", 50),
                       ("publish", "published", 52), ("follow_up", "followed_up", 80),
                       ("close", "closed", 82)],
    "closed_escalated": [("receive", "received", 0), ("accept", "accepted", 1),
                         ("dispatch", "dispatched", 2, "L"), ("sign", "signed", 4),
                         ("start", "in_progress", 6), ("escalate", "dispatched", 130, "up", 1),
                         ("sign", "signed", 132, None, 1), ("start", "in_progress", 134, None, 1),
                         ("resolve", "resolved", 170), ("publish", "published", 172),
                         ("follow_up", "followed_up", 190), ("close", "closed", 192)],
    "open_escalated": [("receive", "received", 0), ("accept", "accepted", 1),
                       ("dispatch", "dispatched", 2, "L"), ("sign", "signed", 4),
                       ("start", "in_progress", 6), ("escalate", "dispatched", 130, "up", 1),
                       ("escalate", "dispatched", 260, "up", 2)],
    "rejected": [("receive", "received", 0), ("reject", "rejected", 2)],
    "merged": [("receive", "received", 0), ("accept", "accepted", 1), ("merge", "merged", 3)],
    "r_received": [("receive", "received", 0)],
    "r_accepted": [("receive", "received", 0), ("accept", "accepted", 0.1)],
    "r_dispatched": [("receive", "received", 0), ("accept", "accepted", 0.1),
                     ("dispatch", "dispatched", 0.2, "L")],
    "r_signed": [("receive", "received", 0), ("accept", "accepted", 0.1),
                 ("dispatch", "dispatched", 0.2, "L"), ("sign", "signed", 0.4)],
    "r_in_progress": [("receive", "received", 0), ("accept", "accepted", 0.1),
                      ("dispatch", "dispatched", 0.2, "L"), ("sign", "signed", 0.4),
                      ("start", "in_progress", 0.5)],
    "r_bounced": [("receive", "received", 0), ("accept", "accepted", 0.1),
                  ("dispatch", "dispatched", 0.2, "L"), ("bounce", "bounced", 0.5, "back")],
    "r_resolved": [("receive", "received", 0), ("accept", "accepted", 0.1),
                   ("dispatch", "dispatched", 0.2, "L"), ("sign", "signed", 0.4),
                   ("start", "in_progress", 0.5), ("resolve", "resolved", 0.9)],
    "r_rejected": [("receive", "received", 0), ("reject", "rejected", 0.3)],
    "r_merged": [("receive", "received", 0), ("accept", "accepted", 0.1),
                 ("merge", "merged", 0.3)],
}
# The first n of "closed" make the ones still waiting for their follow-up or publication.
STORIES["followed_up"] = STORIES["closed"][:8]
STORIES["published"] = STORIES["closed"][:7]
STORIES["resolved"] = STORIES["closed"][:6]
# Which story, by a ticket's fate (0-99): older than three days, and recent.
OLD_FATES = [(45, "closed"), (60, "followed_up"), (67, "published"), (70, "resolved"),
             (75, "closed_bounced"), (82, "closed_escalated"), (88, "rejected"), (92, "merged"),
             (96, "open_escalated"), (100, "closed")]
RECENT_FATES = [(10, "r_received"), (20, "r_accepted"), (35, "r_dispatched"), (50, "r_signed"),
                (70, "r_in_progress"), (75, "r_bounced"), (88, "r_resolved"), (94, "r_rejected"),
                (100, "r_merged")]
RECENT_HOURS = 72
STEP_DATA_ROLES = {"receive": "community_admin", "accept": "community_admin",
                   "dispatch": "community_admin", "sign": "grid_worker", "start": "grid_worker",
                   "resolve": "grid_worker", "bounce": "grid_worker", "publish": "community_admin",
                   "follow_up": "community_admin", "close": "community_admin",
                   "reject": "community_admin", "merge": "community_admin", "escalate": "system"}


@dataclass(frozen=True)
class City:
    city: UUID
    street: UUID  # the street of the tickets, in the middle of the tree
    street_path: str
    community: UUID  # one of its communities
    grid: UUID  # one of that community's grids
    branch: UUID  # the grid's branch
    worker: UUID  # the grid's full-time grid worker
    sizes: dict


def _story_rows() -> list[tuple]:
    rows = []
    for name, steps in STORIES.items():
        for seq, step in enumerate(steps):
            action, status, hours, *rest = step
            hold = rest[0] if rest else None
            needs = rest[1] if len(rest) > 1 else 0
            rows.append((name, seq, action, status, float(hours), hold, needs,
                         STEP_DATA_ROLES[action]))
    return rows


def _case(fates: list[tuple[int, str]]) -> str:
    return "CASE " + " ".join(f"WHEN fate < {limit} THEN '{name}'" for limit, name in fates) \
        + " END"


async def registry(conn: asyncpg.Connection, plan: Plan, now: datetime) -> None:
    born = now - timedelta(days=400)
    await conn.execute(
        "INSERT INTO registry.orgs (id, parent_id, kind, name, code, path, depth, created_at, "
        "updated_at) SELECT id, NULL, 'city', '基准市', 'bench-city', "
        "'/' || replace(id::text, '-', '') || '/', 1, $1, $1 FROM (SELECT uuidv7() AS id) c",
        born)
    for kind, parent, count, word in (("district", "city", plan.districts, "区"),
                                      ("street", "district", plan.streets, "街道"),
                                      ("community", "street", plan.communities, "社区"),
                                      ("grid_branch", "community", plan.grids, "网格党支部")):
        await conn.execute(
            """
            INSERT INTO registry.orgs (id, parent_id, kind, name, code, path, depth, created_at,
                                       updated_at)
            SELECT id, parent_id, $1, name, code, parent_path || replace(id::text, '-', '') || '/',
                   depth + 1, $5, $5
            FROM (SELECT uuidv7() AS id, p.id AS parent_id, p.path AS parent_path, p.depth,
                         CASE WHEN p.kind = 'city' THEN '' ELSE p.name END
                           || '第' || n || $4 AS name,
                         CASE WHEN $1 = 'street' THEN 'S' || lpad((row_number() OVER
                           (ORDER BY p.path, n))::text, 4, '0') END AS code
                  FROM registry.orgs p CROSS JOIN generate_series(1, $3) n
                  WHERE p.kind = $2 ORDER BY p.path, n) c
            """,
            kind, parent, count, word, born)
    await conn.execute(
        "INSERT INTO registry.org_history (org_id, change, before, after, by_person, at) "
        "SELECT id, 'created', NULL, jsonb_build_object('kind', kind, 'name', name, 'code', code, "
        "'parent_id', parent_id, 'secretary_id', NULL), NULL, created_at FROM registry.orgs")
    await conn.execute(
        """
        INSERT INTO registry.grids (id, code, name, kind, community_id, branch_id, org_path,
            layers, area, center_lat, center_lng, address_keys, households, population, status,
            version, created_at, updated_at)
        SELECT uuidv7(), 'G' || lpad(k::text, 6, '0'), replace(name, '党支部', ''),
               'comprehensive', parent_id, id, path, '{party_building,governance,civil_affairs}',
               jsonb_build_array(jsonb_build_array(lng - d, lat - d),
                                 jsonb_build_array(lng + d, lat - d),
                                 jsonb_build_array(lng + d, lat + d),
                                 jsonb_build_array(lng - d, lat + d)),
               lat, lng, ARRAY['网格' || k || '路'], 300 + k % 400, 800 + k % 1200, 'active', 1,
               $1, $1
        FROM (SELECT o.*, row_number() OVER (ORDER BY o.path) - 1 AS k
              FROM registry.orgs o WHERE o.kind = 'grid_branch') b,
             LATERAL (SELECT 30.0 + (k / 320) * 0.004 AS lat, 118.0 + (k % 320) * 0.004 AS lng,
                             0.00196 AS d) geo
        ORDER BY path
        """,
        born)
    await conn.execute(
        """
        CREATE TEMP TABLE bench_people AS
        SELECT uuidv7() AS id, g.id AS grid_id, g.branch_id, g.community_id,
               c.path AS community_path, g.k, j
        FROM (SELECT g.*, (row_number() OVER (ORDER BY g.org_path))::int - 1 AS k
              FROM registry.grids g) g
        JOIN registry.orgs c ON c.id = g.community_id
        CROSS JOIN generate_series(0, $1 - 1) j
        ORDER BY g.org_path, j
        """,
        plan.people)
    # j = 0: the grid's full-time worker; 1-3: party members; 4-5: volunteers with skills;
    # 6: a part-time unit head in every other grid; the rest residents.
    await conn.execute(
        """
        INSERT INTO registry.people (id, name, phone, gender, birth_year, address, home_org_id,
            grid_id, org_path, skills, availability, status, version, created_at, updated_at)
        SELECT id, substr($2, 1 + (k * 7 + j) % length($2), 1)
                   || substr($3, 1 + (k * 13 + j * 3) % length($3), 1)
                   || substr($3, 1 + (k * 5 + j * 11) % length($3), 1),
               '13' || lpad(((k * 10 + j) % 1000000000)::text, 9, '0'),
               CASE (k + j) % 2 WHEN 0 THEN 'male' ELSE 'female' END, 1940 + (k * 3 + j * 7) % 65,
               '网格' || k || '路' || (j + 1) || '号', community_id, grid_id, community_path,
               CASE WHEN j BETWEEN 1 AND 5 THEN ($4::text[])[1 + (k + j) % 12:1 + (k + j) % 12]
                    || ($4::text[])[1 + (k + j + 5) % 12:1 + (k + j + 5) % 12]
                    ELSE '{}' END,
               '[]', 'active', CASE WHEN j <= 6 THEN 2 ELSE 1 END, $1, $1
        FROM bench_people
        """,
        born, SURNAMES, GIVEN, SKILLS)
    await conn.execute(
        """
        INSERT INTO registry.person_roles (id, person_id, role, org_id, grid_id, employment,
                                           part_time_kind, started_on, created_at)
        SELECT uuidv7(), id, 'grid_worker', branch_id, grid_id, 'full_time', NULL, $1::date, $1
          FROM bench_people WHERE j = 0
        UNION ALL
        SELECT uuidv7(), id, 'grid_worker', branch_id, grid_id, 'part_time', 'unit_head',
               $1::date, $1 FROM bench_people WHERE j = 6 AND k % 2 = 0
        UNION ALL
        SELECT uuidv7(), id, 'volunteer', community_id, NULL, NULL, NULL, $1::date, $1
          FROM bench_people WHERE j IN (4, 5)
        """,
        born)
    await conn.execute(
        "INSERT INTO registry.party_members (person_id, branch_id, category, joined_on, version, "
        "updated_at) SELECT id, branch_id, ($2::text[])[1 + (k + j) % 5], "
        "($1::date - (k % 9000)), 1, $1 FROM bench_people WHERE j BETWEEN 1 AND 3",
        born, CATEGORIES)


async def read_models(conn: asyncpg.Connection) -> None:
    """What the tickets service keeps from the registry's events."""
    await conn.execute(
        "INSERT INTO tickets.orgs (id, parent_id, kind, name, path, active, version) "
        "SELECT id, parent_id, kind, name, path, active, version FROM registry.orgs")
    await conn.execute(
        "INSERT INTO tickets.grids (id, code, name, kind, parent_grid_id, community_id, org_id, "
        "org_path, area, center_lat, center_lng, address_keys, status, version, min_lat, "
        "max_lat, min_lng, max_lng) SELECT id, code, name, kind, parent_grid_id, community_id, "
        "coalesce(branch_id, community_id), org_path, area, center_lat, center_lng, "
        "address_keys, status, version, center_lat - 0.00196, center_lat + 0.00196, "
        "center_lng - 0.00196, center_lng + 0.00196 FROM registry.grids")
    await conn.execute(
        "INSERT INTO tickets.street_prefixes (street_id, prefix, set_by, version) "
        "SELECT id, upper(code), 'registry', version FROM registry.orgs WHERE kind = 'street'")


async def tickets(conn: asyncpg.Connection, plan: Plan, now: datetime, street: UUID,
                  street_path: str) -> None:
    start = now - timedelta(days=365)
    await conn.execute(
        """
        CREATE TEMP TABLE bench_sg AS
        SELECT row_number() OVER (ORDER BY g.org_path) - 1 AS gi, g.id AS grid_id, g.branch_id,
               g.org_path AS grid_path, g.community_id, c.path AS community_path, g.center_lat,
               g.center_lng, g.address_keys[1] AS road, p.worker_id, p.resident_id
        FROM registry.grids g JOIN registry.orgs c ON c.id = g.community_id
        LEFT JOIN (SELECT grid_id, (array_agg(id) FILTER (WHERE j = 0))[1] AS worker_id,
                          (array_agg(id) FILTER (WHERE j = 7))[1] AS resident_id
                   FROM bench_people WHERE j IN (0, 7) GROUP BY grid_id) p ON p.grid_id = g.id
        WHERE g.org_path LIKE $1 || '%'
        """,
        street_path)
    grids = await conn.fetchval("SELECT count(*) FROM bench_sg")
    await conn.execute(
        "CREATE TEMP TABLE bench_cat AS SELECT w.lo, w.hi, c.category, c.level, c.department, "
        "c.limit_hours, c.limit_working_days, c.emergency, c.sign_hours, k.mediation "
        "FROM unnest($1::text[], $2::int[], $3::int[]) AS w(category, lo, hi) "
        "JOIN tickets.catalogue c ON c.category = w.category AND c.street_id IS NULL "
        "AND c.valid_to IS NULL JOIN tickets.categories k ON k.code = w.category",
        *_weights())
    await conn.execute(
        "CREATE TEMP TABLE bench_story (story text, seq int, action text, status text, "
        "hours float8, hold text, needs int, role text)")
    await conn.copy_records_to_table("bench_story", records=_story_rows())
    await conn.execute(
        f"""
        CREATE TEMP TABLE bench_t AS
        SELECT b.*, uuidv7(b.received_at - $3::timestamptz) AS id,
               CASE WHEN b.age_h < {RECENT_HOURS} THEN {_case(RECENT_FATES)}
                    ELSE {_case(OLD_FATES)} END AS story,
               least(1.0, b.age_h * 0.9 / 260) AS scale, c.category, c.level AS cat_level,
               c.department AS cat_department, c.limit_hours, c.limit_working_days, c.emergency,
               c.sign_hours, c.mediation,
               CASE c.level WHEN 'grid' THEN 2 WHEN 'street' THEN 0 ELSE 1 END AS n_esc,
               ($5::text[])[1 + pick_channel % 20] AS channel
        FROM (SELECT i, received_at, extract(epoch FROM $3::timestamptz - received_at) / 3600
                     AS age_h, (hashint4(i * 4) & 2147483647) % $4 AS gi,
                     (hashint4(i * 4 + 1) & 2147483647) % 1000 AS pick_category,
                     (hashint4(i * 4 + 2) & 2147483647) % 100 AS fate,
                     (hashint4(i * 4 + 3) & 2147483647) % 20 AS pick_channel
              FROM (SELECT i, $2::timestamptz + ((i + 0.5) / $1::float8)
                              * ($3::timestamptz - $2::timestamptz) AS received_at
                    FROM generate_series(0, $1 - 1) i) r) b
        JOIN bench_cat c ON b.pick_category >= c.lo AND b.pick_category < c.hi
        ORDER BY b.i
        """,
        plan.tickets, start, now, grids, CHANNELS)
    await conn.execute(
        """
        CREATE TEMP TABLE bench_s AS
        SELECT x.*, CASE WHEN action = 'receive' THEN 'grid' WHEN hold = 'L' THEN cat_level
                         WHEN hold = 'back' THEN 'community'
                         WHEN hold = 'up' THEN CASE WHEN cat_level = 'grid' AND esc_k = 1
                                                    THEN 'community' ELSE 'street' END
                    END AS hold_level
        FROM (SELECT t.i, t.id AS ticket_id, t.cat_level, s.seq, s.action, s.status, s.hold,
                     s.role, t.received_at + (CASE WHEN t.story LIKE 'r\\_%'
                         THEN s.hours * t.age_h * 0.9 ELSE s.hours * t.scale END)
                         * interval '1 hour' AS at,
                     count(*) FILTER (WHERE s.action = 'escalate')
                         OVER (PARTITION BY t.i ORDER BY s.seq) AS esc_k,
                     lag(s.status) OVER (PARTITION BY t.i ORDER BY s.seq) AS from_status
              FROM bench_t t JOIN bench_story s ON s.story = t.story AND s.needs <= t.n_esc) x
        """)
    await conn.execute(
        """
        CREATE TEMP TABLE bench_agg AS
        SELECT i, count(*) AS steps,
               (array_agg(status ORDER BY seq DESC))[1] AS status,
               (array_agg(hold_level ORDER BY seq DESC)
                   FILTER (WHERE hold_level IS NOT NULL))[1] AS level,
               min(at) FILTER (WHERE action = 'accept') AS accepted_at,
               min(at) FILTER (WHERE action = 'dispatch') AS dispatched_at,
               min(at) FILTER (WHERE action = 'resolve') AS resolved_at,
               min(at) FILTER (WHERE action = 'publish') AS published_at,
               min(at) FILTER (WHERE action = 'follow_up') AS followed_up_at,
               min(at) FILTER (WHERE action IN ('close', 'reject')) AS closed_at,
               min(at) FILTER (WHERE action IN ('resolve', 'reject', 'merge')) AS ended_at,
               max(at) FILTER (WHERE action = 'escalate') AS escalated_at,
               count(*) FILTER (WHERE action = 'escalate') AS escalations,
               bool_or(action = 'merge') AS merged, max(at) AS last_at
        FROM bench_s GROUP BY i
        """)
    await conn.execute(
        """
        CREATE TEMP TABLE bench_tk AS
        SELECT t.i, t.id, t.received_at, t.category, t.channel, t.mediation, t.emergency,
               t.limit_hours, t.limit_working_days, t.sign_hours, a.steps, a.status, a.level,
               a.accepted_at, a.dispatched_at, a.resolved_at, a.published_at, a.followed_up_at,
               a.closed_at, a.ended_at, a.escalated_at, a.escalations, a.merged, a.last_at,
               CASE a.level WHEN 'grid' THEN g.branch_id WHEN 'community' THEN g.community_id
                    ELSE $1::uuid END AS org_id,
               CASE a.level WHEN 'grid' THEN g.grid_path WHEN 'community' THEN g.community_path
                    ELSE $2 END AS org_path,
               CASE WHEN a.level = 'department' THEN t.cat_department END AS department,
               CASE WHEN a.level = 'grid' AND a.dispatched_at IS NOT NULL THEN g.worker_id
                    END AS assignee_id,
               a.accepted_at + due.hours * interval '1 hour' AS first_due_at,
               CASE WHEN a.escalations > 0 THEN a.escalated_at + coalesce(t.limit_hours,
                    greatest(1, t.limit_working_days / 2) * 24 * 1.4) * interval '1 hour'
                    ELSE a.accepted_at + due.hours * interval '1 hour' END AS due_at,
               CASE WHEN a.followed_up_at IS NOT NULL THEN
                    (ARRAY[2, 3, 4, 5, 5, 4, 5, 5, 1, 5])[1 + t.i % 10] END AS rating,
               p.id AS merged_into_id, g.grid_id, g.community_id, g.grid_path, g.worker_id,
               g.resident_id, g.center_lat, g.center_lng, g.road,
               (t.i % 97) AS house,
               extract(year FROM t.received_at AT TIME ZONE 'Asia/Shanghai')::int AS number_year
        FROM bench_t t JOIN bench_agg a ON a.i = t.i JOIN bench_sg g ON g.gi = t.gi
        LEFT JOIN bench_t p ON a.merged AND p.i = t.i - 1,
        LATERAL (SELECT CASE WHEN t.story LIKE 'r\\_%'
                             THEN greatest(96, coalesce(t.limit_hours, t.limit_working_days * 24
                                                        * 1.4))
                             ELSE coalesce(t.limit_hours, t.limit_working_days * 24 * 1.4)
                        END AS hours) due
        """,
        street, street_path)
    await conn.execute(
        """
        INSERT INTO tickets.tickets (id, number, kind, channel, appeal_kind, category, title,
            description, status, emergency, grid_id, community_id, street_id, area_path, level,
            department, org_id, org_path, assignee_id, reporter_person_id, external_ref, lat, lng,
            address, occurred_at, received_at, accepted_at, limit_hours, limit_working_days,
            sign_hours, first_due_at, due_at, remind_at, deadline_basis, due_from, due_working_days,
            escalation_level,
            resolved_at, closed_at, merged_into_id, follows_id, visit_id, possible_duplicates,
            resolution, response, response_public, published_at, rating, rating_comment,
            followed_up_at, anonymised_at, version, updated_at)
        SELECT id, p.prefix || '-' || number_year || '-' || lpad((row_number() OVER
                   (PARTITION BY number_year ORDER BY i))::text, 6, '0'),
               CASE WHEN mediation THEN 'mediation' ELSE 'matter' END, channel,
               (ARRAY['help', 'complaint', 'consultation', 'suggestion'])[1 + i % 4], category,
               ($2::text[])[1 + i % array_length($2::text[], 1)], '', status, emergency, grid_id,
               community_id, $1, grid_path, level, department, org_id, org_path, assignee_id,
               CASE WHEN channel = 'online' THEN resident_id END,
               CASE WHEN channel = '12345' THEN 'GD' || lpad(i::text, 10, '0') END,
               center_lat + ((i % 37) - 18) * 0.0001, center_lng + ((i % 41) - 20) * 0.0001,
               road || house || '号', received_at - interval '2 hours', received_at,
               accepted_at, limit_hours, limit_working_days, sign_hours, first_due_at,
               CASE WHEN accepted_at IS NOT NULL THEN due_at END, NULL,
               CASE WHEN accepted_at IS NULL THEN NULL WHEN limit_hours IS NOT NULL THEN 'hours'
                    ELSE 'package' END, accepted_at,
               CASE WHEN limit_hours IS NULL THEN limit_working_days END, escalations,
               resolved_at, closed_at, merged_into_id, NULL, NULL, '{}',
               CASE WHEN resolved_at IS NOT NULL THEN '已处理完毕' END,
               CASE WHEN published_at IS NOT NULL THEN '已按时办结,感谢反映' END,
               published_at IS NOT NULL AND i % 3 = 0, published_at, rating,
               CASE WHEN rating IS NOT NULL THEN '满意' END, followed_up_at, NULL, steps,
               last_at
        FROM bench_tk, (SELECT prefix FROM tickets.street_prefixes WHERE street_id = $1) p
        ORDER BY i
        """,
        street, TITLES)
    await conn.execute(
        """
        INSERT INTO tickets.ticket_steps (ticket_id, action, from_status, to_status, by_person,
                                          by_roles, reason, note, data, at)
        SELECT s.ticket_id, s.action, s.from_status, s.status,
               CASE WHEN s.role = 'grid_worker' THEN k.worker_id END, ARRAY[s.role],
               CASE s.action WHEN 'reject' THEN '不属于受理范围' WHEN 'bounce' THEN '非本网格事项'
                    WHEN 'escalate' THEN 'overdue: not handled within the time limit'
                    WHEN 'merge' THEN '重复反映' END, NULL,
               CASE s.action
                 WHEN 'receive' THEN jsonb_build_object('channel', k.channel,
                      'possible_duplicates', '[]'::jsonb, 'follows_id', NULL)
                 WHEN 'accept' THEN jsonb_build_object('due_at', k.first_due_at)
                 WHEN 'dispatch' THEN jsonb_build_object('from_level', 'grid', 'by_level',
                      'community', 'by_org_id', k.community_id, 'to_level', s.hold_level,
                      'department', k.department)
                 WHEN 'sign' THEN jsonb_build_object('hours_to_sign', 2, 'sign_hours',
                      k.sign_hours)
                 WHEN 'bounce' THEN jsonb_build_object('from_level', 'grid', 'to_level',
                      'community')
                 WHEN 'escalate' THEN jsonb_build_object('to_level', s.hold_level, 'overdue',
                      true)
                 WHEN 'follow_up' THEN jsonb_build_object('rating', k.rating)
                 WHEN 'merge' THEN jsonb_build_object('into', k.merged_into_id)
                 ELSE '{}'::jsonb END, s.at
        FROM bench_s s JOIN bench_tk k ON k.i = s.i
        ORDER BY s.i, s.seq
        """)
    await conn.execute(  # the milestones the figures count, as the steps would have set them
        """
        UPDATE tickets.tickets t
           SET first_dispatched_at = s.dispatched, first_signed_at = s.signed,
               first_bounced_at = s.bounced, first_escalated_at = s.escalated
          FROM (SELECT ticket_id,
                       min(at) FILTER (WHERE action = 'dispatch') AS dispatched,
                       min(at) FILTER (WHERE action = 'sign') AS signed,
                       min(at) FILTER (WHERE action = 'bounce') AS bounced,
                       min(at) FILTER (WHERE action = 'escalate') AS escalated
                  FROM tickets.ticket_steps
                 WHERE action IN ('dispatch', 'sign', 'bounce', 'escalate')
                 GROUP BY ticket_id) s
         WHERE s.ticket_id = t.id AND t.street_id = $1
        """, street)
    await conn.execute(
        """
        INSERT INTO tickets.custody (ticket_id, level, org_id, department, assignee_id, from_at,
                                     to_at, reason)
        SELECT ticket_id, hold_level,
               CASE hold_level WHEN 'grid' THEN k.grid_branch WHEN 'community' THEN k.community_id
                    ELSE $1::uuid END,
               CASE WHEN hold_level = 'department' THEN k.department END,
               CASE WHEN hold_level = 'grid' AND action <> 'receive' THEN k.worker_id END, at,
               coalesce(lead(at) OVER (PARTITION BY s.i ORDER BY seq), k.ended_at),
               CASE action WHEN 'receive' THEN 'intake' ELSE action END
        FROM bench_s s JOIN (SELECT b.*, g.branch_id AS grid_branch FROM bench_tk b
                             JOIN bench_sg g ON g.grid_id = b.grid_id) k ON k.i = s.i
        WHERE hold_level IS NOT NULL
        ORDER BY s.i, seq
        """,
        street)
    await conn.execute(
        "INSERT INTO tickets.reporters (ticket_id, person_id, name, phone, address) "
        "SELECT id, CASE WHEN channel = 'online' THEN resident_id END, '居民' || (i % 1000), "
        "'139' || lpad((i % 100000000)::text, 8, '0'), road || house || '号' || (i % 30) || '室' "
        "FROM bench_tk WHERE channel IN ('online', 'hotline', '12345', 'letters_visits', "
        "'window')")
    await conn.execute(
        "INSERT INTO tickets.mediations (ticket_id, parties, agreement, outcome, concluded_at) "
        "SELECT id, jsonb_build_array(jsonb_build_object('role', 'applicant', 'name', '张某', "
        "'phone', '13800000000'), jsonb_build_object('role', 'respondent', 'name', '李某')), "
        "CASE WHEN resolved_at IS NOT NULL AND i % 10 < 7 THEN '双方达成调解协议' END, "
        "CASE WHEN resolved_at IS NOT NULL THEN CASE WHEN i % 10 < 7 THEN 'agreed' "
        "WHEN i % 10 < 9 THEN 'failed' ELSE 'referred' END END, "
        "resolved_at - interval '1 hour' FROM bench_tk WHERE mediation")
    await conn.execute(
        "INSERT INTO tickets.ticket_counters (street_id, year, last) "
        "SELECT $1, number_year, count(*) FROM bench_tk GROUP BY number_year", street)


def _weights() -> tuple[list[str], list[int], list[int]]:
    names, lows, highs, at = [], [], [], 0
    for name, share in WEIGHTS.items():
        names.append(name)
        lows.append(at)
        at += share
        highs.append(at)
    assert at == 1000
    return names, lows, highs


async def build(conn: asyncpg.Connection, plan: Plan, now: datetime,
                progress=print) -> City:
    """The whole city, then VACUUM ANALYZE (as autovacuum would have done by now)."""
    await conn.execute("SET session_replication_role = replica")
    await conn.execute("SET work_mem = '256MB'")
    t = time.monotonic()
    async with conn.transaction():
        await registry(conn, plan, now)
        await read_models(conn)
    progress(f"  registry: {plan.total_grids:,} grids in {time.monotonic() - t:.0f}s")
    streets = await conn.fetch("SELECT id, path FROM registry.orgs WHERE kind = 'street' "
                               "ORDER BY path")
    street = streets[len(streets) // 2]  # describe() finds the same one
    t = time.monotonic()
    async with conn.transaction():
        await tickets(conn, plan, now, street["id"], street["path"])
    progress(f"  tickets: {plan.tickets:,} in {time.monotonic() - t:.0f}s")
    await conn.execute("RESET session_replication_role")
    t = time.monotonic()  # the triggers were off: the figures' day rows counted afresh
    await conn.execute("SET search_path = tickets")
    days = await conn.fetchval("SELECT recount_figure_counts()")
    await conn.execute("RESET search_path")
    progress(f"  figure day rows: {days:,} in {time.monotonic() - t:.0f}s")
    for temp in ("bench_people", "bench_sg", "bench_cat", "bench_story", "bench_t", "bench_s",
                 "bench_agg", "bench_tk"):
        await conn.execute(f"DROP TABLE {temp}")
    t = time.monotonic()
    await conn.execute("VACUUM (ANALYZE)")
    progress(f"  vacuum analyze in {time.monotonic() - t:.0f}s")
    return await describe(conn, plan)


async def describe(conn: asyncpg.Connection, plan: Plan) -> City | None:
    """The city built before (None if there is none): the ids the queries are asked about."""
    city = await conn.fetchval("SELECT id FROM registry.orgs WHERE code = 'bench-city'")
    if city is None:
        return None
    streets = await conn.fetch("SELECT id, path FROM registry.orgs WHERE kind = 'street' "
                               "ORDER BY path")
    street = streets[len(streets) // 2]
    community = await conn.fetchrow(
        "SELECT id, path FROM registry.orgs WHERE kind = 'community' AND path LIKE $1 || '%' "
        "ORDER BY path OFFSET $2 LIMIT 1", street["path"], plan.communities // 2)
    grid = await conn.fetchrow(
        "SELECT g.id, g.branch_id, r.person_id FROM registry.grids g "
        "JOIN registry.person_roles r ON r.grid_id = g.id AND r.role = 'grid_worker' "
        "AND r.employment = 'full_time' WHERE g.org_path LIKE $1 || '%' ORDER BY g.org_path "
        "OFFSET $2 LIMIT 1", community["path"], plan.grids // 2)
    sizes = {}
    for table in ("registry.orgs", "registry.grids", "registry.people", "registry.person_roles",
                  "registry.party_members", "tickets.tickets", "tickets.ticket_steps",
                  "tickets.custody", "tickets.reporters", "tickets.mediations"):
        sizes[table] = await conn.fetchval(f"SELECT count(*) FROM {table}")
    sizes["bytes"] = await conn.fetchval("SELECT pg_database_size(current_database())")
    return City(city, street["id"], street["path"], community["id"], grid["id"],
                grid["branch_id"], grid["person_id"], sizes)
