-- The tickets service: residents' matters (民情) from intake to follow-up, 一号一档.
-- org_path is the path of the organisation holding a ticket; area_path the path of the place the
-- matter is in (its grid's organisation, else its community, else its street): staff see a ticket
-- when either lies in their subtree.

-- Number prefixes of streets (一号一档): from the street's org code, or set by its office.
CREATE TABLE street_prefixes (
    street_id uuid PRIMARY KEY,
    prefix    text   NOT NULL UNIQUE,
    set_by    text   NOT NULL DEFAULT 'registry',  -- 'registry' (from the code) or 'office'
    version   bigint NOT NULL DEFAULT 0
);

-- One counter per (street, year): incremented in the intake's transaction, so a rollback takes
-- the number back and concurrent intakes queue on the row: no gaps, no duplicates.
CREATE TABLE ticket_counters (
    street_id uuid NOT NULL,
    year      int  NOT NULL,
    last      int  NOT NULL,
    PRIMARY KEY (street_id, year)
);

CREATE TABLE categories (
    code      text PRIMARY KEY,
    name      text    NOT NULL,
    public    boolean NOT NULL DEFAULT true,
    mediation boolean NOT NULL DEFAULT false
);

-- The dispatch catalogue (派单目录) with effective dates; street_id NULL is the city default and
-- a street's own row wins over it. An edit ends the row in force and starts a new one.
CREATE TABLE catalogue (
    id                 uuid PRIMARY KEY,
    category           text        NOT NULL REFERENCES categories (code),
    street_id          uuid,
    level              text        NOT NULL,
    department         text,
    limit_hours        int,
    limit_working_days int,
    emergency          boolean     NOT NULL,
    sign_hours         int         NOT NULL,
    valid_from         timestamptz NOT NULL,
    valid_to           timestamptz,
    created_by         uuid,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX catalogue_lookup ON catalogue (category, street_id, valid_from);

CREATE TABLE tickets (
    id                 uuid PRIMARY KEY,
    number             text        NOT NULL UNIQUE,
    kind               text        NOT NULL,
    channel            text        NOT NULL,
    appeal_kind        text        NOT NULL,
    category           text        NOT NULL REFERENCES categories (code),
    title              text        NOT NULL,
    description        text        NOT NULL DEFAULT '',
    status             text        NOT NULL,
    emergency          boolean     NOT NULL DEFAULT false,
    grid_id            uuid,
    community_id       uuid,
    street_id          uuid,
    area_path          text        NOT NULL,
    level              text        NOT NULL,
    department         text,
    org_id             uuid,
    org_path           text        NOT NULL,
    assignee_id        uuid,
    reporter_person_id uuid,
    external_ref       text,
    lat                double precision,
    lng                double precision,
    address            text,
    occurred_at        timestamptz,
    received_at        timestamptz NOT NULL,
    accepted_at        timestamptz,
    limit_hours        int,
    limit_working_days int,
    sign_hours         int         NOT NULL DEFAULT 24,
    first_due_at       timestamptz,  -- the deadline first set: "on time" is judged by it
    due_at             timestamptz,  -- the deadline of the current holder
    remind_at          timestamptz,  -- NULL once reminded for the current due_at
    calendar_covered   boolean     NOT NULL DEFAULT true,
    escalation_level   int         NOT NULL DEFAULT 0,
    resolved_at        timestamptz,
    closed_at          timestamptz,
    merged_into_id     uuid REFERENCES tickets (id),
    follows_id         uuid REFERENCES tickets (id),
    visit_id           uuid,
    possible_duplicates uuid[]     NOT NULL DEFAULT '{}',
    resolution         text,
    response           text,
    response_public    boolean     NOT NULL DEFAULT false,
    published_at       timestamptz,
    rating             int CHECK (rating BETWEEN 1 AND 5),
    rating_comment     text,
    followed_up_at     timestamptz,
    anonymised_at      timestamptz,
    version            bigint      NOT NULL DEFAULT 1,
    updated_at         timestamptz NOT NULL
);
-- The same 12345 order never makes two tickets.
CREATE UNIQUE INDEX tickets_external_ref ON tickets (channel, external_ref)
    WHERE external_ref IS NOT NULL;
CREATE INDEX tickets_org_path ON tickets (org_path text_pattern_ops);
CREATE INDEX tickets_area_path ON tickets (area_path text_pattern_ops);
CREATE INDEX tickets_received ON tickets (received_at DESC, id DESC);
CREATE INDEX tickets_due ON tickets (due_at) WHERE due_at IS NOT NULL
    AND status IN ('accepted', 'dispatched', 'signed', 'in_progress', 'bounced');
CREATE INDEX tickets_remind ON tickets (remind_at) WHERE remind_at IS NOT NULL;
CREATE INDEX tickets_category_place ON tickets (category, received_at);
CREATE INDEX tickets_reporter ON tickets (reporter_person_id);
CREATE INDEX tickets_merged_into ON tickets (merged_into_id) WHERE merged_into_id IS NOT NULL;
CREATE INDEX tickets_retention ON tickets (closed_at) WHERE anonymised_at IS NULL;

-- The reporter's personal data, apart from the ticket: masked in every ordinary read, erased
-- by the retention worker.
CREATE TABLE reporters (
    ticket_id uuid PRIMARY KEY REFERENCES tickets (id),
    person_id uuid,
    name      text,
    phone     text,
    address   text
);

-- 一号一档: every step, in order, with who took it.
CREATE TABLE ticket_steps (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   uuid        NOT NULL REFERENCES tickets (id),
    action      text        NOT NULL,
    from_status text,
    to_status   text        NOT NULL,
    by_person   uuid,
    by_roles    text[]      NOT NULL DEFAULT '{}',
    reason      text,
    note        text,
    data        jsonb       NOT NULL DEFAULT '{}',
    at          timestamptz NOT NULL
);
CREATE INDEX ticket_steps_ticket ON ticket_steps (ticket_id, id);
CREATE INDEX ticket_steps_action ON ticket_steps (action, ticket_id);

-- Custody: who held the ticket from when to when (the clock's custody).
CREATE TABLE custody (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   uuid        NOT NULL REFERENCES tickets (id),
    level       text        NOT NULL,
    org_id      uuid,
    department  text,
    assignee_id uuid,
    from_at     timestamptz NOT NULL,
    to_at       timestamptz,
    reason      text        NOT NULL
);
CREATE INDEX custody_ticket ON custody (ticket_id, id);

CREATE TABLE attachments (
    id           uuid PRIMARY KEY,
    ticket_id    uuid        NOT NULL REFERENCES tickets (id),
    name         text        NOT NULL,
    content_type text        NOT NULL,
    size         bigint      NOT NULL,
    sha256       text,
    url          text,
    added_by     uuid,
    added_at     timestamptz NOT NULL
);
CREATE INDEX attachments_ticket ON attachments (ticket_id);

-- 矛盾纠纷调解: the parties (personal data), the sessions held and the agreement reached.
CREATE TABLE mediations (
    ticket_id   uuid PRIMARY KEY REFERENCES tickets (id),
    parties     jsonb       NOT NULL DEFAULT '[]',
    agreement   text,
    outcome     text,  -- agreed, failed, referred
    concluded_at timestamptz
);
CREATE TABLE mediation_sessions (
    id          uuid PRIMARY KEY,
    ticket_id   uuid        NOT NULL REFERENCES tickets (id),
    held_at     timestamptz NOT NULL,
    place       text,
    mediator_ids uuid[]     NOT NULL DEFAULT '{}',
    note        text        NOT NULL DEFAULT '',
    recorded_by uuid
);
CREATE INDEX mediation_sessions_ticket ON mediation_sessions (ticket_id, held_at);

-- 六上门 visit logs.
CREATE TABLE visits (
    id           uuid PRIMARY KEY,
    kind         text        NOT NULL,
    community_id uuid,
    grid_id      uuid,
    area_path    text        NOT NULL,
    visitor_id   uuid        NOT NULL,
    household    text,
    visited_at   timestamptz NOT NULL,
    note         text        NOT NULL DEFAULT '',
    ticket_ids   uuid[]      NOT NULL DEFAULT '{}',
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX visits_area ON visits (area_path text_pattern_ops, visited_at);

-- Every staff read of a reporter's full contact data.
CREATE TABLE contact_access (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id uuid        NOT NULL,
    reader_id uuid        NOT NULL,
    roles     text[]      NOT NULL,
    at        timestamptz NOT NULL
);
CREATE INDEX contact_access_ticket ON contact_access (ticket_id);
