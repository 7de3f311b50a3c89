-- Likely duplicates are looked up in a box around the reported point: a range on the
-- category's latitudes instead of every report of the category in the last three days.
CREATE INDEX tickets_near ON tickets (category, lat, lng) WHERE lat IS NOT NULL;
