/**
 * The server as `npm start` runs it: built to JavaScript (scripts/build-server.mjs) and started with plain
 * node, in a process of its own. The other tests run the TypeScript sources; what only the build can get
 * wrong is where the server finds files beside its own code. On PGlite from an empty data directory: initdb
 * in its own process (pglite-create), the PGlite worker, every migration, a sign-in. On PostgreSQL: a first
 * pull, whose page a page worker builds. Everything listens on loopback and every wait is bounded.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../src/domain';
import { ORIGIN, PASSWORD, TestClient } from './harness';
import { Device, patientData } from './mutations';
import { freePort } from './support/free-port';
import { httpInjector } from './support/http-injector';
import { waitUntilUp } from './support/wait-until-up';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STARTUP_MS = 60_000;
const POSTGRES_URL = process.env.TEST_DATABASE_URL;

interface BuiltServer {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
}

/** Starts `main.mjs` of the build in `outdir` with `env`, and waits until /api/health answers. */
async function startBuilt(outdir: string, env: Record<string, string>): Promise<BuiltServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(outdir, 'main.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      // Its own address (the health checks) and the origin the test clients send (harness.ts).
      TIJDIG_PUBLIC_ORIGIN: `http://127.0.0.1:${port},${ORIGIN}`,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (await waitUntilUp(child, `http://127.0.0.1:${port}`, STARTUP_MS)) return { child, port, exited };
  child.kill('SIGKILL');
  throw new Error(`the built server did not answer within ${STARTUP_MS / 1000} s:\n${stderr}`);
}

/** Ends the server as a process manager would (SIGTERM) and returns its exit code. */
async function stop(server: BuiltServer): Promise<number | null> {
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  return server.exited;
}

/** A practice set up through the API; the first user is its huisarts too. */
async function setUp(port: number): Promise<TestClient> {
  const client = new TestClient(httpInjector(port));
  const reply = await client.post<SessionInfo>('/api/setup', {
    practiceName: 'Huisartsenpraktijk De Linde',
    name: 'Anna Beheer',
    email: 'beheer@delinde.nl',
    password: PASSWORD,
    clinicalRole: 'huisarts',
  });
  expect(reply.status).toBe(201);
  return client;
}

describe('the built server', () => {
  let outdir: string;
  let workDir: string;

  beforeAll(async () => {
    // Inside server/, as server/dist is: the bundles find node_modules and the repository from there.
    outdir = await mkdtemp(join(ROOT, 'server', '.dist-test-'));
    workDir = await mkdtemp(join(tmpdir(), 'tijdig-built-'));
    await promisify(execFile)(process.execPath, ['scripts/build-server.mjs', outdir], { cwd: ROOT });
  }, STARTUP_MS);
  afterAll(async () => {
    await rm(outdir, { recursive: true, force: true });
    await rm(workDir, { recursive: true, force: true });
  });

  it('creates, migrates and serves an embedded database from an empty directory', async () => {
    const server = await startBuilt(outdir, {
      TIJDIG_DATA_DIR: join(workDir, 'pglite'),
      TIJDIG_STATIC_DIR: join(workDir, 'no-app'),
    });
    try {
      const client = await setUp(server.port);
      const session = await client.get<SessionInfo>('/api/auth/session');
      expect(session.status).toBe(200);
      expect(session.body.user.email).toBe('beheer@delinde.nl');
      // A request the schema refuses gets the usual 400 with a code, from the built error handler too.
      const refused = await client.post<{ code: string }>('/api/sync/push', { clientId: 'x' });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('invalid');
    } finally {
      expect(await stop(server)).toBe(0);
    }
  }, 120_000);

  it('stops with exit code 78 and the reason when the data directory is given as another address', async () => {
    const child = spawn(process.execPath, [join(outdir, 'main.mjs')], {
      cwd: ROOT,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        TIJDIG_DATA_DIR: 'file:///tmp/x',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), STARTUP_MS);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearTimeout(timer);
    expect(code).toBe(78);
    expect(stderr).toContain('must be a folder (a path) or memory://, not file:///tmp/x');
    // The reason, not a stack trace.
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 120_000);

  it.runIf(POSTGRES_URL)(
    'builds a first pull page in a page worker on PostgreSQL',
    async () => {
      const name = `tijdig_test_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(POSTGRES_URL ?? '');
      url.pathname = `/${name}`;
      const server = await startBuilt(outdir, {
        DATABASE_URL: url.toString(),
        TIJDIG_STATIC_DIR: join(workDir, 'no-app'),
      });
      try {
        const device = new Device(await setUp(server.port));
        const patients = Array.from({ length: 3 }, () => patientData());
        const pushed = await device.push(
          patients.map((patient) => device.mutation('patient', randomUUID(), patient, null)),
        );
        expect(pushed.body.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
        const pulled = await device.pullAll();
        expect(pulled.status).toBe(200);
        expect(pulled.body.changes.map((change) => change.data.bsn).sort()).toEqual(
          patients.map((patient) => patient.bsn).sort(),
        );
      } finally {
        expect(await stop(server)).toBe(0);
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
    120_000,
  );
});
