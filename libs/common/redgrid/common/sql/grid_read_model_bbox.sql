-- Each grid's bounding box, so that locating a point reads the few grids that may hold it
-- rather than every grid of the city.
ALTER TABLE grids
    ADD COLUMN min_lat double precision,
    ADD COLUMN max_lat double precision,
    ADD COLUMN min_lng double precision,
    ADD COLUMN max_lng double precision;
UPDATE grids g SET min_lat = b.min_lat, max_lat = b.max_lat, min_lng = b.min_lng,
                   max_lng = b.max_lng
FROM (SELECT id, min((p ->> 1)::float8) AS min_lat, max((p ->> 1)::float8) AS max_lat,
             min((p ->> 0)::float8) AS min_lng, max((p ->> 0)::float8) AS max_lng
      FROM grids, jsonb_array_elements(area) AS p WHERE jsonb_typeof(area) = 'array'
      GROUP BY id) b
WHERE g.id = b.id;
CREATE INDEX grids_bbox ON grids (min_lat, max_lat) WHERE status = 'active';
