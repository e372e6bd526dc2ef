/**
 * Scale-out (issue 15 item 4): two server processes on one database behind a load balancer that sends
 * each request to the next process in turn. Sessions, the idle clock, the sign-in limit and the audit
 * upload budget hold across both, both may start (and migrate) at once, and three devices whose requests
 * alternate between the processes converge (the sync property of support/three-devices.ts).
 *
 * The two "processes" are two apps in this test process, each built by buildApp with a connection pool
 * of its own (on PGlite: the one embedded database, which has no other connections), reached over real
 * HTTP through the proxy. That is honest about shared state because buildApp creates everything a
 * server keeps in memory (rate-limit stores, the hash gate, the back-pressure monitor) per app, and at
 * module level server/src holds only constant lookup sets, pg's type parser (the same in every process)
 * and main.ts's shutdown flag; so all the two apps share is the database, as two processes would. One
 * clock serves both, as NTP gives hosts one clock. (bench/server-scale-out.mjs runs two real processes
 * of main.ts on one PostgreSQL, started at the same moment, with sessions written once for both.)
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditUploadResponse, DeviceAuditEvent, SessionInfo } from '../../src/domain';
import { buildApp } from '../src/app';
import { UPLOADS_PER_MINUTE } from '../src/audit/device-upload';
import type { Db } from '../src/store/db';
import { migrate } from '../src/store/migrate';
import {
  DATABASES,
  freshDatabase,
  inviteMember,
  setUpPractice,
  signIn,
  TestClient,
  testConfig,
  type HarnessServer,
  type TestDatabase,
} from './harness';
import { httpInjector } from './support/http-injector';
import { startRoundRobinProxy, type RoundRobinProxy } from './support/round-robin-proxy';
import { checkThreeDevices } from './support/three-devices';

const LOGINS_PER_WINDOW = 4;

describe.each(DATABASES)('two server processes on one %s database', (kind) => {
  const clock = { now: new Date('2026-11-23T09:00:00.000Z') };
  let database: TestDatabase;
  let pools: Db[];
  /** The first process's pool, which the test reads the database through. */
  let reader: Db;
  let migrated: string[][];
  let apps: FastifyInstance[];
  let proxy: RoundRobinProxy;
  /** Closers of what beforeAll started, so far: also after a failed start nothing is left behind. */
  const started: (() => Promise<void>)[] = [];
  let front: HarnessServer;
  let beheerder: TestClient;

  const advance = (minutes: number) => {
    clock.now = new Date(clock.now.getTime() + minutes * 60_000);
  };

  beforeAll(async () => {
    database = await freshDatabase(kind);
    started.push(() => database.drop());
    reader = database.connect();
    pools = [reader, database.connect()];
    started.push(async () => {
      for (const db of new Set(pools)) await db.close();
    });
    // Both start at once, as a process manager starts them.
    migrated = await Promise.all(pools.map((db) => migrate(db)));
    proxy = await startRoundRobinProxy();
    started.push(() => proxy.close());
    // One proxy in front, as TIJDIG_TRUST_PROXY=1 configures it.
    const config = testConfig({ trustProxy: 1, loginAttemptsPerWindow: LOGINS_PER_WINDOW });
    apps = await Promise.all(
      pools.map((db) =>
        buildApp({
          db,
          config,
          now: () => clock.now,
          logger: false,
          pages: database.pageWorkers(config.pullPagesAtOnce),
        }),
      ),
    );
    started.push(async () => {
      for (const app of apps) await app.close();
    });
    for (const app of apps) {
      await app.listen({ host: '127.0.0.1', port: 0 });
      proxy.targets.push((app.server.address() as AddressInfo).port);
    }
    front = { app: httpInjector(proxy.port), db: reader, clock };
    beheerder = await setUpPractice(front);
  });

  afterAll(async () => {
    for (const close of started.reverse()) await close();
  });

  it('runs each migration once when both processes start at the same time', async () => {
    const applied = await reader.query<{ name: string }>('SELECT name FROM schema_migrations');
    const ran = migrated.flat().sort();
    expect(ran).toEqual(applied.map((row) => row.name).sort());
    expect(new Set(ran).size).toBe(ran.length);
  });

  it('serves a session on either process, and a sign-out on one ends it on the other', async () => {
    const { client } = await inviteMember(front, beheerder, 'huisarts', 'sessie@delinde.nl');
    // Consecutive requests alternate: one reaches each process.
    const answers = [
      await client.get<SessionInfo>('/api/auth/session'),
      await client.get<SessionInfo>('/api/auth/session'),
    ];
    expect(answers.map((reply) => reply.status)).toEqual([200, 200]);
    expect(answers[1]?.body.user.email).toBe('sessie@delinde.nl');
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout', {})).status).toBe(204);
    client.cookie = cookie;
    expect((await client.get('/api/auth/session')).status).toBe(401);
  });

  it(`refuses sign-in attempt ${LOGINS_PER_WINDOW + 1} whichever process it reaches`, async () => {
    const before = [...proxy.served];
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= LOGINS_PER_WINDOW + 2; attempt += 1) {
      const reply = await new TestClient(front.app).post('/api/auth/login', {
        email: 'onbekend@elders.nl',
        password: 'geraden wachtwoord',
      });
      statuses.push(reply.status);
    }
    // Each process saw half of them: counted per process, attempt 5 would still have been answered 401.
    expect(proxy.served.map((count, index) => count - (before[index] ?? 0))).toEqual([3, 3]);
    expect(statuses).toEqual([...Array<number>(LOGINS_PER_WINDOW).fill(401), 429, 429]);
  });

  it('holds an account to its audit uploads per minute across both processes', async () => {
    const event = (): DeviceAuditEvent => ({
      id: randomUUID(),
      event: 'register.view',
      action: 'R',
      at: clock.now.toISOString() as DeviceAuditEvent['at'],
      patientId: null,
      recordPart: 'register',
      outcome: 'success',
    });
    const upload = () =>
      beheerder.post<AuditUploadResponse>('/api/audit/events', { clientId: randomUUID(), events: [event()] });
    for (let index = 0; index < UPLOADS_PER_MINUTE; index += 1) expect((await upload()).status).toBe(200);
    expect((await upload()).status).toBe(429);
    expect((await upload()).status).toBe(429);
  });

  it('converges three devices whose requests alternate between the processes (property)', async () => {
    const accounts = [
      (await inviteMember(front, beheerder, 'huisarts', 'gp@delinde.nl')).client,
      (await inviteMember(front, beheerder, 'huisarts', 'collega@delinde.nl')).client,
      (await inviteMember(front, beheerder, 'poh', 'poh@delinde.nl')).client,
    ];
    const before = [...proxy.served];
    // Fewer and shorter runs than on one server: every request crosses real sockets twice.
    await checkThreeDevices({ db: reader, target: front.app, accounts, numRuns: 4, maxSteps: 20 });
    for (const [index, count] of proxy.served.entries()) expect(count).toBeGreaterThan(before[index] ?? 0);
  });

  // Last: it moves the clock past every session's idle timeout.
  it('keeps one idle clock: activity on one process keeps the session alive on the other', async () => {
    const client = await signIn(front, 'sessie@delinde.nl');
    advance(20);
    expect((await client.get('/api/auth/session')).status).toBe(200);
    advance(20);
    // 40 minutes after sign-in, 20 after the last request (answered by the other process): still signed in.
    expect((await client.get('/api/auth/session')).status).toBe(200);
    advance(31);
    const expired = await client.get<{ code: string }>('/api/auth/session');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('sessionExpired');
  });
});
