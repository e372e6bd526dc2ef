/**
 * A PostgreSQL for the server benchmarks: the one TEST_DATABASE_URL or DATABASE_URL names, or else a
 * throwaway cluster as scripts/with-postgres.sh makes one (Debian's binaries, the postgres user when we
 * are root, a temporary directory, 127.0.0.1 on a free port), with PostgreSQL's default durability
 * settings. Each benchmark gets a fresh database, dropped afterwards.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort, sleep, spawnTracked, stopAndWait } from './processes.mjs';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';

function postgresBin() {
  let versions = [];
  try {
    versions = readdirSync(PG_ROOT).filter((name) => /^\d+$/.test(name));
  } catch {
    // No Debian PostgreSQL at all.
  }
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  if (!newest)
    throw new Error(
      'PostgreSQL is not installed: apt-get install postgresql, or set TEST_DATABASE_URL (see scripts/with-postgres.sh)',
    );
  return join(PG_ROOT, newest, 'bin');
}

/**
 * @returns {Promise<{ adminUrl: string, description: string, stop: () => Promise<void>, pid?: number }>}
 *   pid: the cluster's process (its backends run below it); none for a database from the environment
 */
export async function startPostgres({ timeoutMs = 60_000 } = {}) {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (external)
    return {
      adminUrl: external,
      description: 'PostgreSQL from the environment',
      stop: () => Promise.resolve(),
    };

  const bin = postgresBin();
  const workDir = await mkdtemp(join(tmpdir(), 'tijdig-bench-pg-'));
  // initdb refuses to run as root: the cluster belongs to the postgres user then, as in with-postgres.sh.
  const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  if (asUser.length > 0) await run('chown', ['postgres', workDir]);
  const data = join(workDir, 'data');
  const [command = '', ...prefix] = [...asUser, join(bin, 'initdb')];
  await run(command, [...prefix, '-D', data, '-U', 'tijdig', '--auth=trust', '--encoding=UTF8'], {
    timeout: timeoutMs,
  });

  const port = await freePort();
  const [serverCommand = '', ...serverPrefix] = [...asUser, join(bin, 'postgres')];
  const args = [
    '-D',
    data,
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-k',
    workDir,
    '-c',
    'max_connections=200',
  ];
  // A foreground postmaster in its own tracked process group: Ctrl-C or the watchdog ends it too.
  const { child, output } = spawnTracked(serverCommand, [...serverPrefix, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    // SIGINT is PostgreSQL's fast shutdown: it does not wait for clients to disconnect.
    await stopAndWait(child, { signal: 'SIGINT' });
    await rm(workDir, { recursive: true, force: true });
  };
  const adminUrl = `postgres://tijdig@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`postgres exited (${child.exitCode}):\n${output()}`);
    }
    try {
      await withClient(adminUrl, () => Promise.resolve());
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        await stop();
        throw error;
      }
      await sleep(200);
    }
  }
  const { stdout } = await run(join(bin, 'postgres'), ['--version']);
  return { adminUrl, description: `throwaway cluster, ${stdout.trim()}`, stop, pid: child.pid };
}

/**
 * A fresh, empty database on the cluster; `drop` removes it even while connections remain.
 * @param {string} adminUrl
 */
export async function createDatabase(adminUrl) {
  const name = `tijdig_bench_${randomUUID().replaceAll('-', '')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/**
 * @template T
 * @param {string} connectionString
 * @param {(client: pg.Client) => Promise<T>} work
 */
async function withClient(connectionString, work) {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
