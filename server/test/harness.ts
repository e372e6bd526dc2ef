/**
 * Test harness for the sync server: a fresh server per test file on PGlite (in memory) or on a fresh
 * PostgreSQL database, a controllable clock, and HTTP clients with their own cookie jar that talk to
 * it through Fastify's inject (no sockets).
 */
import { randomUUID } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { expect } from 'vitest';
import { buildApp } from '../src/app';
import { hashPassword } from '../src/auth/passwords';
import type { ServerConfig } from '../src/config';
import type { Db } from '../src/store/db';
import { migrate } from '../src/store/migrate';
import { openPglite } from '../src/store/pglite';
import { openPostgres } from '../src/store/postgres';
import type { Role, SessionInfo } from '../../src/domain';

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
    trustProxy: false,
    publicOrigins: [ORIGIN],
    loginAttemptsPerAddress: 1000,
    hashConcurrency: 2,
    sessionMaxHours: 12,
    logLevel: 'silent',
    pullPageBytes: 256 * 1024,
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
  drop: () => Promise<void>;
}

/** A fresh, empty database (not migrated). */
export async function freshDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openPglite(undefined);
    return { connect: () => db, drop: () => Promise.resolve() };
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
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function openTestDb(kind: DatabaseKind): Promise<{ db: Db; drop: () => Promise<void> }> {
  const { connect, drop } = await freshDatabase(kind);
  return { db: connect(), drop };
}

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  /** The server's clock; tests move it forward to expire sessions and invitations. */
  clock: { now: Date };
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
  const { db, drop } = await openTestDb(kind);
  await migrate(db, { before: options.migrateBefore });
  const clock = { now: new Date('2026-11-23T09:00:00.000Z') };
  const app = await buildApp({
    db,
    config: testConfig(overrides),
    now: () => clock.now,
    logger: false,
    isHealthy: options.isHealthy,
  });
  await app.ready();
  return {
    app,
    db,
    clock,
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

/** A browser-like client: keeps its session cookie and sends the CSRF header and Origin. */
export class TestClient {
  cookie: string | null = null;

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
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
    const setCookie = response.cookies.find((cookie) => cookie.name === 'tijdig_session');
    if (setCookie) this.cookie = setCookie.value === '' ? null : `tijdig_session=${setCookie.value}`;
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

/**
 * Sets up a practice with its beheerder, who is also huisarts unless `clinicalRole` says otherwise (null:
 * beheerder only); returns the beheerder's client.
 */
export async function setUpPractice(
  server: { app: Injector },
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
  return client;
}

/** Invites someone with a role and accepts the invitation; returns their signed-in client and session. */
export async function inviteMember(
  server: { app: Injector },
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
  const accepted = await client.post<SessionInfo>('/api/invitations/accept', {
    token: invited.body.token,
    name: `Collega ${role}`,
    password: PASSWORD,
  });
  if (accepted.status !== 201)
    throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { client, session: accepted.body };
}

/** Signs in an existing account through the login endpoint; returns its client. */
export async function signIn(
  server: { app: Injector },
  email: string,
  password = PASSWORD,
): Promise<TestClient> {
  const client = new TestClient(server.app);
  const reply = await client.post('/api/auth/login', { email, password });
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
