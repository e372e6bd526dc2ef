/** The embedded database: PGlite runs PostgreSQL in this process, with its data in a directory. */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db';

/** Opens PGlite; `dataDir` undefined keeps everything in memory (tests). */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  // PGlite creates its own folder but not the folders above it (e.g. `.data/` on a fresh clone).
  if (dataDir !== undefined && !dataDir.includes('://')) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir === undefined ? {} : { dataDir });
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
    close: () => pglite.close(),
  };
}
