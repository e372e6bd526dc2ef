-- The practice is the unit of ordering: each practice numbers its own changes, so a push locks only its
-- own practice's counter and pushes of different practices commit in parallel (issue 15).
-- Every existing practice starts from the global value: every seq a device of any practice has seen is
-- at most that, so seq keeps growing within each practice and a device's checkpoint stays valid without
-- a re-download. Existing seq values in records and conflicts are kept as they are.
CREATE TABLE practice_sequences (
  practice_id uuid PRIMARY KEY REFERENCES practices (id),
  value bigint NOT NULL
);
INSERT INTO practice_sequences (practice_id, value)
SELECT p.id, s.value FROM practices p CROSS JOIN sync_sequence s;
DROP TABLE sync_sequence;
