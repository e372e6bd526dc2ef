/**
 * An embedded database on disk keeps what it committed through a power cut (store/durable-node-fs.ts):
 * PGlite's file layer can sync a file, PostgreSQL asks it to before a commit returns, and a sync that
 * fails stops the database instead of reporting the commit; the server's worker then ends and a restart
 * recovers from the log. A new data directory is synced whole before the server starts on it.
 */
import { execFile } from 'node:child_process';
import { fsyncSync, readlinkSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { DurableNodeFS, durableStartParams, syncStream } from '../src/store/durable-node-fs';
import { EmbeddedDatabaseStoppedError, openPglite, UnsupportedDataDirError } from '../src/store/pglite';

/** The file a descriptor of this process has open (Linux). */
const pathOf = (fd: number) => readlinkSync(`/proc/self/fd/${String(fd)}`);

const folders: string[] = [];
async function newFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'tijdig-durable-'));
  folders.push(folder);
  return folder;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** PGlite on a new folder with the durable file layer, every sync it makes recorded by file path. */
async function durablePglite(isDiskFailing: () => boolean = () => false) {
  const synced: string[] = [];
  const failures: unknown[] = [];
  const pglite = await PGlite.create({
    fs: new DurableNodeFS(join(await newFolder(), 'db'), {
      sync: (fd) => {
        if (isDiskFailing()) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
        synced.push(pathOf(fd));
        fsyncSync(fd);
      },
      onSyncFailure: (error) => failures.push(error),
    }),
    startParams: durableStartParams(),
  });
  return { pglite, synced, failures };
}

describe('the embedded database on disk', () => {
  it('syncs the write-ahead log before a commit returns, nothing for a read, and the data files at a checkpoint', async () => {
    const { pglite, synced } = await durablePglite();
    try {
      await pglite.exec('CREATE TABLE notes (id integer PRIMARY KEY, text text NOT NULL)');
      synced.length = 0;
      await pglite.query('INSERT INTO notes VALUES ($1, $2)', [1, 'Besproken in het MDO']);
      expect(synced.some((path) => /\/pg_wal\/[0-9A-F]{24}$/.test(path))).toBe(true);

      synced.length = 0;
      expect((await pglite.query('SELECT text FROM notes')).rows).toEqual([{ text: 'Besproken in het MDO' }]);
      expect(synced).toEqual([]);

      // A checkpoint writes the table's pages into its files and syncs them before the log may be recycled.
      await pglite.exec('CHECKPOINT');
      expect(synced.some((path) => /\/base\/\d+\/\d+$/.test(path))).toBe(true);
    } finally {
      await pglite.close();
    }
  });

  it('fails the commit when its log cannot be synced, and tells the owner, instead of reporting it stored', async () => {
    let isDiskFailing = false;
    const { pglite, failures } = await durablePglite(() => isDiskFailing);
    await pglite.exec('CREATE TABLE notes (id integer PRIMARY KEY, text text NOT NULL)');
    isDiskFailing = true;
    await expect(pglite.query('INSERT INTO notes VALUES ($1, $2)', [1, 'Nooit bevestigd'])).rejects.toThrow(
      /could not fsync file/,
    );
    // PostgreSQL has stopped (PANIC); PGlite answers nothing more, so its owner ends it (pglite-worker.ts).
    expect(failures).toHaveLength(1);
  });

  it("ends the server's database when its disk fails a sync, and a restart recovers what was committed", async () => {
    const folder = await newFolder();
    const dataDir = join(folder, 'pglite');
    let reported: EmbeddedDatabaseStoppedError | undefined;
    const db = await openPglite(dataDir, {
      workerEntry: new URL('./support/failing-disk-worker.mjs', import.meta.url),
      onStopped: (error) => (reported = error),
    });
    await db.exec('CREATE TABLE notes (id integer PRIMARY KEY, text text NOT NULL)');
    await db.query('INSERT INTO notes VALUES ($1, $2)', [1, 'Besproken in het MDO']);

    // From now on every sync fails (support/failing-disk-worker.mjs).
    await writeFile(join(folder, 'disk-fails'), '');
    await expect(db.query('INSERT INTO notes VALUES ($1, $2)', [2, 'Nooit bevestigd'])).rejects.toThrow(
      /could not fsync file|stopped unexpectedly/,
    );
    // No answer after that but the stop: nothing waits for a database that will not answer.
    await expect.poll(() => reported).toBeInstanceOf(EmbeddedDatabaseStoppedError);
    expect(reported?.message).toMatch(/Syncing the data directory to disk failed \(EIO: i\/o error, fsync\)/);
    await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(EmbeddedDatabaseStoppedError);

    // The stop released the directory's lock: a restarted server (a sound disk) opens it and recovers from
    // the log what was committed before the failure.
    const restarted = await openPglite(dataDir);
    try {
      expect(await restarted.query('SELECT text FROM notes WHERE id = 1')).toEqual([
        { text: 'Besproken in het MDO' },
      ]);
    } finally {
      await restarted.close();
    }
  });

  it('syncs a new data directory whole, every file and folder, before a server commits on top of it', async () => {
    const folder = await newFolder();
    const dataDir = join(folder, 'pglite');
    const log = join(folder, 'synced.txt');
    // The script pglite.ts runs to create a directory, with every fsync it makes recorded.
    await promisify(execFile)(
      process.execPath,
      [
        '--import',
        fileURLToPath(new URL('./support/record-syncs.mjs', import.meta.url)),
        fileURLToPath(new URL('../src/store/pglite-create.mjs', import.meta.url)),
        dataDir,
      ],
      { env: { ...process.env, TIJDIG_SYNC_LOG: log } },
    );
    const synced = new Set((await readFile(log, 'utf8')).split('\n').filter(Boolean));
    const written = (await readdir(dataDir, { recursive: true })).map((path) => join(dataDir, path));
    expect(written.length).toBeGreaterThan(500);
    expect(written.filter((path) => !synced.has(path))).toEqual([]);
    // The folder itself, and its entry in the folder above.
    expect(synced).toContain(dataDir);
    expect(synced).toContain(folder);
  });

  it('answers a failed sync as an I/O error, and a stream without a file as synced', () => {
    const failing = () => {
      throw new Error('EIO');
    };
    const failures: unknown[] = [];
    expect(syncStream({ nfd: 7 }, { sync: failing, onSyncFailure: (error) => failures.push(error) })).toBe(
      29,
    );
    expect(failures).toHaveLength(1);
    let syncedFd: number | undefined;
    expect(syncStream({ nfd: 7 }, { sync: (fd) => (syncedFd = fd) })).toBe(0);
    expect(syncedFd).toBe(7);
    expect(syncStream({}, { sync: failing })).toBe(0);
  });

  it('refuses a data directory given as another address, which would run without its lock and syncs', async () => {
    await expect(openPglite('file:///var/lib/tijdig')).rejects.toThrow(UnsupportedDataDirError);
    await expect(openPglite('idb://tijdig')).rejects.toThrow(/must be a folder \(a path\) or memory:\/\//);
  });

  it("runs the server's database on disk with fsync on, through the file layer that can sync", async () => {
    const db = await openPglite(join(await newFolder(), 'pglite'));
    try {
      expect(await db.query('SHOW fsync')).toEqual([{ fsync: 'on' }]);
      expect(await db.query('SHOW wal_sync_method')).toEqual([{ wal_sync_method: 'fsync' }]);
    } finally {
      await db.close();
    }
  });
});
