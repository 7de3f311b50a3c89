-- Figures kept by day (issue 26): what a street office opens every morning is a sum over a few
-- thousand rows per year instead of a recount of every ticket it has received.
--
-- A row counts the tickets received on one Beijing day in one place by the milestones that do
-- not depend on the clock
-- (queries/figures.py adds what does: overdue while open, the sign window not yet over). A
-- trigger on tickets (and on mediations, for 调解成功) appends the change each write makes, in
-- that write's transaction: the ticket's old contribution taken away, its new one added. Rows
-- are only ever inserted by writers, so writers never wait for each other here; the compactor
-- (compact_figure_counts, run by the tickets service) folds those deltas into one row per key.
-- The sums are the same before and after compacting; a test checks them against a recount.
--
-- Each change is kept at three levels of place, so that a street's year is a few hundred rows:
--   0 grid:      the grid, community and street, the holder's org_path and the area_path;
--   1 community: no grid; a path inside the ticket's community cut to the community's path;
--   2 street:    no grid or community; a path inside the ticket's street cut to the street's.
-- A cut path answers `path LIKE scope || '%'` as the full one would for any scope not strictly
-- inside a community (level 1) or a street (level 2): queries/figures.py picks the level.

CREATE TABLE figure_counts (
    day              date    NOT NULL,  -- received_at's day in Beijing
    grid_id          uuid,
    community_id     uuid,
    street_id        uuid,
    org_path         text    NOT NULL,
    area_path        text    NOT NULL,
    level            smallint NOT NULL,  -- 0 grid, 1 community, 2 street (see above)
    compacted        boolean NOT NULL DEFAULT false,
    received         bigint  NOT NULL,
    accepted         bigint  NOT NULL,
    rejected         bigint  NOT NULL,
    merged           bigint  NOT NULL,
    resolved         bigint  NOT NULL,
    in_progress      bigint  NOT NULL,
    on_time          bigint  NOT NULL,
    late             bigint  NOT NULL,  -- resolved after first_due_at
    escalated        bigint  NOT NULL,
    bounced          bigint  NOT NULL,
    mediated         bigint  NOT NULL,
    dispatched       bigint  NOT NULL,
    signed_in_window bigint  NOT NULL,  -- signed within sign_hours of the first dispatch
    to_resolve       bigint  NOT NULL,
    sat_satisfied    bigint  NOT NULL,
    sat_basically    bigint  NOT NULL,
    sat_dissatisfied bigint  NOT NULL,
    sat_unevaluated  bigint  NOT NULL,
    asked_solved     bigint  NOT NULL,
    solved           bigint  NOT NULL
);
CREATE UNIQUE INDEX figure_counts_key ON figure_counts
    (day, grid_id, community_id, street_id, org_path, area_path, level) NULLS NOT DISTINCT
    WHERE compacted;
CREATE INDEX figure_counts_org ON figure_counts (level, org_path text_pattern_ops, day);
CREATE INDEX figure_counts_area ON figure_counts (level, area_path text_pattern_ops, day);
CREATE INDEX figure_counts_grid ON figure_counts (grid_id, day) WHERE level = 0;

-- A path inside `prefix` cut to it (the path itself otherwise, or when prefix is unknown).
CREATE FUNCTION figure_cut(path text, prefix text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN prefix IS NOT NULL AND left(path, length(prefix)) = prefix THEN prefix
            ELSE path END
$$;

-- One ticket's contribution at each level, times sign (+1 added, -1 taken away).
CREATE FUNCTION figure_delta(t tickets, sign int) RETURNS SETOF figure_counts
LANGUAGE sql STABLE AS $$
SELECT (t.received_at AT TIME ZONE 'Asia/Shanghai')::date,
       CASE WHEN l.level = 0 THEN t.grid_id END,
       CASE WHEN l.level <= 1 THEN t.community_id END, t.street_id,
       CASE l.level WHEN 0 THEN t.org_path WHEN 1 THEN figure_cut(t.org_path, c.path)
                    ELSE figure_cut(t.org_path, s.path) END,
       CASE l.level WHEN 0 THEN t.area_path WHEN 1 THEN figure_cut(t.area_path, c.path)
                    ELSE figure_cut(t.area_path, s.path) END,
       l.level, false,
       sign::bigint,
       sign * (t.accepted_at IS NOT NULL)::int,
       sign * (t.status = 'rejected')::int,
       sign * (t.merged_into_id IS NOT NULL)::int,
       sign * (t.resolved_at IS NOT NULL)::int,
       sign * (t.accepted_at IS NOT NULL AND t.resolved_at IS NULL AND t.status <> 'rejected'
               AND t.merged_into_id IS NULL)::int,
       sign * coalesce(t.resolved_at <= t.first_due_at, false)::int,
       sign * coalesce(t.resolved_at > t.first_due_at, false)::int,
       sign * (t.first_escalated_at IS NOT NULL)::int,
       sign * (t.first_bounced_at IS NOT NULL)::int,
       sign * (t.kind = 'mediation' AND EXISTS (SELECT 1 FROM mediations m
                                                WHERE m.ticket_id = t.id
                                                  AND m.outcome = 'agreed'))::int,
       sign * (t.first_dispatched_at IS NOT NULL)::int,
       sign * coalesce(t.first_signed_at <= t.first_dispatched_at
                                            + t.sign_hours * interval '1 hour', false)::int,
       sign * (t.accepted_at IS NOT NULL AND t.status <> 'rejected'
               AND t.merged_into_id IS NULL)::int,
       sign * (t.satisfaction IS NOT DISTINCT FROM 'satisfied')::int,
       sign * (t.satisfaction IS NOT DISTINCT FROM 'basically_satisfied')::int,
       sign * (t.satisfaction IS NOT DISTINCT FROM 'dissatisfied')::int,
       sign * (t.satisfaction IS NOT DISTINCT FROM 'unevaluated')::int,
       sign * (t.solved IS NOT NULL)::int,
       sign * coalesce(t.solved, false)::int
FROM (VALUES (0::smallint), (1::smallint), (2::smallint)) l (level)
LEFT JOIN orgs c ON c.id = t.community_id
LEFT JOIN orgs s ON s.id = t.street_id
$$;

CREATE FUNCTION tickets_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF (SELECT array_agg(f ORDER BY f.level) FROM figure_delta(OLD, 1) f)
           IS NOT DISTINCT FROM
           (SELECT array_agg(f ORDER BY f.level) FROM figure_delta(NEW, 1) f) THEN
            RETURN NULL;  -- a step that moves no figure (a note, a reminder, the version)
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO figure_counts SELECT * FROM figure_delta(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO figure_counts SELECT * FROM figure_delta(NEW, 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER tickets_figures AFTER INSERT OR UPDATE OR DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION tickets_figures();

-- 调解成功 moves with the mediation's outcome: its ticket's contribution is taken away as it was
-- and added as it is now (the trigger runs after the mediation row changed).
CREATE FUNCTION mediations_figures() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was boolean := TG_OP <> 'INSERT' AND OLD.outcome IS NOT DISTINCT FROM 'agreed';
    now_agreed boolean := TG_OP <> 'DELETE' AND NEW.outcome IS NOT DISTINCT FROM 'agreed';
    ticket uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.ticket_id ELSE NEW.ticket_id END;
BEGIN
    IF was = now_agreed THEN
        RETURN NULL;
    END IF;
    INSERT INTO figure_counts (day, grid_id, community_id, street_id, org_path, area_path,
        level, received, accepted, rejected, merged, resolved, in_progress, on_time, late,
        escalated, bounced, mediated, dispatched, signed_in_window, to_resolve, sat_satisfied,
        sat_basically, sat_dissatisfied, sat_unevaluated, asked_solved, solved)
    SELECT d.day, d.grid_id, d.community_id, d.street_id, d.org_path, d.area_path, d.level,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, CASE WHEN now_agreed THEN 1 ELSE -1 END,
           0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM tickets t, figure_delta(t, 1) d WHERE t.id = ticket AND t.kind = 'mediation';
    RETURN NULL;
END $$;
CREATE TRIGGER mediations_figures AFTER INSERT OR UPDATE OR DELETE ON mediations
    FOR EACH ROW EXECUTE FUNCTION mediations_figures();

-- Fold the deltas into one row per key; one compactor at a time (the others return 0).
CREATE FUNCTION compact_figure_counts() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    folded bigint;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('figure_counts')) THEN
        RETURN 0;
    END IF;
    WITH gone AS (DELETE FROM figure_counts WHERE NOT compacted RETURNING *)
    INSERT INTO figure_counts AS f
    SELECT day, grid_id, community_id, street_id, org_path, area_path, level, true,
           sum(received), sum(accepted), sum(rejected), sum(merged), sum(resolved),
           sum(in_progress), sum(on_time), sum(late), sum(escalated), sum(bounced),
           sum(mediated), sum(dispatched), sum(signed_in_window), sum(to_resolve),
           sum(sat_satisfied), sum(sat_basically), sum(sat_dissatisfied), sum(sat_unevaluated),
           sum(asked_solved), sum(solved)
    FROM gone GROUP BY day, grid_id, community_id, street_id, org_path, area_path, level
    ON CONFLICT (day, grid_id, community_id, street_id, org_path, area_path, level)
        WHERE compacted
    DO UPDATE SET received = f.received + excluded.received,
        accepted = f.accepted + excluded.accepted, rejected = f.rejected + excluded.rejected,
        merged = f.merged + excluded.merged, resolved = f.resolved + excluded.resolved,
        in_progress = f.in_progress + excluded.in_progress,
        on_time = f.on_time + excluded.on_time, late = f.late + excluded.late,
        escalated = f.escalated + excluded.escalated, bounced = f.bounced + excluded.bounced,
        mediated = f.mediated + excluded.mediated,
        dispatched = f.dispatched + excluded.dispatched,
        signed_in_window = f.signed_in_window + excluded.signed_in_window,
        to_resolve = f.to_resolve + excluded.to_resolve,
        sat_satisfied = f.sat_satisfied + excluded.sat_satisfied,
        sat_basically = f.sat_basically + excluded.sat_basically,
        sat_dissatisfied = f.sat_dissatisfied + excluded.sat_dissatisfied,
        sat_unevaluated = f.sat_unevaluated + excluded.sat_unevaluated,
        asked_solved = f.asked_solved + excluded.asked_solved, solved = f.solved + excluded.solved;
    GET DIAGNOSTICS folded = ROW_COUNT;
    RETURN folded;
END $$;

-- The day rows counted afresh from the tickets (the tickets already there; a bulk load that
-- bypassed the triggers; an operator's repair).
CREATE FUNCTION recount_figure_counts() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE figure_counts IN EXCLUSIVE MODE;  -- writers wait; readers go on
    DELETE FROM figure_counts;
    INSERT INTO figure_counts SELECT d.* FROM tickets t, figure_delta(t, 1) d;
    RETURN compact_figure_counts();
END $$;
SELECT recount_figure_counts();

-- What the clock changes, found without a recount: open tickets by deadline, dispatches by time.
CREATE INDEX tickets_open_due ON tickets (first_due_at)
    WHERE resolved_at IS NULL AND status <> 'rejected' AND merged_into_id IS NULL;
CREATE INDEX tickets_first_dispatched ON tickets (first_dispatched_at)
    WHERE first_dispatched_at IS NOT NULL;
