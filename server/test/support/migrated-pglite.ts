/**
 * A copy of a PGlite database with every SQL migration applied and no data, so a test server on PGlite
 * starts from it instead of running all migrations again: migrating took about 2.5 s of each of the
 * ~80 PGlite starts of a full run (and of every end-to-end test), starting from this copy costs nothing
 * more than starting from the empty one. migrate() still runs on it and finds nothing left to do.
 *
 * Kept in the system's temporary folder beside the empty copy, named by a hash of the PGlite version
 * and of every migration file's name and text: a new or edited migration makes a new copy. Two
 * processes may both make it; the last rename wins and the copies are the same.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from '../../src/store/db';
import { migrate } from '../../src/store/migrate';
import { emptyPgliteCopy } from './empty-pglite';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../src/store/migrations/', import.meta.url));

let copy: Promise<Uint8Array<ArrayBuffer>> | null = null;

/** Where the copy for this PGlite version and these migrations is kept. */
async function copyPath(): Promise<string> {
  const manifest = await readFile(new URL('../../../package.json', import.meta.url), 'utf8');
  const { dependencies } = JSON.parse(manifest) as { dependencies: Record<string, string> };
  const hash = createHash('sha256');
  for (const file of (await readdir(MIGRATIONS_DIR)).sort()) {
    hash.update(`${file}\0${await readFile(join(MIGRATIONS_DIR, file), 'utf8')}\0`);
  }
  const version = dependencies['@electric-sql/pglite'] ?? 'unknown';
  return join(tmpdir(), `tijdig-migrated-pglite-${version}-${hash.digest('hex').slice(0, 16)}.tar`);
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

async function makeCopy(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const pglite = await PGlite.create({ loadDataDir: new Blob([await emptyPgliteCopy()]) });
  try {
    await migrate(asDb(pglite));
    const bytes = new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, path);
    return bytes;
  } finally {
    await pglite.close();
  }
}

async function readOrMakeCopy(): Promise<Uint8Array<ArrayBuffer>> {
  const path = await copyPath();
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    return makeCopy(path);
  }
}

/** The migrated database's copy (PGlite's dumpDataDir tar), for openPglite's `startFrom`. */
export function migratedPgliteCopy(): Promise<Uint8Array<ArrayBuffer>> {
  copy ??= readOrMakeCopy();
  return copy;
}

/** The file holding that copy (made first when missing), for the server's TIJDIG_PGLITE_START_FROM. */
export async function migratedPgliteCopyFile(): Promise<string> {
  await migratedPgliteCopy();
  return copyPath();
}

/** Forgets a copy that PGlite could not start from (e.g. cut short on disk), so the next call makes it again. */
export async function discardMigratedPgliteCopy(): Promise<void> {
  copy = null;
  await rm(await copyPath(), { force: true });
}
