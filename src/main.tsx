/** Start-up: render at once while the database opens; register the service worker; ask for persistent storage. */
// First: before any module evaluates a schema (see the file).
import './lib/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { checkSessionAtStart } from './app/session-at-start';
import { startServiceWorker } from './app/service-worker';
import { StartupError } from './app/StartupError';
import { fetchStartKeyEarly } from './features/lock/start-key';
import { classifyStorageError, TijdigDb } from './db';
import { isoDateOf } from './domain';
import { i18n, startLanguage } from './i18n';
import { requestPersistentStorageOnce } from './lib/storage-persistence';
import { preloadVaultSchema } from './security/vault-record';
import { forgetRetiredProfile } from './state/session-store';
import { createApiClient } from './sync/api-client';
import { createAuthClient } from './sync/auth-client';
import { preloadSyncEngine } from './sync/load-sync-engine';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
document.documentElement.lang = i18n.language;
// A device where English was chosen fetches it now, while the first paint is in Dutch.
void startLanguage();

// Dexie queues queries until the database is open, so the shell paints while IndexedDB opens (or is
// created, on a first visit). Only a failure to open replaces the app with an explanation.
const db = new TijdigDb();
db.open().catch((error: unknown) => {
  root.render(<StartupError reason={classifyStorageError(error)} />);
});
// A returning device asks for its key while the database opens, not after (start-key.ts); a device that
// remembers no session asks the server about it now, and a new device's key is made as soon as it answers.
const api = createApiClient();
const auth = createAuthClient(api);
fetchStartKeyEarly(auth);
checkSessionAtStart(auth);
root.render(
  <StrictMode>
    <App db={db} api={api} />
  </StrictMode>,
);

// The key vault's schema (with zod, a lazy chunk of its own) is needed right after the session check:
// fetch it while the app paints and asks the server, not when the vault is first read. The sync engine
// (the schemas of every record kind) is needed once the device opens: fetched now too, so it is evaluated
// while the start waits for the server, not after the unlock; the vault no longer waits for it.
preloadVaultSchema();
preloadSyncEngine();

// The first date formatter loads the time-zone data (135 ms at 4x CPU in the load.cold profile): make it
// while the app waits for the database and the server, not inside the register's first render.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => isoDateOf(new Date()));

forgetRetiredProfile();
startServiceWorker();
void requestPersistentStorageOnce();
