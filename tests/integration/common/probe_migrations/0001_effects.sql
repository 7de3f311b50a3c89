CREATE TABLE effects (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id uuid NOT NULL,
    kind     text NOT NULL
);
