-- Subtree lists walk these in tree order, the scope written as a range of paths compared byte
-- by byte (queries/subtree.py): a prepared statement's generic plan uses them whatever the
-- scope's size, where the text_pattern_ops indexes serve only a LIKE on a known prefix.
CREATE INDEX orgs_tree ON orgs (path COLLATE "C");
CREATE INDEX grids_tree ON grids (org_path COLLATE "C", id);
CREATE INDEX people_tree ON people (org_path COLLATE "C", id);
