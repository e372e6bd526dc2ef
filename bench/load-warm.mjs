/**
 * load.warm-online and load.warm-offline: returning visits of a device the service worker already controls.
 * Each run primes a fresh context online (unthrottled: priming is not measured), signed in through the
 * login page, as a person does, so the device's key vault is wrapped with the password too. Then, at 4x CPU:
 * - online on slow 4G, the daily start: the register opens without a password, once the server's half of
 *   the data key has arrived (asked for while the database opens, src/features/lock/start-key.ts). The row
 *   is the register's LCP, against the app's own cold LCP from the same run;
 * - offline: since the device lock (issue 17) the first screen is the lock screen: the key's server
 *   half cannot be fetched, so the password opens the vault on the device. The row is the LCP of that
 *   first screen against the app's own cold LCP; the note adds the time from "Ontgrendelen" to the register
 *   (600,000 PBKDF2 rounds at 4x CPU), which is not a page-load figure.
 */
import {
  CPU_SLOWDOWN,
  goOffline,
  openPage,
  settledVitals,
  SLOW_4G,
  waitForPageSignal,
  watchHeadings,
} from './lib/browser.mjs';
import { median } from './lib/stats.mjs';
import { REGISTER_HEADING } from './load-cold.mjs';

const COLD_RATIO = 0.25;
/** The daily start is a page load like any other: the LCP target of load.cold. */
const ONLINE_LCP_TARGET_MS = 2500;
/** The lock screen's heading (src/i18n/lock.nl.json). */
const LOCK_HEADING = 'Tijdig is vergrendeld';
/** How long a measured reload may take to show its first screen before the run counts as failed. */
const RELOAD_TIMEOUT_MS = 60_000;

/**
 * Signs in through the app's own login page.
 * @param {import('playwright-core').Page} page @param {import('./lib/tijdig-server.mjs').TijdigServer} server
 */
async function signInThroughPage(page, server) {
  const account = server.browserAccount;
  if (!account) throw new Error('load.warm-offline needs the browser account');
  await page.goto(`${server.url}/inloggen`, { waitUntil: 'load' });
  await page.getByLabel(/^E-mailadres/).fill(account.email);
  await page.getByLabel(/^Wachtwoord/).fill(account.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('./lib/tijdig-server.mjs').TijdigServer} server
 */
async function warmVisits(browser, server) {
  const { context, page, cdp } = await openPage(browser, { cpu: 1 });
  await context.addInitScript(watchHeadings, [REGISTER_HEADING, LOCK_HEADING]);
  const heading = page.getByRole('heading', { level: 1, name: REGISTER_HEADING });
  const lockHeading = page.getByRole('heading', { level: 1, name: LOCK_HEADING });
  try {
    await signInThroughPage(page, server);
    // The register shows only once the app has taken the session, claimed the device and opened its vault.
    await heading.waitFor({ state: 'visible' });
    const isReady = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 20_000)),
      ]),
    );
    if (!isReady) throw new Error('no service worker became active within 20 s');
    // A first install does not claim the page that registered it: the next navigation is controlled.
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    await heading.waitFor({ state: 'visible' });
    const precached = await page.evaluate(countCachedEntries);
    if (precached === 0) {
      throw new Error(
        'the service worker controls the page but cached nothing (did its script throw? see size.initial-js notes)',
      );
    }

    // The daily start first: online on slow 4G, the server's key opens the vault without a password.
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // The measured reloads wait for their heading by a console signal, not a locator polled in the page.
    const registerShown = waitForPageSignal(page, `heading:${REGISTER_HEADING}`, RELOAD_TIMEOUT_MS);
    await page.reload({ waitUntil: 'load' });
    await registerShown;
    const online = await settledVitals(page);
    await heading.waitFor({ state: 'visible' });

    await goOffline(context, cdp);
    const lockShown = waitForPageSignal(page, `heading:${LOCK_HEADING}`, RELOAD_TIMEOUT_MS);
    await page.reload({ waitUntil: 'load' });
    await lockShown;
    const isControlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!isControlled) throw new Error('offline reload was not served by the service worker');
    const { lcp } = await settledVitals(page);
    await lockHeading.waitFor({ state: 'visible' });
    await page.getByLabel(/^Wachtwoord/).fill(server.browserAccount?.password ?? '');
    const unlockStarted = performance.now();
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await heading.waitFor({ state: 'visible' });
    return { lcp, onlineLcp: online.lcp, unlockMs: performance.now() - unlockStarted };
  } finally {
    await context.close();
  }
}

/** In the page: how many responses the origin's caches hold. Workbox's precache is one of them. */
async function countCachedEntries() {
  let total = 0;
  for (const name of await caches.keys()) total += (await (await caches.open(name)).keys()).length;
  return total;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ app: import('./lib/tijdig-server.mjs').TijdigServer, runs: number, coldLcp: number }} options
 *   coldLcp: the app's median from load.cold
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measureWarmLoads(browser, { app, runs, coldLcp }) {
  const visits = [];
  for (let run = 0; run < runs; run += 1) visits.push(await warmVisits(browser, app));
  const onlineSamples = visits.map((visit) => visit.onlineLcp);
  const onlineLcp = median(onlineSamples);
  const samples = visits.map((visit) => visit.lcp);
  const lcp = median(samples);
  const unlockMs = median(visits.map((visit) => visit.unlockMs));
  const ratio = lcp / coldLcp;
  const peer = Number.isFinite(coldLcp) ? coldLcp : null;
  return [
    {
      benchmark: 'load.warm-online',
      metric: 'LCP',
      unit: 'ms',
      value: onlineLcp,
      peer,
      peerName: "the app's own cold LCP (load.cold, same run)",
      ratio: peer === null ? null : onlineLcp / peer,
      ratioOf: 'of own cold',
      n: runs,
      target: `register visible; LCP <= ${ONLINE_LCP_TARGET_MS} ms`,
      met: onlineLcp <= ONLINE_LCP_TARGET_MS,
      note: "peer column is the app's own cold LCP; a returning device online on slow 4G at 4x CPU, served by its service worker: the register opened in every run without a password, with the device key the start asked for while the database opened",
      samples: { app: onlineSamples },
    },
    {
      benchmark: 'load.warm-offline',
      metric: 'LCP',
      unit: 'ms',
      value: lcp,
      peer,
      peerName: "the app's own cold LCP (load.cold, same run)",
      ratio: Number.isFinite(ratio) ? ratio : null,
      ratioOf: 'of own cold',
      n: runs,
      target: `first screen (lock screen) visible; <= ${COLD_RATIO}x own cold LCP`,
      met: Number.isFinite(ratio) ? ratio <= COLD_RATIO : null,
      note: `peer column is the app's own cold LCP; signed in through the login page while online, then offline the lock screen showed in every run and the password opened the register without the server (Ontgrendelen to register: median ${Math.round(unlockMs)} ms at 4x CPU)`,
      samples: { app: samples },
    },
  ];
}
