-- Grids as the registry announces them: routing a place to its grid, nearness, scope.
CREATE TABLE grids (
    id             uuid PRIMARY KEY,
    code           text             NOT NULL,
    name           text             NOT NULL,
    kind           text             NOT NULL,
    parent_grid_id uuid,
    community_id   uuid             NOT NULL,
    org_id         uuid             NOT NULL,
    org_path       text             NOT NULL,
    area           jsonb,
    center_lat     double precision,
    center_lng     double precision,
    address_keys   text[]           NOT NULL DEFAULT '{}',
    status         text             NOT NULL,
    version        bigint           NOT NULL
);
CREATE INDEX grids_org_path ON grids (org_path text_pattern_ops);
CREATE INDEX grids_community ON grids (community_id);
