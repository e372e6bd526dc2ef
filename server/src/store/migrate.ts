/**
 * Numbered SQL migrations (001_name.sql, 002_name.sql, ...), run in order, each once, each in its own
 * transaction, on PGlite and PostgreSQL alike. Applied migrations are recorded in schema_migrations.
 * Several server processes may start at once on one PostgreSQL: each transaction first takes an advisory
 * lock and then asks again whether its migration ran, so each runs exactly once and the others wait.
 * Then the stored records' data is brought up to its current shape (migrate-records.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './db';
import { migrateStoredRecords } from './migrate-records';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** The advisory lock key migrations hold (setup's first-run lock is 7310). */
const MIGRATION_LOCK = 7311;

/**
 * Applies the migrations not applied yet. `before` (tests only) stops at the first migration whose file
 * name sorts at or after it, to build a database as an older server left it.
 */
export async function migrate(db: Db, options: { before?: string } = {}): Promise<string[]> {
  // Under the lock too: two concurrent CREATE TABLE IF NOT EXISTS can both try to create it.
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const files = (await readdir(MIGRATIONS_DIR))
    .filter((file) => /^\d{3}_.+\.sql$/.test(file))
    .filter((file) => options.before === undefined || file < options.before)
    .sort();
  const applied = new Set(
    (await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name),
  );
  const ran: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const sql = await readFile(MIGRATIONS_DIR + file, 'utf8');
    const hasRun = await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      // Another process may have run it while this one waited for the lock.
      const [done] = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [file]);
      if (done) return false;
      // Statements are split on the `;` that ends a line: no literal or function body in a migration has a line
      // ending with one (015's function keeps its `;` mid-line).
      for (const statement of sql
        .split(/;\s*$/m)
        .map((s) => s.trim())
        .filter(Boolean)) {
        await tx.query(statement);
      }
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      return true;
    });
    if (hasRun) ran.push(file);
  }
  // The data follows the schema: only once every SQL migration ran (not for a test's older schema).
  if (options.before === undefined) await migrateStoredRecords(db);
  return ran;
}
