-- The holiday calendar as data (issue 17): each year's State Council notice as the city loads
-- it, its days off and its make-up working days (调休), with who loaded it and when. Rows are
-- never edited: a new load is a new version of its year, the latest is in force.
CREATE TABLE calendar_years (
    year          int         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    version       int         NOT NULL,
    days_off      date[]      NOT NULL,
    working_days  date[]      NOT NULL DEFAULT '{}',
    source        text,                    -- e.g. the notice's title or number
    loaded_by     uuid,
    loaded_at     timestamptz NOT NULL,
    PRIMARY KEY (year, version)
);

-- Each deadline says on what it rests (calendar, package, weekdays-fallback, hours), and
-- from what it was counted, so that a year loaded later can recount it from its start.
ALTER TABLE tickets ADD COLUMN deadline_basis text
    CHECK (deadline_basis IN ('calendar', 'package', 'weekdays-fallback', 'hours'));
ALTER TABLE tickets ADD COLUMN due_from timestamptz;  -- when the current deadline's clock started
ALTER TABLE tickets ADD COLUMN due_working_days int;  -- its limit in working days (NULL: hours)

UPDATE tickets t SET
    deadline_basis = CASE WHEN t.limit_hours IS NOT NULL THEN 'hours'
                          WHEN t.calendar_covered THEN 'package'
                          ELSE 'weekdays-fallback' END,
    due_from = coalesce((SELECT max(s.at) FROM ticket_steps s
                         WHERE s.ticket_id = t.id AND s.action = 'escalate'), t.accepted_at),
    due_working_days = CASE WHEN t.limit_hours IS NOT NULL THEN NULL
                            WHEN t.escalation_level = 0 THEN t.limit_working_days
                            ELSE greatest(1, ceil(coalesce(t.limit_working_days, 1) / 2.0))::int
                       END
WHERE t.due_at IS NOT NULL;

ALTER TABLE tickets DROP COLUMN calendar_covered;

