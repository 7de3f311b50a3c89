-- The organisation tree as the registry announces it: enough to decide who may see what.
-- path is '/<id>/<id>/…/' from the root; a subtree is a path prefix.
CREATE TABLE orgs (
    id        uuid PRIMARY KEY,
    parent_id uuid,
    kind      text   NOT NULL,
    name      text   NOT NULL,
    path      text   NOT NULL,
    active    boolean NOT NULL DEFAULT true,
    version   bigint NOT NULL
);
CREATE INDEX orgs_path ON orgs (path text_pattern_ops);
