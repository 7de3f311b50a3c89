-- The follower keeps only the shared read models.
SELECT 1;
