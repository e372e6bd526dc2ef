/**
 * server.pull: GET /api/sync/pull at head, as benchmarks.md defines it: a practice holding 1,000 patients,
 * and the checkpoint a device has once it has pulled everything (the `next` of its last page), so every
 * pull answers "nothing new"; that is what each device asks in the background, again and again. 100
 * connections for 10 s per run, against the sync server on PGlite and the same server on PostgreSQL (each
 * in its own child process, fresh database, seeded through /api/sync/push). Runs alternate between the two
 * databases; the ratio is PGlite p99 / PostgreSQL p99.
 *
 * A second row, `server.pull (first page)`, loads the first page of a first sync instead (since=0, 500
 * records or the byte budget), the heavy end of the same route.
 *
 * Every request is one of 100 devices, each signed in on its own (the practice's huisarts, 100 sessions),
 * picked at random per request: a server answers the devices that check in at the same moment with one
 * statement (server/src/store/batched-lookup.ts), and one session asked a hundred times at once would be
 * one row where a hundred devices are a hundred.
 */
import { makePatients } from './lib/patients.mjs';
import { load } from './lib/load.mjs';
import { createDatabase, startPostgres } from './lib/postgres.mjs';
import { interleave, median } from './lib/stats.mjs';
import { pushPatients, schemaVersion, signInDevices, startTijdigServer } from './lib/tijdig-server.mjs';

const PATIENTS = 1000;
const LIMIT = 500;
const CONNECTIONS = 100;
const SECONDS = 10;
const WARM_UP_SECONDS = 3;
const P99_TARGET_MS = 50;
const MAX_RATIO = 3;

/**
 * The checkpoint of a device that has pulled every page: the `next` of the last one.
 * @param {string} url @param {string} cookie @param {number} version
 */
async function headOf(url, cookie, version) {
  let since = 0;
  for (let page = 0; page < 100; page += 1) {
    const response = await fetch(
      `${url}/api/sync/pull?since=${since}&limit=${LIMIT}&schemaVersion=${version}`,
      {
        headers: { cookie },
      },
    );
    /** @type {{ next: number, hasMore: boolean }} */ const body = await response.json();
    since = body.next;
    if (!body.hasMore) return since;
  }
  throw new Error('server.pull: still more pages after 100');
}

/**
 * A seeded server and load runs against it (at head and at the first page); checks once that a pull returns a full page.
 * @param {{ databaseUrl?: string, label: string }} options @param {number} version
 */
async function pullTarget({ databaseUrl, label }, version) {
  const server = await startTijdigServer({
    databaseUrl,
    label,
    browserRole: 'huisarts',
    // One address signs in for all the devices: more sign-ins than one person's limit.
    env: { TIJDIG_ADDRESS_LOGINS: String(CONNECTIONS * 2) },
  });
  try {
    await pushPatients(server, makePatients(PATIENTS));
    const devices = await signInDevices(server, CONNECTIONS);
    const path = `/api/sync/pull?since=0&limit=${LIMIT}&schemaVersion=${version}`;
    const { cookie = '' } = server.headers;
    const check = await fetch(`${server.url}${path}`, { headers: { cookie } });
    const text = await check.text();
    /** @type {{ changes?: unknown[], hasMore?: boolean }} */ const page = JSON.parse(text);
    // A full page: LIMIT records, or fewer when the server's byte budget (256 KiB of JSON) ends it first.
    const changes = page.changes?.length ?? 0;
    if (check.status !== 200 || changes === 0 || (changes < LIMIT && !page.hasMore))
      throw new Error(`${label}: pull returned ${changes} changes (${check.status})`);
    const head = await headOf(server.url, cookie, version);
    const headPath = `/api/sync/pull?since=${head}&limit=${LIMIT}&schemaVersion=${version}`;
    const runOn =
      (/** @type {string} */ onPath) =>
      (seconds = SECONDS) =>
        load({
          url: server.url,
          path: onPath,
          connections: CONNECTIONS,
          seconds,
          setupRequest: (request) => ({
            ...request,
            headers: { ...request.headers, cookie: devices[Math.floor(Math.random() * devices.length)] },
          }),
        });
    return {
      runFirstPage: runOn(path),
      runAtHead: runOn(headPath),
      stop: server.stop,
      responseBytes: Buffer.byteLength(text),
      changes,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * One row: PostgreSQL's p99 against the target, PGlite's beside it (the ratio is PGlite ÷ PostgreSQL).
 * @param {{ benchmark: string, what: string, runs: number, postgres: string, isJudged: boolean,
 *   results: { a: import('./lib/load.mjs').LoadResult[], b: import('./lib/load.mjs').LoadResult[] } }} options
 *   results.a: PGlite, results.b: PostgreSQL; postgres: which PostgreSQL; isJudged: the row has a target
 * @returns {import('./lib/report.mjs').Row}
 */
function pullRow({ benchmark, what, runs, postgres, isJudged, results: { a: lites, b: fulls } }) {
  const p99 = median(fulls.map((r) => r.p99));
  const liteP99 = median(lites.map((r) => r.p99));
  const errors = [...lites, ...fulls].reduce((sum, r) => sum + r.errors, 0);
  const ratio = liteP99 / p99;
  const rps = (/** @type {{ rps: number }[]} */ results) => Math.round(median(results.map((r) => r.rps)));
  return {
    benchmark,
    metric: 'p99 on PostgreSQL',
    unit: 'ms',
    value: p99,
    peer: liteP99,
    peerName: 'the same server on PGlite (embedded)',
    ratio,
    ratioOf: 'PGlite p99 ÷ PostgreSQL p99',
    n: runs,
    target: isJudged
      ? `<= ${P99_TARGET_MS} ms on PostgreSQL, 0 errors; PGlite <= ${MAX_RATIO}x PostgreSQL`
      : 'none: what a first sync costs the server',
    met: isJudged ? p99 <= P99_TARGET_MS && errors === 0 && ratio <= MAX_RATIO : null,
    note: `${what}; -c ${CONNECTIONS} -d ${SECONDS}; ${rps(fulls)} pulls/s on PostgreSQL, ${rps(lites)}/s on PGlite; ${errors} errors`,
    samples: { app: fulls.map((r) => r.p99), peer: lites.map((r) => r.p99) },
    details: { connections: CONNECTIONS, seconds: SECONDS, postgres, postgresRuns: fulls, pgliteRuns: lites },
  };
}

/**
 * @param {{ runs: number }} options
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measurePull({ runs }) {
  const version = await schemaVersion();
  const postgres = await startPostgres();
  /** @type {(() => Promise<void>)[]} */ const cleanup = [postgres.stop];
  try {
    const database = await createDatabase(postgres.adminUrl);
    cleanup.unshift(database.drop);
    const lite = await pullTarget({ label: 'server.pull (PGlite)' }, version);
    cleanup.unshift(lite.stop);
    const full = await pullTarget({ databaseUrl: database.url, label: 'server.pull (PostgreSQL)' }, version);
    cleanup.unshift(full.stop);

    // Warm-up, not counted: JIT, connection pools and both databases' caches.
    await lite.runFirstPage(WARM_UP_SECONDS);
    await full.runFirstPage(WARM_UP_SECONDS);
    const atHead = await interleave(
      runs,
      () => lite.runAtHead(),
      () => full.runAtHead(),
    );
    const firstPage = await interleave(
      runs,
      () => lite.runFirstPage(),
      () => full.runFirstPage(),
    );
    const rows = { runs, postgres: postgres.description };
    return [
      pullRow({
        ...rows,
        benchmark: 'server.pull',
        what: 'at head (0 changes, the checkpoint after the last page)',
        isJudged: true,
        results: atHead,
      }),
      pullRow({
        ...rows,
        benchmark: 'server.pull (first page)',
        what: `since=0: ${lite.changes} of ${PATIENTS} patients per pull (limit ${LIMIT}, ${Math.round(lite.responseBytes / 1024)} KiB)`,
        isJudged: false,
        results: firstPage,
      }),
    ];
  } finally {
    for (const step of cleanup) await step().catch((error) => console.error(`server.pull cleanup: ${error}`));
  }
}
