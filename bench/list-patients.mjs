/**
 * list.patients-10k: how long a 10,000-patient register takes to show its first rows after a reload, and
 * whether scrolling it to the bottom ever blocks the main thread for more than 100 ms (4x CPU, no network
 * throttling: the data is local). Peer: a raw IndexedDB getAll of the same rows in the same page, the
 * floor for any list that reads them all.
 *
 * The app is served by the Tijdig server and the context signed in first. Seeding goes around the app
 * on purpose: the first visit signs the app in, claims the device for the account and creates the
 * database (Dexie version 2 = IDB version 20 or later), then the rows are written with raw IndexedDB and
 * every reload makes the app read them. The server holds none of them: the sync each reload starts pulls
 * nothing new (its checkpoint is past the empty start) and never removes rows it did not send, and the
 * scroll check below fails if any row went missing.
 */
import { CPU_SLOWDOWN, openPage, waitForPageSignal } from './lib/browser.mjs';
import { makePatients } from './lib/patients.mjs';
import { interleave, max, median } from './lib/stats.mjs';
import { signIn } from './lib/tijdig-server.mjs';
import { REGISTER_HEADING } from './load-cold.mjs';

const PATIENTS = 10_000;
const FIRST_ROWS_TARGET_MS = 500;
const LONG_TASK_LIMIT_MS = 100;
const PEER_RATIO = 3;
/** The register once its live rows are in (it is busy while it shows the stored snapshot). */
const LIVE_REGISTER = '[role="table"][aria-busy="false"]:has([data-register-scroller])';
/** Body rows only: the header row sits in its own rowgroup outside the scroller. */
const ROW_SELECTOR = '[data-register-scroller] [role="row"]';
/** Bounds the scroll: 150 frames cover 10,000 rows with jumps of a few screens each. */
const MAX_SCROLL_STEPS = 150;

/**
 * Init script: records when the first register row enters the DOM and when the frame showing it has been
 * painted (a message posted from requestAnimationFrame arrives after that frame's paint), and then says so
 * on the console (see waitForPageSignal).
 * @param {string} selector
 */
function watchFirstRows(selector) {
  const marks = { inserted: 0, painted: 0 };
  Object.defineProperty(window, '__firstRows', { value: marks });
  const observer = new MutationObserver(() => {
    if (marks.inserted !== 0 || !document.querySelector(selector)) return;
    marks.inserted = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks.painted = performance.now();
        console.debug('bench:first-rows-painted');
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** In the page: writes rows straight into the app's `patients` store. */
async function seedRawIndexedDb(rows) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('tijdig');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (db.version < 20 || !db.objectStoreNames.contains('patients')) {
      throw new Error(`app database not ready (version ${db.version})`);
    }
    const tx = db.transaction('patients', 'readwrite');
    const store = tx.objectStore('patients');
    store.clear();
    for (const row of rows) store.put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/**
 * In the page: whether every patient row is sealed. A version-8 app encrypts rows it did not write itself
 * (the raw seed above) after it opens unlocked; measuring before that ends would time plain rows. An app
 * without encryption (no `_format` index) counts as done.
 */
async function isEverySealed() {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('tijdig');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const store = db.transaction('patients', 'readonly').objectStore('patients');
    if (!store.indexNames.contains('_format')) return true;
    const count = (source) =>
      new Promise((resolve, reject) => {
        const request = source.count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [all, sealed] = await Promise.all([count(store), count(store.index('_format'))]);
    return all === sealed;
  } finally {
    db.close();
  }
}

/**
 * Polls `check` (from Node) until it answers true. Not page.waitForFunction: an async predicate returns a
 * promise, which that takes as a truthy answer at once, so measuring began while the app was still
 * sealing the seeded rows (800 of 10,000 sealed at the first measured reload).
 * @param {() => Promise<boolean>} check
 * @param {number} timeoutMs
 */
async function pollUntil(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not done after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** In the page: the peer, a raw getAll of every patient on an already open connection. */
async function timeRawGetAll() {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('tijdig');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const start = performance.now();
    const rows = await new Promise((resolve, reject) => {
      const request = db.transaction('patients', 'readonly').objectStore('patients').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return { ms: performance.now() - start, count: rows.length };
  } finally {
    db.close();
  }
}

/**
 * In the page: scrolls the register to its end, one jump per animation frame, and reports the time span
 * so long tasks can be attributed to scrolling. A jump of a screen or more replaces every visible row, so
 * bigger jumps cost each frame what a fling would, while keeping the run short.
 */
async function scrollToBottom({ selector, maxSteps }) {
  const scroller = document.querySelector('[data-register-scroller]');
  if (!scroller) throw new Error('no [data-register-scroller] element');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const step = Math.max(scroller.clientHeight, Math.ceil(scroller.scrollHeight / maxSteps));
  const start = performance.now();
  let steps = 0;
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1 && steps < maxSteps + 5) {
    scroller.scrollTop += step;
    steps += 1;
    await frame();
  }
  await frame();
  await frame();
  const rows = [...document.querySelectorAll(selector)];
  const lastIndex = Math.max(...rows.map((row) => Number(row.getAttribute('aria-rowindex') ?? 0)));
  return { start, end: performance.now(), steps, lastIndex };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ app: import('./lib/tijdig-server.mjs').TijdigServer, runs: number }} options
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measurePatientList(browser, { app: server, runs }) {
  const { context, page, cdp } = await openPage(browser, { cpu: 1 });
  const heading = page.getByRole('heading', { level: 1, name: REGISTER_HEADING });
  try {
    await context.addInitScript(watchFirstRows, ROW_SELECTOR);
    await signIn(context, server);
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await heading.waitFor({ state: 'visible' });
    // The register has opened the database by now; wait until Dexie's upgrade to version 2 is done.
    await pollUntil(
      () =>
        page.evaluate(async () =>
          (await indexedDB.databases()).some((db) => db.name === 'tijdig' && (db.version ?? 0) >= 20),
        ),
      15_000,
    );
    await page.evaluate(seedRawIndexedDb, makePatients(PATIENTS));
    // One unmeasured load lets an encrypting app seal the seeded rows, as a device does once after upgrading.
    await page.reload({ waitUntil: 'load' });
    await heading.waitFor({ state: 'visible' });
    await pollUntil(() => page.evaluate(isEverySealed), 120_000);
    // Sealing changed every row, so the register snapshot that load stored is no longer current: the next
    // start reads all rows and stores a current one, as a device's first start after upgrading does.
    // Unmeasured too: the rows measure the start people make every day.
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(LIVE_REGISTER, { timeout: 120_000 });
    await page.waitForTimeout(1_000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    const { a: app, b: peer } = await interleave(
      runs,
      () => loadAndScroll(page, browser),
      async () => {
        const raw = await page.evaluate(timeRawGetAll);
        if (raw.count !== PATIENTS)
          throw new Error(`raw getAll read ${raw.count} rows, expected ${PATIENTS}`);
        return raw.ms;
      },
    );
    const firstRows = median(app.map((run) => run.firstRowsMs));
    const peerMs = median(peer);
    // Median of each run's longest task, like every other row; the single worst goes in the note, because
    // on a shared 2-core box one stall in one run says more about the box than about the app.
    const longestTask = median(app.map((run) => run.maxLongTaskMs));
    const worstTask = max(app.map((run) => run.maxLongTaskMs));
    const ratio = firstRows / peerMs;
    return [
      {
        benchmark: 'list.patients-10k',
        metric: 'first rows painted',
        unit: 'ms',
        value: firstRows,
        peer: peerMs,
        peerName: 'raw IndexedDB getAll of the 10k rows, same page, 4x CPU',
        ratio,
        n: runs,
        target: `<= ${FIRST_ROWS_TARGET_MS} ms at 4x; <= ${PEER_RATIO}x peer`,
        met: firstRows <= FIRST_ROWS_TARGET_MS && ratio <= PEER_RATIO,
        note: 'from navigation start of a reload to the first painted body row; signed in, the sync the app starts on every load runs alongside (Tijdig server, nothing to pull)',
        samples: { app: app.map((run) => run.firstRowsMs), peer },
      },
      {
        benchmark: 'list.patients-10k',
        metric: 'longest task, scroll',
        unit: 'ms',
        value: longestTask,
        peer: null,
        ratio: null,
        n: runs,
        target: `no long task > ${LONG_TASK_LIMIT_MS} ms`,
        met: longestTask <= LONG_TASK_LIMIT_MS,
        note: `median of each run's longest task (0 = none over 50 ms), worst single task ${Math.round(worstTask)} ms; ${app[0]?.steps ?? '?'} scroll steps per run`,
        samples: { app: app.map((run) => run.maxLongTaskMs) },
        // How many long tasks each scroll had and the worst five (ms after the first step), to tell
        // slow row rendering (many) from a one-off stall (one).
        details: app.map((run) => ({
          scrollMs: run.scrollMs,
          longTasks: run.tasks.length,
          worst: [...run.tasks].sort((a, b) => b.durationMs - a.durationMs).slice(0, 5),
        })),
      },
    ];
  } finally {
    await context.close();
  }
}

/**
 * Chromium trace categories for LIST_TRACE: the main thread's tasks, script calls, rendering and garbage
 * collections. Not `v8` or `blink`: at 4x CPU they made every scroll step a long task of its own.
 */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

/**
 * One measured reload: first rows painted, then a scroll to the bottom while long tasks are recorded.
 * LIST_TRACE=<file.json> records a Chromium trace of each reload and scroll (the last run's is kept), to
 * see what a long task was.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Browser} browser
 */
async function loadAndScroll(page, browser) {
  const tracePath = process.env.LIST_TRACE;
  if (tracePath) await browser.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
  const firstRowsPainted = waitForPageSignal(page, 'first-rows-painted', 30_000);
  await page.reload({ waitUntil: 'load' });
  await firstRowsPainted;
  const firstRowsMs = await page.evaluate(() => window.__firstRows.painted);
  // The first rows may be the stored snapshot's: scrolling before the live rows are in would scroll past
  // rows that are not there yet (a run once found none at the bottom). The table is busy until then.
  await page.waitForSelector(LIVE_REGISTER, { timeout: 30_000 });
  // Let the initial render's own tasks finish, so they are not blamed on scrolling.
  await page.waitForTimeout(500);
  const scroll = await page.evaluate(scrollToBottom, { selector: ROW_SELECTOR, maxSteps: MAX_SCROLL_STEPS });
  if (scroll.lastIndex !== PATIENTS + 1) {
    throw new Error(
      `scrolled to row ${scroll.lastIndex - 1} of ${PATIENTS}: the register did not show all rows`,
    );
  }
  // Long-task entries are delivered asynchronously; give the observer a moment.
  await page.waitForTimeout(300);
  if (tracePath) await browser.stopTracing();
  const tasks = await page.evaluate(
    ({ start, end }) =>
      window.__bench.longTasks
        .filter((task) => task.start >= start && task.start <= end)
        .map((task) => ({ atMs: Math.round(task.start - start), durationMs: task.duration })),
    scroll,
  );
  return {
    firstRowsMs,
    maxLongTaskMs: max([0, ...tasks.map((task) => task.durationMs)]),
    steps: scroll.steps,
    scrollMs: Math.round(scroll.end - scroll.start),
    tasks,
  };
}
