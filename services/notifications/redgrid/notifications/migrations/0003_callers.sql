-- Internal: the phone of a ticket's caller without an account (redgrid.tickets.contact.recorded,
-- issue 20), who is told by SMS at acceptance and at the reply. Never logged, shown or sent on
-- but to the SMS provider; erased when the tickets service erases the matter's personal data.
CREATE TABLE callers (
    ticket_id uuid PRIMARY KEY,
    phone     text NOT NULL
);
