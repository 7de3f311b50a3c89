-- Likely duplicates (queries/tickets.py nearby_open) are looked up by place without reading a
-- whole band of the city. A ticket's point falls in a cell of 0.002 degrees of latitude by
-- 0.004 of longitude (taller and wider than the 150 m searched, up to 60 degrees north:
-- domain/duplicates.py): the cells around a point hold every ticket near it,
-- and only the open tickets of its category there, the most recent first, are read. The
-- (category, lat, lng) index read every ticket of the category at the point's latitude, from
-- one side of the city to the other: measured in the benchmark, 0.3 ms an intake at 4,000
-- tickets, 2.6 ms at 16,000.
ALTER TABLE tickets ADD COLUMN near_cell bigint GENERATED ALWAYS AS (
    floor(lat / 0.002::float8)::bigint * 1000003 + floor(lng / 0.004::float8)::bigint) STORED;
CREATE INDEX tickets_near_cell ON tickets (category, near_cell, received_at DESC)
    WHERE near_cell IS NOT NULL;
DROP INDEX tickets_near;
-- Those of a ticket without a point are looked up by address among the tickets of its
-- category without a point: these only, not every ticket of the category of three days.
CREATE INDEX tickets_address_only ON tickets (category, received_at DESC)
    WHERE lat IS NULL AND address IS NOT NULL;
