-- Records that cannot be wrong: an activity or a joint meeting is corrected or withdrawn with
-- its reason on record, never deleted; the figures and the public board leave withdrawn ones out.
ALTER TABLE activities ADD COLUMN withdrawn_at timestamptz,
                       ADD COLUMN withdrawn_reason text,
                       ADD COLUMN corrected_at timestamptz;
ALTER TABLE meetings ADD COLUMN withdrawn_at timestamptz,
                     ADD COLUMN withdrawn_reason text,
                     ADD COLUMN corrected_at timestamptz;

-- Every correction and withdrawal: what the record said before, who changed it, and why.
CREATE TABLE record_changes (
    id          uuid PRIMARY KEY,
    record_kind text        NOT NULL CHECK (record_kind IN ('activity', 'meeting')),
    record_id   uuid        NOT NULL,
    action      text        NOT NULL CHECK (action IN ('corrected', 'withdrawn')),
    reason      text        NOT NULL,
    before      jsonb       NOT NULL,
    changed_by  uuid,
    changed_at  timestamptz NOT NULL
);
CREATE INDEX record_changes_record ON record_changes (record_kind, record_id, changed_at);

-- Resolutions are counted by when their meeting was held, as meetings are.
CREATE INDEX resolutions_meeting ON resolutions (meeting_id);
