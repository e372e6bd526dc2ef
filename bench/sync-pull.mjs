/**
 * sync.pull-1k: a device that has never synced opens the app and the practice's palliative records come
 * in through the sync, as benchmarks.md defines it: 1,000 care plans.
 *
 * A Tijdig server of its own holds a practice of 1,000 palliative patients (all in the register: marked and
 * living), each with a filled-in care plan and a surprise-question result (lib/care-plans.mjs, the same
 * records as server.initial-sync: 3,000 records, about 4 MB of JSON), pushed through POST /api/sync/push
 * by another device of the practice. Each run is a fresh context (no HTTP cache, no service worker, no
 * local data) signed in as a huisarts, at 4x CPU and without network throttling (the server is local).
 *
 * "First sync shown": measured from navigation start until the register's table holds the 1,000 palliative
 * patients AND the header's sync status says the device is up to date ("Bijgewerkt ..."), and that frame
 * has painted. That covers the app's start, its GET /api/auth/session, every pull page (500 records at most
 * and the server's byte budget, so about 15 pages of care plans), storing them sealed (encryption at
 * rest), and rendering. All 1,000 care plans and results must be stored by then. Also the longest task
 * from the first pull request until then: the target allows none over 50 ms.
 *
 * Peer, in the same page right after: fetch of the same pull pages plus a raw Dexie bulkPut of their rows
 * (one transaction per page) into a database with the app's own schema of the three tables (read from the
 * app's store), the floor for any sync that stores what it pulls.
 *
 * SYNC_PULL_PROFILE=<file.cpuprofile> records a CPU profile of the first run's app side (DevTools
 * Profiler, from navigation to shown), for finding where the time goes. SYNC_PULL_TRACE=<file.json> records a
 * Chromium trace of each run instead (the last run's is kept): every thread, the pull reader's worker and
 * IndexedDB's work included, to see which thread a first sync waits on.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openPage, waitForPageSignal } from './lib/browser.mjs';
import { makePalliativeRecords } from './lib/care-plans.mjs';
import { makePatients } from './lib/patients.mjs';
import { startAppServer } from './lib/sites.mjs';
import { max, median } from './lib/stats.mjs';
import { pushRecords, schemaVersion, signIn } from './lib/tijdig-server.mjs';

const PATIENTS = 1000;
/** The records' tables in the app's store, each holding one row per patient. */
const TABLES = { patient: 'patients', carePlan: 'carePlans', checklistResult: 'checklistResults' };
/** The app's pull page size (src/sync/sync-engine.ts PULL_PAGE); the peer fetches the same pages. */
const PULL_LIMIT = 500;
const VISIBLE_TARGET_MS = 1500;
const LONG_TASK_LIMIT_MS = 50;
const PEER_RATIO = 3;
/** The UMD build of the Dexie the app bundles (same package, same version): `window.Dexie`. */
const DEXIE_UMD = fileURLToPath(new URL('../node_modules/dexie/dist/dexie.min.js', import.meta.url));

/**
 * 1,000 palliative patients in the register: every one marked, and living (the generator lets one in
 * five marked patients die; here they all still need their care plan).
 */
function palliativePatients() {
  return makePatients(PATIENTS, { markedShare: 1 }).map((patient) => ({
    ...patient,
    status: 'active',
    statusSince: null,
    deathDate: null,
    placeOfDeath: null,
  }));
}

/**
 * Init script: when the register's table first reports `rows` body rows (aria-rowcount counts the header
 * row too) with at least one of them in the DOM while the sync status says "up to date", and when that
 * frame has been painted (said on the console too, see waitForPageSignal). Also when the status first
 * showed a count of records received.
 * @param {number} rows
 */
function watchFirstSync(rows) {
  const marks = { progress: 0, shown: 0, painted: 0 };
  Object.defineProperty(window, '__pull', { value: marks });
  const register = `[role="table"][aria-rowcount="${rows + 1}"] [data-register-scroller] [role="row"]`;
  // The header's status link: its aria-label is "Synchronisatie: Bijgewerkt 21:04" once a round is done.
  const upToDate = 'a[href="/synchronisatie"][aria-label^="Synchronisatie: Bijgewerkt"]';
  const observer = new MutationObserver(() => {
    if (marks.progress === 0 && document.querySelector('a[href="/synchronisatie"] progress'))
      marks.progress = performance.now();
    if (marks.shown !== 0 || !document.querySelector(register) || !document.querySelector(upToDate)) return;
    marks.shown = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks.painted = performance.now();
        console.debug('bench:first-sync-painted');
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
 * In the page: per table of `tables`, how many rows the app stored and its schema as a Dexie schema
 * string (primary key, then every index), so the peer writes into the same shape.
 * @param {string[]} tables
 */
async function appStore(tables) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('tijdig');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const result = {};
    for (const name of tables) {
      const store = db.transaction(name).objectStore(name);
      const indexes = [...store.indexNames].map((index) => `${store.index(index).unique ? '&' : ''}${index}`);
      const count = await new Promise((resolve, reject) => {
        const request = store.count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      result[name] = { count, schema: [store.keyPath, ...indexes].join(', ') };
    }
    return result;
  } finally {
    db.close();
  }
}

/**
 * In the page (Dexie injected): the peer. Fetches the pull pages the app fetched and bulkPuts their rows,
 * one transaction per page, into a fresh database with the app's schema of the same tables; opening that
 * database is not timed (the app's is open before it syncs). Returns the rows stored per table.
 * @param {{ schemas: Record<string, string>, tables: Record<string, string>, limit: number, version: number }} options
 */
async function timePeerPull({ schemas, tables, limit, version }) {
  const name = 'bench-peer-pull';
  await window.Dexie.delete(name);
  const db = new window.Dexie(name);
  db.version(1).stores(schemas);
  await db.open();
  try {
    const start = performance.now();
    let since = 0;
    for (;;) {
      const response = await fetch(`/api/sync/pull?since=${since}&limit=${limit}&schemaVersion=${version}`);
      const page = await response.json();
      const rowsByTable = new Map();
      for (const change of page.changes) {
        const table = tables[change.entity];
        const rows = rowsByTable.get(table) ?? [];
        rows.push(change.data);
        rowsByTable.set(table, rows);
      }
      await db.transaction('rw', Object.keys(schemas), () =>
        Promise.all([...rowsByTable].map(([table, rows]) => db.table(table).bulkPut(rows))),
      );
      if (!page.hasMore) break;
      since = page.next;
    }
    const ms = performance.now() - start;
    const counts = {};
    for (const table of Object.keys(schemas)) counts[table] = await db.table(table).count();
    return { ms, counts };
  } finally {
    db.close();
    await window.Dexie.delete(name);
  }
}

/** @param {Record<string, number>} counts rows per table @param {string} who */
function assertAllStored(counts, who) {
  for (const table of Object.values(TABLES)) {
    if (counts[table] !== PATIENTS)
      throw new Error(`${who} stored ${counts[table]} rows in ${table}, not ${PATIENTS}`);
  }
}

/**
 * One run: a fresh signed-in context opens the app and waits for the first sync shown; then the peer
 * runs in the same page once the app's sync round is over.
 * @param {import('playwright-core').Browser} browser
 * @param {import('./lib/tijdig-server.mjs').TijdigServer} server
 * @param {number} version
 * @param {string | null} profilePath
 */
async function pullRun(browser, server, version, profilePath) {
  const { context, page, cdp } = await openPage(browser);
  try {
    await context.addInitScript(watchFirstSync, PATIENTS);
    await signIn(context, server);
    if (profilePath) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const tracePath = profilePath ? null : process.env.SYNC_PULL_TRACE;
    if (tracePath) {
      const categories = [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'toplevel',
        'IndexedDB',
        'v8',
        'blink',
      ];
      await browser.startTracing(page, { path: tracePath, categories });
    }
    const firstSyncPainted = waitForPageSignal(page, 'first-sync-painted', 60_000);
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await firstSyncPainted;
    if (tracePath) await browser.stopTracing();
    if (profilePath) {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(profilePath, JSON.stringify(profile));
    }
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
        progressMs: window.__pull.progress,
        pulls: pulls.length,
        sessionEndMs: session?.responseEnd ?? Number.NaN,
        longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
        longestPullTaskMs: Math.max(
          0,
          ...tasks.filter((task) => task.start + task.duration >= pullStartMs).map((task) => task.duration),
        ),
        pullTasks: tasks.filter((task) => task.start + task.duration >= pullStartMs).length,
      };
    });
    if (run.pulls === 0) throw new Error('the app showed the rows without a pull request');
    const stored = await page.evaluate(appStore, Object.values(TABLES));
    assertAllStored(
      Object.fromEntries(Object.entries(stored).map(([table, { count }]) => [table, count])),
      'the app',
    );

    await page.waitForFunction(isSyncIdle, null, { timeout: 30_000, polling: 100 });
    // Evaluated through DevTools: the app's Content-Security-Policy refuses an injected <script>.
    await page.evaluate(await readFile(DEXIE_UMD, 'utf8'));
    if (!(await page.evaluate(() => typeof window.Dexie === 'function')))
      throw new Error('Dexie not injected');
    const schemas = Object.fromEntries(Object.entries(stored).map(([table, { schema }]) => [table, schema]));
    const peer = await page.evaluate(timePeerPull, { schemas, tables: TABLES, limit: PULL_LIMIT, version });
    assertAllStored(peer.counts, 'the peer');
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
    const records = await makePalliativeRecords(palliativePatients());
    await pushRecords(server, records);
    // One pull from Node first, so the first run does not pay for the server's cold caches alone.
    const warm = await fetch(
      `${server.url}/api/sync/pull?since=0&limit=${PULL_LIMIT}&schemaVersion=${version}`,
      { headers: { cookie: server.headers.cookie ?? '' } },
    );
    if (!warm.ok) throw new Error(`warm-up pull answered ${warm.status}`);
    await warm.arrayBuffer();

    const profilePath = process.env.SYNC_PULL_PROFILE ?? null;
    const samples = [];
    for (let run = 0; run < runs; run += 1)
      samples.push(await pullRun(browser, server, version, run === 0 ? profilePath : null));
    const visible = median(samples.map((sample) => sample.visibleMs));
    const peer = median(samples.map((sample) => sample.peerMs));
    const ratio = visible / peer;
    const pullTask = median(samples.map((sample) => sample.longestPullTaskMs));
    const worstPullTask = max(samples.map((sample) => sample.longestPullTaskMs));
    const anyTask = median(samples.map((sample) => sample.longestTaskMs));
    const name = 'sync.pull-1k';
    const ofMedian = (/** @type {(sample: (typeof samples)[number]) => number} */ pickValue) =>
      Math.round(median(samples.map(pickValue)));
    return [
      {
        benchmark: name,
        metric: 'first sync shown',
        unit: 'ms',
        value: visible,
        peer,
        peerName: 'fetch of the same pull pages + raw Dexie bulkPut of their rows, same page, 4x CPU',
        ratio,
        n: runs,
        target: `<= ${VISIBLE_TARGET_MS} ms at 4x; <= ${PEER_RATIO}x peer`,
        met: visible <= VISIBLE_TARGET_MS && ratio <= PEER_RATIO,
        note: `${PATIENTS} palliative patients, each with a care plan and a surprise-question result (${records.length} records). Fresh signed-in context, 4x CPU, local Tijdig server unthrottled: from navigation start (app start, GET /api/auth/session, ${samples[0]?.pulls ?? '?'} pulls, store, render) to the painted register of ${PATIENTS} rows with the sync status up to date; session answered at ${ofMedian((s) => s.sessionEndMs)} ms, first pull sent at ${ofMedian((s) => s.pullStartMs)} ms, progress first shown at ${ofMedian((s) => s.progressMs)} ms (medians)`,
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
        note: `median of each run's longest task from the first pull request to the first sync shown (0 = none over 50 ms; ${ofMedian((s) => s.pullTasks)} over 50 ms per run), worst single ${Math.round(worstPullTask)} ms; including the app's start before the pull: ${Math.round(anyTask)} ms`,
        samples: { app: samples.map((sample) => sample.longestPullTaskMs) },
      },
    ];
  } finally {
    await server.stop();
  }
}
