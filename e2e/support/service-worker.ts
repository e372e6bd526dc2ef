/**
 * Facts about the service worker and the network as the browser sees them. Assertions poll these;
 * nothing here waits a fixed time.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';

export interface ServiceWorkerState {
  /** State of the active worker of the page's registration, or null without one. */
  active: string | null;
  /** State of a worker that is installed and waiting to take over, or null. */
  waiting: string | null;
  /** True when this page is controlled by a service worker. */
  isControlled: boolean;
}

export function serviceWorkerState(page: Page): Promise<ServiceWorkerState> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      active: registration?.active?.state ?? null,
      waiting: registration?.waiting?.state ?? null,
      isControlled: navigator.serviceWorker.controller !== null,
    };
  });
}

/** Whether a fetch from the page reaches the server. Uses a path the service worker never answers itself. */
export function pageCanReachServer(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    try {
      await fetch(`/api/e2e-probe?t=${Date.now()}`, { cache: 'no-store' });
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Whether a fetch made by the service worker itself reaches the server (to prove that going offline
 * covers the worker too), or null when the context has no running service worker to ask.
 */
export async function serviceWorkerCanReachServer(context: BrowserContext): Promise<boolean | null> {
  const [worker] = context.serviceWorkers();
  if (worker === undefined) return null;
  return worker.evaluate(async () => {
    try {
      await fetch(`/sw.js?e2e-probe=${Date.now()}`, { cache: 'no-store' });
      return true;
    } catch {
      return false;
    }
  });
}

/** Waits until the app's service worker is activated (it may not control this page yet). */
export async function waitUntilServiceWorkerActive(page: Page): Promise<void> {
  await expect
    .poll(async () => (await serviceWorkerState(page)).active, {
      message: 'the service worker should be activated',
      timeout: 15_000,
    })
    .toBe('activated');
}

/** Whether the service worker's precache holds the app shell (index.html), which offline start needs. */
export function isAppShellPrecached(page: Page): Promise<boolean> {
  return page.evaluate(async () => (await caches.match('/index.html', { ignoreSearch: true })) !== undefined);
}

/** Waits until the service worker is activated and has precached the app shell for offline use. */
export async function waitUntilReadyForOffline(page: Page): Promise<void> {
  await waitUntilServiceWorkerActive(page);
  await expect
    .poll(() => isAppShellPrecached(page), { message: 'the service worker should precache index.html' })
    .toBe(true);
}

const DOCUMENT_MARK = '__tijdigE2eDocumentMark';

/** Marks the current document, so a test can tell later whether the page was reloaded since. */
export async function markCurrentDocument(page: Page): Promise<void> {
  await page.evaluate((mark) => {
    Reflect.set(window, mark, true);
  }, DOCUMENT_MARK);
}

/** True while the document marked by markCurrentDocument is still the one shown (no reload happened). */
export function isMarkedDocument(page: Page): Promise<boolean> {
  return page.evaluate((mark) => Reflect.get(window, mark) === true, DOCUMENT_MARK);
}
