-- Reminders before a booked time (an accepted order's window, a roster duty): one row per
-- booking, written in the transaction that records its redgrid.matching.reminder.due event.
-- The primary key makes a second reminder of a booking impossible, however many replicas look.
CREATE TABLE reminders (
    booking_id bigint      PRIMARY KEY REFERENCES bookings (id),
    id         uuid        NOT NULL UNIQUE,
    sent_at    timestamptz NOT NULL
);
CREATE INDEX bookings_starting ON bookings (lower(during)) WHERE active;
