-- recount_figure_counts waits for a compactor at work instead of leaving its rows unfolded: its
-- own fold took the compactors' try-lock and gave up (0 folded) whenever a service's compactor
-- held it, so a bulk load's day rows stayed one per ticket and level until the next round.
CREATE OR REPLACE FUNCTION recount_figure_counts() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('figure_counts'));  -- the compactor's, waited for
    LOCK TABLE figure_counts IN EXCLUSIVE MODE;  -- writers wait; readers go on
    DELETE FROM figure_counts;
    INSERT INTO figure_counts SELECT d.* FROM tickets t, figure_delta(t, 1) d;
    RETURN compact_figure_counts();  -- the lock is this transaction's already: it folds
END $$;
