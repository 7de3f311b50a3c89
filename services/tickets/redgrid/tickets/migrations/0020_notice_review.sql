-- 公示稿: a matter's public summary, apart from its raw title and response. The detector
-- proposes it masked when the response is given (公示回应); the office edits and approves it
-- (a step on the timeline); the public notice and anonymous Open311 show only what was approved.
CREATE TABLE notice_drafts (
    ticket_id         uuid PRIMARY KEY REFERENCES tickets (id),
    proposed_title    text        NOT NULL,
    proposed_response text        NOT NULL,
    proposed_at       timestamptz NOT NULL,
    title             text,           -- as approved
    response          text,
    approved_by       uuid,
    approved_at       timestamptz
);
-- What the public sees: only approved summaries (queries/notices.SHOWN).
CREATE INDEX notice_drafts_approved ON notice_drafts (ticket_id) WHERE approved_at IS NOT NULL;
