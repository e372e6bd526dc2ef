/** Starts Tijdig: the sync server on the configured database, serving the built PWA. */
import { buildApp } from './app';
import { configFromEnv } from './config';
import { DataDirLockedError } from './store/data-dir-lock';
import { openStore } from './store/open';
import { UnsupportedDataDirError } from './store/pglite';
import { startPageWorkers } from './sync/page-workers';

const config = configFromEnv();
const db = await openStore({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  lockStaleMs: config.dataDirLockStaleMs,
  upkeepIntervalMs: config.upkeepIntervalMs,
  pgliteStartFrom: config.pgliteStartFrom,
  // A server runs for days: PGlite compiles once, optimized, and rests about 80 MB lower (store/pglite.ts).
  compileOptimized: true,
  onUpkeepError: (error) => {
    console.error('Table upkeep (ANALYZE/VACUUM) failed; the next round is tried later.', error);
  },
  // Without its database the server can only fail every request: stop, so a process manager restarts it.
  onStopped: (error) => {
    console.error(error.message);
    process.exit(1);
  },
}).catch((error: unknown) => {
  if (error instanceof UnsupportedDataDirError) {
    console.error(error.message);
    // 78 (EX_CONFIG): TIJDIG_DATA_DIR must change before a restart can help.
    process.exit(78);
  }
  if (!(error instanceof DataDirLockedError)) throw error;
  console.error(error.message);
  // 75 (EX_TEMPFAIL): the directory is busy; a process manager may try again later.
  process.exit(75);
});
// On PostgreSQL pull pages are built in worker threads with connections of their own (sync/page-workers.ts).
const pages = config.databaseUrl ? startPageWorkers(config.databaseUrl, config.pullPagesAtOnce) : undefined;
const app = await buildApp({ db, config, now: () => new Date(), pages });

let isClosing = false;
async function shutdown(signal: string): Promise<void> {
  if (isClosing) return;
  isClosing = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  // Closing PGlite flushes its data directory; killing the process without it risks a long recovery.
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ host: config.host, port: config.port });
app.log.info(
  `Tijdig runs at http://${config.host}:${config.port} on ${db.kind === 'pglite' ? 'the embedded database' : 'PostgreSQL'}`,
);
