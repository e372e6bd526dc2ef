-- Records carry their evolution (src/domain/record-evolution.ts): the version each record kind's stored data
-- has, so the server brings the data of a kind whose shape changed up to date once, when it starts (see
-- migrate-records.ts). A kind without a row is of the baseline version 7.
CREATE TABLE record_data_versions (
  entity text PRIMARY KEY,
  version integer NOT NULL
);
