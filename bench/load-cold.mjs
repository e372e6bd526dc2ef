/**
 * load.cold: LCP and CLS of a first visit to the register ("/" redirects to "/patienten") on a phone
 * profile (412x823, 4x CPU, slow 4G), each run in a fresh context: no HTTP cache, no service worker.
 * App and bare peer runs are interleaved so both see the same machine noise.
 */
import { openPage, settledVitals, SLOW_4G } from './lib/browser.mjs';
import { interleave, median } from './lib/stats.mjs';

const LCP_TARGET_MS = 2500;
const CLS_TARGET = 0.05;
const PEER_RATIO = 1.5;
export const REGISTER_HEADING = 'Patiënten';

/**
 * One cold visit; resolves with the settled vitals once the register heading is visible.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
export async function coldVisit(browser, url) {
  const { context, page } = await openPage(browser, { network: SLOW_4G });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: REGISTER_HEADING }).waitFor({ state: 'visible' });
    return await settledVitals(page);
  } finally {
    await context.close();
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ appUrl: string, peerUrl: string, runs: number }} options
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measureColdLoad(browser, { appUrl, peerUrl, runs }) {
  const { a: app, b: peer } = await interleave(
    runs,
    () => coldVisit(browser, `${appUrl}/`),
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
      samples: { app: app.map((v) => v.lcp), peer: peer.map((v) => v.lcp) },
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
