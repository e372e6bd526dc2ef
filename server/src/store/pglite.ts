/** The embedded database: PGlite runs PostgreSQL in this process, with its data in a directory. */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import type { Db, Queryable } from './db';

/**
 * Opens PGlite; `dataDir` undefined (or `memory://`) keeps everything in memory (tests). A directory is
 * locked for this process first: a second server on it fails with DataDirLockedError.
 */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const isOnDisk = dataDir !== undefined && !dataDir.includes('://');
  // PGlite creates its own folder but not the folders above it (e.g. `.data/` on a fresh clone).
  if (isOnDisk) await mkdir(dataDir, { recursive: true });
  const release = isOnDisk ? await lockDataDir(dataDir) : () => Promise.resolve();
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  } catch (error) {
    await release();
    throw error;
  }
  const asQueryable = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
  });
  const root = asQueryable(pglite);
  return {
    kind: 'pglite',
    query: root.query,
    // PGlite has one connection: its transaction takes it exclusively, so transactions never interleave.
    transaction: (work) => pglite.transaction((tx) => work(asQueryable(tx))),
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    close: async () => {
      await pglite.close();
      await release();
    },
  };
}
