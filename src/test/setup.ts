// First: Dexie opens its cross-tab channel as it loads (see file-scoped-broadcast.ts).
import './file-scoped-broadcast';
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { setDataKey } from '../db';
import { i18n, loadLanguage } from '../i18n';
import { useSessionStore } from '../state/session-store';
import { TEST_SESSION } from './factories';
import { startOnFreshDevice } from './fresh-device';

startOnFreshDevice();

// The app fetches English when it is chosen; tests that read English texts get them at once.
await loadLanguage('en');
void i18n.changeLanguage('nl');

// IndexedDB work and async validation can take a few seconds on a busy 2-core CI box; the default 1 s
// makes such tests fail for the machine, not for the app.
configure({ asyncUtilTimeout: 5000 });

/**
 * Patient tables are encrypted at rest and need the device's data key in memory, as after an unlock. Every
 * test starts unlocked with the same fixed key; tests of the locked state clear it themselves.
 */
export const TEST_DATA_KEY = Uint8Array.from({ length: 32 }, (_, index) => index + 1);

// The app's pages are for signed-in accounts; tests act as a signed-in POH unless they say otherwise.
// ... on an unlocked device: the data key is in memory, as after signing in (lock tests clear it).
beforeEach(() => {
  useSessionStore.setState({ session: TEST_SESSION });
  // A copy: clearDataKey() zeroes the buffer it was given.
  setDataKey(TEST_DATA_KEY.slice());
});

afterEach(() => {
  cleanup();
});

// jsdom does no layout. Give the register's scroll container a viewport, so the virtualised list renders
// its first rows as a browser would; every other element keeps jsdom's zero size.
for (const [property, size] of [
  ['clientHeight', 600],
  ['clientWidth', 1000],
] as const) {
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('data-register-scroller') ? size : 0;
    },
  });
}

// jsdom knows <dialog> but not its methods; opening and closing is the behaviour the app relies on.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
