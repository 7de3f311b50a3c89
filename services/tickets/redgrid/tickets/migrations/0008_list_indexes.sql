-- Lists that a filter narrows to a small share of a street's tickets read them from an index
-- in the list's own order (received_at DESC, id DESC) instead of walking every ticket received
-- since (queries/tickets.py listing; measured at a million tickets in a street): one grid's
-- (a thousandth of them: 40 ms a page), one person's (a grid worker's "mine"), and the work
-- still to do by status (the open statuses are a few percent of a year's tickets: 300 ms for a
-- community's tickets in progress; the finished ones are common enough to walk the list).
CREATE INDEX tickets_grid ON tickets (grid_id, received_at DESC, id DESC);
CREATE INDEX tickets_assignee ON tickets (assignee_id, received_at DESC, id DESC)
    WHERE assignee_id IS NOT NULL;
CREATE INDEX tickets_open_status ON tickets (status, received_at DESC, id DESC)
    WHERE status IN ('received', 'accepted', 'dispatched', 'signed', 'in_progress', 'bounced');
