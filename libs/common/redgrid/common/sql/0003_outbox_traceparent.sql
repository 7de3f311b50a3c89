-- The W3C trace context an event was made in (tracing.py), when tracing is on: the relay
-- publishes the row in a span continuing it, and sends that span's context in the message's
-- traceparent header, so that a consumer continues the same trace. NULL when tracing is off.
ALTER TABLE outbox ADD COLUMN traceparent text;
