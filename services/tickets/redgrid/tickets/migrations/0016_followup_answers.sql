-- 回访 as 12345 offices record it (issue 20): 是否解决 (solved) and 是否满意 (satisfaction) as two
-- answers, who made the call and when. The old 1-5 score stays readable in `rating`; the rows
-- that have one get the satisfaction it reads as (domain/followups.of_rating), so the rates
-- count old and new follow-ups alike.
ALTER TABLE tickets
    ADD COLUMN solved             boolean,
    ADD COLUMN satisfaction       text CHECK (satisfaction IN ('satisfied', 'basically_satisfied',
                                                             'dissatisfied', 'unevaluated')),
    ADD COLUMN followup_by        uuid,
    ADD COLUMN followup_called_at timestamptz;

UPDATE tickets SET satisfaction = CASE WHEN rating >= 4 THEN 'satisfied'
                                       WHEN rating = 3 THEN 'basically_satisfied'
                                       ELSE 'dissatisfied' END,
                   followup_called_at = followed_up_at
WHERE rating IS NOT NULL;
