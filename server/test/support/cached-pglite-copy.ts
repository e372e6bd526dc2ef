/**
 * A PGlite database kept as a copy (PGlite's dumpDataDir tar) in the system's temporary folder, so test
 * databases start from it instead of building it again (initdb, migrations) in every test. Made once per
 * name, which the caller derives from what the copy depends on; a process that finds no copy makes one (two
 * processes may both make it, and the last rename wins: the copies are the same).
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

export interface CachedPgliteCopy {
  /** The copy's bytes, for openPglite's `startFrom` (made first when missing). */
  bytes: () => Promise<Uint8Array<ArrayBuffer>>;
  /** The file holding the copy (made first when missing), for the server's TIJDIG_PGLITE_START_FROM. */
  file: () => Promise<string>;
  /** Forgets a copy that PGlite could not start from (e.g. cut short on disk), so the next call makes it again. */
  discard: () => Promise<void>;
}

/** The PGlite version in package.json, which every copy's name includes. */
export async function pgliteVersion(): Promise<string> {
  const manifest = await readFile(new URL('../../../package.json', import.meta.url), 'utf8');
  const { dependencies } = JSON.parse(manifest) as { dependencies: Record<string, string> };
  return dependencies['@electric-sql/pglite'] ?? 'unknown';
}

/**
 * The copy named by `fileName()` (a file name in the temporary folder); `build` opens the database to copy,
 * which is then dumped and closed.
 */
export function cachedPgliteCopy(
  fileName: () => Promise<string>,
  build: () => Promise<PGlite>,
): CachedPgliteCopy {
  let copy: Promise<Uint8Array<ArrayBuffer>> | null = null;
  const path = async () => join(tmpdir(), await fileName());

  async function make(target: string): Promise<Uint8Array<ArrayBuffer>> {
    const pglite = await build();
    try {
      const bytes = new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
      const partial = `${target}.${process.pid}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, target);
      return bytes;
    } finally {
      await pglite.close();
    }
  }

  async function readOrMake(): Promise<Uint8Array<ArrayBuffer>> {
    const target = await path();
    try {
      return new Uint8Array(await readFile(target));
    } catch {
      return make(target);
    }
  }

  const bytes = () => (copy ??= readOrMake());
  return {
    bytes,
    file: async () => {
      await bytes();
      return path();
    },
    discard: async () => {
      copy = null;
      await rm(await path(), { force: true });
    },
  };
}
