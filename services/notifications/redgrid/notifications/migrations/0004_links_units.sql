-- Every notice leads somewhere in the web app: its route (/m/orders/<id>, /desk/needs/<id>,
-- docs/notifications.md); the base URL (REDGRID_WEB_BASE_URL) goes in front when shown or sent.
ALTER TABLE notices ADD COLUMN link text;

-- Co-building units and the communities they serve (redgrid.registry.unit.*): told of the
-- needs those communities publish.
CREATE TABLE unit_communities (
    id            uuid PRIMARY KEY,
    community_ids uuid[] NOT NULL DEFAULT '{}',
    version       bigint NOT NULL
);
CREATE INDEX unit_communities_gin ON unit_communities USING gin (community_ids);
