/**
 * load.cold: LCP and CLS of a first visit to the register ("/" redirects to "/patienten") on a phone
 * profile (412x823, 4x CPU, slow 4G), each run in a fresh context: no HTTP cache, no service worker, no
 * local data. The app is served by the real Tijdig server and the context is signed in beforehand (the
 * session cookie of a returning user), so the measured load includes the app's own GET /api/auth/session
 * on start (preloaded by index.html) and the device key made for this new device, as it does for that user. App and bare peer runs are interleaved so both see the same machine
 * noise.
 */
import { openPage, settledVitals, SLOW_4G, waitForPageSignal, watchHeadings } from './lib/browser.mjs';
import { interleave, median } from './lib/stats.mjs';
import { signIn } from './lib/tijdig-server.mjs';

const LCP_TARGET_MS = 2500;
const CLS_TARGET = 0.05;
const PEER_RATIO = 1.5;
export const REGISTER_HEADING = 'Patiënten';
/** How long a slow first visit may take to show the register before the run counts as failed. */
const VISIT_TIMEOUT_MS = 60_000;

/**
 * One cold visit; resolves with the settled vitals once the register heading is visible, and what the
 * page's scripts cost on the wire (Resource Timing transferSize: headers plus the body
 * as sent, so compression shows).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {import('./lib/tijdig-server.mjs').TijdigServer | null} [server] sign in to this server first
 */
export async function coldVisit(browser, url, server = null) {
  const { context, page } = await openPage(browser, { network: SLOW_4G });
  try {
    if (server) await signIn(context, server);
    await context.addInitScript(watchHeadings, [REGISTER_HEADING]);
    const headingShown = waitForPageSignal(page, `heading:${REGISTER_HEADING}`, VISIT_TIMEOUT_MS);
    await page.goto(url, { waitUntil: 'load' });
    await headingShown;
    const vitals = await settledVitals(page);
    // Checked once, after the measurement: the register's heading is what a user sees, not only in the DOM.
    await page.getByRole('heading', { level: 1, name: REGISTER_HEADING }).waitFor({ state: 'visible' });
    const scripts = await page.evaluate(() => {
      const entries = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.initiatorType === 'script' || /\.m?js(\?|$)/.test(entry.name));
      return {
        scriptKib: entries.reduce((sum, entry) => sum + entry.transferSize, 0) / 1024,
        scriptRawKib: entries.reduce((sum, entry) => sum + entry.decodedBodySize, 0) / 1024,
      };
    });
    return { ...vitals, ...scripts };
  } finally {
    await context.close();
  }
}

/**
 * Script bytes on the wire of the first run, and whether they came compressed.
 * @param {{ scriptKib: number, scriptRawKib: number }[]} visits
 */
function wire(visits) {
  const [first] = visits;
  if (!first) return '?';
  const isCompressed = first.scriptKib < 0.9 * first.scriptRawKib;
  return `${first.scriptKib.toFixed(0)} KiB (${isCompressed ? 'compressed' : 'uncompressed'}, ${first.scriptRawKib.toFixed(0)} KiB raw)`;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ app: import('./lib/tijdig-server.mjs').TijdigServer, peerUrl: string, runs: number }} options
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measureColdLoad(browser, { app: server, peerUrl, runs }) {
  const { a: app, b: peer } = await interleave(
    runs,
    () => coldVisit(browser, `${server.url}/`, server),
    () => coldVisit(browser, `${peerUrl}/`),
  );
  const lcp = median(app.map((vitals) => vitals.lcp));
  const peerLcp = median(peer.map((vitals) => vitals.lcp));
  const cls = median(app.map((vitals) => vitals.cls));
  const ratio = lcp / peerLcp;
  return [
    {
      benchmark: 'load.cold',
      metric: 'LCP',
      unit: 'ms',
      value: lcp,
      peer: peerLcp,
      peerName: 'bare Vite + React page',
      ratio,
      n: runs,
      target: `<= ${LCP_TARGET_MS} ms; <= ${PEER_RATIO}x peer`,
      met: lcp <= LCP_TARGET_MS && ratio <= PEER_RATIO,
      note: `app served by the Tijdig server, context signed in first: includes the app's own GET /api/auth/session (preloaded by index.html while the scripts download) and, on this first visit, the POST that makes the device key before the register; scripts on the wire ${wire(app)} app vs ${wire(peer)} peer (vite preview)`,
      samples: { app: app.map((v) => v.lcp), peer: peer.map((v) => v.lcp) },
      details: { app, peer },
    },
    {
      benchmark: 'load.cold',
      metric: 'CLS',
      unit: 'score',
      value: cls,
      peer: median(peer.map((vitals) => vitals.cls)),
      ratio: null,
      n: runs,
      target: `<= ${CLS_TARGET}`,
      met: cls <= CLS_TARGET,
      samples: { app: app.map((v) => v.cls), peer: peer.map((v) => v.cls) },
    },
  ];
}
