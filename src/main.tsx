/** Start-up: open the database, then render; register the service worker; ask for persistent storage. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startServiceWorker } from './app/service-worker';
import { StartupError } from './app/StartupError';
import { classifyStorageError, TijdigDb } from './db';
import { i18n } from './i18n';
import { requestPersistentStorageOnce } from './lib/storage-persistence';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
document.documentElement.lang = i18n.language;

const db = new TijdigDb();
db.open()
  .then(() => {
    root.render(
      <StrictMode>
        <App db={db} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    root.render(<StartupError reason={classifyStorageError(error)} />);
  });

startServiceWorker();
void requestPersistentStorageOnce();
