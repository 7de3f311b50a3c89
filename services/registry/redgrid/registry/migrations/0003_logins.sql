-- Who a person is at the city's identity provider (the `sub` of its tokens): set by the office,
-- or on a first login whose verified phone matches exactly one person. One person per subject.
ALTER TABLE people ADD COLUMN idp_subject text UNIQUE;
CREATE INDEX people_phone_digits ON people (regexp_replace(phone, '\D', '', 'g'))
    WHERE phone IS NOT NULL AND idp_subject IS NULL;
