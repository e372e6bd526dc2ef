-- One BSN names one patient within a practice (issue 14): every push looks up the BSNs it carries among
-- the practice's patients that are not deleted, in one statement, through this partial expression index.
CREATE INDEX records_patient_bsn ON records (practice_id, (data->>'bsn'))
  WHERE entity = 'patient' AND NOT is_deleted;
