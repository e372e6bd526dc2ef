/**
 * server.push: sustained POST /api/sync/push against the sync server (in a child process) with autocannon,
 * 50 connections for 20 s per run, on PGlite with one practice and on PostgreSQL with 50 (see TARGETS).
 * Every request is a new device (fresh clientId, counters 1..10) creating 10 new patients of ~1.5 KB each,
 * each with a BSN of its own, so every mutation is really applied, never replayed or refused; a response
 * whose 10 results are not all `applied` counts as an error. The peer is the same server's GET /api/health
 * (no database) under the same load: the ratio is the share of the no-op rate that pushes reach.
 *
 * The ids are made as Tijdig's devices make them: UUIDv7 (src/db/outbox.ts, sync-meta.ts and the
 * repositories), which begin with their time, so a new record's index entries land beside the last ones.
 * Random (v4) ids land anywhere in five indexes that outgrow PGlite's buffer cache as the bench's database
 * grows, and the PGlite rate then falls run by run (bench/HISTORY.md, 2026-12-08).
 */
import { v7 as uuidv7 } from 'uuid';
import { ownCpuSeconds, treeCpuSeconds } from './lib/cpu.mjs';
import { load } from './lib/load.mjs';
import { residentMb, watchPeakResident } from './lib/memory.mjs';
import { createDatabase, startPostgres } from './lib/postgres.mjs';
import { seedPractices } from './lib/practices.mjs';
import { interleave, median } from './lib/stats.mjs';
import { schemaVersion, startTijdigServer } from './lib/tijdig-server.mjs';

const CONNECTIONS = 50;
const PUSH_SECONDS = 20;
/** The no-op only sets the ceiling; a shorter run measures it as well. */
const NOOP_SECONDS = 5;
const MUTATIONS_PER_PUSH = 10;
/** The PostgreSQL run spreads its connections over this many practices (issue 15). */
const PG_PRACTICES = 50;
const AT = '2026-11-23T09:00:00.000Z';
/** issue 15: the server's memory under push load (450-930 MB before) must stay within this. */
const MEMORY_TARGET_MB = 512;

/** Fills a text field to `length` characters: long but valid values make a ~1.5 KB mutation. */
const text = (start, length) => start.padEnd(length, ' abcdefghij').slice(0, length).trimEnd();

/** The fields of one new patient but its BSN (see nextBsn), every text near its schema's maximum. */
const PATIENT = {
  givenName: text('Johanna Wilhelmina Maria', 80),
  namePrefix: 'van der',
  familyName: text('Berg-Oosterhuis', 120),
  birthDate: '1941-05-02',
  sex: 'female',
  treatingGp: text('dr. P. de Vries', 120),
  diagnosisText: text('COPD GOLD IV, hartfalen NYHA III', 200),
  icpcCode: 'R95',
  contactName: text('Kees van der Berg', 120),
  contactRelation: text('zoon', 60),
  contactPhone: '06 12345678',
  homeCareOrganisation: text('Thuiszorg West', 120),
  status: 'active',
  statusSince: null,
  deathDate: null,
  placeOfDeath: null,
  palliativeSince: '2026-10-01',
  registerColour: 'orange',
  dyingPhaseSince: null,
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
};

let bsnSeed = 0;

/**
 * A BSN no earlier push of this process used, so no patient is refused as a duplicate: eight digits from
 * a counter and the check digit that makes the elfproef hold (a counter needing check digit 10 is skipped).
 */
function nextBsn() {
  for (;;) {
    bsnSeed += 1;
    const first = String(30_000_000 + bsnSeed);
    const sum = Array.from(first, Number).reduce((total, digit, index) => total + digit * (9 - index), 0);
    if (sum % 11 < 10) return `${first}${sum % 11}`;
  }
}

/**
 * A push of a device nobody has seen: its own client id, counters 1..10, ten new patients, each with a BSN
 * of its own; every id a UUIDv7, as the app makes them.
 */
export function newDevicePush(version, count = MUTATIONS_PER_PUSH) {
  return JSON.stringify({
    clientId: uuidv7(),
    schemaVersion: version,
    mutations: Array.from({ length: count }, (_, index) => ({
      mutationId: uuidv7(),
      counter: index + 1,
      entity: 'patient',
      recordId: uuidv7(),
      op: 'put',
      baseRev: null,
      changed: { ...PATIENT, bsn: nextBsn() },
      createdAt: AT,
    })),
  });
}

/** @param {string} body */
function allApplied(body) {
  try {
    /** @type {{ results?: { status: string }[] }} */
    const parsed = JSON.parse(body);
    return (
      parsed.results?.length === MUTATIONS_PER_PUSH && parsed.results.every((r) => r.status === 'applied')
    );
  } catch {
    return false;
  }
}

/**
 * The two places pushes are measured (issue 15): PGlite with one practice, as a small practice runs
 * Tijdig, and PostgreSQL with the connections spread over 50 practices, as a region's server would
 * serve them (sessions written straight into the database, see lib/practices.mjs).
 * @typedef {{ label: string, rpsTarget: number, p99Target: number,
 *   start: () => Promise<{ url: string, cookies: string[], stop: () => Promise<void>, pid?: number,
 *     databasePid?: number }> }} PushTarget
 * @type {PushTarget[]}
 */
const TARGETS = [
  {
    label: 'PGlite',
    rpsTarget: 300,
    p99Target: 500,
    start: async () => {
      const server = await startTijdigServer({ label: 'server.push (PGlite)' });
      return { url: server.url, cookies: [server.headers.cookie ?? ''], stop: server.stop, pid: server.pid };
    },
  },
  {
    label: `PostgreSQL, ${PG_PRACTICES} practices`,
    rpsTarget: 1000,
    p99Target: 100,
    start: async () => {
      const postgres = await startPostgres();
      const database = await createDatabase(postgres.adminUrl);
      try {
        const server = await startTijdigServer({
          databaseUrl: database.url,
          label: 'server.push (PostgreSQL)',
        });
        const cookies = await seedPractices(database.url, PG_PRACTICES);
        const stop = async () => {
          await server.stop();
          await database.drop();
          await postgres.stop();
        };
        return { url: server.url, cookies, stop, pid: server.pid, databasePid: postgres.pid };
      } catch (error) {
        await database.drop();
        await postgres.stop();
        throw error;
      }
    },
  },
];

/**
 * CPU milliseconds per push over the measured push runs (not the warm-up or the no-op runs): the server's
 * process (PGlite's worker included), the PostgreSQL cluster's processes when the bench started it, and
 * this process, which generates the load. On a machine whose speed varies they move far less than the
 * push rate, and they show what the rate is made of: two cores run all three.
 * @param {{ pid?: number, databasePid?: number }} server
 */
function cpuPerPush(server) {
  const totals = { server: 0, database: 0, loadGenerator: 0, pushes: 0 };
  const read = () => ({
    server: server.pid === undefined ? 0 : treeCpuSeconds(server.pid),
    database: server.databasePid === undefined ? 0 : treeCpuSeconds(server.databasePid),
    loadGenerator: ownCpuSeconds(),
  });
  return {
    /** @param {() => Promise<import('./lib/load.mjs').LoadResult>} run */
    during: async (run) => {
      const before = read();
      const result = await run();
      const after = read();
      totals.server += after.server - before.server;
      totals.database += after.database - before.database;
      totals.loadGenerator += after.loadGenerator - before.loadGenerator;
      totals.pushes += result.requests;
      return result;
    },
    perPush: () => {
      const ms = (/** @type {number} */ seconds) =>
        totals.pushes > 0 ? Math.round((seconds * 1000 * 100) / totals.pushes) / 100 : null;
      return {
        server: ms(totals.server),
        database: server.databasePid === undefined ? null : ms(totals.database),
        loadGenerator: ms(totals.loadGenerator),
      };
    },
  };
}

/** @param {{ server: number | null, database: number | null, loadGenerator: number | null }} cpuMs */
function describeCpu({ server, database, loadGenerator }) {
  const inDatabase = database === null ? '' : `, PostgreSQL ${database} ms`;
  return `server ${server} ms${inDatabase}, load generator ${loadGenerator} ms`;
}

/**
 * @param {PushTarget} target @param {number} runs @param {number} version @param {string} sample
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
async function measureOn(target, runs, version, sample) {
  const server = await target.start();
  try {
    const headers = { 'x-tijdig-request': '1', origin: server.url, 'content-type': 'application/json' };
    const pushLoad = (seconds = PUSH_SECONDS) =>
      load({
        url: server.url,
        path: '/api/sync/push',
        method: 'POST',
        headers,
        connections: CONNECTIONS,
        seconds,
        // Each request as a random practice (PGlite: the one).
        setupRequest: (request) => ({
          ...request,
          headers: {
            ...request.headers,
            cookie: server.cookies[Math.floor(Math.random() * server.cookies.length)],
          },
          body: newDevicePush(version),
        }),
        verifyBody: allApplied,
      });
    const cpu = cpuPerPush(server);
    const push = async (seconds = PUSH_SECONDS) => cpu.during(() => pushLoad(seconds));
    const noop = () =>
      load({ url: server.url, path: '/api/health', connections: CONNECTIONS, seconds: NOOP_SECONDS });
    const restMb = server.pid === undefined ? null : residentMb(server.pid);
    const memory = server.pid === undefined ? null : watchPeakResident(server.pid);
    // Warm-up, not counted: JIT, connection setup and the database's first pages.
    await pushLoad(3);
    const { a: pushes, b: noops } = await interleave(runs, () => push(), noop);
    const peakMb = memory?.stop() ?? null;

    const rps = median(pushes.map((r) => r.rps));
    const p99 = median(pushes.map((r) => r.p99));
    const errors = pushes.reduce((sum, r) => sum + r.errors, 0);
    const noopRps = median(noops.map((r) => r.rps));
    const noopP99 = median(noops.map((r) => r.p99));
    const bytesPerMutation = Math.round(Buffer.byteLength(sample) / MUTATIONS_PER_PUSH);
    const cpuMs = cpu.perPush();
    const details = {
      connections: CONNECTIONS,
      seconds: PUSH_SECONDS,
      bytesPerMutation,
      cpuMs,
      pushes,
      noops,
    };
    const peerName = 'GET /api/health, same server and load';
    const note = `-c ${CONNECTIONS} -d ${PUSH_SECONDS}, ${MUTATIONS_PER_PUSH} new patients of ~${bytesPerMutation} B per push (ids UUIDv7, as the app makes them) on ${target.label}; ${errors} errors in ${pushes.reduce((s, r) => s + r.requests, 0)} pushes; CPU per push ${describeCpu(cpuMs)}`;
    return [
      {
        benchmark: 'server.push',
        metric: `pushes/s (${target.label})`,
        unit: 'rps',
        value: rps,
        peer: noopRps,
        peerName,
        ratio: rps / noopRps,
        ratioOf: 'of no-op',
        n: runs,
        target: `>= ${target.rpsTarget} pushes/s, 0 errors`,
        met: rps >= target.rpsTarget && errors === 0,
        note,
        samples: { app: pushes.map((r) => r.rps), peer: noops.map((r) => r.rps) },
        details,
      },
      {
        benchmark: 'server.push',
        metric: `p99 (${target.label})`,
        unit: 'ms',
        value: p99,
        peer: noopP99,
        peerName,
        ratio: p99 / noopP99,
        n: runs,
        target: `<= ${target.p99Target} ms`,
        met: p99 <= target.p99Target,
        samples: { app: pushes.map((r) => r.p99), peer: noops.map((r) => r.p99) },
      },
      {
        benchmark: 'server.push',
        metric: `peak memory (${target.label})`,
        unit: 'MB',
        value: peakMb ?? Number.NaN,
        peer: restMb,
        peerName: 'the same server at rest, before the load',
        ratio: peakMb !== null && restMb ? peakMb / restMb : null,
        n: 1,
        target: `<= ${MEMORY_TARGET_MB} MB resident (the server process, PGlite's worker included)`,
        met: peakMb === null ? null : peakMb <= MEMORY_TARGET_MB,
        note: `peak RSS sampled every 200 ms over the warm-up and all ${runs} push and no-op runs`,
      },
    ];
  } finally {
    await server.stop();
  }
}

/**
 * @param {{ runs: number }} options
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measurePush({ runs }) {
  const version = await schemaVersion();
  const sample = newDevicePush(version);
  const rows = [];
  for (const target of TARGETS) rows.push(...(await measureOn(target, runs, version, sample)));
  return rows;
}
