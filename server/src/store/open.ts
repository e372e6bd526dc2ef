/** Opens the configured database and brings its schema up to date. */
import type { Db } from './db';
import { migrate } from './migrate';
import { openPglite, type PgliteOptions } from './pglite';
import { openPostgres } from './postgres';

export interface StoreConfig extends PgliteOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl: string | undefined;
  /** PGlite's data directory; undefined keeps the data in memory. */
  dataDir: string | undefined;
}

export async function openStore(config: StoreConfig): Promise<Db> {
  const db = config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : await openPglite(config.dataDir, { onStopped: config.onStopped, lockStaleMs: config.lockStaleMs });
  await migrate(db);
  return db;
}
