-- The lists service (三张清单): resources offered, needs published and claimed, projects and the
-- activities they hold; co-building agreements and joint meetings whose resolutions are followed.
-- org_path columns copy the path of the organisation a row belongs to (a community, or a
-- project's owner) so that a subtree is one index range; a registry move rewrites them.

-- Read models from the registry (orgs come from the shared module).
CREATE TABLE units (
    id            uuid PRIMARY KEY,
    name          text   NOT NULL,
    kind          text   NOT NULL,
    org_id        uuid   NOT NULL,
    org_path      text   NOT NULL,
    community_ids uuid[] NOT NULL DEFAULT '{}',
    version       bigint NOT NULL
);
CREATE INDEX units_communities ON units USING gin (community_ids);

CREATE TABLE teams (
    id        uuid PRIMARY KEY,
    name      text    NOT NULL,
    org_id    uuid    NOT NULL,
    org_path  text    NOT NULL,
    leader_id uuid,
    active    boolean NOT NULL,
    version   bigint  NOT NULL
);

-- Tickets and service orders as their services announce them: candidates for the need list and
-- what a resolution followed as a ticket waits for. No personal data is kept.
CREATE TABLE sources (
    kind         text   NOT NULL,
    id           uuid   NOT NULL,
    number       text,
    title        text   NOT NULL,
    category     text,
    status       text   NOT NULL,
    community_id uuid,
    org_path     text   NOT NULL,
    version      bigint NOT NULL,
    updated_at   timestamptz,
    PRIMARY KEY (kind, id)
);
CREATE INDEX sources_community ON sources (community_id, kind);

-- 资源清单
CREATE TABLE resources (
    id              uuid PRIMARY KEY,
    kind            text        NOT NULL,
    title           text        NOT NULL,
    description     text        NOT NULL DEFAULT '',
    quantity        bigint,
    unit_of_measure text,
    used            bigint      NOT NULL DEFAULT 0,
    available_from  date,
    available_until date,
    availability    text,
    offerer_kind    text        NOT NULL,
    offerer_id      uuid        NOT NULL,
    community_id    uuid        NOT NULL,
    org_path        text        NOT NULL,
    status          text        NOT NULL DEFAULT 'offered',
    offered_at      timestamptz NOT NULL,
    first_used_at   timestamptz,
    withdrawn_at    timestamptz,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 1,
    CHECK (quantity IS NULL OR (quantity > 0 AND used <= quantity))
);
CREATE INDEX resources_org_path ON resources (org_path text_pattern_ops, id);
CREATE INDEX resources_offerer ON resources (offerer_kind, offerer_id);

-- 需求清单: the checks are the last line against over-claiming (the use case locks the row).
CREATE TABLE needs (
    id              uuid PRIMARY KEY,
    title           text        NOT NULL,
    description     text        NOT NULL DEFAULT '',
    category        text        NOT NULL,
    community_id    uuid        NOT NULL,
    org_path        text        NOT NULL,
    quantity        int         NOT NULL CHECK (quantity > 0),
    unit_of_measure text        NOT NULL,
    claimed         int         NOT NULL DEFAULT 0,
    fulfilled       int         NOT NULL DEFAULT 0,
    status          text        NOT NULL DEFAULT 'open',
    due_on          date,
    source_kind     text,
    source_id       uuid,
    resolution_id   uuid,
    published_by    uuid,
    published_at    timestamptz NOT NULL,
    met_at          timestamptz,
    closed_at       timestamptz,
    close_reason    text,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 1,
    CHECK (claimed >= 0 AND claimed <= quantity),
    CHECK (fulfilled >= 0 AND fulfilled <= claimed)
);
CREATE INDEX needs_org_path ON needs (org_path text_pattern_ops, id);
CREATE INDEX needs_community ON needs (community_id, status);
CREATE UNIQUE INDEX needs_source ON needs (source_kind, source_id) WHERE source_id IS NOT NULL;

CREATE TABLE claims (
    id           uuid PRIMARY KEY,
    need_id      uuid        NOT NULL REFERENCES needs (id),
    unit_id      uuid        NOT NULL,
    resource_id  uuid REFERENCES resources (id),
    quantity     int         NOT NULL CHECK (quantity > 0),
    status       text        NOT NULL DEFAULT 'made',
    note         text        NOT NULL DEFAULT '',
    community_id uuid        NOT NULL,
    org_path     text        NOT NULL,
    made_by      uuid,
    made_at      timestamptz NOT NULL,
    confirmed_at timestamptz,
    fulfilled_at timestamptz,
    ended_at     timestamptz,
    reason       text,
    version      bigint      NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX claims_one_live ON claims (need_id, unit_id)
    WHERE status IN ('made', 'confirmed');
CREATE INDEX claims_need ON claims (need_id);
CREATE INDEX claims_unit ON claims (unit_id, made_at);
CREATE INDEX claims_org_path ON claims (org_path text_pattern_ops);

-- 项目清单
CREATE TABLE projects (
    id               uuid PRIMARY KEY,
    title            text        NOT NULL,
    description      text        NOT NULL DEFAULT '',
    owner_org_id     uuid        NOT NULL,
    community_id     uuid,
    org_path         text        NOT NULL,
    status           text        NOT NULL DEFAULT 'planned',
    starts_on        date,
    ends_on          date,
    beneficiaries    int,
    beneficiary_kind text        NOT NULL DEFAULT 'people',
    resolution_id    uuid,
    created_by       uuid,
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,
    completed_at     timestamptz,
    ended_at         timestamptz,
    version          bigint      NOT NULL DEFAULT 1
);
CREATE INDEX projects_org_path ON projects (org_path text_pattern_ops, id);

CREATE TABLE project_partners (
    project_id uuid NOT NULL REFERENCES projects (id),
    unit_id    uuid NOT NULL,
    PRIMARY KEY (project_id, unit_id)
);
CREATE INDEX project_partners_unit ON project_partners (unit_id);

CREATE TABLE project_needs (
    project_id uuid NOT NULL REFERENCES projects (id),
    need_id    uuid NOT NULL REFERENCES needs (id),
    PRIMARY KEY (project_id, need_id)
);

CREATE TABLE project_resources (
    project_id  uuid   NOT NULL REFERENCES projects (id),
    resource_id uuid   NOT NULL REFERENCES resources (id),
    quantity    bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, resource_id)
);

CREATE TABLE milestones (
    id         uuid PRIMARY KEY,
    project_id uuid NOT NULL REFERENCES projects (id),
    title      text NOT NULL,
    due_on     date,
    done_on    date
);
CREATE INDEX milestones_project ON milestones (project_id, due_on);

CREATE TABLE activities (
    id           uuid PRIMARY KEY,
    project_id   uuid        NOT NULL REFERENCES projects (id),
    title        text        NOT NULL,
    kind         text        NOT NULL,
    held_on      date        NOT NULL,
    participants int         NOT NULL DEFAULT 0,
    served       int         NOT NULL DEFAULT 0,
    unit_ids     uuid[]      NOT NULL DEFAULT '{}',
    community_id uuid,
    org_path     text        NOT NULL,
    recorded_by  uuid,
    recorded_at  timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 1
);
CREATE INDEX activities_project ON activities (project_id, held_on);
CREATE INDEX activities_org_path ON activities (org_path text_pattern_ops, held_on);

-- 共建协议
CREATE TABLE agreements (
    id           uuid PRIMARY KEY,
    unit_id      uuid        NOT NULL,
    community_id uuid        NOT NULL,
    org_path     text        NOT NULL,
    title        text        NOT NULL,
    terms        text        NOT NULL DEFAULT '',
    signed_on    date        NOT NULL,
    valid_until  date,
    status       text        NOT NULL DEFAULT 'active',
    ended_on     date,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX agreements_one_active ON agreements (unit_id, community_id)
    WHERE status = 'active';
CREATE INDEX agreements_org_path ON agreements (org_path text_pattern_ops);

-- 党建联席会议 and their resolutions
CREATE TABLE meetings (
    id           uuid PRIMARY KEY,
    community_id uuid        NOT NULL,
    org_path     text        NOT NULL,
    title        text        NOT NULL,
    held_at      timestamptz NOT NULL,
    place        text,
    attendees    jsonb       NOT NULL DEFAULT '[]',
    unit_ids     uuid[]      NOT NULL DEFAULT '{}',
    agenda       text[]      NOT NULL DEFAULT '{}',
    minutes      text        NOT NULL DEFAULT '',
    recorded_by  uuid,
    recorded_at  timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 1
);
CREATE INDEX meetings_org_path ON meetings (org_path text_pattern_ops, held_at);

CREATE TABLE resolutions (
    id               uuid PRIMARY KEY,
    meeting_id       uuid        NOT NULL REFERENCES meetings (id),
    seq              int         NOT NULL,
    text             text        NOT NULL,
    community_id     uuid        NOT NULL,
    org_path         text        NOT NULL,
    due_on           date,
    status           text        NOT NULL DEFAULT 'open',
    follow_kind      text,
    need_id          uuid REFERENCES needs (id),
    project_id       uuid REFERENCES projects (id),
    ticket_id        uuid,
    assignee_unit_id uuid,
    assignee_org_id  uuid,
    note             text,
    recorded_at      timestamptz NOT NULL,
    done_at          timestamptz,
    version          bigint      NOT NULL DEFAULT 1,
    UNIQUE (meeting_id, seq)
);
CREATE INDEX resolutions_org_path ON resolutions (org_path text_pattern_ops, status);
CREATE INDEX resolutions_need ON resolutions (need_id) WHERE need_id IS NOT NULL;
CREATE INDEX resolutions_project ON resolutions (project_id) WHERE project_id IS NOT NULL;
CREATE INDEX resolutions_ticket ON resolutions (ticket_id) WHERE ticket_id IS NOT NULL;
