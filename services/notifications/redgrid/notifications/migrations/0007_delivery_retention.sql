-- Retention: a webhook delivery is kept as long as the public log keeps its event (what a replay
-- can send again); the pruner finds the older ones by their log position.
CREATE INDEX webhook_deliveries_log_seq ON webhook_deliveries (log_seq);
