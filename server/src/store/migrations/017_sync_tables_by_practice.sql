-- The device tables lead with the practice, like every table of a practice's data (issue 15): the schema can
-- then be distributed by practice_id with Citus, and a push finds its device within its own practice.
-- sync_mutations gets the practice of its device (outcomes are only stored for a registered device, so every
-- row has one; SET NOT NULL would stop the migration otherwise rather than drop an outcome). A device id is
-- now unique within a practice; the push reads it only within the pushing account's practice.
ALTER TABLE sync_mutations ADD COLUMN practice_id uuid;

UPDATE sync_mutations m SET practice_id = c.practice_id FROM sync_clients c WHERE c.client_id = m.client_id;

ALTER TABLE sync_mutations ALTER COLUMN practice_id SET NOT NULL;

ALTER TABLE sync_mutations DROP CONSTRAINT sync_mutations_pkey;

ALTER TABLE sync_mutations ADD PRIMARY KEY (practice_id, client_id, mutation_id);

ALTER TABLE sync_clients DROP CONSTRAINT sync_clients_pkey;

ALTER TABLE sync_clients ADD PRIMARY KEY (practice_id, client_id);
