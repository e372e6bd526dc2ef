// The entry of the PGlite worker thread (pglite.ts starts it). On Node 20 a worker does not inherit the
// server's `--import tsx` loader, so this plain-JavaScript file loads the TypeScript worker through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./pglite-worker.ts', import.meta.url);
