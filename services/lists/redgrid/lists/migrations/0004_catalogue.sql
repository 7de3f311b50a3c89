-- One vocabulary: needs' categories and the services resources offer are the words of the
-- registry's catalogue (common/catalogue, applied just before this file): elderly_care → 助老,
-- general → 综合服务. A category it does not know stays as it was.
UPDATE needs SET category = catalogue_code(category);
ALTER TABLE resources ADD COLUMN service_types text[] NOT NULL DEFAULT '{}';
CREATE INDEX resources_service_types ON resources USING gin (service_types);
