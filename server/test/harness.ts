/**
 * Test harness for the sync server: a fresh server per test file on PGlite (in memory) or on a fresh
 * PostgreSQL database, a controllable clock, and HTTP clients with their own cookie jar that talk to
 * it through Fastify's inject (no sockets).
 */
import { randomUUID } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { TOTP } from 'otpauth';
import pg from 'pg';
import { expect } from 'vitest';
import { buildApp } from '../src/app';
import { hashPassword } from '../src/auth/passwords';
import type { ServerConfig } from '../src/config';
import type { Db, Queryable } from '../src/store/db';
import { migrate } from '../src/store/migrate';
import { openPglite, type PgliteDb } from '../src/store/pglite';
import { openPostgres } from '../src/store/postgres';
import type { PageBuilder } from '../src/sync/page-builder';
import { startPageWorkers } from '../src/sync/page-workers';
import type { CachedPgliteCopy } from './support/cached-pglite-copy';
import { emptyPglite } from './support/empty-pglite';
import { migratedPglite } from './support/migrated-pglite';
import type {
  EnrolmentDone,
  EnrolmentStart,
  Role,
  SecondFactorChallenge,
  SessionInfo,
} from '../../src/domain';

export type DatabaseKind = 'pglite' | 'postgres';

const POSTGRES_URL = process.env.TEST_DATABASE_URL;
if (process.env.REQUIRE_POSTGRES === '1' && !POSTGRES_URL) {
  throw new Error(
    'REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not: the PostgreSQL run would be skipped.',
  );
}

/** The databases every server test runs on: PGlite always, PostgreSQL whenever one is available. */
export const DATABASES: DatabaseKind[] = POSTGRES_URL ? ['pglite', 'postgres'] : ['pglite'];

export const ORIGIN = 'http://127.0.0.1';

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    databaseUrl: undefined,
    dataDir: undefined,
    dataDirLockStaleMs: 15_000,
    staticDir: null,
    idleTimeoutMinutes: 30,
    sharedDeviceIdleTimeoutMinutes: 5,
    // Production uses 2^17; tests hash dozens of passwords, and the cost does not change any behaviour.
    scryptLogN: 10,
    loginAttemptsPerWindow: 10,
    bodyLimitBytes: 1024 * 1024,
    connectionTimeoutMs: 60_000,
    trustProxy: false,
    publicOrigins: [ORIGIN],
    loginAttemptsPerAddress: 1000,
    hashConcurrency: 2,
    sessionMaxHours: 12,
    logLevel: 'silent',
    pullPageBytes: 256 * 1024,
    pullPagesAtOnce: 2,
    // The harness opens PGlite itself (openPglite, no upkeep): tests hold too few rows for it to matter.
    upkeepIntervalMs: 0,
    pgliteStartFrom: undefined,
    // Off: a busy test machine must not turn test requests away; back-pressure.test.ts turns it on.
    pressure: { maxEventLoopDelayMs: 0, maxHeapUsedMb: 0, databaseCheckMs: 0, retryAfterSeconds: 10 },
    ...overrides,
  };
}

export interface TestDatabase {
  /**
   * A new handle on the database: on PostgreSQL a pool of its own (as another server process would
   * open), on PGlite the one embedded database again (it has no other connections).
   */
  connect: () => Db;
  /**
   * Who builds a server's pull pages: on PostgreSQL worker threads with connections of their own, as
   * main.ts starts them; on PGlite undefined (the app's default, the request thread).
   */
  pageWorkers: (atOnce: number) => PageBuilder | undefined;
  drop: () => Promise<void>;
}

/** A PGlite in memory started from `copy`. */
async function openPgliteFrom(copy: CachedPgliteCopy): Promise<PgliteDb> {
  try {
    return await openPglite(undefined, { startFrom: await copy.bytes() });
  } catch {
    // A copy PGlite cannot start from (cut short on disk): made again, once.
    await copy.discard();
    return openPglite(undefined, { startFrom: await copy.bytes() });
  }
}

/** An empty PGlite in memory, from a copy of an empty data directory (support/empty-pglite.ts). */
export const openEmptyPglite = (): Promise<PgliteDb> => openPgliteFrom(emptyPglite);

/** A fresh, empty database (not migrated). */
export async function freshDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openEmptyPglite();
    return { connect: () => db, pageWorkers: () => undefined, drop: () => Promise.resolve() };
  }
  // A fresh database per test file, so files never see each other's practices.
  const name = `tijdig_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL ?? '');
  url.pathname = `/${name}`;
  return {
    connect: () => openPostgres(url.toString()),
    pageWorkers: (atOnce) => startPageWorkers(url.toString(), atOnce),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A fresh database for a test server; on PGlite already migrated unless the test wants an older schema. */
async function openTestDb(
  kind: DatabaseKind,
  isOlderSchema: boolean,
): Promise<Pick<TestDatabase, 'pageWorkers' | 'drop'> & { db: Db }> {
  if (kind === 'pglite' && !isOlderSchema)
    // Every migration applied and no data (support/migrated-pglite.ts).
    return {
      db: await openPgliteFrom(migratedPglite),
      pageWorkers: () => undefined,
      drop: () => Promise.resolve(),
    };
  const { connect, pageWorkers, drop } = await freshDatabase(kind);
  return { db: connect(), pageWorkers, drop };
}

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  /** The server's clock; tests move it forward to expire sessions and invitations. */
  clock: { now: Date };
  /** Starts page workers of its own on the server's database (PostgreSQL only; see TestDatabase). */
  pageWorkers: TestDatabase['pageWorkers'];
  close: () => Promise<void>;
}

/**
 * `migrateBefore` leaves the schema as an older server left it (see migrate); the test migrates on.
 * `isHealthy` replaces back-pressure's database check.
 */
export async function startTestServer(
  kind: DatabaseKind,
  overrides: Partial<ServerConfig> = {},
  options: { migrateBefore?: string; isHealthy?: () => Promise<boolean> } = {},
): Promise<TestServer> {
  const { db, pageWorkers, drop } = await openTestDb(kind, options.migrateBefore !== undefined);
  await migrate(db, { before: options.migrateBefore });
  const clock = { now: new Date('2026-11-23T09:00:00.000Z') };
  const config = testConfig(overrides);
  const app = await buildApp({
    db,
    config,
    now: () => clock.now,
    logger: false,
    isHealthy: options.isHealthy,
    pages: pageWorkers(config.pullPagesAtOnce),
  });
  await app.ready();
  return {
    app,
    db,
    clock,
    pageWorkers,
    close: async () => {
      await app.close();
      await db.close();
      await drop();
    },
  };
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** The part of an inject answer the clients read. */
export interface InjectedReply {
  statusCode: number;
  headers: OutgoingHttpHeaders;
  body: string;
  cookies: { name: string; value: string }[];
  json: () => unknown;
}

/** What a client sends requests through: an app's inject, or anything that answers like it (a proxy). */
export interface Injector {
  inject: (options: InjectOptions) => PromiseLike<InjectedReply>;
}

/**
 * What the sign-in helpers need of a server: something to send requests to (an app, or a proxy in front of
 * several), its database (the second factor's replay step) and its clock (the codes).
 */
export interface HarnessServer {
  app: Injector;
  db: Queryable;
  clock: { now: Date };
}

/** A browser-like client: keeps its session cookie and sends the CSRF header and Origin. */
export class TestClient {
  cookie: string | null = null;
  /** The pending sign-in between password and second factor (see sign-in-challenge.ts). */
  challengeCookie: string | null = null;

  constructor(private readonly app: Injector) {}

  async request<T = unknown>(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        host: '127.0.0.1',
        origin: ORIGIN,
        'x-tijdig-request': '1',
        ...(this.cookie || this.challengeCookie
          ? { cookie: [this.cookie, this.challengeCookie].filter(Boolean).join('; ') }
          : {}),
        ...headers,
      },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
    const setCookie = response.cookies.find((cookie) => cookie.name === 'tijdig_session');
    if (setCookie) this.cookie = setCookie.value === '' ? null : `tijdig_session=${setCookie.value}`;
    const challenge = response.cookies.find((cookie) => cookie.name === 'tijdig_challenge');
    if (challenge)
      this.challengeCookie = challenge.value === '' ? null : `tijdig_challenge=${challenge.value}`;
    const isJson = (response.headers['content-type'] ?? '').includes('application/json');
    return {
      status: response.statusCode,
      body: (isJson ? response.json() : response.body) as T,
      headers: response.headers,
    };
  }

  get = <T = unknown>(url: string) => this.request<T>('GET', url);
  post = <T = unknown>(url: string, body: unknown) => this.request<T>('POST', url, body);
}

export const PASSWORD = 'een lang wachtwoord';

/** An account's authenticator app as the tests hold it: its secret, the last step used, its recovery codes. */
interface TestAuthenticator {
  secret: string;
  lastStep: number;
  recoveryCodes: string[];
}
const authenticators = new WeakMap<Injector, Map<string, TestAuthenticator>>();

function authenticatorsOf(server: HarnessServer): Map<string, TestAuthenticator> {
  let map = authenticators.get(server.app);
  if (!map) {
    map = new Map();
    authenticators.set(server.app, map);
  }
  return map;
}

/** The code the account's app shows at `step` (the server's clock's step when omitted). */
export function totpCodeAt(server: HarnessServer, secret: string, stepOffset = 0): string {
  const totp = new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: server.clock.now.getTime() + stepOffset * 30_000 });
}

const stepOf = (server: HarnessServer, offset = 0) =>
  Math.floor(server.clock.now.getTime() / 30_000) + offset;

/** The recorded app of an account that enrolled through the harness. */
export function authenticatorOf(server: HarnessServer, email: string): TestAuthenticator {
  const found = authenticatorsOf(server).get(email);
  if (!found) throw new Error(`${email} has no authenticator in this test`);
  return found;
}

/**
 * Sets up the client's account's authenticator (from a session or a sign-in challenge) and records it, so
 * later sign-ins can give a code. Returns the confirmation's answer.
 */
export async function enrolTotp(
  server: HarnessServer,
  client: TestClient,
  email: string,
): Promise<EnrolmentDone> {
  const started = await client.post<EnrolmentStart>('/api/auth/two-factor/enrol', {});
  if (started.status !== 201)
    throw new Error(`enrol failed: ${started.status} ${JSON.stringify(started.body)}`);
  const { secret } = started.body;
  const done = await client.post<EnrolmentDone>('/api/auth/two-factor/enrol/confirm', {
    code: totpCodeAt(server, secret),
  });
  if (done.status !== 201) throw new Error(`confirm failed: ${done.status} ${JSON.stringify(done.body)}`);
  authenticatorsOf(server).set(email, {
    secret,
    lastStep: stepOf(server),
    recoveryCodes: [...done.body.recoveryCodes],
  });
  return done.body;
}

/**
 * Gives the second factor of a recorded account: a code of a step not used yet (the server's, or the next
 * one, which the drift allowance accepts). A test's clock stands still, so a third sign-in in one step
 * would be a replay; the harness then stands in for the half minute a person waits for the next code by
 * moving the account's last accepted step back in the database (the replay rule itself is tested in
 * two-factor.test.ts with real codes).
 */
export async function giveSecondFactor(
  server: HarnessServer,
  client: TestClient,
  email: string,
  headers: Record<string, string> = {},
): Promise<Reply<SessionInfo>> {
  const app = authenticatorOf(server, email);
  let offset = [0, 1].find((candidate) => stepOf(server, candidate) > app.lastStep);
  if (offset === undefined) {
    await server.db.query(
      'UPDATE totp_factors SET last_step = $2 WHERE user_id IN (SELECT id FROM users WHERE email = $1)',
      [email, stepOf(server) - 1],
    );
    offset = 0;
  }
  app.lastStep = stepOf(server, offset);
  return client.request<SessionInfo>(
    'POST',
    '/api/auth/two-factor/verify',
    { code: totpCodeAt(server, app.secret, offset) },
    headers,
  );
}

/** Finishes a sign-in the server answered with a second-factor challenge (202); other answers pass as they are. */
export async function completeSignIn<T>(
  server: HarnessServer,
  client: TestClient,
  email: string,
  reply: Reply<T | SecondFactorChallenge>,
): Promise<Reply<SessionInfo>> {
  if (reply.status !== 202) return reply as Reply<SessionInfo>;
  const { step } = reply.body as SecondFactorChallenge;
  if (step === 'enrol') {
    const done = await enrolTotp(server, client, email);
    if (!done.session) throw new Error('enrolment through a challenge answered no session');
    return { status: 200, body: done.session, headers: {} };
  }
  return giveSecondFactor(server, client, email);
}

/**
 * Sets up a practice with its beheerder, who is also huisarts unless `clinicalRole` says otherwise (null:
 * beheerder only); returns the beheerder's client.
 */
export async function setUpPractice(
  server: HarnessServer,
  practiceName = 'Huisartsenpraktijk De Linde',
  clinicalRole: 'huisarts' | 'poh' | 'wijkverpleegkundige' | null = 'huisarts',
): Promise<TestClient> {
  const client = new TestClient(server.app);
  const reply = await client.post<SessionInfo>('/api/setup', {
    practiceName,
    name: 'Anna Beheer',
    email: 'beheer@delinde.nl',
    password: PASSWORD,
    clinicalRole,
  });
  if (reply.status !== 201) throw new Error(`setup failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  // A beheerder needs a second factor for beheer and the audit log: set it up as the app would (unless
  // the test left the schema as a server from before two-factor sign-in had it, see migrateBefore).
  const [schema] = await server.db.query<{ hasTotp: boolean }>(
    'SELECT to_regclass(\'totp_factors\') IS NOT NULL AS "hasTotp"',
  );
  if (schema?.hasTotp) await enrolTotp(server, client, 'beheer@delinde.nl');
  return client;
}

/** Invites someone with a role and accepts the invitation; returns their signed-in client and session. */
export async function inviteMember(
  server: HarnessServer,
  beheerder: TestClient,
  role: Role,
  email: string,
  options: { isSharedDevice?: boolean } = {},
): Promise<{ client: TestClient; session: SessionInfo }> {
  const invited = await beheerder.post<{ token: string }>('/api/invitations', {
    role,
    name: `Collega ${role}`,
    email,
    isSharedDevice: options.isSharedDevice ?? false,
  });
  if (invited.status !== 201)
    throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const client = new TestClient(server.app);
  const accepted = await completeSignIn(
    server,
    client,
    email,
    await client.post<SessionInfo>('/api/invitations/accept', {
      token: invited.body.token,
      name: `Collega ${role}`,
      password: PASSWORD,
    }),
  );
  // A beheerder or specialist PZ enrols right after accepting (200 then), anyone else gets the session (201).
  if (accepted.status !== 201 && accepted.status !== 200)
    throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { client, session: accepted.body };
}

/** Signs in an existing account through the login endpoint; returns its client. */
export async function signIn(server: HarnessServer, email: string, password = PASSWORD): Promise<TestClient> {
  const client = new TestClient(server.app);
  const reply = await completeSignIn(
    server,
    client,
    email,
    await client.post('/api/auth/login', { email, password }),
  );
  if (reply.status !== 200) throw new Error(`login failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return client;
}

interface DirectPractice {
  practiceName: string;
  email: string;
  role: Role;
}

/**
 * Creates another practice with one member straight in the database (setup only ever makes the first
 * practice), without signing in (addPracticeDirectly does both).
 */
export async function addPracticeRows(
  db: Db,
  options: DirectPractice,
): Promise<{ practiceId: string; userId: string }> {
  const practiceId = randomUUID();
  const userId = randomUUID();
  const passwordHash = await hashPassword(PASSWORD, testConfig().scryptLogN);
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO practices (id, name) VALUES ($1, $2)', [practiceId, options.practiceName]);
    await tx.query('INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
      userId,
      options.email,
      `Medewerker ${options.practiceName}`,
      passwordHash,
    ]);
    await tx.query('INSERT INTO memberships (user_id, practice_id, role) VALUES ($1, $2, $3)', [
      userId,
      practiceId,
      options.role,
    ]);
  });
  return { practiceId, userId };
}

/** Creates another practice with one member straight in the database, then signs that member in. */
export async function addPracticeDirectly(
  server: TestServer,
  options: DirectPractice,
): Promise<{ client: TestClient; practiceId: string; userId: string }> {
  const { practiceId, userId } = await addPracticeRows(server.db, options);
  return { client: await signIn(server, options.email), practiceId, userId };
}

/** Moves the server's clock forward. */
export function advanceClock(server: TestServer, by: { minutes?: number; days?: number }): void {
  const ms = ((by.days ?? 0) * 24 * 60 + (by.minutes ?? 0)) * 60_000;
  server.clock.now = new Date(server.clock.now.getTime() + ms);
}

/** Matches any string, typed `unknown` so that no `any` flows into the object literals of expectations. */
export const anyString: unknown = expect.any(String);
