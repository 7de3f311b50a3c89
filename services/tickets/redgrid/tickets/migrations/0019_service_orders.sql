-- A service need served by a volunteer order (matching's 五单制, issue 21): the order a ticket
-- became and how it stands, kept beside the ticket without a version of its own (the order's
-- steps are on the ticket's timeline). While the order is active the office leaves the ticket
-- to it; cancelled or expired, the ticket is back in the office's queue.
ALTER TABLE tickets ADD COLUMN service_order_id uuid,
                    ADD COLUMN service_order_status text;
CREATE INDEX tickets_service_order ON tickets (service_order_id) WHERE service_order_id IS NOT NULL;
