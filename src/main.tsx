/** Start-up: render at once while the database opens; register the service worker; ask for persistent storage. */
// First: before any module evaluates a schema (see the file).
import './lib/zod-without-eval';
// The start's first server questions, and opening the database: index.html loads this module early as a
// script of its own; imported here too (its chunk is part of the first bundle), it runs once, whichever
// script asks for it first.
import './app/start-early';
import { db, dbOpening } from './app/open-database-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startServiceWorker } from './app/service-worker';
import { StartupError } from './app/StartupError';
import { classifyStorageError } from './db';
import { i18n, startLanguage } from './i18n';
import { requestPersistentStorageOnce } from './lib/storage-persistence';
import { forgetRetiredProfile } from './state/session-store';
import { createApiClient } from './sync/api-client';
import { preloadSyncEngine } from './sync/load-sync-engine';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
document.documentElement.lang = i18n.language;
// A device where English was chosen fetches it now, while the first paint is in Dutch.
void startLanguage();

// Dexie queues queries until the database is open, so the shell paints while IndexedDB opens (or is
// created, on a first visit; the early start script began that). Only a failure to open replaces the app
// with an explanation.
dbOpening.catch((error: unknown) => {
  root.render(<StartupError reason={classifyStorageError(error)} />);
});
const api = createApiClient();
root.render(
  <StrictMode>
    <App db={db} api={api} />
  </StrictMode>,
);

// The sync engine (the schemas of every record kind) is needed once the device opens: fetched now, so it is
// evaluated while the start waits for the database and the server, not after the unlock.
preloadSyncEngine();

forgetRetiredProfile();
// Offline before the service worker cached its chunk, the next start registers it.
startServiceWorker().catch(() => undefined);
void requestPersistentStorageOnce();
