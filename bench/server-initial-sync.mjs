/**
 * server.initial-sync: 100 devices of one practice do their first sync at once. The practice holds 1,000
 * palliative patients, each with a filled-in care plan and a surprise-question result (3,000 records,
 * lib/care-plans.mjs), pushed through /api/sync/push. Each device has a session of its own (100 sign-ins)
 * and pulls as the app does: GET /api/sync/pull from checkpoint 0, pages of at most 500 records and the
 * server's byte budget, following `next` until `hasMore` is false, accepting gzip and brotli; a 503 is
 * waited out as its Retry-After says and the page asked again.
 *
 * Meanwhile a worker thread (its own event loop, so the devices' parsing never delays it) polls
 * GET /api/health on one keep-alive connection, one request after the other. Rows:
 * - health p99 during the syncs; peer: the same poller on the idle server just before (ratio = loaded /
 *   idle). Target: <= 50 ms throughout.
 * - the slowest of the 100 syncs; peer: one device's first sync alone on the idle server.
 * Both on PGlite and on PostgreSQL (each server in its own child process, fresh database).
 */
import { Worker } from 'node:worker_threads';
import { makePalliativeRecords } from './lib/care-plans.mjs';
import { makePatients } from './lib/patients.mjs';
import { sleep } from './lib/processes.mjs';
import { createDatabase, startPostgres } from './lib/postgres.mjs';
import { max, median } from './lib/stats.mjs';
import { pushRecords, schemaVersion, signInDevices, startTijdigServer } from './lib/tijdig-server.mjs';

const PATIENTS = 1000;
const DEVICES = 100;
const LIMIT = 500;
const IDLE_POLL_MS = 5000;
const POLL_INTERVAL_MS = 20;
const HEALTH_P99_TARGET_MS = 50;
const ACCEPT_ENCODING = 'gzip, deflate, br';

/** The health poller, as CommonJS for an eval'd worker: sequential GETs on one keep-alive socket. */
const HEALTH_POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const latencies = [];
let errors = 0;
let isStopping = false;
parentPort.on('message', () => { isStopping = true; });
function poll() {
  return new Promise((resolve) => {
    const start = performance.now();
    const done = (ok) => { latencies.push(performance.now() - start); if (!ok) errors += 1; resolve(); };
    const request = http.get(workerData.url + '/api/health', { agent }, (response) => {
      response.resume();
      response.on('end', () => done(response.statusCode === 200));
    });
    request.on('error', () => done(false));
  });
}
(async () => {
  while (!isStopping) {
    await poll();
    await new Promise((resolve) => setTimeout(resolve, workerData.intervalMs));
  }
  agent.destroy();
  parentPort.postMessage({ latencies, errors });
})();
`;

/**
 * Polls /api/health until the returned stop is called.
 * @param {string} url @returns {() => Promise<{ latencies: number[], errors: number }>}
 */
function pollHealth(url) {
  const worker = new Worker(HEALTH_POLLER, { eval: true, workerData: { url, intervalMs: POLL_INTERVAL_MS } });
  const result = new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return async () => {
    worker.postMessage('stop');
    const answer = /** @type {{ latencies: number[], errors: number }} */ (await result);
    await worker.terminate();
    return answer;
  };
}

/** @param {number[]} values @param {number} share e.g. 0.99 */
function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

/** @param {string} text @param {string} part */
function occurrences(text, part) {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count += 1;
  return count;
}

/**
 * One device's first sync: pages from checkpoint 0 until the server has no more.
 * @param {string} url @param {string} cookie @param {number} version
 */
async function firstSync(url, cookie, version) {
  const started = performance.now();
  let since = 0;
  let records = 0;
  let pages = 0;
  let busy = 0;
  for (;;) {
    const response = await fetch(
      `${url}/api/sync/pull?since=${since}&limit=${LIMIT}&schemaVersion=${version}`,
      { headers: { cookie, 'accept-encoding': ACCEPT_ENCODING } },
    );
    if (response.status === 503) {
      busy += 1;
      await response.arrayBuffer();
      await sleep(Number(response.headers.get('retry-after') ?? '1') * 1000);
      continue;
    }
    const text = await response.text();
    if (response.status !== 200) throw new Error(`pull answered ${response.status}: ${text.slice(0, 200)}`);
    // Only the page's frame is read: parsing 100 devices' pages here would slow the load generator.
    const frame = /"next":(\d+),"hasMore":(true|false)/.exec(text.slice(text.lastIndexOf('],"next":')));
    if (!frame) throw new Error('a pull answer without next/hasMore');
    records += occurrences(text, '{"entity":');
    pages += 1;
    since = Number(frame[1]);
    if (frame[2] === 'false') return { ms: performance.now() - started, records, pages, busy };
  }
}

/**
 * The first page's size as sent with and without compression (node:http does not decompress).
 * @param {string} url @param {string} cookie @param {number} version @param {string} encoding
 */
async function firstPageBytes(url, cookie, version, encoding) {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const target = new URL(`${url}/api/sync/pull?since=0&limit=${LIMIT}&schemaVersion=${version}`);
    request(target, { headers: { cookie, 'accept-encoding': encoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] ?? 'none' }));
    })
      .on('error', reject)
      .end();
  });
}

/**
 * One database: seed, sessions, the idle health and one device alone, then 100 devices at once.
 * @param {{ databaseUrl?: string, label: string }} options @param {number} version
 * @param {{ entity: string, id: string, data: object }[]} records
 */
async function measureOn({ databaseUrl, label }, version, records) {
  const server = await startTijdigServer({
    databaseUrl,
    label,
    browserRole: 'huisarts',
    env: { TIJDIG_ADDRESS_LOGINS: String(DEVICES * 2) },
  });
  try {
    await pushRecords(server, records);
    const cookies = await signInDevices(server, DEVICES);
    const cookie = cookies[0] ?? '';
    const plain = await firstPageBytes(server.url, cookie, version, 'identity');
    const compressed = await firstPageBytes(server.url, cookie, version, ACCEPT_ENCODING);
    const alone = await firstSync(server.url, cookie, version);
    if (alone.records !== records.length)
      throw new Error(`${label}: one device pulled ${alone.records} of ${records.length} records`);

    const stopIdle = pollHealth(server.url);
    await sleep(IDLE_POLL_MS);
    const idle = await stopIdle();

    const stopLoaded = pollHealth(server.url);
    const started = performance.now();
    const syncs = await Promise.all(cookies.map((each) => firstSync(server.url, each, version)));
    const wallMs = performance.now() - started;
    const loaded = await stopLoaded();
    const incomplete = syncs.filter((sync) => sync.records !== records.length).length;
    return { label, alone, idle, loaded, syncs, wallMs, incomplete, plain, compressed };
  } finally {
    await server.stop();
  }
}

/**
 * @param {Awaited<ReturnType<typeof measureOn>>} result @param {string} database
 * @param {string} [description]
 * @returns {import('./lib/report.mjs').Row[]}
 */
function rowsOf(result, database, description = database) {
  const { alone, idle, loaded, syncs, wallMs, incomplete, plain, compressed } = result;
  const healthP99 = percentile(loaded.latencies, 0.99);
  const idleP99 = percentile(idle.latencies, 0.99);
  const slowest = max(syncs.map((sync) => sync.ms));
  const busy = syncs.reduce((sum, sync) => sum + sync.busy, 0);
  const pages = median(syncs.map((sync) => sync.pages));
  const allFinished = incomplete === 0 && syncs.length === DEVICES;
  const page = `first page ${Math.round(plain.bytes / 1024)} KiB, ${Math.round(compressed.bytes / 1024)} KiB ${compressed.encoding}`;
  const common = {
    n: 1,
    details: {
      database: description,
      devices: DEVICES,
      records: alone.records,
      wallMs,
      syncMs: syncs.map((sync) => sync.ms),
      pagesPerSync: pages,
      busyAnswers: busy,
      healthSamples: loaded.latencies.length,
      healthErrors: loaded.errors,
      healthMaxMs: max(loaded.latencies),
      idleHealthSamples: idle.latencies.length,
      firstPage: { plain, compressed },
    },
  };
  return [
    {
      benchmark: 'server.initial-sync',
      metric: `health p99 (${database})`,
      unit: 'ms',
      value: healthP99,
      peer: idleP99,
      peerName: 'health p99 of the same server idle, just before',
      ratio: healthP99 / idleP99,
      target: `<= ${HEALTH_P99_TARGET_MS} ms throughout; every sync finishes`,
      met: healthP99 <= HEALTH_P99_TARGET_MS && loaded.errors === 0 && allFinished,
      note: `${DEVICES} first syncs of ${alone.records} records at once (${pages} pages each, ${page}); health max ${Math.round(max(loaded.latencies))} ms over ${loaded.latencies.length} polls, ${loaded.errors} errors; ${busy} busy answers`,
      ...common,
    },
    {
      benchmark: 'server.initial-sync',
      metric: `slowest sync (${database})`,
      unit: 'ms',
      value: slowest,
      peer: alone.ms,
      peerName: 'one device first-syncing alone on the idle server',
      ratio: slowest / alone.ms,
      target: 'every sync finishes',
      met: allFinished,
      note: `median sync ${Math.round(median(syncs.map((sync) => sync.ms)))} ms, all ${DEVICES} done in ${Math.round(wallMs)} ms; ${incomplete} incomplete`,
      ...common,
    },
  ];
}

/**
 * One round per database, whatever --runs says: each is 100 full first syncs (noted as n = 1).
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measureInitialSync() {
  const version = await schemaVersion();
  // Living patients only: the server refuses a care plan or a checklist result for a deceased one.
  const living = /** @type {{ id: string, givenName: string, familyName: string, status: string }[]} */ (
    makePatients(PATIENTS * 2)
  )
    .filter((patient) => patient.status === 'active')
    .slice(0, PATIENTS);
  const records = await makePalliativeRecords(living);
  const lite = await measureOn({ label: 'server.initial-sync (PGlite)' }, version, records);
  const postgres = await startPostgres();
  try {
    const database = await createDatabase(postgres.adminUrl);
    try {
      const full = await measureOn(
        { databaseUrl: database.url, label: 'server.initial-sync (PostgreSQL)' },
        version,
        records,
      );
      return [...rowsOf(lite, 'PGlite'), ...rowsOf(full, 'PostgreSQL', postgres.description)];
    } finally {
      await database.drop();
    }
  } finally {
    await postgres.stop();
  }
}
