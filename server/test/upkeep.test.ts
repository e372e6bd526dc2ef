/**
 * Table upkeep on the embedded database (store/upkeep.ts). PGlite has no autovacuum, so without it the
 * planner never gets statistics: the BSN check every patient push makes then read all of a practice's
 * patients instead of using the BSN index, and pushes slowed down as the register grew.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/store/db';
import { migrate } from '../src/store/migrate';
import { runUpkeep, withUpkeep } from '../src/store/upkeep';
import { buildSql } from '../src/store/sql';
import { bsnHoldersQuery } from '../src/sync/bsn-guard';
import { openEmptyPglite } from './harness';

const PRACTICE = '01a20000-0000-7000-8000-0000000000a1';
const PATIENTS = 1500;

const TEN_BSNS = Array.from({ length: 10 }, (_, index) => String(100_000_000 + index * 250));

/**
 * A lookup by BSN written as `data->>'bsn' = ANY($2)` (as bsn-guard.ts wrote it before), as a plan in
 * JSON: without statistics the planner reads every patient of the practice, with them it uses the index.
 */
async function planDependingOnStatistics(db: Db): Promise<string> {
  const rows = await db.query<{ 'QUERY PLAN': unknown }>(
    `EXPLAIN (FORMAT JSON) SELECT record_id, data->>'bsn' AS bsn FROM records
      WHERE practice_id = $1 AND entity = 'patient' AND NOT is_deleted AND data->>'bsn' = ANY($2::text[])`,
    [PRACTICE, TEN_BSNS],
  );
  return JSON.stringify(rows[0]?.['QUERY PLAN']);
}

/** The plan of the BSN check every patient push runs (bsn-guard.ts), in JSON. */
async function bsnCheckPlan(db: Db): Promise<string> {
  const { text, values } = buildSql(bsnHoldersQuery(PRACTICE, TEN_BSNS));
  const rows = await db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${text}`, values);
  return JSON.stringify(rows[0]?.['QUERY PLAN']);
}

async function storePatients(db: Db): Promise<void> {
  await db.query("INSERT INTO practices (id, name) VALUES ($1, 'De Linde')", [PRACTICE]);
  await db.query(
    `INSERT INTO records (practice_id, entity, record_id, rev, group_revs, data, is_deleted, patient_id, seq, updated_at)
     SELECT $1, 'patient', 'p' || n, 1, '{}', jsonb_build_object('bsn', (100000000 + n)::text, 'familyName', repeat('x', 200)),
            false, 'p' || n, n, now()
       FROM generate_series(0, $2::int - 1) AS n`,
    [PRACTICE, PATIENTS],
  );
  await publishStatistics(db);
}

/**
 * PostgreSQL hands a session's table counters to pg_stat_user_tables at most once a second; a server
 * sees them on its next round, a test asks for them at once.
 */
async function publishStatistics(db: Db): Promise<void> {
  await db.query('SELECT pg_stat_force_next_flush()');
  await db.query('SELECT 1');
}

async function lastAnalysed(db: Db, table: string): Promise<unknown> {
  const rows = await db.query<{ last_analyze: unknown }>(
    'SELECT last_analyze FROM pg_stat_user_tables WHERE relname = $1',
    [table],
  );
  return rows[0]?.last_analyze ?? null;
}

describe('table upkeep on PGlite', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openEmptyPglite();
    await migrate(db);
  });
  afterEach(() => db.close());

  it('analyses a table once enough of it changed, after which the planner uses its index', async () => {
    await storePatients(db);
    expect(await planDependingOnStatistics(db)).not.toContain('records_patient_bsn');

    const round = await runUpkeep(db);

    expect(round.analysed).toContain('records');
    expect(await lastAnalysed(db, 'records')).not.toBeNull();
    expect(await planDependingOnStatistics(db)).toContain('records_patient_bsn');
  });

  it("searches the BSN index by practice and BSN in a push's BSN check, before any statistics", async () => {
    await storePatients(db);

    const plan = await bsnCheckPlan(db);

    expect(await lastAnalysed(db, 'records')).toBeNull();
    expect(plan).toContain('records_patient_bsn');
    // The BSN is a key of the index search, not a filter over every patient of the practice.
    expect(plan).toMatch(/"Index Cond":"[^"]*data ->> 'bsn'/);
    expect(plan).not.toContain('Filter');
  });

  it("leaves tables alone until autovacuum's rule says they are due again", async () => {
    await storePatients(db);
    await runUpkeep(db);
    // 50 + 10% of 1,500 rows is 200: 100 changed rows are not enough.
    await db.query(
      "UPDATE records SET rev = 2 WHERE practice_id = $1 AND record_id IN (SELECT 'p' || n FROM generate_series(0, 99) AS n)",
      [PRACTICE],
    );
    await publishStatistics(db);
    expect((await runUpkeep(db)).analysed).not.toContain('records');
  });

  it('vacuums a table with many dead rows', async () => {
    await storePatients(db);
    await runUpkeep(db);
    await db.query('DELETE FROM records WHERE practice_id = $1 AND seq < 1000', [PRACTICE]);
    await publishStatistics(db);

    const round = await runUpkeep(db);

    expect(round.vacuumed).toEqual(['records']);
    const [stats] = await db.query<{ n_dead_tup: number }>(
      "SELECT n_dead_tup::int FROM pg_stat_user_tables WHERE relname = 'records'",
    );
    expect(stats?.n_dead_tup).toBe(0);
  });
});

describe('upkeep while the server runs', () => {
  it('runs a round at once and on its interval, and closing waits for it and closes the database', async () => {
    const inner = await openEmptyPglite();
    await migrate(inner);
    await storePatients(inner);
    const errors: unknown[] = [];
    const db = withUpkeep(inner, 50, (error) => errors.push(error));
    // Bounded: the first round runs at once; give it a few intervals at most.
    for (let tries = 0; tries < 100 && (await lastAnalysed(db, 'records')) === null; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await lastAnalysed(db, 'records')).not.toBeNull();

    await db.close();

    expect(errors).toEqual([]);
    await expect(inner.query('SELECT 1')).rejects.toThrow(/closed/);
  });
});
