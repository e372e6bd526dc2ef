/**
 * A copy of an empty PGlite data directory, so each test database starts from it instead of running
 * initdb (about 6 s of a busy test machine's time against under 1 s; a full run opens some 80 of them).
 * Made once per PGlite version and kept in the system's temporary folder; a process that finds no copy
 * makes one (two processes may both make it, and the last rename wins: the copies are the same).
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

let copy: Promise<Uint8Array<ArrayBuffer>> | null = null;

/** Where the copy for the PGlite version in package.json is kept. */
async function copyPath(): Promise<string> {
  const manifest = await readFile(new URL('../../../package.json', import.meta.url), 'utf8');
  const { dependencies } = JSON.parse(manifest) as { dependencies: Record<string, string> };
  return join(tmpdir(), `tijdig-empty-pglite-${dependencies['@electric-sql/pglite']}.tar`);
}

async function makeCopy(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const pglite = await PGlite.create();
  try {
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

/** The empty data directory's copy (PGlite's dumpDataDir tar), for openPglite's `startFrom`. */
export function emptyPgliteCopy(): Promise<Uint8Array<ArrayBuffer>> {
  copy ??= readOrMakeCopy();
  return copy;
}

/** The file holding that copy (made first when missing), for the server's TIJDIG_PGLITE_START_FROM. */
export async function emptyPgliteCopyFile(): Promise<string> {
  await emptyPgliteCopy();
  return copyPath();
}

/** Forgets a copy that PGlite could not start from (e.g. cut short on disk), so the next call makes it again. */
export async function discardEmptyPgliteCopy(): Promise<void> {
  copy = null;
  await rm(await copyPath(), { force: true });
}
