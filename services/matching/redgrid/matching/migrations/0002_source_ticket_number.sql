-- The number of the ticket an order came from (工单编号), shown beside source_ticket_id: the
-- ticket's snapshot carries it when the order is placed. Older orders keep it in their
-- description ("from ticket <number>"), from where it is copied once.
ALTER TABLE orders ADD COLUMN source_ticket_number text;
UPDATE orders SET source_ticket_number = nullif(substr(description, 13), '')
 WHERE source_ticket_id IS NOT NULL AND description LIKE 'from ticket %';
