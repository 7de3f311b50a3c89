-- The registry: organisations, grids, people and their roles, teams, units, 双报到, places.
-- org_path columns copy the path of the owning organisation so that a subtree is one index range.

CREATE TABLE orgs (
    id           uuid PRIMARY KEY,
    parent_id    uuid REFERENCES orgs (id),
    kind         text        NOT NULL,
    name         text        NOT NULL,
    code         text UNIQUE,
    path         text        NOT NULL UNIQUE,
    depth        int         NOT NULL,
    secretary_id uuid,
    active       boolean     NOT NULL DEFAULT true,
    version      bigint      NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orgs_path ON orgs (path text_pattern_ops);
CREATE INDEX orgs_parent ON orgs (parent_id);

CREATE TABLE org_history (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id    uuid        NOT NULL REFERENCES orgs (id),
    change    text        NOT NULL,
    before    jsonb,
    after     jsonb,
    by_person uuid,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX org_history_org ON org_history (org_id, id);

CREATE TABLE grids (
    id             uuid PRIMARY KEY,
    code           text        NOT NULL UNIQUE,
    name           text        NOT NULL,
    kind           text        NOT NULL,
    parent_grid_id uuid REFERENCES grids (id),
    community_id   uuid        NOT NULL REFERENCES orgs (id),
    branch_id      uuid REFERENCES orgs (id),
    org_path       text        NOT NULL,
    layers         text[]      NOT NULL,
    area           jsonb,
    center_lat     double precision,
    center_lng     double precision,
    address_keys   text[]      NOT NULL DEFAULT '{}',
    households     int,
    population     int,
    status         text        NOT NULL DEFAULT 'active',
    retired_at     timestamptz,
    version        bigint      NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX grids_org_path ON grids (org_path text_pattern_ops, id);
CREATE INDEX grids_community ON grids (community_id);
CREATE INDEX grids_parent ON grids (parent_grid_id);

CREATE TABLE grid_lineage (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change    text        NOT NULL,
    from_ids  uuid[]      NOT NULL,
    to_ids    uuid[]      NOT NULL,
    reason    text,
    by_person uuid,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX grid_lineage_from ON grid_lineage USING gin (from_ids);
CREATE INDEX grid_lineage_to ON grid_lineage USING gin (to_ids);

CREATE TABLE people (
    id           uuid PRIMARY KEY,
    name         text        NOT NULL,
    phone        text,
    email        text,
    gender       text,
    birth_year   int,
    address      text,
    home_org_id  uuid        NOT NULL REFERENCES orgs (id),
    grid_id      uuid REFERENCES grids (id),
    org_path     text        NOT NULL,
    skills       text[]      NOT NULL DEFAULT '{}',
    availability jsonb       NOT NULL DEFAULT '[]',
    status       text        NOT NULL DEFAULT 'active',
    version      bigint      NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX people_org_path ON people (org_path text_pattern_ops, id);
CREATE INDEX people_grid ON people (grid_id);
CREATE INDEX people_skills ON people USING gin (skills);

CREATE TABLE person_roles (
    id             uuid PRIMARY KEY,
    person_id      uuid        NOT NULL REFERENCES people (id),
    role           text        NOT NULL,
    org_id         uuid        NOT NULL REFERENCES orgs (id),
    grid_id        uuid REFERENCES grids (id),
    employment     text,
    part_time_kind text,
    started_on     date        NOT NULL DEFAULT current_date,
    ended_on       date,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_roles_person ON person_roles (person_id);
CREATE INDEX person_roles_grid ON person_roles (grid_id) WHERE ended_on IS NULL;
CREATE INDEX person_roles_org ON person_roles (org_id) WHERE ended_on IS NULL;

CREATE TABLE party_members (
    person_id  uuid PRIMARY KEY REFERENCES people (id),
    branch_id  uuid        NOT NULL REFERENCES orgs (id),
    category   text        NOT NULL,
    joined_on  date,
    employer   text,
    version    bigint      NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX party_members_branch ON party_members (branch_id);

CREATE TABLE member_cards (
    id          uuid PRIMARY KEY,
    person_id   uuid        NOT NULL REFERENCES people (id),
    colour      text        NOT NULL,
    title       text        NOT NULL,
    content     text        NOT NULL DEFAULT '',
    recorded_on date        NOT NULL DEFAULT current_date,
    recorded_by uuid,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_cards_person ON member_cards (person_id, recorded_on);

CREATE TABLE teams (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL,
    kind       text        NOT NULL,
    org_id     uuid        NOT NULL REFERENCES orgs (id),
    org_path   text        NOT NULL,
    skills     text[]      NOT NULL DEFAULT '{}',
    leader_id  uuid REFERENCES people (id),
    active     boolean     NOT NULL DEFAULT true,
    version    bigint      NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX teams_org_path ON teams (org_path text_pattern_ops, id);

CREATE TABLE team_members (
    team_id   uuid NOT NULL REFERENCES teams (id),
    person_id uuid NOT NULL REFERENCES people (id),
    joined_on date NOT NULL DEFAULT current_date,
    left_on   date,
    PRIMARY KEY (team_id, person_id)
);
CREATE INDEX team_members_person ON team_members (person_id);

CREATE TABLE units (
    id            uuid PRIMARY KEY,
    name          text        NOT NULL,
    kind          text        NOT NULL,
    address       text,
    contact_name  text,
    contact_phone text,
    org_id        uuid        NOT NULL REFERENCES orgs (id),
    org_path      text        NOT NULL,
    version       bigint      NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX units_org_path ON units (org_path text_pattern_ops, id);

CREATE TABLE unit_communities (
    unit_id      uuid NOT NULL REFERENCES units (id),
    community_id uuid NOT NULL REFERENCES orgs (id),
    since        date NOT NULL DEFAULT current_date,
    until        date,
    PRIMARY KEY (unit_id, community_id)
);
CREATE INDEX unit_communities_community ON unit_communities (community_id);

CREATE TABLE dual_reports (
    id           uuid PRIMARY KEY,
    kind         text        NOT NULL,
    person_id    uuid REFERENCES people (id),
    unit_id      uuid REFERENCES units (id),
    community_id uuid        NOT NULL REFERENCES orgs (id),
    org_path     text        NOT NULL,
    reported_on  date        NOT NULL DEFAULT current_date,
    ended_on     date,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'member' AND person_id IS NOT NULL) OR (kind = 'unit' AND unit_id IS NOT NULL))
);
CREATE UNIQUE INDEX dual_reports_active_member ON dual_reports (person_id, community_id)
    WHERE kind = 'member' AND ended_on IS NULL;
CREATE UNIQUE INDEX dual_reports_active_unit ON dual_reports (unit_id, community_id)
    WHERE kind = 'unit' AND ended_on IS NULL;
CREATE INDEX dual_reports_org_path ON dual_reports (org_path text_pattern_ops, id);

CREATE TABLE places (
    id            uuid PRIMARY KEY,
    kind          text             NOT NULL,
    name          text             NOT NULL,
    org_id        uuid             NOT NULL REFERENCES orgs (id),
    org_path      text             NOT NULL,
    address       text,
    lat           double precision NOT NULL,
    lng           double precision NOT NULL,
    functions     text[]           NOT NULL DEFAULT '{}',
    opening_hours jsonb            NOT NULL DEFAULT '{}',
    version       bigint           NOT NULL DEFAULT 1,
    created_at    timestamptz      NOT NULL DEFAULT now()
);
CREATE INDEX places_org_path ON places (org_path text_pattern_ops, id);

-- Who read whose contact data, and when (staff only see it when their role needs it).
CREATE TABLE contact_access (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id uuid        NOT NULL,
    reader_id uuid        NOT NULL,
    roles     text[]      NOT NULL,
    purpose   text,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_access_person ON contact_access (person_id, at);
