-- 12345 practice (issue 20): 延期申请, 协办, template responses, the mediation parties' reads.

-- 延期申请: the holder asks for a later deadline with a reason; the office approves or refuses.
-- custody_id: the custody it was asked under; once the ticket changes hands the request lapses
-- (an approval then is refused: the new holder's clock is not the one asked about).
CREATE TABLE extensions (
    id           uuid PRIMARY KEY,
    ticket_id    uuid        NOT NULL REFERENCES tickets (id),
    status       text        NOT NULL CHECK (status IN ('asked', 'approved', 'refused')),
    reason       text        NOT NULL,
    due_at       timestamptz NOT NULL,  -- the deadline asked for
    due_before   timestamptz,           -- the deadline when asked
    custody_id   bigint      NOT NULL REFERENCES custody (id),
    asked_by     uuid,
    asked_at     timestamptz NOT NULL,
    decided_by   uuid,
    decided_at   timestamptz,
    decision     text                   -- the office's words (a refusal's reason)
);
-- One request waits at a time.
CREATE UNIQUE INDEX extensions_one_asked ON extensions (ticket_id) WHERE status = 'asked';
CREATE INDEX extensions_ticket ON extensions (ticket_id, asked_at);

-- 协办: departments or grids handling a part beside the lead (主办); each signs and resolves
-- its part.
CREATE TABLE cohandlers (
    id          uuid PRIMARY KEY,
    ticket_id   uuid        NOT NULL REFERENCES tickets (id),
    level       text        NOT NULL,  -- grid, community, street, department
    org_id      uuid,
    org_path    text        NOT NULL DEFAULT '',
    grid_id     uuid,
    department  text,
    status      text        NOT NULL CHECK (status IN ('assigned', 'signed', 'resolved')),
    added_by    uuid,
    added_at    timestamptz NOT NULL,
    signed_by   uuid,
    signed_at   timestamptz,
    resolved_by uuid,
    resolved_at timestamptz,
    resolution  text
);
CREATE UNIQUE INDEX cohandlers_once ON cohandlers
    (ticket_id, coalesce(org_id::text, ''), coalesce(department, ''));
CREATE INDEX cohandlers_org ON cohandlers (org_path text_pattern_ops) WHERE status <> 'resolved';

-- Template responses (答复模板) a street office keeps per category for its staff's replies.
CREATE TABLE reply_templates (
    id         uuid PRIMARY KEY,
    street_id  uuid        NOT NULL,
    category   text        NOT NULL REFERENCES categories (code),
    title      text        NOT NULL,
    body       text        NOT NULL,
    created_by uuid,
    updated_at timestamptz NOT NULL,
    UNIQUE (street_id, category, title)
);

-- The contact access log now also records reads of a mediation's parties.
ALTER TABLE contact_access ADD COLUMN subject text NOT NULL DEFAULT 'reporter'
    CHECK (subject IN ('reporter', 'parties'));
