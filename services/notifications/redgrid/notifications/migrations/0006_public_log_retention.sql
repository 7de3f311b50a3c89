-- Retention (issue 22): the public log keeps events for the subscriptions' replay horizon
-- (settings.public_log_keep_days); the pruner finds the old ones by their time.
CREATE INDEX public_log_time ON public_log (time);
