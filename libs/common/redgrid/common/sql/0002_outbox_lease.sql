-- A row handed to its process's relay right after the commit (a group commit's batch) is leased
-- to that hand-over until `handed_until`: the relays' rounds leave it alone meanwhile, so a row
-- has one publisher at a time. A hand-over that fails gives the lease back; one whose process
-- died lets it run out, and a round takes the row then.
ALTER TABLE outbox ADD COLUMN handed_until timestamptz;
