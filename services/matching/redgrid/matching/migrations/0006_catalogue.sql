-- One vocabulary: orders, and the skills of the people and teams kept here, take the words of
-- the registry's catalogue (common/catalogue, applied just before this file): repair and
-- repairs → 维修, elderly_care → 助老, general → 综合服务. A tag it does not know stays.
UPDATE orders SET service_type = catalogue_code(service_type),
                  needs = catalogue_codes(needs);
UPDATE people SET skills = catalogue_codes(skills) WHERE skills <> '{}';
UPDATE teams SET skills = catalogue_codes(skills) WHERE skills <> '{}';
-- the ticket category → service type map (0004) speaks the same words (便民服务 → 综合服务)
UPDATE ticket_service_types SET service_type = catalogue_code(service_type),
                                needs = catalogue_codes(needs);
