-- Notifications: what people were told (inbox), what is sent to them (e-mail, SMS), their
-- preferences, their contact data, and the webhooks of other city systems over a local log.

-- The orgs read model (common) plus each org's secretary, for escalations.
ALTER TABLE orgs ADD COLUMN secretary_id uuid;

-- Internal: how to reach a person (redgrid.registry.contact.changed). Never logged or shown
-- unmasked; never in an event.
CREATE TABLE contacts (
    person_id uuid PRIMARY KEY,
    phone     text,
    email     text,
    version   bigint NOT NULL
);

-- Needs as the lists service announces them: the title a unit's claim refers to.
CREATE TABLE needs (
    id      uuid PRIMARY KEY,
    title   text   NOT NULL,
    version bigint NOT NULL
);

-- The inbox (站内信): one notice per (event, recipient); its id is derived from both.
CREATE TABLE notices (
    seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              uuid        NOT NULL UNIQUE,
    recipient_kind  text        NOT NULL,
    recipient_id    uuid        NOT NULL,
    kind            text        NOT NULL,
    urgent          boolean     NOT NULL,
    title           text        NOT NULL,
    body            text        NOT NULL,
    subject_type    text        NOT NULL,
    subject_id      uuid,
    source_event_id uuid        NOT NULL,
    source_type     text        NOT NULL,
    org_path        text,
    created_at      timestamptz NOT NULL,
    read_at         timestamptz
);
CREATE INDEX notices_recipient ON notices (recipient_kind, recipient_id, seq DESC);
CREATE INDEX notices_unread ON notices (recipient_kind, recipient_id) WHERE read_at IS NULL;
CREATE INDEX notices_org_path ON notices (org_path text_pattern_ops);

-- E-mail and SMS to send: one per (event, recipient, channel); the worker sends them.
CREATE TABLE deliveries (
    id           uuid PRIMARY KEY,
    notice_id    uuid        NOT NULL REFERENCES notices (id),
    channel      text        NOT NULL,
    status       text        NOT NULL DEFAULT 'pending',  -- pending, sent, failed, skipped
    urgent       boolean     NOT NULL,
    not_before   timestamptz,                             -- null: as soon as possible
    deferred     boolean     NOT NULL DEFAULT false,      -- held back by quiet hours
    attempts     int         NOT NULL DEFAULT 0,
    last_error   text,
    created_at   timestamptz NOT NULL,
    last_try_at  timestamptz,
    done_at      timestamptz
);
CREATE INDEX deliveries_due ON deliveries (not_before NULLS FIRST) WHERE status = 'pending';
CREATE INDEX deliveries_notice ON deliveries (notice_id);

-- Preferences: channels switched off per message kind, and quiet hours (null: the default).
CREATE TABLE preferences (
    recipient_kind text        NOT NULL,
    recipient_id   uuid        NOT NULL,
    off            jsonb       NOT NULL DEFAULT '{}',
    quiet_start    text,
    quiet_end      text,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (recipient_kind, recipient_id)
);

-- Every public event of the platform, in the order it was committed here (appends take an
-- advisory lock, so a sequence number is never overtaken by a smaller one committing later).
CREATE TABLE public_log (
    seq       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id  uuid        NOT NULL UNIQUE,
    type      text        NOT NULL,
    org_path  text,
    body      bytea       NOT NULL,
    time      timestamptz NOT NULL
);
CREATE INDEX public_log_type ON public_log (type, seq);

-- Webhook subscriptions of other city systems, each with its position in the log.
CREATE TABLE subscriptions (
    id              uuid PRIMARY KEY,
    name            text        NOT NULL,
    url             text        NOT NULL,
    patterns        text[]      NOT NULL,
    likes           text[]      NOT NULL,
    secret          text        NOT NULL,
    org_id          uuid,
    scope_path      text        NOT NULL,
    created_by      uuid        NOT NULL,
    status          text        NOT NULL DEFAULT 'active',    -- active, suspended, disabled
    position        bigint      NOT NULL,                     -- the last log seq handled
    head_attempts   int         NOT NULL DEFAULT 0,           -- tries of the event at the head
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX subscriptions_scope ON subscriptions (scope_path text_pattern_ops);

CREATE TABLE webhook_deliveries (
    id              uuid PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES subscriptions (id),
    log_seq         bigint      NOT NULL,
    event_id        uuid        NOT NULL,
    event_type      text        NOT NULL,
    status          text        NOT NULL,   -- retrying, delivered, failed
    attempts        int         NOT NULL,
    replays         int         NOT NULL DEFAULT 0,
    last_status     int,
    last_error      text,
    first_try_at    timestamptz NOT NULL,
    last_try_at     timestamptz NOT NULL,
    UNIQUE (subscription_id, log_seq)
);
CREATE INDEX webhook_deliveries_status ON webhook_deliveries (subscription_id, status, log_seq);
