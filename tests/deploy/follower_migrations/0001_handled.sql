-- Replicas of a consumer (tests/deploy/test_replicas.py) note each event they apply; no key on
-- event_id, so that an event applied twice would show as two rows.
CREATE TABLE handled (
    event_id uuid NOT NULL,
    replica text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
