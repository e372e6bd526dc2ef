/**
 * flow.mark-palliative: from the click on "Markeren" in the quick-mark dialog until the marking is in
 * IndexedDB and the confirmation is painted, p95 over 20 marks at 4x CPU, plus the longest event timing
 * of those clicks (an INP stand-in). Peer: a raw IndexedDB update of one record with strict durability,
 * timed in the same page, the floor for any save that must survive a crash.
 */
import { CPU_SLOWDOWN, openPage } from './lib/browser.mjs';
import { makePatients } from './lib/patients.mjs';
import { max } from './lib/stats.mjs';
import { REGISTER_HEADING } from './load-cold.mjs';

const MARKS = 20;
const P95_TARGET_MS = 100;
const INP_TARGET_MS = 200;
const PEER_RATIO = 10;

/** Nearest-rank 95th percentile. @param {number[]} values */
function p95(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? Number.NaN;
}

/** Init script: remembers when "Markeren" is clicked and when the confirmation frame is painted. */
function watchMarks() {
  const marks = { clicked: 0, painted: 0, events: /** @type {number[]} */ ([]) };
  Object.defineProperty(window, '__marks', { value: marks });
  document.addEventListener(
    'click',
    (event) => {
      if (
        event.target instanceof HTMLElement &&
        event.target.closest('button[type="submit"]')?.textContent === 'Markeren'
      )
        marks.clicked = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (marks.clicked === 0 || marks.painted !== 0) return;
    const status = [...document.querySelectorAll('dialog [role="status"]')].find((el) =>
      el.textContent?.includes('gemarkeerd als palliatief'),
    );
    if (!status) return;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks.painted = performance.now();
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'click') marks.events.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** In the page: whether the marking event of a patient is stored (raw IndexedDB, outside the app). */
async function isMarkingStored(patientId) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('tijdig');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const rows = await new Promise((resolve, reject) => {
      const request = db
        .transaction('markingEvents')
        .objectStore('markingEvents')
        .index('patientId')
        .getAll(patientId);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return rows.length > 0;
  } finally {
    db.close();
  }
}

/** In the page: writes rows with raw IndexedDB (the app has created its database already). */
async function seed(rows) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('tijdig');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('patients', 'readwrite');
  for (const row of rows) tx.objectStore('patients').put(row);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** In the page: the peer, one strict-durability put of a patient row, timed to its commit. */
async function timeRawUpdate(row) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('tijdig');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const start = performance.now();
    const tx = db.transaction('patients', 'readwrite', { durability: 'strict' });
    tx.objectStore('patients').put({ ...row, updatedAt: new Date().toISOString() });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    return performance.now() - start;
  } finally {
    db.close();
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ appUrl: string }} options
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measureMarkPalliative(browser, { appUrl }) {
  const { context, page, cdp } = await openPage(browser, { cpu: 1 });
  try {
    await context.addInitScript(() => {
      localStorage.setItem(
        'tijdig.profile',
        JSON.stringify({ state: { name: 'Dr. Bench', role: 'huisarts' }, version: 0 }),
      );
    });
    await context.addInitScript(watchMarks);
    await page.goto(`${appUrl}/patienten`, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: REGISTER_HEADING }).waitFor();
    await page.waitForFunction(
      async () => (await indexedDB.databases()).some((db) => db.name === 'tijdig' && (db.version ?? 0) >= 30),
      null,
      { timeout: 15_000, polling: 200 },
    );
    const patients = makePatients(MARKS).map((row, index) => ({
      ...row,
      // Distinct, unmarked, living patients, one per mark.
      givenName: 'Bench',
      namePrefix: '',
      familyName: `Patiënt${String(index).padStart(2, '0')}`,
      status: 'active',
      statusSince: null,
      deathDate: null,
      placeOfDeath: null,
      palliativeSince: null,
      registerColour: null,
      dyingPhaseSince: null,
    }));
    await page.evaluate(seed, patients);
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: REGISTER_HEADING }).waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    const dialog = page.getByRole('dialog', { name: 'Snel markeren' });
    /** @type {number[]} */ const app = [];
    /** @type {number[]} */ const peer = [];
    for (const [index, patient] of patients.entries()) {
      await page.keyboard.press('Alt+m');
      await dialog.waitFor();
      await page.keyboard.type(patient.familyName);
      await dialog
        .getByRole('option', { name: new RegExp(patient.familyName) })
        .first()
        .waitFor();
      await page.keyboard.press('Enter');
      await dialog.getByRole('radio', { name: 'Nee', exact: true }).check();
      await page.evaluate(() => {
        window.__marks.clicked = 0;
        window.__marks.painted = 0;
      });
      await dialog.getByRole('button', { name: 'Markeren', exact: true }).click();
      await page.waitForFunction(() => window.__marks.painted > 0, null, { timeout: 15_000, polling: 'raf' });
      const { clicked, painted } = await page.evaluate(() => ({ ...window.__marks }));
      if (!(await page.evaluate(isMarkingStored, patient.id)))
        throw new Error(`mark ${index}: confirmation shown but no marking stored`);
      app.push(painted - clicked);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      peer.push(await page.evaluate(timeRawUpdate, patient));
    }
    const events = await page.evaluate(() => window.__marks.events);
    const appP95 = p95(app);
    const peerP95 = p95(peer);
    const inp = events.length > 0 ? max(events) : 0;
    return [
      {
        benchmark: 'flow.mark-palliative',
        metric: 'click to saved + painted, p95',
        unit: 'ms',
        value: appP95,
        peer: peerP95,
        peerName: 'raw strict-durability IndexedDB put of one record, same page, 4x CPU, p95',
        ratio: appP95 / peerP95,
        n: MARKS,
        target: `p95 <= ${P95_TARGET_MS} ms, INP <= ${INP_TARGET_MS} ms; <= ${PEER_RATIO}x peer`,
        met: appP95 <= P95_TARGET_MS && inp <= INP_TARGET_MS && appP95 / peerP95 <= PEER_RATIO,
        note: `longest click event timing (INP stand-in) ${Math.round(inp)} ms over ${events.length} slow events; quick-mark of an existing patient with the surprise question, one transaction`,
        samples: { app, peer },
      },
    ];
  } finally {
    await context.close();
  }
}
