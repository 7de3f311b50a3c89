-- The milestones the figures count (docs/tickets.md, "Figures") kept on the ticket row: the
-- step that first reaches one writes it, in its own transaction (usecases/stepping.py), so the
-- figures read one row per ticket instead of aggregating every ticket's steps (measured on a
-- street's year of a million tickets and eight million steps: 15 s for the year, 2.5 s for a
-- month). accepted_at, resolved_at, the rating, merged_into_id and the status 'rejected' were
-- milestones already: each is written once, by its own step, and the workflow never undoes it.
ALTER TABLE tickets
    ADD COLUMN first_dispatched_at timestamptz,
    ADD COLUMN first_signed_at     timestamptz,
    ADD COLUMN first_bounced_at    timestamptz,
    ADD COLUMN first_escalated_at  timestamptz;

UPDATE tickets t
   SET first_dispatched_at = s.dispatched, first_signed_at = s.signed,
       first_bounced_at = s.bounced, first_escalated_at = s.escalated
  FROM (SELECT ticket_id,
               min(at) FILTER (WHERE action = 'dispatch') AS dispatched,
               min(at) FILTER (WHERE action = 'sign') AS signed,
               min(at) FILTER (WHERE action = 'bounce') AS bounced,
               min(at) FILTER (WHERE action = 'escalate') AS escalated
          FROM ticket_steps
         WHERE action IN ('dispatch', 'sign', 'bounce', 'escalate')
         GROUP BY ticket_id) s
 WHERE s.ticket_id = t.id;
