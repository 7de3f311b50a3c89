-- Single-use tickets that open the live inbox from a browser (EventSource cannot send an
-- Authorization header): kept as a hash, bound to who asked for one, valid for about a minute.
CREATE TABLE stream_tickets (
    ticket_hash bytea PRIMARY KEY,
    principal   jsonb       NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX stream_tickets_expires ON stream_tickets (expires_at);
