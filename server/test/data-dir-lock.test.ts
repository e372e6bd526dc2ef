/**
 * One server process per PGlite data directory (issue 12, item 8), with real processes: two servers
 * started on one temporary directory, and a restart after kill -9. Everything listens on loopback and
 * every wait is bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../src/store/data-dir-lock';
import { freePort } from './support/free-port';
import { PRODUCTION_SERVER_ARGS, TEST_SERVER_ARGS } from './support/test-server-command';
import { waitUntilUp } from './support/wait-until-up';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STARTUP_MS = 60_000;

interface ServerProcess {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

async function startServer(dataDir: string, args = TEST_SERVER_ARGS): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      TIJDIG_DATA_DIR: dataDir,
      TIJDIG_STATIC_DIR: join(dataDir, 'no-app'),
      LOG_LEVEL: 'warn',
      // The shortest stale time: the test waits it out twice (the refused second server, the restart).
      TIJDIG_LOCK_STALE_MS: '4000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, url: `http://127.0.0.1:${port}`, stderr: () => stderr, exited };
}

function waitForExit(server: ServerProcess): Promise<number | null | 'still running'> {
  return Promise.race([
    server.exited,
    new Promise<'still running'>((resolve) =>
      setTimeout(() => {
        resolve('still running');
      }, STARTUP_MS),
    ),
  ]);
}

describe('the PGlite data directory lock', () => {
  let dir: string;
  const running: ServerProcess[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tijdig-lock-'));
  });
  afterAll(async () => {
    for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await Promise.all(running.map((server) => server.exited));
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a second lock on the same directory within one process too', async () => {
    const lockDir = join(dir, 'in-process');
    await mkdir(lockDir);
    const release = await lockDataDir(lockDir);
    await expect(lockDataDir(lockDir, { retries: 0 })).rejects.toBeInstanceOf(DataDirLockedError);
    await release();
    const again = await lockDataDir(lockDir);
    await again();
  }, 60_000);

  it(
    'lets a second server on the same directory refuse to start with a clear message and a non-zero exit, ' +
      'and a restart after kill -9 take over the stale lock with the acknowledged data',
    async () => {
      const dataDir = join(dir, 'pglite');
      const first = await startServer(dataDir);
      running.push(first);
      expect(await waitUntilUp(first.child, first.url, STARTUP_MS)).toBe(true);
      const setup = await fetch(`${first.url}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tijdig-request': '1', origin: first.url },
        body: JSON.stringify({
          practiceName: 'Huisartsenpraktijk De Linde',
          name: 'Anna Beheer',
          email: 'beheer@delinde.nl',
          password: 'een lang wachtwoord',
        }),
      });
      expect(setup.status).toBe(201);

      const second = await startServer(dataDir);
      running.push(second);
      const exitCode = await waitForExit(second);
      expect(exitCode).not.toBe('still running');
      expect(exitCode).not.toBe(0);
      expect(second.stderr()).toContain('Another Tijdig server is using the data directory');
      // The first server is unharmed.
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);

      first.child.kill('SIGKILL');
      await first.exited;
      // Restarted as production runs it (PGlite compiled optimized), which must open the same data.
      const restarted = await startServer(dataDir, PRODUCTION_SERVER_ARGS);
      running.push(restarted);
      expect(await waitUntilUp(restarted.child, restarted.url, STARTUP_MS)).toBe(true);
      const status: unknown = await fetch(`${restarted.url}/api/setup`).then((response) => response.json());
      expect(status).toEqual({ isSetUp: true });
    },
    4 * STARTUP_MS,
  );
});
