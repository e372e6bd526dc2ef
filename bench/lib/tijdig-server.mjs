/**
 * The Tijdig sync server in a child process (so the load generator or the browser and the server never
 * share an event loop), on PGlite in a temporary directory or on a given PostgreSQL database, set up
 * through POST /api/setup with a practice and its first beheerder. The server benchmarks use it API only;
 * the browser benchmarks let it serve the built app (`staticDir`) and sign each browser context in
 * (`signIn`) as a huisarts of that practice (`browserAccount`), as a returning user would be.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { TOTP } from 'otpauth';
import { tsImport } from 'tsx/esm/api';
import { SERVER_DIST } from '../../scripts/build-server.mjs';
import { freePort, sleep, spawnTracked, stopAndWait } from './processes.mjs';

/**
 * The server as `npm start` runs it: built to JavaScript (scripts/build-server.mjs; `bench/run.mjs` builds
 * it unless told --no-build), with no TypeScript loader in its memory.
 */
export const SERVER_ENTRY = join(SERVER_DIST, 'main.mjs');

/** Throws a clear message when the built server is missing (a `--no-build` run before any build). */
export function requireBuiltServer() {
  if (!existsSync(SERVER_ENTRY))
    throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` or the bench without --no-build`);
}

/** The app's protocol version, read from the domain code itself so the bench never goes stale. */
export async function schemaVersion() {
  /** @type {{ SCHEMA_VERSION: number }} */
  const sync = await tsImport('../../src/domain/sync.ts', import.meta.url);
  return sync.SCHEMA_VERSION;
}

/** Every bench account's password (the server only checks its length). */
const PASSWORD = 'een lang bench-wachtwoord';

/**
 * @typedef {{ email: string, password: string, role: string }} Account
 * @typedef {object} TijdigServer
 * @property {string} url
 * @property {Record<string, string>} headers the beheerder's session cookie, the CSRF header and the
 *   matching Origin, for every request from Node
 * @property {Account} beheerder the account POST /api/setup made
 * @property {Account | null} browserAccount the account browser contexts sign in as (`signIn`)
 * @property {() => Promise<void>} stop
 * @property {number | undefined} pid the server's process (its PGlite worker thread included)
 */

/**
 * @param {{ databaseUrl?: string, label: string, nodeArgs?: string[], staticDir?: string,
 *   browserRole?: 'huisarts' | 'poh' | 'wijkverpleegkundige', timeoutMs?: number,
 *   env?: Record<string, string> }} options
 *   staticDir: the built app to serve (default: none, API only); browserRole: also invite and register
 *   an account with this role for the browser to sign in as; env: more settings for the server.
 * @returns {Promise<TijdigServer>}
 */
export async function startTijdigServer({
  databaseUrl,
  label,
  nodeArgs = [],
  staticDir,
  browserRole,
  timeoutMs = 60_000,
  env: extraEnv = {},
}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const workDir = await mkdtemp(join(tmpdir(), 'tijdig-bench-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    TIJDIG_STATIC_DIR: staticDir ?? join(workDir, 'no-static'),
    LOG_LEVEL: 'warn',
    TIJDIG_LOGIN_ATTEMPTS: '1000',
    ...extraEnv,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { TIJDIG_DATA_DIR: join(workDir, 'pglite') }),
  };
  if (!databaseUrl) delete env.DATABASE_URL;
  requireBuiltServer();
  const { child, output } = spawnTracked(process.execPath, [...nodeArgs, SERVER_ENTRY], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
    const beheerder = { email: 'bench@tijdig.test', password: PASSWORD, role: 'beheerder' };
    const response = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        practiceName: 'Huisartsenpraktijk De Bank',
        name: 'Bea Bench',
        email: beheerder.email,
        password: beheerder.password,
        // The first user is also the practice's huisarts: a beheerder alone may not write patient data.
        clinicalRole: 'huisarts',
      }),
    });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('tijdig_session='));
    if (response.status !== 201 || !cookie)
      throw new Error(`${label}: setup answered ${response.status}: ${await response.text()}`);
    const signedIn = { ...headers, cookie: cookie.split(';')[0] ?? '' };
    if (browserRole) await enrolSecondFactor(url, signedIn);
    const browserAccount = browserRole ? await createAccount(url, signedIn, browserRole) : null;
    return { url, headers: signedIn, beheerder, browserAccount, stop, pid: child.pid };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Sets up the beheerder's authenticator app, as the app's own enrolment page does: beheer routes such as
 * inviting ask for a session confirmed with a second factor (TOTP), and the code just given confirms
 * this one. The secret is not kept: the bench never signs the beheerder in again.
 * @param {string} url @param {Record<string, string>} headers the beheerder's
 */
async function enrolSecondFactor(url, headers) {
  const started = await fetch(`${url}/api/auth/two-factor/enrol`, { method: 'POST', headers, body: '{}' });
  /** @type {{ secret?: string }} */ const enrolment = await started.json();
  if (started.status !== 201 || !enrolment.secret)
    throw new Error(`enrolling the beheerder's second factor answered ${started.status}`);
  const code = new TOTP({ secret: enrolment.secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate();
  const confirmed = await fetch(`${url}/api/auth/two-factor/enrol/confirm`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ code }),
  });
  if (confirmed.status !== 201)
    throw new Error(`confirming the beheerder's second factor answered ${confirmed.status}`);
}

/**
 * Invites an account with `role` and registers it, through the same endpoints the app's Team page and
 * invitation page use.
 * @param {string} url @param {Record<string, string>} headers a beheerder's @param {string} role
 * @returns {Promise<Account>}
 */
async function createAccount(url, headers, role) {
  const email = `${role}@tijdig.test`;
  const name = role === 'huisarts' ? 'dr. Bram Bench' : 'Bo Bench';
  const invited = await fetch(`${url}/api/invitations`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ role, name, email }),
  });
  /** @type {{ token?: string }} */ const invitation = await invited.json();
  if (invited.status !== 201 || !invitation.token)
    throw new Error(`inviting a ${role} answered ${invited.status}: ${JSON.stringify(invitation)}`);
  const { cookie: _beheerder, ...anonymous } = headers;
  const accepted = await fetch(`${url}/api/invitations/accept`, {
    method: 'POST',
    headers: anonymous,
    body: JSON.stringify({ token: invitation.token, name, password: PASSWORD }),
  });
  if (accepted.status !== 201)
    throw new Error(`accepting the ${role} invitation answered ${accepted.status}: ${await accepted.text()}`);
  return { email, password: PASSWORD, role };
}

/**
 * Signs a browser context in as the server's browser account: POST /api/auth/login through the
 * context's own request client, so the session cookie lands in the context's cookie jar, exactly where
 * the login page would have put it. Not throttled and not part of any measurement; the app's own
 * GET /api/auth/session on start is.
 * @param {import('playwright-core').BrowserContext} context @param {TijdigServer} server
 */
export async function signIn(context, server) {
  const account = server.browserAccount ?? server.beheerder;
  const response = await context.request.post(`${server.url}/api/auth/login`, {
    data: { email: account.email, password: account.password },
    headers: { 'x-tijdig-request': '1', origin: server.url },
  });
  if (response.status() !== 200)
    throw new Error(`login as ${account.email} answered ${response.status()}: ${await response.text()}`);
}

/**
 * Signs the practice's huisarts in `count` times: one session per device, as that many devices would have.
 * Not the beheerder: a beheerder's sign-in asks for a second factor (TOTP), which is not what is measured here.
 * @param {TijdigServer} server @param {number} count
 * @returns {Promise<string[]>} one `tijdig_session=...` cookie per device
 */
export async function signInDevices(server, count) {
  const { cookie: _beheerder, ...headers } = server.headers;
  const account = server.browserAccount;
  if (!account) throw new Error('signing in devices needs the huisarts account (browserRole)');
  const cookies = [];
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('tijdig_session='));
    if (response.status !== 200 || !cookie) throw new Error(`sign-in ${i + 1} answered ${response.status}`);
    cookies.push(cookie.split(';')[0] ?? '');
  }
  return cookies;
}

/**
 * Stores patients on the server through the sync protocol itself, as another device of the practice
 * would (its own client id, counters from 1), in pushes of at most `batch` mutations. Every mutation must
 * be applied.
 * @param {{ url: string, headers: Record<string, string> }} server
 * @param {object[]} patients rows as lib/patients.mjs makes them
 * @param {{ batch?: number, at?: string }} [options]
 */
export function pushPatients(server, patients, options = {}) {
  return pushRecords(
    server,
    patients.map((patient) => {
      const { id, ...data } = /** @type {{ id: string }} */ (patient);
      return { entity: 'patient', id, data };
    }),
    options,
  );
}

/**
 * Stores new records of any kind the same way, in the order given (a care plan after its patient).
 * @param {{ url: string, headers: Record<string, string> }} server
 * @param {{ entity: string, id: string, data: object }[]} records
 * @param {{ batch?: number, at?: string }} [options]
 */
export async function pushRecords(server, records, { batch = 200, at = '2026-11-23T09:00:00.000Z' } = {}) {
  const version = await schemaVersion();
  const clientId = randomUUID();
  for (let start = 0; start < records.length; start += batch) {
    const mutations = records.slice(start, start + batch).map(({ entity, id, data }, index) => ({
      mutationId: randomUUID(),
      counter: start + index + 1,
      entity,
      recordId: id,
      op: 'put',
      baseRev: null,
      changed: data,
      createdAt: at,
    }));
    const response = await fetch(`${server.url}/api/sync/push`, {
      method: 'POST',
      headers: server.headers,
      body: JSON.stringify({ clientId, schemaVersion: version, mutations }),
    });
    /** @type {{ results?: { status: string, code?: string }[] }} */
    const body = await response.json();
    const refused = body.results?.find((result) => result.status !== 'applied');
    const applied = body.results?.filter((result) => result.status === 'applied').length ?? 0;
    if (response.status !== 200 || applied !== mutations.length)
      throw new Error(
        `pushing records: ${applied} of ${mutations.length} applied (${response.status}; ${JSON.stringify(refused ?? body)})`,
      );
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
