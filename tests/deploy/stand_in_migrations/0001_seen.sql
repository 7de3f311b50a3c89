-- A stand-in consumer (tests/deploy/test_nats_permissions.py) notes what it applied.
CREATE TABLE seen (
    event_id uuid PRIMARY KEY,
    type text NOT NULL
);
