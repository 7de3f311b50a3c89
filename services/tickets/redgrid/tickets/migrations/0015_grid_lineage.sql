-- Grids re-drawn (合并/拆分) as the registry announced them: one row per (predecessor,
-- successor). Open tickets of a retired grid are re-homed along it; a grid's figures count its
-- predecessors' tickets (libs/common/redgrid/common/lineage.py).
CREATE TABLE grid_lineage (
    change   text        NOT NULL,  -- merge, split
    from_id  uuid        NOT NULL,
    to_id    uuid        NOT NULL,
    position int         NOT NULL,  -- the successor's place in the event's to_ids (0: the default)
    reason   text,
    at       timestamptz NOT NULL,
    PRIMARY KEY (from_id, to_id)
);
CREATE INDEX grid_lineage_to ON grid_lineage (to_id);
-- Re-homing reads the open tickets of the retired grids.
CREATE INDEX tickets_grid_open ON tickets (grid_id)
    WHERE status IN ('received', 'accepted', 'dispatched', 'signed', 'in_progress', 'bounced');
