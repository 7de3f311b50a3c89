-- People as the registry announces them (no contact data): roles, membership, skills, teams.
CREATE TABLE people (
    id           uuid PRIMARY KEY,
    name         text    NOT NULL,
    home_org_id  uuid    NOT NULL,
    org_path     text    NOT NULL,
    grid_id      uuid,
    skills       text[]  NOT NULL DEFAULT '{}',
    availability jsonb   NOT NULL DEFAULT '[]',
    roles        jsonb   NOT NULL DEFAULT '[]',
    membership   jsonb,
    team_ids     uuid[]  NOT NULL DEFAULT '{}',
    status       text    NOT NULL,
    version      bigint  NOT NULL
);
CREATE INDEX people_org_path ON people (org_path text_pattern_ops);
CREATE INDEX people_grid ON people (grid_id);
CREATE INDEX people_skills ON people USING gin (skills);

-- Who holds which role where, flattened from people.roles for quick "who works this grid".
CREATE TABLE person_roles (
    person_id  uuid NOT NULL,
    role_id    uuid NOT NULL,
    role       text NOT NULL,
    org_id     uuid NOT NULL,
    grid_id    uuid,
    employment text,
    PRIMARY KEY (person_id, role_id)
);
CREATE INDEX person_roles_grid ON person_roles (grid_id, role);
CREATE INDEX person_roles_org ON person_roles (org_id, role);
