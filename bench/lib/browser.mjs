/**
 * Debian's Chromium driven by Playwright, with the lab conditions of the benchmarks (4x CPU, slow 4G)
 * applied through the DevTools protocol, and web-vitals style collectors installed in every page.
 */
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Moto G Power sized viewport, as Lighthouse's mobile profile. */
export const MOBILE_VIEWPORT = { width: 412, height: 823 };
export const CPU_SLOWDOWN = 4;
/**
 * Lighthouse's "slow 4G": 562.5 ms round trip, ~1.44 Mbit/s both ways (180,000 bytes/s).
 * Applied to the page target only: requests a service worker makes itself are not throttled by Chromium.
 */
export const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: 180_000,
  uploadThroughput: 180_000,
};

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 30_000 });
}

/**
 * A fresh context (own cache, storage and service workers) with one page, vitals collection, and
 * optional CPU and network throttling.
 * @param {import('playwright-core').Browser} browser
 * @param {{ cpu?: number, network?: typeof SLOW_4G | null }} [conditions]
 */
export async function openPage(browser, { cpu = CPU_SLOWDOWN, network = null } = {}) {
  const context = await browser.newContext({
    viewport: MOBILE_VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'nl-NL',
  });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  await context.addInitScript(installCollectors);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return { context, page, cdp };
}

/**
 * Resolves when the page logs `bench:<name>` with console.debug (an init script does, at the moment a
 * benchmark waits for); start waiting before the navigation or click that leads to it. Waiting this way
 * runs no script in the page. `page.waitForFunction` polls through Playwright's injected script, and the
 * first poll in a new document evaluates that script: one main-thread task of about 40 ms at 4x CPU,
 * which landed inside the very reload `list.patients-10k` timed (a trace showed it between the device
 * key's answer and the first rows).
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {number} timeoutMs
 * @returns {Promise<unknown>}
 */
export function waitForPageSignal(page, name, timeoutMs) {
  const signalled = page.waitForEvent('console', {
    predicate: (message) => message.type() === 'debug' && message.text() === `bench:${name}`,
    timeout: timeoutMs,
  });
  // Its awaiter gets the failure; this only keeps a navigation that failed first from leaving it unhandled.
  signalled.catch(() => undefined);
  return signalled;
}

/**
 * Init script: says `bench:heading:<name>` on the console (see waitForPageSignal) once an h1 whose text is
 * `name` is in the document, for each of `names`. A page load's benchmark waits for its first screen this way:
 * a locator waiting for the heading polled through Playwright's injected script in the page during the very
 * seconds LCP measures (a profile of a cold visit put its role and name computations between the app's
 * script and its first screen).
 * @param {string[]} names
 */
export function watchHeadings(names) {
  const waiting = new Set(names);
  const observer = new MutationObserver(() => {
    for (const h1 of document.querySelectorAll('h1')) {
      const name = h1.textContent?.trim() ?? '';
      if (!waiting.delete(name)) continue;
      console.debug(`bench:heading:${name}`);
    }
    if (waiting.size === 0) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Cuts the page off the network twice over: Playwright's offline flag and DevTools' offline emulation,
 * so neither a fetch from the page nor one the browser makes on its behalf can slip through.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function goOffline(context, cdp) {
  await context.setOffline(true);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: true,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}

/**
 * Runs in every document before its own scripts (addInitScript). Collects LCP, CLS (largest session
 * window, as web-vitals defines it) and long tasks into `window.__bench`, with `buffered` so entries from
 * before the observers existed are not lost.
 */
function installCollectors() {
  const bench = { lcp: 0, cls: 0, longTasks: [] };
  Object.defineProperty(window, '__bench', { value: bench });
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      // Entry type not supported: the metric stays at its initial value and the bench reports it.
    }
  };
  observe('largest-contentful-paint', (entry) => {
    bench.lcp = entry.startTime;
  });
  let windowValue = 0;
  let windowStart = 0;
  let lastShift = 0;
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    const startsNewWindow = entry.startTime - lastShift > 1000 || entry.startTime - windowStart > 5000;
    if (startsNewWindow) {
      windowValue = 0;
      windowStart = entry.startTime;
    }
    windowValue += entry.value;
    lastShift = entry.startTime;
    bench.cls = Math.max(bench.cls, windowValue);
  });
  observe('longtask', (entry) => {
    bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
}

/**
 * Reads LCP and CLS once the largest paint has stopped changing for `quietMs` (the page cannot tell us it
 * is done: LCP is final only on input or hide, which a benchmark must not cause).
 * @param {import('playwright-core').Page} page
 */
export async function settledVitals(page, { quietMs = 1000, timeoutMs = 20_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = await readVitals(page);
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(250);
    const now = await readVitals(page);
    if (now.lcp !== last.lcp || now.lcp === 0) stableSince = Date.now();
    last = now;
    if (Date.now() - stableSince >= quietMs) return last;
  }
  throw new Error(`LCP did not settle within ${timeoutMs / 1000} s (last ${last.lcp} ms)`);
}

/** @param {import('playwright-core').Page} page */
function readVitals(page) {
  return page.evaluate(() => ({ lcp: window.__bench.lcp, cls: window.__bench.cls }));
}
