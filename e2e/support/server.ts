/**
 * A Tijdig server of its own for each test: the real sync server (in-memory PGlite) serving the built
 * app on a free port, set up with a practice. Tests never see each other's patients, and each test's
 * origin is new, so service workers and IndexedDB start empty too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { migratedPglite } from '../../server/test/support/migrated-pglite';
import { freePort } from '../../server/test/support/free-port';
import { BUILT_SERVER_ARGS } from '../../server/test/support/test-server-command';
import { enrolThroughApi, type TestAuthenticator } from './two-factor';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PASSWORD = 'een lang wachtwoord voor e2e';

export type AccountRole = 'beheerder' | 'huisarts' | 'poh' | 'wijkverpleegkundige' | 'specialist-pz';

export interface Account {
  email: string;
  name: string;
  role: AccountRole;
  /** The authenticator app of an account that needs a second factor (beheerder, specialist PZ). */
  authenticator?: TestAuthenticator;
}

/** An account signed in ahead of the test that uses it: its session cookie, for the test's browser. */
export interface PreparedSession {
  account: Account;
  cookie: { name: string; value: string };
}

export interface TijdigServer {
  url: string;
  beheerder: Account;
  /** Invites and accepts an account; `isSharedDevice` for the meeting-room tablet's short idle time. */
  createAccount: (
    role: AccountRole,
    name: string,
    options?: { isSharedDevice?: boolean },
  ) => Promise<Account>;
  /**
   * Creates a password-only account and signs it in through the API, as the login page would, keeping
   * the session as `preparedSession` for the test that takes this server (server-pool.ts).
   */
  prepareSession: (role: PasswordOnlyRole, name: string) => Promise<void>;
  preparedSession: PreparedSession | null;
  stop: () => Promise<void>;
}

/** Roles that sign in with the password alone (the others need the second step, see two-factor.ts). */
export type PasswordOnlyRole = Exclude<AccountRole, 'beheerder' | 'specialist-pz'>;

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  // Up to 45 s: a busy two-core machine (a CI run, the bench) can take far longer than the usual second.
  for (let attempt = 0; attempt < 450; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start within 45 s');
}

/**
 * A POST as the app sends it; returns the status, the body and the cookie it set (the session, or the
 * challenge of a sign-in whose second factor follows), if any.
 */
async function post(
  url: string,
  path: string,
  body: unknown,
  cookie = '',
): Promise<{ status: number; json: unknown; cookie: string }> {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tijdig-request': '1', origin: url, cookie },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { status: response.status, json: await response.json(), cookie: setCookie.split(';')[0] ?? '' };
}

/** Enrols the second factor of the account whose session or sign-in challenge `cookie` carries. */
function enrolWith(url: string, cookie: string): Promise<TestAuthenticator> {
  return enrolThroughApi(async (path, body) => (await post(url, path, body, cookie)).json);
}

export async function startTijdigServer(options: { staticDir?: string } = {}): Promise<TijdigServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, BUILT_SERVER_ARGS, {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      TIJDIG_DATA_DIR: 'memory://',
      // From a copy of a migrated, empty database: initdb and then the migrations took seconds of every
      // test's start. The server still runs migrate() on it, which finds nothing to do.
      TIJDIG_PGLITE_START_FROM: await migratedPglite.file(),
      TIJDIG_STATIC_DIR: options.staticDir ?? `${ROOT}dist`,
      TIJDIG_LOGIN_ATTEMPTS: '1000',
      // A browser and a build share this machine's two cores with the server: its event loop can lag past
      // the back-pressure threshold with no real overload. Back-pressure has server tests of its own.
      TIJDIG_MAX_EVENT_LOOP_DELAY_MS: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // A worker that ends with a server still running (one started ahead, or a test cut off by its timeout
  // while waiting for one) takes it along instead of leaving it running on the machine.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  try {
    await waitUntilUp(url, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const beheerder: Account = { email: 'beheer@delinde.nl', name: 'Anna de Beheerder', role: 'beheerder' };
  const setup = await post(url, '/api/setup', {
    practiceName: 'Huisartsenpraktijk De Linde',
    name: beheerder.name,
    email: beheerder.email,
    password: PASSWORD,
    // The beheerder is also the practice's huisarts, as in most small practices.
    clinicalRole: 'huisarts',
  });
  // Beheer needs the second factor in the session: the beheerder sets it up right away, as in Instellingen.
  beheerder.authenticator = await enrolWith(url, setup.cookie);
  const createAccount: TijdigServer['createAccount'] = async (role, name, options = {}) => {
    const email = `${role}.${Math.random().toString(36).slice(2, 8)}@delinde.nl`;
    const isSharedDevice = options.isSharedDevice ?? false;
    const invited = await post(url, '/api/invitations', { role, name, email, isSharedDevice }, setup.cookie);
    const { token } = invited.json as { token: string };
    const accepted = await post(url, '/api/invitations/accept', { token, name, password: PASSWORD });
    // 202: a specialist PZ (or beheerder) sets up the second factor before the first session.
    const authenticator = accepted.status === 202 ? await enrolWith(url, accepted.cookie) : undefined;
    return { email, name, role, ...(authenticator ? { authenticator } : {}) };
  };
  const server: TijdigServer = {
    url,
    beheerder,
    createAccount,
    preparedSession: null,
    prepareSession: async (role, name) => {
      const account = await createAccount(role, name);
      const { cookie } = await post(url, '/api/auth/login', { email: account.email, password: PASSWORD });
      const [cookieName = '', ...value] = cookie.split('=');
      server.preparedSession = { account, cookie: { name: cookieName, value: value.join('=') } };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
  return server;
}
