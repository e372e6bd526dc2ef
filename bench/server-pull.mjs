/**
 * server.pull: GET /api/sync/pull?since=0&limit=500 for one practice holding 1,000 patients, 100
 * connections for 10 s per run, against the sync server on PGlite and the same server on PostgreSQL (each
 * in its own child process, fresh database, seeded through /api/sync/push). Runs alternate between the two
 * databases; the ratio is PGlite p99 / PostgreSQL p99.
 */
import { makePatients } from './lib/patients.mjs';
import { load } from './lib/load.mjs';
import { createDatabase, startPostgres } from './lib/postgres.mjs';
import { interleave, median } from './lib/stats.mjs';
import { pushPatients, schemaVersion, startTijdigServer } from './lib/tijdig-server.mjs';

const PATIENTS = 1000;
const LIMIT = 500;
const CONNECTIONS = 100;
const SECONDS = 10;
const WARM_UP_SECONDS = 3;
const P99_TARGET_MS = 50;
const MAX_RATIO = 3;

/**
 * A seeded server and a load run against it; checks once that a pull returns a full page.
 * @param {{ databaseUrl?: string, label: string }} options @param {number} version
 */
async function pullTarget({ databaseUrl, label }, version) {
  const server = await startTijdigServer({ databaseUrl, label });
  try {
    await pushPatients(server, makePatients(PATIENTS));
    const path = `/api/sync/pull?since=0&limit=${LIMIT}&schemaVersion=${version}`;
    const { cookie = '' } = server.headers;
    const check = await fetch(`${server.url}${path}`, { headers: { cookie } });
    const text = await check.text();
    /** @type {{ changes?: unknown[], hasMore?: boolean }} */ const page = JSON.parse(text);
    // A full page: LIMIT records, or fewer when the server's byte budget (256 KiB of JSON) ends it first.
    const changes = page.changes?.length ?? 0;
    if (check.status !== 200 || changes === 0 || (changes < LIMIT && !page.hasMore))
      throw new Error(`${label}: pull returned ${changes} changes (${check.status})`);
    const run = (seconds = SECONDS) =>
      load({ url: server.url, path, headers: { cookie }, connections: CONNECTIONS, seconds });
    return { run, stop: server.stop, responseBytes: Buffer.byteLength(text), changes };
  } catch (error) {
    await server.stop();
    throw error;
  }
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
    await lite.run(WARM_UP_SECONDS);
    await full.run(WARM_UP_SECONDS);
    const { a: lites, b: fulls } = await interleave(
      runs,
      () => lite.run(),
      () => full.run(),
    );
    const p99 = median(lites.map((r) => r.p99));
    const peerP99 = median(fulls.map((r) => r.p99));
    const errors = [...lites, ...fulls].reduce((sum, r) => sum + r.errors, 0);
    const ratio = p99 / peerP99;
    const rps = (results) => Math.round(median(results.map((r) => r.rps)));
    return [
      {
        benchmark: 'server.pull',
        metric: 'p99',
        unit: 'ms',
        value: p99,
        peer: peerP99,
        peerName: `same server on PostgreSQL (${postgres.description})`,
        ratio,
        n: runs,
        target: `<= ${P99_TARGET_MS} ms, 0 errors; <= ${MAX_RATIO}x PostgreSQL`,
        met: p99 <= P99_TARGET_MS && errors === 0 && ratio <= MAX_RATIO,
        note: `-c ${CONNECTIONS} -d ${SECONDS}, ${lite.changes} of ${PATIENTS} patients per pull (limit ${LIMIT}, ${Math.round(lite.responseBytes / 1024)} KiB); ${rps(lites)} pulls/s on PGlite, ${rps(fulls)}/s on PostgreSQL; ${errors} errors`,
        samples: { app: lites.map((r) => r.p99), peer: fulls.map((r) => r.p99) },
        details: {
          connections: CONNECTIONS,
          seconds: SECONDS,
          responseBytes: lite.responseBytes,
          lites,
          fulls,
        },
      },
    ];
  } finally {
    for (const step of cleanup) await step().catch((error) => console.error(`server.pull cleanup: ${error}`));
  }
}
