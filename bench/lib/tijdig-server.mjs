/**
 * The Tijdig sync server in a child process for the server benchmarks (so the load generator and the
 * server never share an event loop), on PGlite in a temporary directory or on a given PostgreSQL
 * database, API only, signed in as the first beheerder through POST /api/setup.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { freePort, sleep, spawnTracked, stopAndWait } from './processes.mjs';

/** The app's protocol version, read from the domain code itself so the bench never goes stale. */
export async function schemaVersion() {
  /** @type {{ SCHEMA_VERSION: number }} */
  const sync = await tsImport('../../src/domain/sync.ts', import.meta.url);
  return sync.SCHEMA_VERSION;
}

/**
 * @param {{ databaseUrl?: string, label: string, nodeArgs?: string[], timeoutMs?: number }} options
 * @returns {Promise<{ url: string, headers: Record<string, string>, stop: () => Promise<void> }>}
 *   `headers` carry the session cookie, the CSRF header and the matching Origin for every request.
 */
export async function startTijdigServer({ databaseUrl, label, nodeArgs = [], timeoutMs = 60_000 }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const workDir = await mkdtemp(join(tmpdir(), 'tijdig-bench-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    TIJDIG_STATIC_DIR: join(workDir, 'no-static'),
    LOG_LEVEL: 'warn',
    TIJDIG_LOGIN_ATTEMPTS: '1000',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { TIJDIG_DATA_DIR: join(workDir, 'pglite') }),
  };
  if (!databaseUrl) delete env.DATABASE_URL;
  const { child, output } = spawnTracked(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', 'server/src/main.ts'],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stop = async () => {
    await stopAndWait(child);
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + timeoutMs;
    while (!(await answers(`${url}/api/health`))) {
      if (child.exitCode !== null)
        throw new Error(`${label}: server exited (${child.exitCode}):\n${output()}`);
      if (Date.now() > deadline)
        throw new Error(`${label}: no answer on ${url} within ${timeoutMs / 1000} s`);
      await sleep(200);
    }
    const headers = { 'x-tijdig-request': '1', origin: url, 'content-type': 'application/json' };
    const response = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        practiceName: 'Huisartsenpraktijk De Bank',
        name: 'Bea Bench',
        email: 'bench@tijdig.test',
        password: 'een lang bench-wachtwoord',
      }),
    });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('tijdig_session='));
    if (response.status !== 201 || !cookie)
      throw new Error(`${label}: setup answered ${response.status}: ${await response.text()}`);
    return { url, headers: { ...headers, cookie: cookie.split(';')[0] ?? '' }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** @param {string} url */
async function answers(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}
