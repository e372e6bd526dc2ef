/**
 * A copy of a PGlite database with every SQL migration applied and no data, so a test server on PGlite
 * starts from it instead of running all migrations again: migrating took about 2.5 s of each of the
 * ~80 PGlite starts of a full run (and of every end-to-end test), starting from this copy costs nothing
 * more than starting from the empty one. migrate() still runs on it and finds nothing left to do.
 *
 * Kept beside the empty copy (support/cached-pglite-copy.ts), named by the PGlite version and a hash of
 * every migration file's name and text: a new or edited migration makes a new copy.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from '../../src/store/db';
import { migrate } from '../../src/store/migrate';
import { cachedPgliteCopy, pgliteVersion } from './cached-pglite-copy';
import { emptyPglite } from './empty-pglite';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../src/store/migrations/', import.meta.url));

/** The copy's name: the PGlite version and a hash of every migration file's name and text. */
async function fileName(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await readdir(MIGRATIONS_DIR)).sort()) {
    hash.update(`${file}\0${await readFile(join(MIGRATIONS_DIR, file), 'utf8')}\0`);
  }
  return `tijdig-migrated-pglite-${await pgliteVersion()}-${hash.digest('hex').slice(0, 16)}.tar`;
}

/** PGlite in this process as a Db, for migrate() alone (the server's own adapter runs it in a worker). */
function asDb(pglite: PGlite): Db {
  const queryable = (target: Pick<PGlite, 'query'>): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await target.query<Row>(sql, [...params])).rows,
  });
  return {
    kind: 'pglite',
    query: queryable(pglite).query,
    transaction: (work) => pglite.transaction((tx) => work(queryable(tx))),
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    close: () => pglite.close(),
  };
}

/** The empty copy, migrated. */
async function migrated(): Promise<PGlite> {
  const pglite = await PGlite.create({ loadDataDir: new Blob([await emptyPglite.bytes()]) });
  try {
    await migrate(asDb(pglite));
    return pglite;
  } catch (error) {
    await pglite.close();
    throw error;
  }
}

export const migratedPglite = cachedPgliteCopy(fileName, migrated);
