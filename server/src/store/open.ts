/** Opens the configured database and brings its schema up to date. */
import { readFile } from 'node:fs/promises';
import type { Db } from './db';
import { migrate } from './migrate';
import { openPglite, type PgliteOptions } from './pglite';
import { openPostgres } from './postgres';
import { withUpkeep } from './upkeep';

export interface StoreConfig extends PgliteOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl: string | undefined;
  /** PGlite's data directory; undefined keeps the data in memory. */
  dataDir: string | undefined;
  /** PGlite only: how often upkeep.ts looks for tables to analyse or vacuum, 0 never (PostgreSQL has autovacuum). */
  upkeepIntervalMs: number;
  /** In-memory PGlite only: a file with a copy of a data directory to start from (see config.ts). */
  pgliteStartFrom?: string;
  /** A failed upkeep round (the next one is still tried). */
  onUpkeepError?: (error: unknown) => void;
}

export async function openStore(config: StoreConfig): Promise<Db> {
  const db = config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : await openPglite(config.dataDir, {
        onStopped: config.onStopped,
        lockStaleMs: config.lockStaleMs,
        compileOptimized: config.compileOptimized,
        startFrom: config.pgliteStartFrom
          ? new Uint8Array(await readFile(config.pgliteStartFrom))
          : undefined,
      });
  await migrate(db);
  if (db.kind === 'postgres' || config.upkeepIntervalMs <= 0) return db;
  return withUpkeep(db, config.upkeepIntervalMs, (error) => config.onUpkeepError?.(error));
}
