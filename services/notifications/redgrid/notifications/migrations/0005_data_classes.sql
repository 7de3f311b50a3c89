-- What a subscription may receive beyond the minimum (domain/minimise.py): data classes the
-- city granted it, and the audit of every grant (who, when, why, what before and after).
ALTER TABLE subscriptions ADD COLUMN data_classes text[] NOT NULL DEFAULT '{}';

CREATE TABLE subscription_grants (
    id              uuid PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES subscriptions (id),
    data_classes    text[]      NOT NULL,
    before_classes  text[]      NOT NULL,
    reason          text        NOT NULL,
    granted_by      uuid,
    granted_roles   text[]      NOT NULL,
    granted_at      timestamptz NOT NULL
);
CREATE INDEX subscription_grants_of ON subscription_grants (subscription_id, granted_at);
