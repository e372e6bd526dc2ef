-- Pull pages are bounded in bytes as well as rows (issue 15): each record's size as JSON text is kept with
-- it, computed once when it is written, so a pull adds sizes up in its index-ordered scan and turns only
-- the records that fit its page into text. The (practice_id, seq) index already fits the pull's filter and
-- order (see README, "Pulls"); no new index is needed.
ALTER TABLE records
  ADD COLUMN data_bytes integer GENERATED ALWAYS AS (octet_length(data::text)) STORED;
