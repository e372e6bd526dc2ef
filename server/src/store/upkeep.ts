/**
 * Table upkeep for the embedded database. PostgreSQL keeps its planner statistics fresh and clears dead
 * rows with the autovacuum daemon; PGlite runs PostgreSQL in single-user mode, which has no such daemon,
 * so without this nothing ever runs ANALYZE. The planner then guesses from empty statistics: it found a
 * practice's patients through the primary key and filtered every one of them for the BSN check instead
 * of using the BSN index (24 ms instead of 0.2 ms for 20,000 patients, in every push).
 *
 * The rule is autovacuum's own, with its default settings: a table is analysed once more than
 * 50 rows + 10% of its rows changed since the last ANALYZE, and vacuumed once more than 50 rows + 20% of
 * its rows are dead. The statements queue on PGlite's one connection between transactions; they block
 * the database (ANALYZE of 20,000 patients takes about 0.3 s here), never the server's event loop.
 */
import type { Db } from './db';

/**
 * Rows ANALYZE samples are 300 x this; PostgreSQL's default (100) samples 30,000 rows of large JSON
 * documents, which held PGlite's only connection for 1.4 s at 20,000 patients on a busy machine. The
 * planner needs the row counts and a rough picture of each column far more than fine histograms, and one
 * practice's data is small: 3,000 sampled rows are plenty. Only upkeep's own statements use it.
 */
export const UPKEEP_STATISTICS_TARGET = 10;

export const ANALYZE_THRESHOLD = { rows: 50, share: 0.1 } as const;
export const VACUUM_THRESHOLD = { rows: 50, share: 0.2 } as const;

interface TableStats {
  relname: string;
  n_live_tup: number;
  n_dead_tup: number;
  n_mod_since_analyze: number;
}

/** What one upkeep round did, per table (for tests and the log). */
export interface UpkeepRound {
  analysed: string[];
  vacuumed: string[];
}

const beyond = (count: number, live: number, threshold: { rows: number; share: number }) =>
  count > threshold.rows + threshold.share * live;

/** A table name from pg_stat_user_tables, quoted as an identifier (they are ours, but never trust text in SQL). */
const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Analyses and vacuums the tables of the public schema that autovacuum's rule says are due. */
export async function runUpkeep(db: Db): Promise<UpkeepRound> {
  const tables = await db.query<TableStats>(
    `SELECT relname, n_live_tup::int, n_dead_tup::int, n_mod_since_analyze::int
       FROM pg_stat_user_tables WHERE schemaname = 'public'`,
  );
  const round: UpkeepRound = { analysed: [], vacuumed: [] };
  for (const table of tables) {
    const vacuum = beyond(table.n_dead_tup, table.n_live_tup, VACUUM_THRESHOLD);
    const analyse = beyond(table.n_mod_since_analyze, table.n_live_tup, ANALYZE_THRESHOLD);
    if (!vacuum && !analyse) continue;
    const name = identifier(table.relname);
    // VACUUM cannot share a script (an implicit transaction) with other statements; ANALYZE can.
    if (vacuum) await db.exec(`VACUUM ${name}`);
    await db.exec(
      `SET default_statistics_target = ${UPKEEP_STATISTICS_TARGET}; ANALYZE ${name}; RESET default_statistics_target;`,
    );
    if (vacuum) round.vacuumed.push(table.relname);
    round.analysed.push(table.relname);
  }
  return round;
}

/**
 * Runs an upkeep round now and every `intervalMs` after the previous one ended, until the database is
 * closed; closing waits for a running round. A failed round is reported and the next one tried.
 */
export function withUpkeep(db: Db, intervalMs: number, onError: (error: unknown) => void): Db {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let isClosed = false;
  const round = () => {
    running = runUpkeep(db).then(
      () => undefined,
      (error: unknown) => {
        if (!isClosed) onError(error);
      },
    );
    void running.then(() => {
      // unref: upkeep alone never keeps the process alive.
      if (!isClosed) timer = setTimeout(round, intervalMs).unref();
    });
  };
  round();
  return {
    kind: db.kind,
    query: db.query.bind(db),
    transaction: db.transaction.bind(db),
    ...(db.pushInPlace ? { pushInPlace: db.pushInPlace } : {}),
    exec: db.exec.bind(db),
    close: async () => {
      isClosed = true;
      clearTimeout(timer);
      await running;
      await db.close();
    },
  };
}
