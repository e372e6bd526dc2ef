/**
 * sync.pull-1k (patients): a device that has never synced opens the app and the practice's records come
 * in through the sync. benchmarks.md defines it for 1,000 care plans; care plans do not exist yet, so it
 * pulls 1,000 PATIENTS until they do (then care plans replace patients here).
 *
 * A Tijdig server of its own holds the 1,000 patients, pushed through POST /api/sync/push by another
 * device of the practice. Each run is a fresh context (no HTTP cache, no service worker, no local data)
 * signed in as a huisarts, at 4x CPU and without network throttling (the server is local). Measured from
 * navigation start until the register's table holds 1,000 rows and that frame has painted: the app's
 * start, its GET /api/auth/session, the pulls (pages of 500, the app's size), storing them, and rendering.
 * Also the longest task from the first pull request until then: the target allows none over 50 ms.
 *
 * Peer, in the same page right after: fetch of the same pull pages plus a raw Dexie bulkPut of their rows
 * into a database with the app's own patients schema (read from the app's store), the floor for any
 * sync that stores what it pulls.
 */
import { fileURLToPath } from 'node:url';
import { openPage } from './lib/browser.mjs';
import { makePatients } from './lib/patients.mjs';
import { startAppServer } from './lib/sites.mjs';
import { max, median } from './lib/stats.mjs';
import { pushPatients, schemaVersion, signIn } from './lib/tijdig-server.mjs';

const PATIENTS = 1000;
/** The app's pull page size (src/sync/sync-engine.ts PULL_PAGE); the peer fetches the same pages. */
const PULL_LIMIT = 500;
const VISIBLE_TARGET_MS = 1500;
const LONG_TASK_LIMIT_MS = 50;
const PEER_RATIO = 3;
/** The UMD build of the Dexie the app bundles (same package, same version): `window.Dexie`. */
const DEXIE_UMD = fileURLToPath(new URL('../node_modules/dexie/dist/dexie.min.js', import.meta.url));

/**
 * Init script: when the register's table first reports `rows` body rows (aria-rowcount counts the header
 * row too) with at least one of them in the DOM, and when that frame has been painted.
 * @param {number} rows
 */
function watchRegister(rows) {
  const marks = { shown: 0, painted: 0 };
  Object.defineProperty(window, '__pull', { value: marks });
  const selector = `[role="table"][aria-rowcount="${rows + 1}"] [data-register-scroller] [role="row"]`;
  const observer = new MutationObserver(() => {
    if (marks.shown !== 0 || !document.querySelector(selector)) return;
    marks.shown = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks.painted = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** In the page: the app's sync round is over (no tab holds its lock). */
async function isSyncIdle() {
  const { held = [] } = await navigator.locks.query();
  return !held.some((lock) => lock.name === 'tijdig-sync');
}

/**
 * In the page: how many patients the app stored, and its patients store as a Dexie schema string
 * (primary key, then every index), so the peer writes into the same shape.
 */
async function appStore() {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('tijdig');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const store = db.transaction('patients').objectStore('patients');
    const indexes = [...store.indexNames].map((name) => `${store.index(name).unique ? '&' : ''}${name}`);
    const count = await new Promise((resolve, reject) => {
      const request = store.count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return { count, schema: [store.keyPath, ...indexes].join(', ') };
  } finally {
    db.close();
  }
}

/**
 * In the page (Dexie injected): the peer. Fetches the pull pages the app fetched and bulkPuts their rows
 * into a fresh database with the app's patients schema; opening that database is not timed (the app's
 * is open before it syncs).
 * @param {{ schema: string, limit: number, version: number }} options
 */
async function timePeerPull({ schema, limit, version }) {
  const name = 'bench-peer-pull';
  await window.Dexie.delete(name);
  const db = new window.Dexie(name);
  db.version(1).stores({ patients: schema });
  await db.open();
  try {
    const start = performance.now();
    let since = 0;
    let count = 0;
    for (;;) {
      const response = await fetch(`/api/sync/pull?since=${since}&limit=${limit}&schemaVersion=${version}`);
      const page = await response.json();
      await db.table('patients').bulkPut(page.changes.map((change) => change.data));
      count += page.changes.length;
      if (!page.hasMore) break;
      since = page.next;
    }
    const ms = performance.now() - start;
    return { ms, count: Math.min(count, await db.table('patients').count()) };
  } finally {
    db.close();
    await window.Dexie.delete(name);
  }
}

/**
 * One run: a fresh signed-in context opens the app and waits for the 1,000 rows; then the peer runs in
 * the same page once the app's sync round is over.
 * @param {import('playwright-core').Browser} browser
 * @param {import('./lib/tijdig-server.mjs').TijdigServer} server
 * @param {number} version
 */
async function pullRun(browser, server, version) {
  const { context, page } = await openPage(browser);
  try {
    await context.addInitScript(watchRegister, PATIENTS);
    await signIn(context, server);
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__pull.painted > 0, null, { timeout: 60_000, polling: 100 });
    // Long-task entries arrive asynchronously; give the observer a moment.
    await page.waitForTimeout(300);
    const run = await page.evaluate(() => {
      const pulls = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/api/sync/pull'));
      const session = performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.includes('/api/auth/session'));
      const visibleMs = window.__pull.painted;
      const pullStartMs = pulls[0]?.startTime ?? Number.NaN;
      const tasks = window.__bench.longTasks.filter((task) => task.start <= visibleMs);
      return {
        visibleMs,
        pullStartMs,
        pulls: pulls.length,
        sessionEndMs: session?.responseEnd ?? Number.NaN,
        longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
        longestPullTaskMs: Math.max(
          0,
          ...tasks.filter((task) => task.start + task.duration >= pullStartMs).map((task) => task.duration),
        ),
      };
    });
    if (run.pulls === 0) throw new Error('the app showed the rows without a pull request');
    const stored = await page.evaluate(appStore);
    if (stored.count !== PATIENTS)
      throw new Error(`the app stored ${stored.count} patients, not ${PATIENTS}`);

    await page.waitForFunction(isSyncIdle, null, { timeout: 30_000, polling: 100 });
    await page.addScriptTag({ path: DEXIE_UMD });
    const peer = await page.evaluate(timePeerPull, { schema: stored.schema, limit: PULL_LIMIT, version });
    if (peer.count !== PATIENTS) throw new Error(`the peer stored ${peer.count} patients, not ${PATIENTS}`);
    return { ...run, peerMs: peer.ms };
  } finally {
    await context.close();
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ runs: number }} options
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measureSyncPull(browser, { runs }) {
  const server = await startAppServer('sync.pull-1k server');
  try {
    const version = await schemaVersion();
    await pushPatients(server, makePatients(PATIENTS));
    // One pull from Node first, so the first run does not pay for the server's cold caches alone.
    const warm = await fetch(
      `${server.url}/api/sync/pull?since=0&limit=${PULL_LIMIT}&schemaVersion=${version}`,
      { headers: { cookie: server.headers.cookie ?? '' } },
    );
    if (!warm.ok) throw new Error(`warm-up pull answered ${warm.status}`);
    await warm.arrayBuffer();

    const samples = [];
    for (let run = 0; run < runs; run += 1) samples.push(await pullRun(browser, server, version));
    const visible = median(samples.map((sample) => sample.visibleMs));
    const peer = median(samples.map((sample) => sample.peerMs));
    const ratio = visible / peer;
    const pullTask = median(samples.map((sample) => sample.longestPullTaskMs));
    const worstPullTask = max(samples.map((sample) => sample.longestPullTaskMs));
    const anyTask = median(samples.map((sample) => sample.longestTaskMs));
    const name = 'sync.pull-1k (patients)';
    const carePlans =
      'care plans do not exist yet: 1,000 patients stand in for them, care plans replace them once they exist';
    return [
      {
        benchmark: name,
        metric: 'pulled, stored, visible',
        unit: 'ms',
        value: visible,
        peer,
        peerName: 'fetch of the same pull pages + raw Dexie bulkPut of their rows, same page, 4x CPU',
        ratio,
        n: runs,
        target: `<= ${VISIBLE_TARGET_MS} ms at 4x; <= ${PEER_RATIO}x peer`,
        met: visible <= VISIBLE_TARGET_MS && ratio <= PEER_RATIO,
        note: `${carePlans}. Fresh signed-in context, 4x CPU, local Tijdig server unthrottled: from navigation start (app start, GET /api/auth/session, ${samples[0]?.pulls ?? '?'} pulls of ${PULL_LIMIT}, store, render) to the painted register of ${PATIENTS} rows; session answered at ${Math.round(median(samples.map((s) => s.sessionEndMs)))} ms, first pull sent at ${Math.round(median(samples.map((s) => s.pullStartMs)))} ms (medians)`,
        samples: {
          app: samples.map((sample) => sample.visibleMs),
          peer: samples.map((sample) => sample.peerMs),
        },
        details: samples,
      },
      {
        benchmark: name,
        metric: 'longest task, pull',
        unit: 'ms',
        value: pullTask,
        peer: null,
        ratio: null,
        n: runs,
        target: `no task > ${LONG_TASK_LIMIT_MS} ms`,
        met: pullTask <= LONG_TASK_LIMIT_MS,
        note: `median of each run's longest task from the first pull request to the painted ${PATIENTS} rows (0 = none over 50 ms), worst single ${Math.round(worstPullTask)} ms; including the app's start before the pull: ${Math.round(anyTask)} ms`,
        samples: { app: samples.map((sample) => sample.longestPullTaskMs) },
      },
    ];
  } finally {
    await server.stop();
  }
}
