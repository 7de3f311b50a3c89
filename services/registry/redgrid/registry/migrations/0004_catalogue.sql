-- One vocabulary: people's and teams' free tags become the catalogue's words (common/catalogue,
-- applied just before this file): repair and repairs → 维修, elderly_care → 助老, …
-- A tag the catalogue does not know stays as it was, to be chosen anew when next edited.
UPDATE people SET skills = catalogue_codes(skills) WHERE skills <> '{}';
UPDATE teams SET skills = catalogue_codes(skills) WHERE skills <> '{}';
